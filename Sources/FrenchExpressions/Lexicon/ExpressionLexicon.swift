import ConventionModel
import Lexicons

/// The word lists compiled for scanning: a vocabulary of folded words (hash → id) and a trie
/// of every phrase with what it means.
///
/// `months.txt: "janv. = 1"` → the phrases `janv .` and `janv`, each with `Payload(role: .month, number: 1)`.
struct ExpressionLexicon: Sendable {
    private(set) var vocabulary = IdTable(capacity: 2048)
    private(set) var trie = PhraseTrie()
    private(set) var payloads: [Payload] = []
    /// The canonical forms of qualifiers and events.
    private(set) var labels: [String] = []
    /// Words that end with a period without ending the sentence (`M.`, `art.`, `janv.`).
    private(set) var abbreviations: Set<Int32> = []

    init(lexicons: LexiconSet) throws {
        for (key, value) in try lexicons.pairs("number-words") {
            try add(key, Payload(role: .cardinal, number: Self.number(value, list: "number-words", key: key)))
        }
        for (key, value) in try lexicons.pairs("ordinals") {
            let ids = phrase(key)
            if let first = key.unicodeScalars.first, first.properties.numericType != nil, ids.count > 1 {
                // "1er": any figure followed by "er" is an ordinal.
                insert(Array(ids.dropFirst()), Payload(role: .ordinalSuffix))
            } else if value == "last" {
                try add(key, Payload(role: .ordinal, isLast: true))
            } else {
                try add(key, Payload(role: .ordinal, number: Self.number(value, list: "ordinals", key: key)))
            }
        }
        for (key, value) in try lexicons.pairs("months") {
            let payload = Payload(role: .month, number: try Self.number(value, list: "months", key: key))
            try add(key, payload)
            if key.hasSuffix(".") {
                let bare = String(key.dropLast())
                try add(bare, payload)
                abbreviations.insert(phrase(bare)[0])
            }
        }
        for (key, value) in try lexicons.pairs("time-units") {
            let parts = value.split(separator: " ")
            guard parts.count == 2, let count = Double(parts[0]), count > 0, let unit = TimeUnit(letter: String(parts[1])) else {
                throw ExpressionListError(list: "time-units", entry: "\(key) = \(value)",
                                          reason: "expected a count and a unit letter H, D, W, M or Y (jour = 1 D)")
            }
            try add(key, Payload(role: .timeUnit, number: count, unit: unit))
        }
        for (key, value) in try lexicons.pairs("frequency-words") {
            try add(key, Payload(role: .frequency, number: Self.number(value, list: "frequency-words", key: key)))
        }
        for (key, value) in try lexicons.pairs("day-qualifiers") {
            try add(key, Payload(role: .qualifier, label: label(value.isEmpty ? key : value)))
        }
        for (key, value) in try lexicons.pairs("effective-events") {
            try add(key, Payload(role: .event, label: label(value.isEmpty ? key : value)))
        }
        for (key, value) in try lexicons.pairs("notice-purposes") {
            let parts = value.split(separator: " ")
            guard let name = parts.first, let purpose = NoticePeriod.Purpose(rawValue: String(name)),
                  parts.count <= 2, let weight = parts.count == 2 ? Double(parts[1]) : 1 else {
                throw ExpressionListError(list: "notice-purposes", entry: "\(key) = \(value)",
                                          reason: "expected a purpose (termination, renewal, breach, modification, other) and a weight (résiliation = termination 3)")
            }
            try add(key, Payload(role: .purpose, number: weight, purpose: purpose))
        }
        for (key, value) in try lexicons.pairs("currencies") {
            let parts = value.split(separator: " ")
            let code = parts.count == 2 && parts[1] != "scale" && parts[1].count == 3 && parts[1].allSatisfy(\.isUppercase) ? String(parts[1]) : nil
            guard let first = parts.first, let amount = Double(first), parts.count == 1 || (parts.count == 2 && (parts[1] == "scale" || code != nil)) else {
                throw ExpressionListError(list: "currencies", entry: "\(key) = \(value)",
                                          reason: "expected units per unit of the currency and its code (centimes = 0.01, francs = 1 FRF; euro when none) or a multiplier and 'scale' (k = 1000 scale)")
            }
            try add(key, Payload(role: parts.count == 2 && code == nil ? .scale : .currency, number: amount, label: code.map { label($0) } ?? -1))
        }
        for (key, value) in try lexicons.pairs("expression-cues") {
            guard let role = Role.cueNames[value] else {
                throw ExpressionListError(list: "expression-cues", entry: "\(key) = \(value)",
                                          reason: "unknown role « \(value) »; the roles are listed in Lexicons/README.md")
            }
            try add(key, Payload(role: role))
        }
        for entry in try lexicons.entries("abbreviations") {
            let ids = phrase(entry)
            if let first = ids.first { abbreviations.insert(first) }
        }
    }

    private mutating func label(_ text: String) -> Int32 {
        if let index = labels.firstIndex(of: text) { return Int32(index) }
        labels.append(text)
        return Int32(labels.count - 1)
    }

    /// The tokens of `text` as vocabulary ids, adding new words.
    private mutating func phrase(_ text: String) -> [Int32] {
        var vocabulary = IdTable()
        swap(&vocabulary, &self.vocabulary)
        defer { swap(&vocabulary, &self.vocabulary) }
        return Tokenizer.tokenize(Array(text.unicodeScalars)) { hash in
            if let id = vocabulary.value(hash) { return id }
            let id = Int32(vocabulary.count)
            vocabulary.set(hash, id)
            return id
        }.map(\.id)
    }

    private mutating func add(_ key: String, _ payload: Payload) throws {
        let ids = phrase(key)
        guard !ids.isEmpty else { return }
        insert(ids, payload)
    }

    private mutating func insert(_ ids: [Int32], _ payload: Payload) {
        let index = Int32(payloads.count)
        payloads.append(payload)
        trie.insert(ids, payload: index)
    }

    /// `"12"`, `"0.01"`, `"0,5"` or a fraction `"1/3"`.
    private static func number(_ text: String, list: String, key: String) throws -> Double {
        let parts = text.split(separator: "/")
        if parts.count == 2, let a = Double(parts[0]), let b = Double(parts[1]), b != 0 { return a / b }
        if let value = Double(text.replacingOccurrences(of: ",", with: ".")) { return value }
        throw ExpressionListError(list: list, entry: "\(key) = \(text)", reason: "expected a number (12, 0.5 or 1/3)")
    }

    @inline(__always)
    func id(_ hash: UInt64) -> Int32 {
        vocabulary.value(hash) ?? -1
    }
}
