/// An entry of a word list that the expression readers cannot use.
///
/// `time-units.txt: "jour = un"` → `ExpressionListError(list: "time-units", entry: "jour = un",
/// reason: "expected a count and a unit letter H, D, W, M or Y (jour = 1 D)")`.
public struct ExpressionListError: Error, CustomStringConvertible, Equatable {
    public let list: String
    public let entry: String
    public let reason: String

    public init(list: String, entry: String, reason: String) {
        self.list = list
        self.entry = entry
        self.reason = reason
    }

    public var description: String {
        "lexicons: \(list).txt: cannot use « \(entry) »: \(reason); fix the line in Lexicons/lists/\(list).txt or in your --lexicons folder"
    }
}
