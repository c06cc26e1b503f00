import ConventionModel

/// A structural unit of one version as the aligner sees it: its reference, heading, and the
/// words of its own text (without its sub-units).
struct Unit {
    /// Index in ``Version/units``; 0 is the opening (the text before the first unit).
    let index: Int
    let article: Article?
    /// `article 2/axis 1/section 1`, `opening`.
    var ref: String
    let kind: String
    /// The number folded (`1er` → `1`), nil when absent.
    let numberKey: String?
    let titleKeys: [Int32]?
    let parent: Int?
    var children: [Int] = []
    /// The whole unit, sub-units included.
    let span: Range<Int>
    /// Own words after the heading's keyword and number (the title is kept).
    var body: [WordToken] = []
    /// Own words after the whole heading.
    var bodyWithoutTitle: [WordToken] = []
    /// Offsets of the heading (keyword, number and title).
    var heading: Range<Int>
    /// The words of `body`, sorted (for a fast multiset comparison).
    var sortedWords: [Int32] = []
    /// The words of the title, sorted.
    let sortedTitle: [Int32]?
    var shingles: Set<Int> = []

    var title: String? { article?.title }
    var wordCount: Int { body.count }

    init(index: Int, article: Article?, ref: String, parent: Int?, span: Range<Int>, titleKeys: [Int32]?) {
        self.index = index
        self.article = article
        self.ref = ref
        self.kind = article?.kind.rawValue ?? "opening"
        self.numberKey = article?.number.map(Self.numberKey)
        self.titleKeys = titleKeys
        self.sortedTitle = titleKeys?.sorted()
        self.parent = parent
        self.span = span
        self.heading = span.lowerBound..<span.lowerBound
    }

    /// `1er`, `premier`, `1.` → `1`; `I` stays `i`.
    static func numberKey(_ number: String) -> String {
        var key = WordFolding.words(number).joined(separator: ".")
        if key == "1er" || key == "premier" || key == "premiere" { key = "1" }
        return key
    }

    /// Splits the own tokens of the unit into heading and body: the keyword and number are the
    /// words before the title (found among the first words), or the first line when there is no
    /// title.
    mutating func setOwnTokens(_ tokens: [WordToken], text: ScalarText) {
        guard article != nil else {
            body = tokens
            bodyWithoutTitle = tokens
            finish()
            return
        }
        var labelCount = 0, titleCount = 0
        if let titleKeys, !titleKeys.isEmpty, let at = Self.find(titleKeys, in: tokens, within: 12) {
            labelCount = at
            titleCount = titleKeys.count
        } else {
            let lineEnd = (span.lowerBound..<span.upperBound).first { text.scalars[$0] == "\n" } ?? span.upperBound
            labelCount = tokens.prefix { $0.start < lineEnd }.count
        }
        body = Array(tokens.dropFirst(labelCount))
        bodyWithoutTitle = Array(tokens.dropFirst(labelCount + titleCount))
        let headingEnd = labelCount + titleCount > 0 ? tokens[labelCount + titleCount - 1].end : span.lowerBound
        heading = span.lowerBound..<max(span.lowerBound, headingEnd)
        finish()
    }

    private mutating func finish() {
        sortedWords = body.map(\.key).sorted()
        shingles = Self.shingles(bodyWithoutTitle.map(\.key))
    }

    /// Dice coefficient of two sorted word multisets: 2 × shared / (count a + count b).
    static func dice(_ a: [Int32], _ b: [Int32]) -> Double {
        guard !a.isEmpty || !b.isEmpty else { return 1 }
        var i = 0, j = 0, shared = 0
        while i < a.count, j < b.count {
            if a[i] == b[j] {
                shared += 1
                i += 1
                j += 1
            } else if a[i] < b[j] {
                i += 1
            } else {
                j += 1
            }
        }
        return 2 * Double(shared) / Double(a.count + b.count)
    }

    /// Three-word shingles of a key sequence (single words for a text shorter than three).
    static func shingles(_ keys: [Int32]) -> Set<Int> {
        guard keys.count >= 3 else { return Set(keys.map { Int($0) }) }
        var set = Set<Int>()
        set.reserveCapacity(keys.count)
        for i in 0..<(keys.count - 2) {
            set.insert(Int(keys[i]) << 42 ^ Int(keys[i + 1]) << 21 ^ Int(keys[i + 2]))
        }
        return set
    }

    private static func find(_ needle: [Int32], in tokens: [WordToken], within limit: Int) -> Int? {
        guard needle.count <= tokens.count else { return nil }
        for start in 0...min(limit, tokens.count - needle.count) {
            var k = 0
            while k < needle.count, tokens[start + k].key == needle[k] { k += 1 }
            if k == needle.count { return start }
        }
        return nil
    }
}
