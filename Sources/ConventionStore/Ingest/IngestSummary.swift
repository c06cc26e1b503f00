/// The totals of a batch ingest.
///
/// `3 documents stored, 1 already present, 37 pages, 62 obligations, 1 error, 4.2 s`
public struct IngestSummary: Sendable, Hashable, CustomStringConvertible {
    public var stored = 0
    public var alreadyPresent = 0
    /// Pages and obligations of the documents stored by this batch.
    public var pages = 0
    public var obligations = 0
    public var errors = 0
    public var seconds = 0.0

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
        case .failed:
            errors += 1
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
