import ClauseParser
import ConventionModel
import DocumentText
import Foundation

/// A parsed document ready to be stored: its source's identity, its normalised text and its
/// graph, and the parser version that read it.
///
/// ```swift
/// let document = try DocumentReader.read(path: "Convention 2021.pdf")
/// let (text, graph) = try ConventionParser().parse(document)
/// let ingested = IngestedDocument(document: document, text: text.text, graph: graph)
/// ingested.fileName   // "Convention 2021.pdf"
/// ```
public struct IngestedDocument: Sendable, Codable {
    public var sourcePath: String
    public var fileName: String
    /// SHA-256 of the source file's bytes: the document's identity in the store.
    public var sha256: String
    public var format: String
    public var pages: Int
    /// The normalised text the graph's spans count into.
    public var text: String
    public var graph: ConventionGraph
    public var parserVersion: String

    public init(sourcePath: String, fileName: String, sha256: String, format: String, pages: Int, text: String,
                graph: ConventionGraph, parserVersion: String = ConventionParser.version) {
        self.sourcePath = sourcePath
        self.fileName = fileName
        self.sha256 = sha256
        self.format = format
        self.pages = pages
        self.text = text
        self.graph = graph
        self.parserVersion = parserVersion
    }

    /// The document `document` read, its normalised `text` and the `graph` parsed from it.
    public init(document: ExtractedDocument, text: String, graph: ConventionGraph) {
        self.init(sourcePath: document.path, fileName: (document.path as NSString).lastPathComponent,
                  sha256: document.sha256, format: document.format.rawValue, pages: document.metadata.pageCount,
                  text: text, graph: graph)
    }
}
