/// The totals of a batch ingest, and the files it could not store.
///
/// `3 documents stored, 1 already present, 37 pages, 62 obligations, 1 error, 4.2 s`
public struct IngestSummary: Sendable, Hashable, CustomStringConvertible {
    /// A file that was not stored, and why: `lot/b.pdf`, `lot/b.pdf: the PDF is damaged or truncated …`.
    public struct Failure: Sendable, Hashable {
        public var path: String
        /// The message, which names the file.
        public var message: String
    }

    public var stored = 0
    public var alreadyPresent = 0
    /// Pages and obligations of the documents stored by this batch.
    public var pages = 0
    public var obligations = 0
    /// The files not stored, in the order of the batch.
    public var failures: [Failure] = []
    public var seconds = 0.0

    public var errors: Int { failures.count }

    public init() {}

    /// Adds one file's result.
    public mutating func add(_ result: IngestResult) {
        switch result.status {
        case .stored:
            stored += 1
            pages += result.pages
            obligations += result.obligations
        case .alreadyStored:
            alreadyPresent += 1
        case .failed(let message):
            failures.append(Failure(path: result.path, message: message))
        }
    }

    public var description: String {
        func count(_ n: Int, _ word: String) -> String { "\(n) \(word)\(n == 1 ? "" : "s")" }
        return [
            "\(count(stored, "document")) stored", "\(alreadyPresent) already present", count(pages, "page"),
            count(obligations, "obligation"), count(errors, "error"), String(format: "%.1f s", seconds),
        ].joined(separator: ", ")
    }
}
