/// One pass over one text: its scalars and tokens, the list phrases found at each token, its
/// sentences, and the numbers, dates and quantities every reader builds on. The readers
/// (`Scan+Durations.swift`, `Scan+Notices.swift`, …) look tokens and phrases up here; none
/// re-reads the text.
///
/// `Scan(text: "dans les 48 heures", lexicon: …)` → tokens `dans` `les` `48` `heures`, the phrase
/// `dans les` (`deadline.within`) at token 0, the quantity 48 H at token 2.
struct Scan {
    let lexicon: ExpressionLexicon
    let scalars: [Unicode.Scalar]
    let tokens: [Token]
    /// The phrases starting at token `i` are `hits[hitStart[i] ..< hitStart[i + 1]]`.
    var hits: [Hit] = []
    var hitStart: [Int32] = []
    /// The roles of the phrases starting at each token.
    var roleMask: [RoleSet] = []
    /// The sentence of each token; sentence `s` spans tokens `sentenceStarts[s] ..< sentenceStarts[s + 1]`.
    var sentenceOf: [Int32] = []
    var sentenceStarts: [Int32] = []
    var dates: [DateSpan] = []
    var dateAt: [Int32] = []
    var dateRanges: [DateRange] = []
    var yearRanges: [YearRange] = []
    /// `au titre de l'année 2024`: one calendar year, as a range of one.
    var singleYears: [YearRange] = []
    var numbers: [NumberSpan] = []
    var numberAt: [Int32] = []
    var quantities: [Quantity] = []
    var quantityAt: [Int32] = []

    init(text: String, lexicon: ExpressionLexicon) {
        self.init(scalars: Self.scalars(of: text), lexicon: lexicon)
    }

    init(scalars: [Unicode.Scalar], lexicon: ExpressionLexicon) {
        self.lexicon = lexicon
        self.scalars = scalars
        self.tokens = Tokenizer.tokenize(scalars) { lexicon.id($0) }
        findHits()
        findSentences()
        findDates()
        findNumbers()
        findQuantities()
        findRanges()
    }

    var count: Int { tokens.count }

    /// The Unicode scalars of `text`, decoded from its UTF-8 in one pass.
    static func scalars(of text: String) -> [Unicode.Scalar] {
        var text = text
        return text.withUTF8 { utf8 in
            [Unicode.Scalar](unsafeUninitializedCapacity: utf8.count) { buffer, initialized in
                var i = 0
                var n = 0
                let end = utf8.count
                while i < end {
                    let b0 = UInt32(utf8[i])
                    let v: UInt32
                    if b0 < 0x80 {
                        v = b0
                        i += 1
                    } else if b0 < 0xE0 {
                        v = (b0 & 0x1F) << 6 | UInt32(utf8[i + 1] & 0x3F)
                        i += 2
                    } else if b0 < 0xF0 {
                        v = (b0 & 0x0F) << 12 | UInt32(utf8[i + 1] & 0x3F) << 6 | UInt32(utf8[i + 2] & 0x3F)
                        i += 3
                    } else {
                        v = (b0 & 0x07) << 18 | UInt32(utf8[i + 1] & 0x3F) << 12 | UInt32(utf8[i + 2] & 0x3F) << 6
                            | UInt32(utf8[i + 3] & 0x3F)
                        i += 4
                    }
                    buffer[n] = Unicode.Scalar(v) ?? "\u{FFFD}"
                    n += 1
                }
                initialized = n
            }
        }
    }

    /// Every kind of expression, each list in text order.
    func found() -> FoundExpressions {
        let durations = readDurations()
        let frequencies = readFrequencies()
        let deadlines = readDeadlines()
        let notices = readNotices()
        var covered = [Bool](repeating: false, count: count)
        for item in deadlines { for i in item.start..<item.end { covered[i] = true } }
        for item in notices { for i in item.start..<item.end { covered[i] = true } }
        return FoundExpressions(
            numbers: readNumbers().map(match),
            dates: readDates().map(match),
            durations: durations.map(match),
            frequencies: frequencies.map(match),
            deadlines: deadlines.map(match),
            notices: notices.map(match),
            amounts: readAmounts().map(match),
            percentages: readPercentages().map(match),
            renewals: readRenewals(durations: durations, frequencies: frequencies).map(match),
            effectives: readEffectives(covered: covered, durations: durations).map(match),
            ends: readEnds().map(match)
        )
    }

    private func match<Value>(_ item: Found<Value>) -> Match<Value> {
        Match(range: Int(tokens[item.start].start)..<Int(tokens[item.end - 1].end), in: scalars, value: item.value)
    }

    /// The text of tokens `start ..< end`, spaces between them included.
    func text(_ start: Int, _ end: Int) -> String {
        guard start < end else { return "" }
        return String(scalars: scalars[Int(tokens[start].start)..<Int(tokens[end - 1].end)])
    }
}
