/// Why the store refused a request. Each message names the store or the document and says
/// what to do.
///
/// ```
/// clausier: .clausier/store.sqlite: written by a newer Clausier (schema 3); upgrade clausier (this one reads schema 1)
/// clausier: no document #42 in .clausier/store.sqlite; `clausier list` shows the ids
/// ```
public struct StoreError: Error, CustomStringConvertible, Equatable, Sendable {
    /// A stable identifier of the problem, for scripts and tests.
    public enum Kind: String, Sendable {
        /// Nothing at the path, for a command that only reads.
        case noStore
        /// The file exists but is not a Clausier store.
        case notAStore
        /// The schema was written by a later Clausier.
        case newerSchema
        /// The schema is older than this Clausier's, and the store was opened read-only:
        /// updating it would write.
        case outdated
        /// The store could not be created there.
        case cannotCreate
        /// The argument is not a document id at all.
        case badID
        /// No document has this id.
        case unknownDocument
        /// `--supersedes` with more than one file.
        case supersedesNeedsOneFile
        /// SQLite failed (busy for too long, disk full, read-only…).
        case database
    }

    public let kind: Kind
    /// The store's path.
    public let path: String
    /// What the message needs besides the path: the id, the schema number, SQLite's words.
    public let detail: String

    public init(_ kind: Kind, path: String, detail: String = "") {
        self.kind = kind
        self.path = path
        self.detail = detail
    }

    public var description: String {
        switch kind {
        case .noStore:
            return "no store at \(path); ingest documents first (clausier ingest FILE…), or name the store with --store PATH or CLAUSIER_STORE"
        case .notAStore:
            return "\(path): is not a Clausier store (\(detail)); pass --store with the path of a store, or of a new file"
        case .newerSchema:
            return "\(path): written by a newer Clausier (schema \(detail)); upgrade clausier (this one reads schema \(StoreSchema.current) and older)"
        case .outdated:
            return "\(path): a store of schema \(detail), older than this Clausier's (schema \(StoreSchema.current)); run clausier ingest once with write access to it to bring it up to date"
        case .cannotCreate:
            return "cannot create the store \(path) (\(detail)); check that its folder exists and is writable, or pass --store PATH"
        case .badID:
            return "'\(detail)' is not a document id; give the number that `clausier list` shows (7 or #7)"
        case .unknownDocument:
            return "no document #\(detail) in \(path); `clausier list` shows the ids"
        case .supersedesNeedsOneFile:
            return "--supersedes links one new document to #\(detail); give exactly one FILE (not a folder)"
        case .database:
            return "\(path): \(detail)"
        }
    }
}
