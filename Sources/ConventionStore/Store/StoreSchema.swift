import GRDB

/// The store's tables and their migrations. Each migration sets `PRAGMA user_version` to its
/// schema number, so that an older Clausier can name the schema it cannot read.
///
/// `document`: one row per source file (by SHA-256), with its normalised text and graph JSON;
/// `party`: the parties of each document, in graph order, for lineage matching;
/// `document.supersedes`: the previous version of the same convention (a chain: at most one
/// document supersedes a given one).
enum StoreSchema {
    /// The schema this build writes and reads: the number of migrations.
    static let current = 1

    /// `PRAGMA application_id` of a Clausier store ("CLSR"): tells it from other SQLite files.
    static let applicationID: Int32 = 0x434C_5352

    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1 documents, parties, lineage") { db in
            try db.execute(sql: """
                CREATE TABLE document (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    sha256 TEXT NOT NULL UNIQUE,
                    fileName TEXT NOT NULL,
                    sourcePath TEXT NOT NULL,
                    format TEXT NOT NULL,
                    pages INTEGER NOT NULL,
                    text TEXT NOT NULL,
                    graphJSON TEXT NOT NULL,
                    parserVersion TEXT NOT NULL,
                    ingestedAt TEXT NOT NULL,
                    title TEXT,
                    kind TEXT NOT NULL,
                    effectiveDate TEXT,
                    endDate TEXT,
                    deliberationDate TEXT,
                    objectText TEXT,
                    obligationCount INTEGER NOT NULL,
                    supersedes INTEGER REFERENCES document(id),
                    linkReason TEXT
                );
                CREATE UNIQUE INDEX document_supersedes ON document(supersedes) WHERE supersedes IS NOT NULL;
                CREATE TABLE party (
                    documentID INTEGER NOT NULL REFERENCES document(id) ON DELETE CASCADE,
                    position INTEGER NOT NULL,
                    name TEXT NOT NULL,
                    PRIMARY KEY (documentID, position)
                );
                PRAGMA application_id = \(applicationID);
                PRAGMA user_version = 1;
                """)
        }
        return migrator
    }

    /// Refuses a file that is not a Clausier store, or a store of a later schema.
    static func check(_ db: Database, path: String) throws {
        let application = try Int32.fetchOne(db, sql: "PRAGMA application_id") ?? 0
        let version = try Int.fetchOne(db, sql: "PRAGMA user_version") ?? 0
        let tables = try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
        if application != applicationID {
            let foreign = tables.filter { $0 != "grdb_migrations" }
            if application != 0 || !foreign.isEmpty {
                let what = foreign.isEmpty ? "another application's SQLite file" : "an SQLite database with tables \(foreign.prefix(4).joined(separator: ", "))"
                throw StoreError(.notAStore, path: path, detail: what)
            }
        }
        let known = Set(migrator.migrations)
        let applied = tables.contains("grdb_migrations") ? try migrator.appliedIdentifiers(db) : []
        if version > current || !applied.isSubset(of: known) {
            throw StoreError(.newerSchema, path: path, detail: String(max(version, current + 1)))
        }
    }
}
