import ConventionModel

/// A stored document in full: its summary, its normalised text and its graph.
///
/// ```swift
/// let stored = try store.document(7)
/// stored.graph.obligations.count   // 21
/// stored.summary.supersedes        // 3
/// ```
public struct StoredDocument: Sendable {
    public var summary: DocumentSummary
    public var sourcePath: String
    public var format: String
    public var text: String
    public var graph: ConventionGraph

    public var id: Int64 { summary.id }

    public init(summary: DocumentSummary, sourcePath: String, format: String, text: String, graph: ConventionGraph) {
        self.summary = summary
        self.sourcePath = sourcePath
        self.format = format
        self.text = text
        self.graph = graph
    }
}
