import ConventionModel

/// The comparison of an extracted graph with its hand-coded model: a score per field, and the
/// items missed or extra, each with its article and text.
///
/// Matching rules (also in `Corpus/README.md`):
/// - parties match when a name or alias of one shares at least half of its significant words
///   with a name or alias of the other;
/// - articles match when their numbers are equal (or both absent) and their titles overlap at
///   0.6 or more, or both have no title;
/// - obligations match one to one when their debtor sets are equal (parties mapped) and their
///   texts overlap at 0.6 or more;
/// - representatives match within matched parties on name and role (folded, civilities
///   dropped); addresses on words (0.6); duties like obligations, on their subject;
/// - notices match on days and purpose; amounts on value and currency; term fields value by value;
/// - committees on name (overlap 0.5) or acronym; indicators and references on text (0.6, 0.5).
public struct GraphComparison: Sendable, Codable {
    /// One item on one side only.
    public struct Difference: Sendable, Codable, Hashable {
        public var field: String
        /// The article as `number title`, when known.
        public var article: String?
        public var text: String
    }

    public var document: String
    public var fields: [String: Score]
    public var misses: [Difference]
    public var extras: [Difference]
    /// Obligations matched whose modality differs.
    public var modalityErrors: [Difference]

    /// Field names in report order.
    public static let fieldOrder = [
        "parties", "representatives", "addresses", "articles", "obligations", "duties", "term.duration", "term.effective", "term.end", "term.renewal",
        "notices", "amounts", "committees", "indicators", "references", "deliberation",
    ]

    /// Compares `actual` with the model `expected` of the document `name`.
    public init(document name: String, expected: ConventionGraph, actual: ConventionGraph) {
        document = name
        fields = [:]
        misses = []
        extras = []
        modalityErrors = []

        // Parties.
        let partyPairs = Self.match(expected.parties, actual.parties) { e, a in
            Self.partiesAgree(e, a) ? 1 : 0
        }
        record("parties", expected: expected.parties, actual: actual.parties, pairs: partyPairs,
               describe: { (nil, $0.name) })
        var partyMap: [String: String] = [:]
        for (e, a) in partyPairs { partyMap[expected.parties[e].id] = actual.parties[a].id }

        // Representatives and addresses, within matched parties.
        let expectedPeople = expected.parties.flatMap { p in p.representatives.map { (party: p.id, person: $0) } }
        let actualPeople = actual.parties.flatMap { p in p.representatives.map { (party: p.id, person: $0) } }
        let personPairs = Self.match(expectedPeople, actualPeople) { e, a in
            partyMap[e.party] == a.party && Self.representativesAgree(e.person, a.person) ? 1 : 0
        }
        record("representatives", expected: expectedPeople, actual: actualPeople, pairs: personPairs,
               describe: { (nil, "\($0.party): \($0.person.name) (\($0.person.role ?? "?"))") })
        let expectedAddresses = expected.parties.compactMap { p in p.address.map { (party: p.id, text: $0) } }
        let actualAddresses = actual.parties.compactMap { p in p.address.map { (party: p.id, text: $0) } }
        let addressPairs = Self.match(expectedAddresses, actualAddresses) { e, a in
            partyMap[e.party] == a.party ? TextSimilarity.dice(e.text, a.text) : 0
        }
        record("addresses", expected: expectedAddresses, actual: actualAddresses, pairs: addressPairs,
               describe: { (nil, "\($0.party): \($0.text)") })

        // Articles.
        let articlePairs = Self.match(expected.articles, actual.articles) { e, a in
            guard Self.normalizedNumber(e.number) == Self.normalizedNumber(a.number) else { return 0 }
            if e.title == nil && a.title == nil { return 1 }
            guard let et = e.title, let at = a.title else { return e.number == nil ? 0 : 0.6 }
            return TextSimilarity.dice(et, at)
        }
        record("articles", expected: expected.articles, actual: actual.articles, pairs: articlePairs,
               describe: { (nil, Self.label($0)) })

        // Obligations.
        let obligationPairs = Self.match(expected.obligations, actual.obligations) { e, a in
            let mapped = Set(e.debtors.compactMap { partyMap[$0] })
            guard mapped.count == e.debtors.count, mapped == Set(a.debtors) else { return 0 }
            return TextSimilarity.dice(e.text, a.text)
        }
        record("obligations", expected: expected.obligations, actual: actual.obligations, pairs: obligationPairs,
               describe: { [expected, actual] o in (Self.articleLabel(o.article, in: expected) ?? Self.articleLabel(o.article, in: actual), "[\(o.debtors.joined(separator: ","))] \(o.text)") })
        for (e, a) in obligationPairs where expected.obligations[e].modality != actual.obligations[a].modality {
            let o = actual.obligations[a]
            modalityErrors.append(Difference(field: "obligations.modality", article: Self.articleLabel(o.article, in: actual),
                                             text: "\(expected.obligations[e].modality.rawValue) expected, \(o.modality.rawValue) found: \(o.text)"))
        }

        // Duties: commitments of persons or bodies that are not parties.
        let dutyPairs = Self.match(expected.duties, actual.duties) { e, a in
            guard TextSimilarity.dice(e.subject, a.subject) >= 0.5 else { return 0 }
            return TextSimilarity.dice(e.text, a.text)
        }
        record("duties", expected: expected.duties, actual: actual.duties, pairs: dutyPairs,
               describe: { [expected, actual] d in (Self.articleLabel(d.article, in: expected) ?? Self.articleLabel(d.article, in: actual), "[\(d.subject)] \(d.text)") })

        // Term.
        compareValue("term.duration", expected.term.duration.map { "\($0.months) months" }, actual.term.duration.map { "\($0.months) months" })
        compareValue("term.effective", expected.term.effective.map { $0.date ?? $0.event ?? "?" }, actual.term.effective.map { $0.date ?? $0.event ?? "?" })
        compareValue("term.end", expected.term.end.flatMap(\.date), actual.term.end.flatMap(\.date))
        compareValue("term.renewal", expected.term.renewal.map { Self.renewalLabel($0) }, actual.term.renewal.map { Self.renewalLabel($0) })

        // Notices, amounts.
        let noticePairs = Self.match(expected.notices, actual.notices) { e, a in
            e.days == a.days && e.purpose == a.purpose ? 1 : 0
        }
        record("notices", expected: expected.notices, actual: actual.notices, pairs: noticePairs,
               describe: { ($0.article, "\($0.purpose.rawValue) \($0.days.map(String.init) ?? "?") days: \($0.text)") })
        let amountPairs = Self.match(expected.amounts, actual.amounts) { e, a in
            e.currency == a.currency && abs(e.value - a.value) < 0.005 ? 1 : 0
        }
        record("amounts", expected: expected.amounts, actual: actual.amounts, pairs: amountPairs,
               describe: { ($0.article, "\($0.value) \($0.currency): \($0.text)") })

        // Committees, indicators, references.
        let committeePairs = Self.match(expected.committees, actual.committees) { e, a in
            if let ea = e.acronym, let aa = a.acronym, ea.lowercased() == aa.lowercased() { return 1 }
            let d = TextSimilarity.dice(e.name, a.name)
            return d >= 0.5 ? max(d, 0.6) : 0
        }
        record("committees", expected: expected.committees, actual: actual.committees, pairs: committeePairs,
               describe: { ($0.article, $0.name) })
        let indicatorPairs = Self.match(expected.indicators, actual.indicators) { TextSimilarity.dice($0.text, $1.text) }
        record("indicators", expected: expected.indicators, actual: actual.indicators, pairs: indicatorPairs,
               describe: { ($0.article, $0.text) })
        let referencePairs = Self.match(expected.references, actual.references) { e, a in
            let d = TextSimilarity.dice(e.text, a.text)
            return d >= 0.5 ? max(d, 0.6) : 0
        }
        record("references", expected: expected.references, actual: actual.references, pairs: referencePairs,
               describe: { (nil, $0.text) })
        compareValue("deliberation", expected.deliberation.map(Self.deliberationLabel), actual.deliberation.map(Self.deliberationLabel))
    }

    // MARK: - Recording

    private mutating func record<T>(_ field: String, expected: [T], actual: [T], pairs: [(Int, Int)],
                                    describe: (T) -> (String?, String)) {
        let matchedExpected = Set(pairs.map(\.0)), matchedActual = Set(pairs.map(\.1))
        fields[field] = Score(truePositives: pairs.count,
                              falsePositives: actual.count - matchedActual.count,
                              falseNegatives: expected.count - matchedExpected.count)
        for (index, item) in expected.enumerated() where !matchedExpected.contains(index) {
            let (article, text) = describe(item)
            misses.append(Difference(field: field, article: article, text: text))
        }
        for (index, item) in actual.enumerated() where !matchedActual.contains(index) {
            let (article, text) = describe(item)
            extras.append(Difference(field: field, article: article, text: text))
        }
    }

    private mutating func compareValue(_ field: String, _ expected: String?, _ actual: String?) {
        var score = Score()
        switch (expected, actual) {
        case (nil, nil): break
        case let (e?, a?) where e == a: score.truePositives = 1
        case let (e?, a?):
            score.falseNegatives = 1
            score.falsePositives = 1
            misses.append(Difference(field: field, article: nil, text: e))
            extras.append(Difference(field: field, article: nil, text: a))
        case let (e?, nil):
            score.falseNegatives = 1
            misses.append(Difference(field: field, article: nil, text: e))
        case let (nil, a?):
            score.falsePositives = 1
            extras.append(Difference(field: field, article: nil, text: a))
        }
        fields[field] = score
    }

    // MARK: - Matching

    /// Greedy one-to-one matching, best similarity first, pairs at 0.6 or more.
    static func match<T>(_ expected: [T], _ actual: [T], similarity: (T, T) -> Double) -> [(Int, Int)] {
        var candidates: [(Double, Int, Int)] = []
        for (i, e) in expected.enumerated() {
            for (j, a) in actual.enumerated() {
                let s = similarity(e, a)
                if s >= 0.6 { candidates.append((s, i, j)) }
            }
        }
        candidates.sort { $0.0 != $1.0 ? $0.0 > $1.0 : ($0.1, $0.2) < ($1.1, $1.2) }
        var usedE = Set<Int>(), usedA = Set<Int>()
        var pairs: [(Int, Int)] = []
        for (_, i, j) in candidates where !usedE.contains(i) && !usedA.contains(j) {
            usedE.insert(i); usedA.insert(j)
            pairs.append((i, j))
        }
        return pairs
    }

    private static let stopWords: Set<String> = ["la", "le", "les", "l", "de", "du", "des", "d", "et", "en", "a"]

    static func partiesAgree(_ a: Party, _ b: Party) -> Bool {
        for x in [a.name] + a.aliases {
            for y in [b.name] + b.aliases {
                let wx = Set(TextSimilarity.words(x)).subtracting(stopWords)
                let wy = Set(TextSimilarity.words(y)).subtracting(stopWords)
                guard !wx.isEmpty, !wy.isEmpty else { continue }
                let shared = wx.intersection(wy).count
                if Double(shared) * 2 >= Double(min(wx.count, wy.count)) && shared > 0 { return true }
            }
        }
        return false
    }

    private static let civilities: Set<String> = ["m", "mme", "mlle", "monsieur", "madame", "mademoiselle", "me", "maitre", "dr", "docteur", "pr"]

    /// Same person and same role after folding case, accents and civilities; a right name with
    /// a wrong role does not agree.
    static func representativesAgree(_ a: Representative, _ b: Representative) -> Bool {
        let na = Set(TextSimilarity.words(a.name)).subtracting(civilities)
        let nb = Set(TextSimilarity.words(b.name)).subtracting(civilities)
        guard !na.isEmpty, na == nb else { return false }
        switch (a.role, b.role) {
        case (nil, nil): return true
        case let (ra?, rb?): return TextSimilarity.dice(ra, rb) >= 0.6
        default: return false
        }
    }

    static func normalizedNumber(_ number: String?) -> String? {
        guard let number else { return nil }
        let folded = number.lowercased().trimmingCharacters(in: .whitespaces)
        if folded == "1er" || folded == "premier" { return "1" }
        return folded.hasSuffix(".") ? String(folded.dropLast()) : folded
    }

    static func label(_ article: Article) -> String {
        [article.kind.rawValue, article.number, article.title].compactMap { $0 }.joined(separator: " ")
    }

    static func articleLabel(_ id: String?, in graph: ConventionGraph) -> String? {
        id.flatMap { graph.article($0) }.map(label)
    }

    static func renewalLabel(_ renewal: Renewal) -> String {
        "\(renewal.kind?.rawValue ?? "?") \(renewal.periodMonths.map(String.init) ?? "-")/\(renewal.maxMonths.map(String.init) ?? "-")"
    }

    static func deliberationLabel(_ d: Deliberation) -> String {
        "\(d.number ?? "-") \(d.date ?? "-")"
    }
}

import Foundation
