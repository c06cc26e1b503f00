/// What a batch ingest reports as it goes, in order, on the caller's thread.
///
/// `.started(total: 40)`, then `.finished(result, done: 1, total: 40)` … `.finished(…, done: 40, total: 40)`.
public enum IngestEvent: Sendable {
    /// A folder named on the command line holds no `.pdf`, `.txt` or `.md` file.
    case emptyFolder(String)
    /// The files are known; parsing begins.
    case started(total: Int)
    /// One more file is done (stored, already present or failed).
    case finished(IngestResult, done: Int, total: Int)
}
