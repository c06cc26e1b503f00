/// What became of one file of a batch.
///
/// `IngestResult(path: "v2.pdf", status: .stored(id: 7, link: …, note: nil), pages: 30, obligations: 38, …)`
public struct IngestResult: Sendable {
    public enum Status: Sendable {
        /// Parsed and stored under `id`, linked into a lineage or not (and why not, in `note`).
        case stored(id: Int64, link: LineageLink?, note: String?)
        /// The same content was stored already under `id`: not parsed again.
        case alreadyStored(id: Int64)
        /// Not stored: the file could not be read, or the store refused the write.
        case failed(message: String)
    }

    public var path: String
    public var status: Status
    /// Pages and obligations of a stored document (0 otherwise).
    public var pages: Int
    public var obligations: Int
    public var title: String?
    /// Problems that did not stop the reading (a Windows-1252 text…).
    public var warnings: [String]

    public init(path: String, status: Status, pages: Int = 0, obligations: Int = 0, title: String? = nil, warnings: [String] = []) {
        self.path = path
        self.status = status
        self.pages = pages
        self.obligations = obligations
        self.title = title
        self.warnings = warnings
    }
}
