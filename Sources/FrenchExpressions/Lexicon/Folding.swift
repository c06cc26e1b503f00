/// How a scalar is folded for matching words against the lists: lower case, accents
/// dropped, every apostrophe as `'`, `œ` as `oe`. Words are compared by a 64-bit hash of
/// their folded scalars, so no string is built per token.
///
/// `"Échéance"`, `"echeance"` and `"ÉCHÉANCE"` have the same key.
enum Folding {
    static let seed: UInt64 = 0xcbf2_9ce4_8422_2325
    private static let prime: UInt64 = 0x0000_0100_0000_01b3

    /// What a scalar is to the tokenizer.
    enum ScalarClass {
        case letter, digit, apostrophe, mark, space, newline, other
    }

    @inline(__always)
    static func add(_ value: UInt32, to hash: inout UInt64) {
        hash = (hash ^ UInt64(value)) &* prime
    }

    /// Adds the folded form of `v` to `hash`.
    @inline(__always)
    static func fold(_ v: UInt32, into hash: inout UInt64) {
        if v < 0x80 {
            add(v >= 0x41 && v <= 0x5A ? v + 32 : v, to: &hash)
            return
        }
        switch v {
        case 0xC0...0xC5, 0xE0...0xE5: add(0x61, to: &hash)                      // a
        case 0xC6, 0xE6: add(0x61, to: &hash); add(0x65, to: &hash)               // ae
        case 0xC7, 0xE7: add(0x63, to: &hash)                                     // c
        case 0xC8...0xCB, 0xE8...0xEB, 0x1D49: add(0x65, to: &hash)               // e, superscript e
        case 0xCC...0xCF, 0xEC...0xEF: add(0x69, to: &hash)                       // i
        case 0xD1, 0xF1, 0x207F: add(0x6E, to: &hash)                             // n
        case 0xD2...0xD6, 0xD8, 0xF2...0xF6, 0xF8, 0x1D52: add(0x6F, to: &hash)   // o
        case 0xD9...0xDC, 0xF9...0xFC: add(0x75, to: &hash)                       // u
        case 0xDD, 0xFD, 0xFF, 0x178: add(0x79, to: &hash)                        // y
        case 0x152, 0x153: add(0x6F, to: &hash); add(0x65, to: &hash)             // oe
        case 0x2B3: add(0x72, to: &hash)                                          // superscript r
        case 0x1D48: add(0x64, to: &hash)                                         // superscript d
        case 0x2E2: add(0x73, to: &hash)                                          // superscript s
        case 0x2018, 0x2019, 0x2BC: add(0x27, to: &hash)                          // apostrophes
        case 0x2010, 0x2011: add(0x2D, to: &hash)                                 // hyphens
        default: add(v, to: &hash)
        }
    }

    @inline(__always)
    static func classify(_ v: UInt32) -> ScalarClass {
        if v < 0x80 {
            if (v >= 0x61 && v <= 0x7A) || (v >= 0x41 && v <= 0x5A) { return .letter }
            if v >= 0x30 && v <= 0x39 { return .digit }
            switch v {
            case 0x20, 0x09: return .space
            case 0x0A, 0x0D, 0x0B, 0x0C: return .newline
            case 0x27: return .apostrophe
            default: return .other
            }
        }
        switch v {
        case 0xA0, 0x2000...0x200A, 0x202F, 0x205F, 0x3000, 0xFEFF: return .space
        case 0x85, 0x2028, 0x2029: return .newline
        case 0x2018, 0x2019, 0x2BC: return .apostrophe
        case 0x300...0x36F: return .mark
        case 0xC0...0xD6, 0xD8...0xF6, 0xF8...0x24F: return .letter
        default:
            guard let scalar = Unicode.Scalar(v) else { return .other }
            return scalar.properties.isAlphabetic ? .letter : .other
        }
    }

    /// The key of a whole word (used when loading lists and in tests).
    static func key(_ text: String) -> UInt64 {
        var hash = seed
        for scalar in text.unicodeScalars { fold(scalar.value, into: &hash) }
        return hash
    }
}
