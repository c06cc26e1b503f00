import Lexicons

/// Decides whether two documents are versions of one convention: the same parties (names
/// compared without case, accents or a leading article, former names read as current ones —
/// `Pôle emploi` ≡ `France Travail`), and a similar title or object (word overlap, once the
/// parties' names, function words and words such as `convention` or `partenariat` are set aside).
///
/// `CONVENTION DE COOPERATION ENTRE LE DEPARTEMENT DES BOUCHES-DU-RHONE ET POLE EMPLOI` and the
/// same title with `FRANCE TRAVAIL` → same parties, title 100 % alike.
struct LineageMatcher: Sendable {
    /// What the similarity was measured on.
    enum Basis: String, Sendable {
        case title, object
    }

    struct Similarity: Sendable {
        var score: Double
        var basis: Basis
    }

    /// Word overlap (Jaccard) from which two titles or objects are alike.
    static let threshold = 0.5

    /// Former name → current name, as folded words.
    private let renamings: [(former: [String], current: [String])]
    private let ignored: Set<String>
    private static let articles: Set<String> = ["le", "la", "les", "l"]

    init(lexicons: LexiconSet) throws {
        renamings = try lexicons.pairs("party-renamings").map { (Words.split($0.key), Words.split($0.value)) }
            .filter { !$0.0.isEmpty && !$0.1.isEmpty }
        ignored = Set(try lexicons.entries("function-words").flatMap(Words.split))
            .union(try lexicons.entries("lineage-stopwords").flatMap(Words.split))
    }

    /// The folded words of `text` with every former name replaced by the current one.
    func words(_ text: String) -> [String] {
        var words = Words.split(text)
        for (former, current) in renamings {
            var i = 0
            while i + former.count <= words.count {
                if Array(words[i..<i + former.count]) == former {
                    words.replaceSubrange(i..<i + former.count, with: current)
                    i += current.count
                } else {
                    i += 1
                }
            }
        }
        return words
    }

    /// A party's name as compared: `La Région Provence-Alpes-Côte d'Azur` → `region provence alpes cote d azur`.
    func partyKey(_ name: String) -> [String] {
        Array(words(name).drop { Self.articles.contains($0) })
    }

    /// Whether two names designate the same party: equal once folded, or one is the other
    /// followed by more words (`Pôle emploi` and `Pôle emploi Bouches-du-Rhône`).
    func sameParty(_ a: String, _ b: String) -> Bool {
        let x = partyKey(a), y = partyKey(b)
        guard !x.isEmpty, !y.isEmpty else { return false }
        let (short, long) = x.count <= y.count ? (x, y) : (y, x)
        return Array(long.prefix(short.count)) == short
    }

    /// The same parties on both sides (each one matched on the other side), and at least one.
    func sameParties(_ a: [String], _ b: [String]) -> Bool {
        guard !a.isEmpty, a.count == b.count else { return false }
        return a.allSatisfy { x in b.contains { sameParty(x, $0) } }
            && b.allSatisfy { y in a.contains { sameParty(y, $0) } }
    }

    /// How alike the two documents' titles are, else their objects; nil when neither can be
    /// compared. Two titles that say nothing but the kind of act and the parties are alike.
    func similarity(_ a: LineageFacts, _ b: LineageFacts) -> Similarity? {
        let partyWords = Set((a.parties + b.parties).flatMap(partyKey))
        func content(_ text: String?) -> Set<String>? {
            guard let text else { return nil }
            return Set(words(text).filter { word in
                word.count > 1 && !ignored.contains(word) && !partyWords.contains(word) && !word.allSatisfy(\.isNumber)
            })
        }
        if let x = content(a.title), let y = content(b.title), !(x.isEmpty && y.isEmpty) {
            return Similarity(score: Double(x.intersection(y).count) / Double(x.union(y).count), basis: .title)
        }
        if let x = content(a.objectText), let y = content(b.objectText), !(x.isEmpty && y.isEmpty) {
            return Similarity(score: Double(x.intersection(y).count) / Double(x.union(y).count), basis: .object)
        }
        if a.title != nil && b.title != nil { return Similarity(score: 1, basis: .title) }
        return nil
    }

    /// The similarity of `a` and `b` when they look like versions of one convention (kinds,
    /// parties and title or object), else nil.
    func versionSimilarity(_ a: LineageFacts, _ b: LineageFacts) -> Similarity? {
        guard a.canBeVersion(of: b), sameParties(a.parties, b.parties),
              let similarity = similarity(a, b), similarity.score >= Self.threshold else { return nil }
        return similarity
    }

    /// Why `later` supersedes `earlier`, in words.
    func reason(_ similarity: Similarity, later: LineageFacts, earlier: LineageFacts) -> String {
        let percent = Int((similarity.score * 100).rounded())
        var text = "same parties, \(similarity.basis.rawValue) \(percent) % alike"
        if let l = later.versionDate, let e = earlier.versionDate { text += ", later date (\(l) after \(e))" }
        return text
    }
}
