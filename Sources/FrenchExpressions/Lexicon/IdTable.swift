/// A small open-addressing hash table from 64-bit keys to ids, for the two lookups made at
/// every token (word hash → word id, trie node + word → next node) without `Hasher`.
struct IdTable: Sendable {
    private var keys: [UInt64]
    private var values: [Int32]
    private var mask: Int
    private(set) var count = 0

    init(capacity: Int = 64) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        keys = [UInt64](repeating: 0, count: size)
        values = [Int32](repeating: -1, count: size)
        mask = size - 1
    }

    @inline(__always)
    private static func slot(_ key: UInt64, _ mask: Int) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 32) & mask
    }

    /// Key 0 marks an empty slot; a zero key is stored as an unlikely constant.
    @inline(__always)
    private static func stored(_ key: UInt64) -> UInt64 { key == 0 ? 0x5DEE_CE66_D1CE_4E5B : key }

    @inline(__always)
    func value(_ key: UInt64) -> Int32? {
        let key = Self.stored(key)
        var i = Self.slot(key, mask)
        while true {
            let k = keys[i]
            if k == key { return values[i] }
            if k == 0 { return nil }
            i = (i + 1) & mask
        }
    }

    mutating func set(_ key: UInt64, _ value: Int32) {
        if (count + 1) * 2 > keys.count { grow() }
        let key = Self.stored(key)
        var i = Self.slot(key, mask)
        while keys[i] != 0 && keys[i] != key { i = (i + 1) & mask }
        if keys[i] == 0 { count += 1 }
        keys[i] = key
        values[i] = value
    }

    private mutating func grow() {
        let oldKeys = keys
        let oldValues = values
        keys = [UInt64](repeating: 0, count: oldKeys.count * 2)
        values = [Int32](repeating: -1, count: oldKeys.count * 2)
        mask = keys.count - 1
        count = 0
        for (k, v) in zip(oldKeys, oldValues) where k != 0 {
            var i = Self.slot(k, mask)
            while keys[i] != 0 { i = (i + 1) & mask }
            keys[i] = k
            values[i] = v
            count += 1
        }
    }
}
