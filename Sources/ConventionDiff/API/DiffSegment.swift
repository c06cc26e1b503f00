/// A run of words of a word-level diff: kept, deleted from the old text, or inserted in the new.
///
/// `fournir deux fois par an` → `fournir une fois par an` gives
/// `[equal "fournir ", delete "deux ", insert "une ", equal "fois par an"]`.
public struct DiffSegment: Sendable, Hashable, Codable {
    public enum Operation: String, Sendable, Hashable, Codable {
        case equal, delete, insert
    }

    public var op: Operation
    /// The words as written, with the punctuation and one space that follow them (a kept run
    /// as the new text writes it).
    public var text: String

    public init(_ op: Operation, _ text: String) {
        self.op = op
        self.text = text
    }
}

extension Array where Element == DiffSegment {
    /// The old text (kept and deleted runs; the kept runs punctuated as in the new text).
    public var oldText: String { filter { $0.op != .insert }.map(\.text).joined() }

    /// The new text (kept and inserted runs).
    public var newText: String { filter { $0.op != .delete }.map(\.text).joined() }

    /// Whether any run was deleted or inserted.
    public var hasChanges: Bool { contains { $0.op != .equal } }
}
