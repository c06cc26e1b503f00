/// One line of extracted text on its way through normalisation, with the raw offset of each
/// of its scalars.
struct SourceLine {
    /// What a line is, for deciding whether it stands alone or continues a paragraph.
    enum Kind: Equatable {
        case blank
        /// A page break in a text file (`---`, `***`), or a form feed.
        case pageRule
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

    /// Length of the physical line that ends this line.
    var tailLength: Int { lastPhysicalLength ?? scalars.count }

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
    var string: String {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars)
        return String(view)
    }
}

extension Unicode.Scalar {
    var isLetter: Bool { properties.isAlphabetic }
    var isDigit: Bool { ("0"..."9").contains(self) }
    var isUppercaseLetter: Bool { properties.isUppercase }
    var isLowercaseLetter: Bool { properties.isLowercase }
    var isSpace: Bool { self == " " || self == "\t" }
}
