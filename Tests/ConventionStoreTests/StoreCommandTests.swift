import ConventionModel
import ConventionStore
import Foundation
import Testing
import TestSupport

/// `clausier ingest`, `list`, `show`, `history` and `remove`, run as a user runs them.
@Suite("Store commands")
struct StoreCommandTests {
    private func run(_ arguments: [String], store: String, timeout: TimeInterval = 60) throws -> ProcessResult {
        try ClausierBinary.run(arguments + ["--store", store], timeout: timeout)
    }

    @Test("ingest a renewal, list, show, history, remove")
    func workflow() throws {
        let scratch = try Scratch()
        let (_, original) = try corpusText("004")
        let old = try scratch.write("CD13/convention-2018.txt", original)
        let new = try scratch.write("CD13/convention-2021.txt", Renewal.of004(original, years: 3))

        let ingest = try run(["ingest", scratch.folder.appendingPathComponent("CD13").path], store: scratch.storePath)
        #expect(ingest.status == 0, "\(ingest)")
        #expect(ingest.stderr.isEmpty, "no progress bar when standard error is not a terminal: \(ingest.stderr)")
        let lines = ingest.stdout.split(separator: "\n").map(String.init)
        #expect(lines.count == 3, "\(ingest.stdout)")
        #expect(lines.first?.hasPrefix("#1 stored: \(old) — CONVENTION DE COOPERATION ENTRE LE DEPARTEMENT DES BOUCHES-DU-RHONE ET POLE EMPLOI (1 page, ") == true, "\(lines)")
        #expect(lines.dropFirst().first?.hasSuffix("; supersedes #1 (same parties, title 100 % alike, later date (2021-01-01 after 2018-01-01))") == true, "\(lines)")
        #expect(lines.last?.hasPrefix("2 documents stored, 0 already present, 2 pages, ") == true, "\(lines)")
        #expect(lines.last?.contains(", 0 errors, ") == true)

        let again = try run(["ingest", new], store: scratch.storePath)
        #expect(again.status == 0)
        #expect(again.stdout.hasPrefix("\(new): already stored as #2\n0 documents stored, 1 already present, 0 pages, 0 obligations, 0 errors, "), "\(again)")

        let list = try run(["list"], store: scratch.storePath)
        #expect(list.status == 0)
        let rows = list.stdout.split(separator: "\n").map(String.init)
        #expect(rows.count == 3 && rows[0].hasPrefix("ID  INGESTED (UTC)"), "\(list.stdout)")
        #expect(rows[1].hasPrefix("#1  ") && rows[1].contains("superseded by #2") && rows[1].contains("Conseil départemental des Bouches-du-Rhône; Pôle emploi"))
        #expect(rows[2].hasPrefix("#2  ") && rows[2].contains("supersedes #1") && rows[2].contains("France Travail"))
        let listJSON = try run(["list", "--format", "json"], store: scratch.storePath)
        let decoded = try JSONSerialization.jsonObject(with: Data(listJSON.stdout.utf8)) as? [[String: Any]]
        #expect(decoded?.map { $0["id"] as? Int } == [1, 2])

        // The stored graph is what `clausier extract` prints for the same file.
        let shown = try run(["show", "2", "--format", "json"], store: scratch.storePath)
        let extracted = try ClausierBinary.run(["extract", "--format", "json", new])
        #expect(shown.status == 0 && extracted.status == 0)
        #expect(shown.stdout == extracted.stdout)
        #expect(try ConventionGraph.decode(Data(shown.stdout.utf8)).parties.map(\.name).contains("France Travail"))
        let dot = try run(["show", "#2", "--format", "dot"], store: scratch.storePath)
        #expect(dot.stdout == (try ClausierBinary.run(["extract", "--format", "dot", new])).stdout)
        let tree = try run(["show", "1", "--format", "text"], store: scratch.storePath)
        #expect(tree.stdout.hasPrefix("#1 · convention-2018.txt · ingested "), "\(tree.stdout.prefix(200))")
        #expect(tree.stdout.contains("parser 0.1.0 · superseded by #2\nCONVENTION DE COOPERATION"))

        let history = try run(["history", "1"], store: scratch.storePath)
        #expect(history.status == 0)
        let historyLines = history.stdout.split(separator: "\n").map(String.init)
        #expect(historyLines.first == "Lineage of #1: 2 versions, oldest first")
        #expect(historyLines.count == 6, "\(history.stdout)")
        #expect(historyLines[1].hasPrefix("▸ #1  2018-01-01 → 2020-12-31  CONVENTION DE COOPERATION"))
        #expect(historyLines[3].hasPrefix("  #2  2021-01-01 → 2023-12-31  CONVENTION DE COOPERATION"))
        #expect(historyLines[5] == "      supersedes #1: same parties, title 100 % alike, later date (2021-01-01 after 2018-01-01)")

        let removed = try run(["remove", "1"], store: scratch.storePath)
        #expect(removed.status == 0)
        #expect(removed.stdout == "removed #1: convention-2018.txt — CONVENTION DE COOPERATION ENTRE LE DEPARTEMENT DES BOUCHES-DU-RHONE ET POLE EMPLOI; #2 is now the oldest version of its lineage\n")
        #expect(try run(["history", "2"], store: scratch.storePath).stdout.hasPrefix("Lineage of #2: 1 version (no other version is stored)\n"))
    }

    @Test("--supersedes from the command line")
    func supersedesOption() throws {
        let scratch = try Scratch()
        let first = try scratch.copy(corpusText("100").path, to: "cpo-2022.txt")
        let second = try scratch.copy(corpusText("101").path, to: "autre.txt")
        #expect(try run(["ingest", first], store: scratch.storePath).status == 0)
        let forced = try run(["ingest", second, "--supersedes", "1"], store: scratch.storePath)
        #expect(forced.status == 0, "\(forced)")
        #expect(forced.stdout.contains("#2 stored: \(second)") && forced.stdout.contains("; supersedes #1 (--supersedes 1)"), "\(forced.stdout)")
        let repeated = try run(["ingest", second, "--supersedes", "1"], store: scratch.storePath)
        #expect(repeated.status == 0 && repeated.stdout.hasPrefix("\(second): already stored as #2\n"), "\(repeated)")
        #expect(repeated.stderrLines == ["clausier: warning: --supersedes not applied: the file is already stored as #2; remove #2 and ingest it again to link it"])
        let folder = try run(["ingest", scratch.folder.path, "--supersedes", "1"], store: scratch.storePath)
        #expect(folder.status == 1)
        #expect(folder.stderrLines == ["clausier: --supersedes links one new document to #1; give exactly one FILE (not a folder)"])
    }

    @Test("a bad file is reported and counted; the batch goes on; the failures are listed at the end; exit code 1")
    func badFilesInBatch() throws {
        let scratch = try Scratch()
        let good = try scratch.copy(corpusText("101").path, to: "lot/a-bonne.txt")
        let empty = scratch.folder.appendingPathComponent("lot/b-vide.txt").path
        try FileManager.default.copyItem(atPath: Fixtures.badInput("empty.txt"), toPath: empty)
        let png = scratch.folder.appendingPathComponent("lot/c-image.pdf").path
        try FileManager.default.copyItem(atPath: Fixtures.badInput("not-a-pdf.pdf"), toPath: png)
        let damaged = scratch.folder.appendingPathComponent("lot/c2-tronque.pdf").path
        try FileManager.default.copyItem(atPath: Fixtures.badInput("truncated.pdf"), toPath: damaged)
        let locked = scratch.folder.appendingPathComponent("lot/c3-chiffre.pdf").path
        try FileManager.default.copyItem(atPath: Fixtures.badInput("encrypted.pdf"), toPath: locked)
        let alsoGood = try scratch.copy(corpusText("100").path, to: "lot/d-bonne.md")
        try scratch.write("lot/notes.json", "{}")
        let missing = scratch.folder.appendingPathComponent("absent.pdf").path

        let result = try run(["ingest", scratch.folder.appendingPathComponent("lot").path, missing], store: scratch.storePath)
        #expect(result.status == 1, "\(result)")
        let failures = result.stderrLines.prefix(5)
        #expect(failures.count == 5)
        #expect(failures.allSatisfy { $0.hasPrefix("clausier: /") })
        #expect(failures.map { $0.split(separator: ":")[1].trimmingCharacters(in: .whitespaces) } == [empty, png, damaged, locked, missing])
        #expect(failures.first == "clausier: \(empty): the file is empty; there is no text to read")
        #expect(failures.dropFirst().first == "clausier: \(png): is not a PDF (it looks like a PNG image; a PDF starts with %PDF-); give a PDF, or a .txt/.md file for text")
        #expect(failures.last == "clausier: \(missing): no such file; check the path")
        // Listed again, with their reasons, after the batch.
        #expect(Array(result.stderrLines.dropFirst(5)) == ["clausier: 5 files not stored:"] + failures)
        #expect(result.stdout.contains("#1 stored: \(good)") && result.stdout.contains("#2 stored: \(alsoGood)"), "\(result.stdout)")
        #expect(result.stdout.split(separator: "\n").last?.hasPrefix("2 documents stored, 0 already present, 2 pages, ") == true)
        #expect(result.stdout.contains(", 5 errors, "))
        #expect(try run(["list", "--format", "json"], store: scratch.storePath).stdout.contains("\"fileName\" : \"d-bonne.md\""))
    }

    @Test("the summary keeps each file not stored with its reason, in the order of the batch")
    func failuresInSummary() throws {
        let scratch = try Scratch()
        let first = try scratch.copy(corpusText("101").path, to: "lot/1.txt")
        let damaged = scratch.folder.appendingPathComponent("lot/2.pdf").path
        try FileManager.default.copyItem(atPath: Fixtures.badInput("corrupt.pdf"), toPath: damaged)
        let last = try scratch.copy(corpusText("100").path, to: "lot/3.txt")
        let summary = try BatchIngester(store: ConventionStore(path: scratch.storePath), workers: 2)
            .ingest([scratch.folder.appendingPathComponent("lot").path])
        #expect(summary.stored == 2 && summary.errors == 1)
        #expect(summary.failures.map(\.path) == [damaged])
        #expect(summary.failures.first?.message.hasPrefix("\(damaged): the PDF is damaged or truncated") == true)
        #expect(try ConventionStore(path: scratch.storePath, mode: .readOnly).list().map(\.fileName) == [(first as NSString).lastPathComponent, (last as NSString).lastPathComponent])
    }

    @Test("unknown and malformed ids, a missing store: one line, exit 1", arguments: ["show", "history", "remove"])
    func badIDs(_ command: String) throws {
        let scratch = try Scratch()
        let missingStore = try run([command, "1"], store: scratch.storePath)
        #expect(missingStore.status == 1)
        #expect(missingStore.stderrLines == ["clausier: no store at \(scratch.storePath); ingest documents first (clausier ingest FILE…), or name the store with --store PATH or CLAUSIER_STORE"])
        #expect(!FileManager.default.fileExists(atPath: scratch.storePath))

        #expect(try run(["ingest", try scratch.copy(corpusText("101").path, to: "a.txt")], store: scratch.storePath).status == 0)
        let unknown = try run([command, "42"], store: scratch.storePath)
        #expect(unknown.status == 1 && unknown.stdout.isEmpty)
        #expect(unknown.stderrLines == ["clausier: no document #42 in \(scratch.storePath); `clausier list` shows the ids"])
        let malformed = try run([command, "abc"], store: scratch.storePath)
        #expect(malformed.status == 1)
        #expect(malformed.stderrLines == ["clausier: 'abc' is not a document id; give the number that `clausier list` shows (7 or #7)"])
        #expect(try run(["list"], store: scratch.storePath).stdout.contains("#1  "))
    }
}
