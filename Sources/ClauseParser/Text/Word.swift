/// A folded word (lowercase, no accents, `’` as `'`) kept as a 64-bit key, so that a token is
/// compared with a list entry, or looked up in a word list, without building a string.
///
/// `Word("Région") == Word("REGION")`; the tokens of `s’engage` are `Word("s'")`, `Word("engage")`.
/// Two different words could in principle share a key (FNV-1a, 64 bits); among the few thousand
/// words of a document and its lists the chance is about one in ten billion.
struct Word: Hashable, Sendable, ExpressibleByStringLiteral {
    let key: UInt64

    init(key: UInt64) { self.key = key }

    /// The key of `text` folded scalar by scalar, exactly as the tokenizer folds a token.
    init(_ text: String) {
        var key = Word.seed
        for scalar in text.unicodeScalars { Word.add(Folding.fold(scalar), to: &key) }
        self.key = key
    }

    init(stringLiteral value: String) { self.init(value) }

    static let seed: UInt64 = 0xcbf2_9ce4_8422_2325

    @inline(__always)
    static func add(_ scalar: Unicode.Scalar, to key: inout UInt64) {
        add(scalar.value, to: &key)
    }

    @inline(__always)
    static func add(_ value: UInt32, to key: inout UInt64) {
        key = (key ^ UInt64(value)) &* 0x0000_0100_0000_01b3
    }
}

/// A set of words with a lookup that costs one multiplication and a probe or two (no `Hasher`).
///
/// `let determiners: WordSet = ["la", "le", "les", "l'"]`; `determiners.contains(token.word)`.
struct WordSet: Sendable, ExpressibleByArrayLiteral {
    private let table: WordTable<Void>

    init(_ words: some Sequence<Word>) {
        var table = WordTable<Void>()
        for word in words { table[word] = () }
        self.table = table
    }

    init(_ words: some Sequence<String>) { self.init(words.map { Word($0) }) }

    init(arrayLiteral words: String...) { self.init(words) }

    @inline(__always)
    func contains(_ word: Word) -> Bool { table.index(of: word) != nil }
}

/// A dictionary from words to values, open addressing on the word keys.
struct WordTable<Value>: Sendable where Value: Sendable {
    private var keys: [UInt64]
    private var slots: [Int32]
    private var values: [Value] = []
    private var mask: Int

    init() {
        keys = [UInt64](repeating: 0, count: 8)
        slots = [Int32](repeating: -1, count: 8)
        mask = 7
    }

    /// Key 0 marks an empty slot; a zero key is stored as an unlikely constant.
    @inline(__always)
    private static func stored(_ word: Word) -> UInt64 { word.key == 0 ? 0x5DEE_CE66_D1CE_4E5B : word.key }

    @inline(__always)
    private static func home(_ key: UInt64, _ mask: Int) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 32) & mask
    }

    @inline(__always)
    private func slot(of key: UInt64) -> Int {
        var i = Self.home(key, mask)
        while keys[i] != 0 && keys[i] != key { i = (i + 1) & mask }
        return i
    }

    /// The position of `word`'s value in insertion order, nil when absent.
    @inline(__always)
    func index(of word: Word) -> Int? {
        let slot = slots[slot(of: Self.stored(word))]
        return slot < 0 ? nil : Int(slot)
    }

    /// The value at a position given by `index(of:)`.
    @inline(__always)
    func value(at index: Int) -> Value { values[index] }

    subscript(word: Word) -> Value? {
        @inline(__always) get { index(of: word).map { values[$0] } }
        set {
            let key = Self.stored(word)
            let i = slot(of: key)
            if slots[i] >= 0 {
                if let newValue { values[Int(slots[i])] = newValue }
                return
            }
            // Values are never removed from a table built once from a word list.
            guard let newValue else { return }
            keys[i] = key
            slots[i] = Int32(values.count)
            values.append(newValue)
            if values.count * 2 > keys.count { grow() }
        }
    }

    /// Updates the value of `word` in place, inserting `defaultValue` first when absent.
    mutating func update(_ word: Word, default defaultValue: Value, _ change: (inout Value) -> Void) {
        if self[word] == nil { self[word] = defaultValue }
        let i = slot(of: Self.stored(word))
        change(&values[Int(slots[i])])
    }

    /// Changes every value in place.
    mutating func modifyValues(_ change: (inout Value) -> Void) {
        for index in values.indices { change(&values[index]) }
    }

    private mutating func grow() {
        let oldKeys = keys, oldSlots = slots
        keys = [UInt64](repeating: 0, count: oldKeys.count * 2)
        slots = [Int32](repeating: -1, count: oldKeys.count * 2)
        mask = keys.count - 1
        for (key, slot) in zip(oldKeys, oldSlots) where key != 0 {
            var i = Self.home(key, mask)
            while keys[i] != 0 { i = (i + 1) & mask }
            keys[i] = key
            slots[i] = slot
        }
    }
}
