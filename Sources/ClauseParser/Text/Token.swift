/// A word or punctuation mark of a line, folded for matching (`Région` → `region`, `s'` from
/// `s'engage`), with its offsets in the line's scalars.
struct Token: Sendable, Equatable {
    let folded: String
    /// Offsets in the scalars of the tokenised text.
    let start: Int
    let end: Int

    var isWord: Bool { folded.unicodeScalars.first.map { $0.properties.isAlphabetic || ("0"..."9").contains($0) } ?? false }
}

/// Splits text into tokens: letter or digit runs (an elided article keeps its apostrophe:
/// `d'une` → `d'`, `une`; hyphenated words stay whole: `ci-après`), and single punctuation marks.
enum Tokenizer {
    static func tokens(_ text: String) -> [Token] {
        tokens(Array(text.unicodeScalars))
    }

    static func tokens(_ scalars: [Unicode.Scalar]) -> [Token] {
        var tokens: [Token] = []
        tokens.reserveCapacity(scalars.count / 5)
        var utf8: [UInt8] = []
        utf8.reserveCapacity(32)
        var i = 0
        while i < scalars.count {
            let c = scalars[i]
            if isWordScalar(c) {
                let start = i
                utf8.removeAll(keepingCapacity: true)
                while i < scalars.count {
                    let d = scalars[i]
                    if isWordScalar(d) {
                        appendUTF8(fold(d), to: &utf8); i += 1
                    } else if d == "-", i + 1 < scalars.count, isWordScalar(scalars[i + 1]), !utf8.isEmpty {
                        utf8.append(0x2D); i += 1
                    } else if d == "'" || d == "’" {
                        utf8.append(0x27); i += 1
                        break
                    } else {
                        break
                    }
                }
                tokens.append(Token(folded: String(decoding: utf8, as: UTF8.self), start: start, end: i))
            } else if c == " " || c == "\n" || c == "\t" {
                i += 1
            } else {
                tokens.append(Token(folded: String(c), start: i, end: i + 1))
                i += 1
            }
        }
        return tokens
    }

    @inline(__always) static func appendUTF8(_ c: Unicode.Scalar, to buffer: inout [UInt8]) {
        let v = c.value
        if v < 0x80 {
            buffer.append(UInt8(v))
        } else if v < 0x800 {
            buffer.append(UInt8(0xC0 | (v >> 6)))
            buffer.append(UInt8(0x80 | (v & 0x3F)))
        } else if v < 0x10000 {
            buffer.append(UInt8(0xE0 | (v >> 12)))
            buffer.append(UInt8(0x80 | ((v >> 6) & 0x3F)))
            buffer.append(UInt8(0x80 | (v & 0x3F)))
        } else {
            buffer.append(UInt8(0xF0 | (v >> 18)))
            buffer.append(UInt8(0x80 | ((v >> 12) & 0x3F)))
            buffer.append(UInt8(0x80 | ((v >> 6) & 0x3F)))
            buffer.append(UInt8(0x80 | (v & 0x3F)))
        }
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

    /// Lowercase without accent, one scalar for one (`É` → `e`, `œ` stays `œ`).
    @inline(__always) static func fold(_ c: Unicode.Scalar) -> Unicode.Scalar {
        let v = c.value
        if v < 0x80 {
            return (v >= 0x41 && v <= 0x5A) ? Unicode.Scalar(v + 32)! : c
        }
        switch v {
        case 0xC0...0xC5, 0xE0...0xE5: return "a"
        case 0xC7, 0xE7: return "c"
        case 0xC8...0xCB, 0xE8...0xEB: return "e"
        case 0xCC...0xCF, 0xEC...0xEF: return "i"
        case 0xD2...0xD6, 0xF2...0xF6: return "o"
        case 0xD9...0xDC, 0xF9...0xFC: return "u"
        case 0xDD, 0xFD, 0xFF, 0x178: return "y"
        case 0xD1, 0xF1: return "n"
        case 0x152: return "œ"
        default:
            let lower = c.properties.lowercaseMapping.unicodeScalars
            return lower.count == 1 ? lower.first! : c
        }
    }

    /// The folded words of a lexicon phrase, tokenised like the text.
    static func phrase(_ text: String) -> [String] {
        tokens(text).map(\.folded)
    }
}
