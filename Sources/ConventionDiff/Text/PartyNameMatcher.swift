/// Reads every name of a party in a token sequence as one token standing for the party, with
/// the article before it: `le Pôle emploi` and `France Travail` both read `§P2` once the rename
/// is known, `du Pôle emploi` reads `de §P2` like `de France Travail`.
struct PartyNameMatcher {
    private var phrases: [Int32: [(keys: [Int32], party: Int32)]] = [:]
    private let determiners: Set<Int32>
    private let contractions: [Int32: Int32]

    /// `names`: for each party of the report, its id and every name and alias it has in either
    /// version.
    init(names: [(id: String, names: [String])], keys: WordKeys) {
        let determinerWords = ["le", "la", "l", "les"]
        determiners = Set(determinerWords.map(keys.key))
        contractions = [keys.key("du"): keys.key("de"), keys.key("des"): keys.key("de"),
                        keys.key("au"): keys.key("a"), keys.key("aux"): keys.key("a")]
        var seen = Set<[Int32]>()
        for (id, partyNames) in names {
            let party = keys.key("§" + id)
            for name in partyNames {
                var words = WordFolding.words(name)
                while let first = words.first, determinerWords.contains(first) { words.removeFirst() }
                let phrase = words.map(keys.key)
                guard let first = phrase.first, seen.insert(phrase).inserted else { continue }
                phrases[first, default: []].append((phrase, party))
            }
        }
        for first in phrases.keys { phrases[first]!.sort { $0.keys.count > $1.keys.count } }
    }

    /// `tokens` with each party name read as its party token.
    func apply(_ tokens: [WordToken]) -> [WordToken] {
        guard !phrases.isEmpty else { return tokens }
        var out: [WordToken] = []
        out.reserveCapacity(tokens.count)
        var index = 0
        while index < tokens.count {
            guard let candidates = phrases[tokens[index].key],
                  let match = candidates.first(where: { matches($0.keys, tokens, at: index) }) else {
                out.append(tokens[index])
                index += 1
                continue
            }
            var start = tokens[index].start
            if let previous = out.last, determiners.contains(previous.key) {
                start = previous.start
                out.removeLast()
            } else if let previous = out.last, let plain = contractions[previous.key] {
                out[out.count - 1].key = plain
            }
            out.append(WordToken(key: match.party, start: start, end: tokens[index + match.keys.count - 1].end))
            index += match.keys.count
        }
        return out
    }

    private func matches(_ phrase: [Int32], _ tokens: [WordToken], at index: Int) -> Bool {
        guard index + phrase.count <= tokens.count else { return false }
        for k in 0..<phrase.count where tokens[index + k].key != phrase[k] { return false }
        return true
    }
}
