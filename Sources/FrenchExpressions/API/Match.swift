/// A value found in a text: Unicode-scalar offsets into the searched string, the matched phrase,
/// and the value read from it.
///
/// `"Elle est conclue pour une durée d'un an."` →
/// `Match(range: 17..<39, text: "pour une durée d'un an", value: StatedDuration(months: 12, period: "P1Y"))`
public struct Match<Value: Sendable>: Sendable {
    /// Offsets in Unicode scalars into the string that was searched.
    public let range: Range<Int>
    /// The phrase as written.
    public let text: String
    public let value: Value

    public init(range: Range<Int>, text: String, value: Value) {
        self.range = range
        self.text = text
        self.value = value
    }
}

extension Match: Equatable where Value: Equatable {}
extension Match: Hashable where Value: Hashable {}
