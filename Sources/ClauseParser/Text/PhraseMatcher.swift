/// Finds lexicon phrases in a token sequence, indexed by their first word so that a line is
/// scanned once whatever the size of the list.
///
/// With `["s'", "engage", "a"]` in the list, the tokens of `La Région s'engage à transmettre`
/// match at token 2 with length 3.
struct PhraseMatcher<Payload: Sendable>: Sendable {
    private var byFirstWord: [String: [(words: [String], payload: Payload)]] = [:]

    init(_ phrases: [(words: [String], payload: Payload)]) {
        for phrase in phrases where !phrase.words.isEmpty {
            byFirstWord[phrase.words[0], default: []].append(phrase)
        }
        for key in byFirstWord.keys {
            byFirstWord[key]!.sort { $0.words.count > $1.words.count }
        }
    }

    /// The longest phrase starting at token `index`, with its length in tokens.
    func match(_ tokens: [Token], at index: Int) -> (length: Int, payload: Payload)? {
        guard index < tokens.count, let candidates = byFirstWord[tokens[index].folded] else { return nil }
        for candidate in candidates where index + candidate.words.count <= tokens.count {
            var matches = true
            for (k, word) in candidate.words.enumerated() where tokens[index + k].folded != word {
                matches = false
                break
            }
            if matches { return (candidate.words.count, candidate.payload) }
        }
        return nil
    }

    /// Whether some phrase starts at token `index`.
    func contains(_ tokens: [Token], at index: Int) -> Bool { match(tokens, at: index) != nil }
}
