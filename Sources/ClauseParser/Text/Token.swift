/// A word or punctuation mark of a line, folded for matching (`Région` → `region`, `s'` from
/// `s'engage`), with its offsets in the line's scalars.
struct Token: Sendable {
    let word: Word
    /// Offsets in the scalars of the tokenised text.
    let start: Int
    let end: Int
    /// The last four folded letters, lowest byte last (`engager` → `"ager"`), for suffix tests
    /// (`-er`, `-ée`) without building a string; only ASCII letters are kept.
    let tail: UInt32
    /// A run of letters or digits (not a punctuation mark).
    let isWord: Bool
    /// Starts with a digit (`2019`, `1er`).
    let startsWithDigit: Bool

    var length: Int { end - start }

    /// Whether the folded word ends with `suffix` (ASCII, at most four letters).
    @inline(__always)
    func hasSuffix(_ suffix: Suffix) -> Bool {
        length > suffix.count && tail & suffix.mask == suffix.value
    }

    /// A folded ending to test tokens against: `Suffix("er")`.
    struct Suffix: Sendable, ExpressibleByStringLiteral {
        let value: UInt32
        let mask: UInt32
        let count: Int

        init(stringLiteral text: String) {
            var value: UInt32 = 0
            for byte in text.utf8.suffix(4) { value = value << 8 | UInt32(byte) }
            count = min(text.utf8.count, 4)
            self.value = value
            mask = count == 4 ? .max : (1 << (8 * UInt32(count))) - 1
        }
    }
}

/// Splits text into tokens: letter or digit runs (an elided article keeps its apostrophe:
/// `d'une` → `d'`, `une`; hyphenated words stay whole: `ci-après`), and single punctuation marks.
enum Tokenizer {
    static func tokens(_ text: String) -> [Token] {
        tokens(Array(text.unicodeScalars))
    }

    static func tokens(_ scalars: [Unicode.Scalar]) -> [Token] {
        scalars.withUnsafeBufferPointer(tokens(in:))
    }

    private static func tokens(in scalars: UnsafeBufferPointer<Unicode.Scalar>) -> [Token] {
        var tokens: [Token] = []
        tokens.reserveCapacity(scalars.count / 4 + 1)
        var i = 0
        while i < scalars.count {
            let c = scalars[i]
            if isWordScalar(c) {
                let start = i
                var key = Word.seed
                var tail: UInt32 = 0
                while i < scalars.count {
                    let d = scalars[i]
                    let v = d.value
                    if (v | 0x20) >= 0x61 && (v | 0x20) <= 0x7A || v >= 0x30 && v <= 0x39 {
                        // ASCII letters and digits, most of a text: folded by setting the lowercase bit.
                        let folded = v >= 0x41 && v <= 0x5A ? v | 0x20 : v
                        Word.add(folded, to: &key)
                        tail = tail << 8 | folded
                        i += 1
                    } else if isWordScalar(d) {
                        let folded = Folding.fold(d)
                        Word.add(folded, to: &key)
                        tail = folded.isASCII ? tail << 8 | folded.value : 0
                        i += 1
                    } else if d == "-", i + 1 < scalars.count, isWordScalar(scalars[i + 1]) {
                        Word.add("-", to: &key)
                        tail = 0
                        i += 1
                    } else if d == "'" || d == "’" {
                        Word.add("'", to: &key)
                        tail = 0
                        i += 1
                        break
                    } else {
                        break
                    }
                }
                tokens.append(Token(word: Word(key: key), start: start, end: i, tail: tail, isWord: true,
                                    startsWithDigit: c.value >= 0x30 && c.value <= 0x39))
            } else if c == " " || c == "\n" || c == "\t" {
                i += 1
            } else {
                var key = Word.seed
                Word.add(Folding.fold(c), to: &key)
                tokens.append(Token(word: Word(key: key), start: i, end: i + 1, tail: 0, isWord: false, startsWithDigit: false))
                i += 1
            }
        }
        return tokens
    }

    @inline(__always) static func isWordScalar(_ c: Unicode.Scalar) -> Bool {
        let v = c.value
        if v < 0x80 {
            return (v >= 0x61 && v <= 0x7A) || (v >= 0x41 && v <= 0x5A) || (v >= 0x30 && v <= 0x39)
        }
        // Latin-1 letters and œ/Œ, the letters of French, without a property lookup.
        if v >= 0xC0 && v <= 0xFF { return v != 0xD7 && v != 0xF7 }
        if v == 0x152 || v == 0x153 { return true }
        return c.properties.isAlphabetic
    }

    /// The folded words of a lexicon phrase, tokenised like the text.
    static func phrase(_ text: String) -> [Word] {
        tokens(text).map(\.word)
    }
}
