@testable import ConventionStore
import Foundation
import GRDB
import Testing
import TestSupport

/// Opening a store: migrations from empty, refusing a later schema or a foreign file, and
/// leaving what it refuses untouched.
@Suite("Store schema")
struct StoreSchemaTests {
    @Test("a new store is migrated from empty: tables, schema number, WAL mode")
    func migratesFromEmpty() throws {
        let scratch = try Scratch()
        let store = try ConventionStore(path: scratch.storePath)
        #expect(try store.list().isEmpty)
        try scratch.database().read { (db: Database) throws in
            #expect(try Int.fetchOne(db, sql: "PRAGMA user_version") == StoreSchema.current)
            #expect(try Int32.fetchOne(db, sql: "PRAGMA application_id") == StoreSchema.applicationID)
            #expect(try String.fetchOne(db, sql: "PRAGMA journal_mode") == "wal")
            #expect(try db.tableExists("document") && db.tableExists("party"))
            #expect(try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations") == StoreSchema.migrator.migrations)
        }
    }

    @Test("an empty file becomes a store; opening it again keeps its documents")
    func emptyFileAndReopening() throws {
        let scratch = try Scratch()
        #expect(FileManager.default.createFile(atPath: scratch.storePath, contents: Data()))
        let file = try scratch.write("a.txt", corpusText("101").text)
        let summary = try BatchIngester(store: ConventionStore(path: scratch.storePath), workers: 1).ingest([file])
        #expect(summary.stored == 1)
        let reopened = try ConventionStore(path: scratch.storePath, mode: .existingOnly)
        #expect(try reopened.list().map(\.fileName) == ["a.txt"])
    }

    @Test("a read-only command does not create a store")
    func noStoreIsCreatedByReading() throws {
        let scratch = try Scratch()
        #expect(throws: StoreError(.noStore, path: scratch.storePath)) {
            try ConventionStore(path: scratch.storePath, mode: .existingOnly)
        }
        #expect(!FileManager.default.fileExists(atPath: scratch.storePath))
    }

    /// Ways a later Clausier marks a store: a higher `user_version`, a migration this one does not know.
    enum Newer: String, CaseIterable {
        case userVersion, unknownMigration
    }

    @Test("a store written by a newer Clausier is refused and left as it was", arguments: Newer.allCases)
    func refusesNewerSchema(_ newer: Newer) throws {
        let scratch = try Scratch()
        let file = try scratch.write("a.txt", corpusText("100").text)
        _ = try BatchIngester(store: ConventionStore(path: scratch.storePath), workers: 1).ingest([file])
        var configuration = Configuration()
        configuration.busyMode = .timeout(10)
        let writer = try DatabaseQueue(path: scratch.storePath, configuration: configuration)
        try writer.write { (db: Database) throws in
            switch newer {
            case .userVersion:
                try db.execute(sql: "PRAGMA user_version = 7")
            case .unknownMigration:
                try db.execute(sql: "INSERT INTO grdb_migrations VALUES ('v2 obligations table')")
            }
        }
        try writer.close()
        let schema = newer == .userVersion ? 7 : 2

        let error = #expect(throws: StoreError.self) { try ConventionStore(path: scratch.storePath) }
        #expect(error?.kind == .newerSchema)
        #expect(error?.description == "\(scratch.storePath): written by a newer Clausier (schema \(schema)); upgrade clausier (this one reads schema 1 and older)")

        for arguments in [["list"], ["ingest", file], ["show", "1"]] {
            let result = try ClausierBinary.run(arguments + ["--store", scratch.storePath])
            #expect(result.status == 1 && !result.signaled, "\(arguments): \(result)")
            #expect(result.stderrLines == ["clausier: \(error?.description ?? "")"], "\(arguments)")
        }
        try scratch.database().read { (db: Database) throws in
            #expect(try Int.fetchOne(db, sql: "SELECT count(*) FROM document") == 1)
            #expect(try Int.fetchOne(db, sql: "PRAGMA user_version") == (newer == .userVersion ? 7 : 1))
        }
    }

    @Test("a file that is not a Clausier store is refused and left as it was")
    func refusesForeignFiles() throws {
        let scratch = try Scratch()
        let notes = try scratch.write("notes.sqlite", "des notes, pas une base")
        let result = try ClausierBinary.run(["list", "--store", notes])
        #expect(result.status == 1)
        #expect(result.stderrLines == ["clausier: \(notes): is not a Clausier store (the file is not an SQLite database); pass --store with the path of a store, or of a new file"])
        #expect(try String(contentsOfFile: notes, encoding: .utf8) == "des notes, pas une base")

        let other = scratch.folder.appendingPathComponent("other.sqlite").path
        try DatabaseQueue(path: other).write { db in try db.execute(sql: "CREATE TABLE contacts (name TEXT)") }
        let file = try scratch.write("a.txt", corpusText("100").text)
        let ingest = try ClausierBinary.run(["ingest", file, "--store", other])
        #expect(ingest.status == 1)
        #expect(ingest.stderrLines.first?.contains("is not a Clausier store (an SQLite database with tables contacts)") == true, "\(ingest)")
        try DatabaseQueue(path: other).read { (db: Database) throws in
            #expect(try String.fetchOne(db, sql: "PRAGMA journal_mode") == "delete")
            #expect(try !db.tableExists("document"))
        }
    }

    @Test("the store path: --store, else CLAUSIER_STORE, else ./.clausier/store.sqlite")
    func storeLocation() throws {
        #expect(StoreLocation.resolve(option: "a.sqlite", environment: ["CLAUSIER_STORE": "b.sqlite"]) == StoreLocation(path: "a.sqlite", origin: .option))
        #expect(StoreLocation.resolve(option: nil, environment: ["CLAUSIER_STORE": "b.sqlite"]) == StoreLocation(path: "b.sqlite", origin: .environment))
        #expect(StoreLocation.resolve(option: nil, environment: ["CLAUSIER_STORE": ""]).path == ".clausier/store.sqlite")

        // End to end: the environment variable, then the default folder in the working directory.
        let scratch = try Scratch()
        let file = try scratch.write("a.txt", corpusText("101").text)
        let named = scratch.folder.appendingPathComponent("named.sqlite").path
        var environment = ProcessInfo.processInfo.environment
        environment["CLAUSIER_STORE"] = named
        let viaEnvironment = try ProcessRunner.run(ClausierBinary.url(), ["ingest", file], environment: environment)
        #expect(viaEnvironment.status == 0, "\(viaEnvironment)")
        #expect(FileManager.default.fileExists(atPath: named))

        environment["CLAUSIER_STORE"] = nil
        let shell = URL(fileURLWithPath: "/bin/sh")
        let inFolder = try ProcessRunner.run(shell, ["-c", "cd \"$1\" && \"$2\" ingest a.txt && \"$2\" list", "sh",
                                                      scratch.folder.path, try ClausierBinary.url().path], environment: environment)
        #expect(inFolder.status == 0, "\(inFolder)")
        #expect(FileManager.default.fileExists(atPath: scratch.folder.appendingPathComponent(".clausier/store.sqlite").path))
    }
}
