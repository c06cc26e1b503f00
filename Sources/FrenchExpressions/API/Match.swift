/// A value found in a text: Unicode-scalar offsets into the searched string, the matched phrase,
/// and the value read from it.
///
/// `"Elle est conclue pour une durée d'un an."` →
/// `Match(range: 17..<39, text: "pour une durée d'un an", value: StatedDuration(months: 12, period: "P1Y"))`
public struct Match<Value: Sendable>: Sendable {
    /// Offsets in Unicode scalars into the string that was searched.
    public let range: Range<Int>
    public let value: Value
    /// Where the phrase is read from: the phrase itself, or the scalars of the whole searched
    /// text (shared by every match of one analysis, so that a match costs no string until its
    /// text is asked for).
    private let source: Source

    private enum Source: Sendable {
        case phrase(String)
        case scalars([Unicode.Scalar])
    }

    /// The phrase as written.
    public var text: String {
        switch source {
        case .phrase(let phrase): phrase
        case .scalars(let scalars): String(scalars: scalars[range])
        }
    }

    public init(range: Range<Int>, text: String, value: Value) {
        self.range = range
        self.value = value
        source = .phrase(text)
    }

    init(range: Range<Int>, in scalars: [Unicode.Scalar], value: Value) {
        self.range = range
        self.value = value
        source = .scalars(scalars)
    }
}

extension Match: Equatable where Value: Equatable {
    public static func == (lhs: Match, rhs: Match) -> Bool {
        lhs.range == rhs.range && lhs.value == rhs.value && lhs.text == rhs.text
    }
}

extension Match: Hashable where Value: Hashable {
    public func hash(into hasher: inout Hasher) {
        hasher.combine(range)
        hasher.combine(text)
        hasher.combine(value)
    }
}
