import ConventionModel
import Foundation
import GRDB
import Testing
import TestSupport

/// Reliability of the store file: two `clausier ingest` at once, and `kill -9` in the middle
/// of a batch.
@Suite("Crash and concurrency")
struct CrashAndConcurrencyTests {
    @Test("two processes ingesting into one store at once both succeed")
    func twoProcesses() async throws {
        let scratch = try Scratch()
        let left = try scratch.corpusCopies(12, in: "left", numberedFrom: 1)
        let right = try scratch.corpusCopies(12, in: "right", numberedFrom: 101)
        let store = scratch.storePath
        let (leftFolder, rightFolder) = (scratch.folder.appendingPathComponent("left").path, scratch.folder.appendingPathComponent("right").path)
        // Both start on a store that does not exist yet: both create and migrate it.
        async let a = Task.detached { try ClausierBinary.run(["ingest", "--jobs", "1", "--store", store, leftFolder], timeout: 120) }.value
        async let b = Task.detached { try ClausierBinary.run(["ingest", "--jobs", "1", "--store", store, rightFolder], timeout: 120) }.value
        let results = try await [a, b]
        for result in results {
            #expect(result.status == 0 && !result.signaled, "\(result)")
            #expect(result.stderr.isEmpty, "\(result.stderr)")
            #expect(result.stdout.split(separator: "\n").last?.hasPrefix("12 documents stored, 0 already present") == true, "\(result.stdout)")
        }
        try await scratch.database().read { (db: Database) throws in
            #expect(try String.fetchAll(db, sql: "PRAGMA integrity_check") == ["ok"])
            #expect(try String.fetchAll(db, sql: "SELECT sourcePath FROM document").sorted() == (left + right).sorted())
        }
        try expectComplete(scratch)
    }

    @Test("kill -9 in the middle of a batch leaves only whole documents; running it again completes it")
    func killedBatch() throws {
        let scratch = try Scratch()
        let files = try scratch.corpusCopies(40, in: "lot")
        let folder = scratch.folder.appendingPathComponent("lot").path
        let process = Process()
        process.executableURL = try ClausierBinary.url()
        process.arguments = ["ingest", "--jobs", "1", "--store", scratch.storePath, folder]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()

        // Wait until the first documents are committed, then kill it without warning.
        let deadline = Date().addingTimeInterval(60)
        var committed = 0
        while committed < 2 && process.isRunning && Date() < deadline {
            committed = (try? scratch.database().read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM document") ?? 0 }) ?? 0
            if committed < 2 { usleep(5_000) }
        }
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        #expect(process.terminationReason == .uncaughtSignal, "the batch ended before it could be killed")

        let stored = try scratch.database().read { (db: Database) throws -> Int in
            #expect(try String.fetchAll(db, sql: "PRAGMA integrity_check") == ["ok"])
            return try Int.fetchOne(db, sql: "SELECT count(*) FROM document") ?? 0
        }
        #expect(stored >= 2 && stored < 40, "\(stored) documents stored when killed")
        try expectComplete(scratch)

        let rerun = try ClausierBinary.run(["ingest", "--store", scratch.storePath, folder], timeout: 120)
        #expect(rerun.status == 0, "\(rerun)")
        #expect(rerun.stdout.split(separator: "\n").last?.hasPrefix("\(40 - stored) documents stored, \(stored) already present") == true,
                "\(rerun.stdout.suffix(300))")
        try scratch.database().read { (db: Database) throws in
            #expect(try String.fetchAll(db, sql: "PRAGMA integrity_check") == ["ok"])
            #expect(try String.fetchAll(db, sql: "SELECT sourcePath FROM document").sorted() == files.sorted())
        }
        try expectComplete(scratch)
    }

    /// Every stored document is whole: its graph decodes, its text is there, its parties and
    /// obligation count agree with its graph, its hash is its file's.
    private func expectComplete(_ scratch: Scratch) throws {
        try scratch.database().read { (db: Database) throws in
            let rows = try Row.fetchAll(db, sql: "SELECT id, sha256, sourcePath, text, graphJSON, obligationCount, pages FROM document")
            #expect(!rows.isEmpty)
            for row in rows {
                let id: Int64 = row["id"]
                let graph = try ConventionGraph.decode(Data((row["graphJSON"] as String).utf8))
                #expect(!(row["text"] as String).isEmpty, "#\(id): no text")
                #expect(graph.obligations.count == row["obligationCount"] as Int, "#\(id)")
                #expect(graph.document.sha256 == row["sha256"] as String, "#\(id)")
                let parties = try String.fetchAll(db, sql: "SELECT name FROM party WHERE documentID = ? ORDER BY position", arguments: [id])
                #expect(parties == graph.parties.map(\.name), "#\(id)")
                let bytes = try Data(contentsOf: URL(fileURLWithPath: row["sourcePath"] as String))
                #expect(DocumentTextSHA.hex(bytes) == row["sha256"] as String, "#\(id)")
            }
            #expect(try Int.fetchOne(db, sql: "SELECT count(*) FROM party WHERE documentID NOT IN (SELECT id FROM document)") == 0)
        }
    }
}
