import ConventionModel
import Foundation
import GRDB
import Lexicons

/// The embedded store of ingested conventions: one SQLite file (WAL mode, so that several
/// processes can ingest at once) holding each document's source identity, normalised text,
/// graph JSON and parser version, and the lineage that links the versions of a convention.
///
/// ```swift
/// let store = try ConventionStore.open(StoreLocation.resolve(option: nil))   // ./.clausier/store.sqlite
/// let outcome = try store.insert(ingested)   // .stored(id: 7, link: LineageLink(supersedes: 3, …), note: nil)
/// try store.history(of: 7).map(\.id)          // [3, 7]
/// ```
public final class ConventionStore: Sendable {
    /// Whether opening may create the store, or write to it at all.
    public enum OpenMode: Sendable {
        /// `clausier ingest`: create the file (and the default `.clausier` folder) when missing.
        case createIfMissing
        /// `clausier remove`: refuse a missing store.
        case existingOnly
        /// The commands that only read (`list`, `show`, `history`, `checklist` and `diff` of
        /// stored ids): refuse a missing store, and open it read-only — no journal mode set, no
        /// migration, nothing written — so that a store whose file or folder the user may not
        /// write can be read.
        case readOnly
    }

    /// How long a write waits for another process's transaction before giving up.
    public static let busyTimeout: TimeInterval = 60

    public let path: String
    /// A pool (WAL mode, several readers) for a store opened to write; a read-only queue
    /// otherwise, on which a write fails with SQLite's read-only error.
    let database: any DatabaseWriter
    let matcher: LineageMatcher

    /// Opens the store at `location`; the default location's folder is created when missing.
    public static func open(_ location: StoreLocation, mode: OpenMode, lexicons: LexiconSet? = nil) throws -> ConventionStore {
        if mode == .createIfMissing, location.origin == .defaultPath {
            let folder = (location.path as NSString).deletingLastPathComponent
            if !folder.isEmpty {
                do {
                    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
                } catch {
                    throw StoreError(.cannotCreate, path: location.path, detail: error.localizedDescription)
                }
            }
        }
        return try ConventionStore(path: location.path, mode: mode, lexicons: lexicons)
    }

    /// Opens (or creates) the store at `path`, refusing a file that is not a Clausier store or
    /// whose schema a later Clausier wrote, and brings an older schema up to date.
    public init(path: String, mode: OpenMode = .createIfMissing, lexicons: LexiconSet? = nil) throws {
        self.path = path
        var isDirectory: ObjCBool = false
        let exists = FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory)
        if isDirectory.boolValue {
            throw StoreError(.notAStore, path: path, detail: "it is a folder; name a file such as \(path)/store.sqlite")
        }
        if !exists {
            if mode != .createIfMissing { throw StoreError(.noStore, path: path) }
            let folder = (path as NSString).deletingLastPathComponent
            if !folder.isEmpty && !FileManager.default.fileExists(atPath: folder) {
                throw StoreError(.cannotCreate, path: path, detail: "no folder \(folder)")
            }
        }
        matcher = try LineageMatcher(lexicons: lexicons ?? LexiconSet.bundled())
        if exists { try Self.inspect(path) }
        var configuration = Configuration()
        configuration.busyMode = .timeout(Self.busyTimeout)
        configuration.foreignKeysEnabled = true
        configuration.label = "ClausierStore"
        if mode == .readOnly {
            configuration.readonly = true
            database = try Self.openReadOnly(path: path, configuration: configuration)
        } else {
            database = try Self.openMigrated(path: path, configuration: configuration, creating: !exists)
        }
    }

    /// Opens the store without writing anything, after refusing one that still needs a
    /// migration (which only a command that writes may run).
    private static func openReadOnly(path: String, configuration: Configuration) throws -> DatabaseQueue {
        do {
            let queue = try readOnlyQueue(path: path, configuration: configuration)
            let (migrated, version) = try queue.read { db in
                (try StoreSchema.migrator.hasCompletedMigrations(db), try Int.fetchOne(db, sql: "PRAGMA user_version") ?? 0)
            }
            guard migrated else { throw StoreError(.outdated, path: path, detail: String(version)) }
            return queue
        } catch let error as DatabaseError {
            throw translate(error, path: path, creating: false)
        }
    }

    /// A read-only connection to the store. SQLite reads a store in WAL mode through a
    /// shared-memory file beside it (`store.sqlite-shm`), which it cannot create in a folder the
    /// user may not write: such a store is then opened as immutable (no locks, no log), which
    /// is sound when no write-ahead log holds transactions — nobody can have written one there.
    private static func readOnlyQueue(path: String, configuration: Configuration) throws -> DatabaseQueue {
        do {
            let queue = try DatabaseQueue(path: path, configuration: configuration)
            _ = try queue.read { db in try Int.fetchOne(db, sql: "PRAGMA user_version") }
            return queue
        } catch let error as DatabaseError where error.resultCode.primaryResultCode == .SQLITE_READONLY {
            let log = (try? FileManager.default.attributesOfItem(atPath: path + "-wal")[.size] as? Int) ?? 0
            guard log == 0 else { throw error }
            let absolute = URL(fileURLWithPath: path).path
            let uri = "file:" + (absolute.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed) ?? absolute) + "?immutable=1"
            return try DatabaseQueue(path: uri, configuration: configuration)
        }
    }

    /// Opens the pool (which turns on WAL mode) and runs the migrations. Two processes that
    /// create a new store at the same moment can see SQLITE_BUSY there without SQLite's busy
    /// handler being called; the loser waits a little and tries again, up to the busy timeout.
    private static func openMigrated(path: String, configuration: Configuration, creating: Bool) throws -> DatabasePool {
        let deadline = Date().addingTimeInterval(busyTimeout)
        while true {
            do {
                let pool = try DatabasePool(path: path, configuration: configuration)
                try migrate(pool)
                return pool
            } catch let error as DatabaseError {
                let busy = [.SQLITE_BUSY, .SQLITE_LOCKED].contains(error.resultCode.primaryResultCode)
                guard busy, Date() < deadline else { throw translate(error, path: path, creating: creating) }
                usleep(50_000)
            }
        }
    }

    /// Looks at an existing file read-only before the pool opens it (and turns on WAL mode):
    /// another application's database, or a later Clausier's store, is left untouched.
    private static func inspect(_ path: String) throws {
        var configuration = Configuration()
        configuration.readonly = true
        configuration.busyMode = .timeout(busyTimeout)
        do {
            let queue = try readOnlyQueue(path: path, configuration: configuration)
            try queue.read { db in try StoreSchema.check(db, path: path) }
            try queue.close()
        } catch let error as DatabaseError {
            throw translate(error, path: path, creating: false)
        }
    }

    /// Runs the migrations not yet applied. Two processes opening a new store at once may both
    /// try the first migration; the one that loses finds it applied and goes on.
    private static func migrate(_ pool: DatabasePool) throws {
        let migrator = StoreSchema.migrator
        do {
            if try pool.read(migrator.hasCompletedMigrations) { return }
            try migrator.migrate(pool)
        } catch let error as DatabaseError {
            if (try? pool.read(migrator.hasCompletedMigrations)) == true { return }
            throw error
        }
    }

    // MARK: - Reading

    /// The id of the document whose source has this SHA-256, if stored.
    public func id(ofSHA256 sha256: String) throws -> Int64? {
        try read { db in try Int64.fetchOne(db, sql: "SELECT id FROM document WHERE sha256 = ?", arguments: [sha256]) }
    }

    /// Every stored document, by id.
    public func list() throws -> [DocumentSummary] {
        try read { db in try Self.summaries(db, where: "1") }
    }

    /// The summary of document `id`.
    public func summary(_ id: Int64) throws -> DocumentSummary {
        try read { db in
            guard let summary = try Self.summaries(db, where: "d.id = ?", [id]).first else {
                throw StoreError(.unknownDocument, path: path, detail: String(id))
            }
            return summary
        }
    }

    /// Document `id` in full: summary, text and graph.
    public func document(_ id: Int64) throws -> StoredDocument {
        try read { db in
            guard let summary = try Self.summaries(db, where: "d.id = ?", [id]).first,
                  let row = try Row.fetchOne(db, sql: "SELECT sourcePath, format, text, graphJSON FROM document WHERE id = ?", arguments: [id])
            else {
                throw StoreError(.unknownDocument, path: path, detail: String(id))
            }
            let json: String = row["graphJSON"]
            let graph: ConventionGraph
            do {
                graph = try ConventionGraph.decode(Data(json.utf8))
            } catch {
                throw StoreError(.database, path: path, detail: "the graph of document #\(id) cannot be read (\(error)); remove it (clausier remove \(id)) and ingest its file again")
            }
            return StoredDocument(summary: summary, sourcePath: row["sourcePath"], format: row["format"], text: row["text"], graph: graph)
        }
    }

    /// The lineage of document `id`: every version of its convention, oldest first.
    public func history(of id: Int64) throws -> [DocumentSummary] {
        try read { db in
            guard try Bool.fetchOne(db, sql: "SELECT 1 FROM document WHERE id = ?", arguments: [id]) == true else {
                throw StoreError(.unknownDocument, path: path, detail: String(id))
            }
            let chain = try Self.chain(db, containing: id)
            let byID = Dictionary(uniqueKeysWithValues: try Self.summaries(db, where: "d.id IN (\(chain.map(String.init).joined(separator: ",")))").map { ($0.id, $0) })
            return chain.compactMap { byID[$0] }
        }
    }

    // MARK: - Writing

    /// Stores `document` in one transaction: its row, its parties and its place in a lineage
    /// (after `supersedes` when given, else where matching puts it). The same content (same
    /// SHA-256) is stored once: the second time is `.alreadyStored`.
    public func insert(_ document: IngestedDocument, supersedes forced: Int64? = nil) throws -> InsertOutcome {
        try write { db in
            if let existing = try Int64.fetchOne(db, sql: "SELECT id FROM document WHERE sha256 = ?", arguments: [document.sha256]) {
                return .alreadyStored(id: existing)
            }
            if let forced, try Bool.fetchOne(db, sql: "SELECT 1 FROM document WHERE id = ?", arguments: [forced]) != true {
                throw StoreError(.unknownDocument, path: path, detail: String(forced))
            }
            var facts = LineageFacts(graph: document.graph, text: document.text)
            let json = String(decoding: try document.graph.jsonData(), as: UTF8.self)
            try db.execute(sql: """
                INSERT INTO document (sha256, fileName, sourcePath, format, pages, text, graphJSON, parserVersion, ingestedAt,
                                      title, kind, effectiveDate, endDate, deliberationDate, objectText, obligationCount)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, arguments: [
                    document.sha256, document.fileName, document.sourcePath, document.format, document.pages, document.text,
                    json, document.parserVersion, Self.timestamp(), facts.title, facts.kind.rawValue, facts.effectiveDate,
                    facts.endDate, facts.deliberationDate, facts.objectText, document.graph.obligations.count,
                ])
            facts.id = db.lastInsertedRowID
            for (position, party) in facts.parties.enumerated() {
                try db.execute(sql: "INSERT INTO party (documentID, position, name) VALUES (?, ?, ?)",
                               arguments: [facts.id, position, party])
            }
            if let forced {
                return .stored(id: facts.id, link: try link(db, facts.id, after: forced), note: nil)
            }
            let placement = try place(db, facts)
            return .stored(id: facts.id, link: placement.link, note: placement.note)
        }
    }

    /// Removes document `id` in one transaction; the version that superseded it now
    /// supersedes the one it superseded. Returns that relinking, if any.
    @discardableResult
    public func remove(_ id: Int64) throws -> Relinking? {
        try write { db in
            guard let row = try Row.fetchOne(db, sql: "SELECT supersedes FROM document WHERE id = ?", arguments: [id]) else {
                throw StoreError(.unknownDocument, path: path, detail: String(id))
            }
            let previous: Int64? = row["supersedes"]
            let next = try Int64.fetchOne(db, sql: "SELECT id FROM document WHERE supersedes = ?", arguments: [id])
            try db.execute(sql: "UPDATE document SET supersedes = NULL WHERE id = ? OR supersedes = ?", arguments: [id, id])
            try db.execute(sql: "DELETE FROM document WHERE id = ?", arguments: [id])
            guard let next else { return nil }
            guard let previous else {
                try db.execute(sql: "UPDATE document SET linkReason = NULL WHERE id = ?", arguments: [next])
                return Relinking(removed: id, later: next, earlier: nil)
            }
            try db.execute(sql: "UPDATE document SET supersedes = ?, linkReason = ? WHERE id = ?",
                           arguments: [previous, "relinked when #\(id) between them was removed", next])
            return Relinking(removed: id, later: next, earlier: previous)
        }
    }

    /// `7` or `#7` as a document id; anything else is refused with a clear message.
    public static func documentID(_ text: String) throws -> Int64 {
        let digits = text.hasPrefix("#") ? String(text.dropFirst()) : text
        guard let id = Int64(digits), id > 0 else { throw StoreError(.badID, path: "", detail: text) }
        return id
    }

    // MARK: - Internals

    func write<T>(_ body: (Database) throws -> T) throws -> T {
        do {
            return try database.write(body)
        } catch let error as DatabaseError {
            throw Self.translate(error, path: path, creating: false)
        }
    }

    func read<T>(_ body: (Database) throws -> T) throws -> T {
        do {
            return try database.read(body)
        } catch let error as DatabaseError {
            throw Self.translate(error, path: path, creating: false)
        }
    }

    static func timestamp(_ date: Date = Date()) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        return formatter.string(from: date)
    }

    /// SQLite's failures in words that say what to do.
    static func translate(_ error: DatabaseError, path: String, creating: Bool) -> StoreError {
        let message = error.message ?? "\(error.resultCode)"
        switch error.resultCode.primaryResultCode {
        case .SQLITE_NOTADB:
            return StoreError(.notAStore, path: path, detail: "the file is not an SQLite database")
        case .SQLITE_CANTOPEN:
            return creating ? StoreError(.cannotCreate, path: path, detail: message)
                            : StoreError(.database, path: path, detail: "cannot open the store (\(message)); check the file's permissions")
        case .SQLITE_BUSY, .SQLITE_LOCKED:
            return StoreError(.database, path: path, detail: "the store stayed locked by another process for more than \(Int(busyTimeout)) s; try again when it has finished")
        case .SQLITE_FULL:
            return StoreError(.database, path: path, detail: "the disk is full; free some space and run the command again (nothing was written by the failed step)")
        case .SQLITE_READONLY:
            return StoreError(.database, path: path, detail: "the store is read-only (\(message)); check the permissions of the file and of its folder")
        case .SQLITE_CORRUPT:
            return StoreError(.database, path: path, detail: "the store is damaged (\(message)); restore it from a backup, or ingest the documents into a new store")
        default:
            return StoreError(.database, path: path, detail: "SQLite error (\(message))")
        }
    }
}
