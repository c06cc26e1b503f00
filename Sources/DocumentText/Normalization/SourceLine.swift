/// One line of extracted text on its way through normalisation, with the raw offset of each
/// of its scalars.
struct SourceLine {
    /// What a line is, for deciding whether it stands alone or continues a paragraph.
    enum Kind: Equatable {
        case blank
        /// A heading: markdown `#`, a structure keyword (`Article 3`), or a line in capitals.
        case heading
        /// Starts with a list marker or an enumerator (`1.`, `a)`, `1°`).
        case listItem
        /// Cells separated by wide gaps.
        case tableRow
        case text
    }

    var scalars: [Unicode.Scalar]
    var origins: [Int32]
    var page: Int
    var kind: Kind = .text
    /// Length of the last physical line merged into this one (nil: the line is one physical line).
    var lastPhysicalLength: Int?
    /// The length of a full line of body text on the page of the last physical line (0: unknown).
    var typicalWidth = 0
    /// Whether the last physical line has letters and none in lowercase (`ARTICLE 6`).
    var tailInCapitals = false
    /// A markdown heading (`## Titre`): it never continues the line before it.
    var isMarkdownHeading = false
    /// An odd number of `**` was removed from the line: a bold span opens or closes here.
    var unbalancedBold = false
    /// A structure keyword and its number alone (`ARTICLE 6`, `Article 1er :`): the title, when
    /// there is one, is on the next line and stays there.
    var isBareHeading = false
    /// Opens with a structure keyword and its number (`Article 3 – Durée`, `TITRE II`).
    var opensStructure = false
    /// The line held only a bullet glyph: the item's text is on the next line.
    var isBareMarker = false
    /// A whole paragraph of a word-processing document (`.docx`, `.odt`): its end is the
    /// author's, never a layout's, so it is never joined to the line before.
    var isParagraph = false
    /// Parentheses still open at the end of the line, from its start (`(axe` → 1), kept as
    /// lines are merged so that a paragraph is not read again for each line it gains.
    var openParentheses = 0

    /// The parentheses open after `scalars` when `depth` were open before them; a `)` with
    /// none open is ignored.
    static func openParentheses<C: Collection>(after scalars: C, from depth: Int) -> Int where C.Element == Unicode.Scalar {
        var depth = depth
        for c in scalars {
            if c == "(" { depth += 1 } else if c == ")" { depth = max(0, depth - 1) }
        }
        return depth
    }

    /// Length of the physical line that ends this line.
    var tailLength: Int { lastPhysicalLength ?? scalars.count }

    /// Whether `scalars` have letters and none in lowercase.
    static func hasOnlyCapitals<C: Collection>(_ scalars: C) -> Bool where C.Element == Unicode.Scalar {
        var letters = false
        for c in scalars {
            if c.isLowercaseLetter { return false }
            if c.isLetter { letters = true }
        }
        return letters
    }

    var isEmpty: Bool { scalars.isEmpty }

    mutating func append(_ scalar: Unicode.Scalar, origin: Int32) {
        scalars.append(scalar)
        origins.append(origin)
    }

    mutating func append(contentsOf other: SourceLine) {
        scalars.append(contentsOf: other.scalars)
        origins.append(contentsOf: other.origins)
    }

    /// The line as a `String` (for pattern checks that are not on a hot path).
    var string: String { String(scalars: scalars) }
}

// Character classes with a fast path for Latin-1, which is nearly all of a French text: the
// Unicode property tables of the standard library cost a lookup per call.
extension Unicode.Scalar {
    var isLetter: Bool {
        let v = value
        if v < 0x80 { return (0x41...0x5A).contains(v) || (0x61...0x7A).contains(v) }
        if v < 0x100 { return v >= 0xC0 ? v != 0xD7 && v != 0xF7 : v == 0xAA || v == 0xB5 || v == 0xBA }
        return properties.isAlphabetic
    }
    var isDigit: Bool { (0x30...0x39).contains(value) }
    var isUppercaseLetter: Bool {
        let v = value
        if v < 0x80 { return (0x41...0x5A).contains(v) }
        if v < 0x100 { return (0xC0...0xDE).contains(v) && v != 0xD7 }
        return properties.isUppercase
    }
    var isLowercaseLetter: Bool {
        let v = value
        if v < 0x80 { return (0x61...0x7A).contains(v) }
        if v < 0x100 { return (0xDF...0xFF).contains(v) && v != 0xF7 || v == 0xAA || v == 0xB5 || v == 0xBA }
        return properties.isLowercase
    }
    var isSpace: Bool { self == " " || self == "\t" }
    /// A C0 or C1 control character (general category Cc).
    var isControl: Bool { value < 0x20 || (0x7F...0x9F).contains(value) }
}

extension String {
    /// A string made of `scalars`, encoded in one pass.
    init<C: Collection>(scalars: C) where C.Element == Unicode.Scalar {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(scalars.count + scalars.count / 4)
        for scalar in scalars {
            if scalar.value < 0x80 {
                bytes.append(UInt8(scalar.value))
            } else {
                UTF8.encode(scalar) { bytes.append($0) }
            }
        }
        self = String(decoding: bytes, as: UTF8.self)
    }
}
