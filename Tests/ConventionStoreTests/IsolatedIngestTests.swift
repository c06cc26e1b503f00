import ClauseParser
import ConventionModel
import ConventionStore
import DocumentText
import Foundation
import GRDB
import Testing
import TestSupport

/// `clausier ingest` parses in worker processes: a file that traps the parser or never
/// finishes costs that file only. The faults come from the test-only hook of debug builds
/// (`IngestWorker.testFaultsVariable`), since no real input traps the parser any more.
@Suite("Isolated ingest")
struct IsolatedIngestTests {
    @Test("a crashing file and a hanging file among good ones: every good file is stored, the two are listed, exit 1",
          arguments: [1, 2])
    func crashAndHang(jobs: Int) throws {
        let scratch = try Scratch()
        let good = try scratch.corpusCopies(6, in: "lot")
        let crashing = try scratch.write("lot/copie-2a-casse.txt", "La commune s'engage à verser la subvention.\n")
        let hanging = try scratch.write("lot/copie-4a-bloque.txt", "L'association s'engage à tenir ses comptes.\n")
        let folder = scratch.folder.appendingPathComponent("lot").path
        var environment = ProcessInfo.processInfo.environment
        environment[IngestWorker.testFaultsVariable] = "crash:copie-2a-casse.txt,hang:copie-4a-bloque.txt"
        let result = try ProcessRunner.run(ClausierBinary.url(),
                                           ["ingest", "--jobs", String(jobs), "--file-time-limit", "3", "--store", scratch.storePath, folder],
                                           timeout: 180, environment: environment)
        #expect(result.status == 1 && !result.signaled, "\(result)")
        #expect(result.stdout.split(separator: "\n").last?.hasPrefix("6 documents stored, 0 already present") == true, "\(result.stdout)")
        let summary = Array(result.stderrLines.drop { $0 != "clausier: 2 files not stored:" })
        #expect(summary.count == 3, "\(result.stderr)")
        #expect(summary.dropFirst().first?.hasPrefix("clausier: \(crashing): the parser stopped on this file (killed by signal") == true, "\(summary)")
        #expect(summary.dropFirst().first?.contains("test fault: crash on copie-2a-casse.txt") == true, "\(summary)")
        #expect(summary.dropFirst(2).first?.hasPrefix("clausier: \(hanging): not read within 3 s") == true, "\(summary)")

        // The graphs came through the worker's pipe intact: the same as a parse in this process.
        let parser = try ConventionParser()
        try scratch.database().read { (db: Database) throws in
            #expect(try String.fetchAll(db, sql: "PRAGMA integrity_check") == ["ok"])
            let rows = try Row.fetchAll(db, sql: "SELECT sourcePath, graphJSON FROM document ORDER BY sourcePath")
            #expect(rows.map { $0["sourcePath"] as String } == good.sorted())
            for row in rows {
                let stored = try ConventionGraph.decode(Data((row["graphJSON"] as String).utf8))
                let (_, graph) = try parser.parse(file: row["sourcePath"])
                #expect(stored == graph, "\(row["sourcePath"] as String)")
            }
        }
    }

    @Test("ingesting the folder again stores nothing twice and retries only the failed files")
    func rerun() throws {
        let scratch = try Scratch()
        try scratch.corpusCopies(3, in: "lot")
        let crashing = try scratch.write("lot/casse.txt", "Le département s'engage à informer la commune.\n")
        let folder = scratch.folder.appendingPathComponent("lot").path
        var environment = ProcessInfo.processInfo.environment
        environment[IngestWorker.testFaultsVariable] = "crash:casse.txt"
        let first = try ProcessRunner.run(ClausierBinary.url(), ["ingest", "--store", scratch.storePath, folder],
                                          timeout: 120, environment: environment)
        #expect(first.status == 1, "\(first)")
        #expect(first.stdout.split(separator: "\n").last?.hasPrefix("3 documents stored, 0 already present") == true, "\(first.stdout)")

        // Without the fault the file is read, and only it is stored.
        let second = try ClausierBinary.run(["ingest", "--store", scratch.storePath, folder], timeout: 120)
        #expect(second.status == 0, "\(second)")
        #expect(second.stdout.split(separator: "\n").last?.hasPrefix("1 document stored, 3 already present") == true, "\(second.stdout)")
        #expect(second.stdout.contains("stored: \(crashing)"), "\(second.stdout)")
    }
}
