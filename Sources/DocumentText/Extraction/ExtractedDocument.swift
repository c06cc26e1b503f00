import Foundation

/// The text of a document as extracted, page by page, before normalisation.
///
/// For a PDF each page is poppler's characters of that page in reading order (rebuilt from
/// their positions by `PageLayout` where poppler's order is wrong: glued cells, two columns);
/// for a text file there is one page per form feed (usually one); for a Word or OpenDocument
/// file, one page per page break the file states (one page when it states none), a line per
/// paragraph or table cell, the notes after the body. The raw text that `clausier text --raw` prints is the pages joined
/// by a form feed (U+000C); provenance offsets count Unicode scalars into that raw text.
public struct ExtractedDocument: Sendable {
    /// Whether the source was a PDF, text, a Word document or an OpenDocument text.
    public enum Format: String, Sendable, Codable { case pdf, text, docx, odt }

    public let path: String
    public let format: Format
    /// Raw text of each page, in order.
    public let pages: [String]
    public let metadata: DocumentMetadata
    /// Problems that did not stop the reading (for instance a Windows-1252 file).
    public let warnings: [String]
    /// SHA-256 of the file's bytes, lowercase hex.
    public let sha256: String
    /// The pages read by OCR, in page order, with their confidence and word boxes.
    public let recognizedPages: [RecognizedPage]

    public init(path: String, format: Format, pages: [String], metadata: DocumentMetadata,
                warnings: [String] = [], sha256: String, recognizedPages: [RecognizedPage] = []) {
        self.path = path
        self.format = format
        self.pages = pages
        self.metadata = metadata
        self.warnings = warnings
        self.sha256 = sha256
        self.recognizedPages = recognizedPages
    }

    /// The pages joined by form feeds: the text `--raw` prints.
    public var rawText: String { pages.joined(separator: "\u{0C}") }
}

/// What a file says about itself (`clausier info`).
public struct DocumentMetadata: Sendable, Equatable {
    public var pageCount: Int
    public var title: String?
    public var author: String?
    /// Creation date as ISO 8601 (`2019-12-19T10:30:00Z`), when the PDF records one.
    public var creationDate: String?
    /// Whether at least one page carries extractable text.
    public var hasTextLayer: Bool
    public var encrypted: Bool

    public init(pageCount: Int, title: String? = nil, author: String? = nil, creationDate: String? = nil,
                hasTextLayer: Bool, encrypted: Bool = false) {
        self.pageCount = pageCount
        self.title = title
        self.author = author
        self.creationDate = creationDate
        self.hasTextLayer = hasTextLayer
        self.encrypted = encrypted
    }
}
