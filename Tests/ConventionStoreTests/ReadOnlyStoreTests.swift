@testable import ConventionStore
import Foundation
import GRDB
import Testing
import TestSupport

/// A store the user may read but not write — a copy on a read-only share, a file and folder
/// without write permission — serves every command that only reads; nothing is written to it.
@Suite("Read-only store")
struct ReadOnlyStoreTests {
    /// A store with one document, in a folder of its own, written by `clausier ingest` (which
    /// has closed it when it exits: its log is in the file).
    private func storeWithOneDocument(_ scratch: Scratch) throws -> String {
        let file = try scratch.write("docs/a.txt", corpusText("101").text)
        let folder = scratch.folder.appendingPathComponent("store")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let path = folder.appendingPathComponent("RO.sqlite").path
        #expect(try ClausierBinary.run(["ingest", file, "--store", path]).status == 0)
        return path
    }

    /// Every byte of the files of `folder`, to show that nothing changed.
    private func contents(of folder: String) throws -> [String: Data] {
        let names = try FileManager.default.contentsOfDirectory(atPath: folder)
        return try Dictionary(uniqueKeysWithValues: names.map { ($0, try Data(contentsOf: URL(fileURLWithPath: folder + "/" + $0))) })
    }

    @Test("opened read-only: it reads, refuses to write, and leaves the store file as it was")
    func readOnlyOpen() throws {
        let scratch = try Scratch()
        let path = try storeWithOneDocument(scratch)
        let before = try Data(contentsOf: URL(fileURLWithPath: path))

        let store = try ConventionStore(path: path, mode: .readOnly)
        #expect(try store.list().map(\.fileName) == ["a.txt"])
        #expect(try store.document(1).graph.parties.count == 2)
        #expect(try store.history(of: 1).map(\.id) == [1])
        let error = #expect(throws: StoreError.self) { try store.remove(1) }
        #expect(error?.description.contains("read-only") == true, "\(String(describing: error))")
        // SQLite may add its shared-memory files beside the store when the folder allows it.
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
    }

    @Test("a store that needs a migration is not migrated by a read-only open")
    func noMigration() throws {
        let scratch = try Scratch()
        let empty = scratch.folder.appendingPathComponent("empty.sqlite").path
        #expect(FileManager.default.createFile(atPath: empty, contents: Data()))
        let error = #expect(throws: StoreError.self) { try ConventionStore(path: empty, mode: .readOnly) }
        #expect(error?.kind == .outdated)
        #expect(try Data(contentsOf: URL(fileURLWithPath: empty)).isEmpty)

        let result = try ClausierBinary.run(["list", "--store", empty])
        #expect(result.status == 1)
        #expect(result.stderrLines == ["clausier: \(empty): a store of schema 0, older than this Clausier's (schema \(StoreSchema.current)); run clausier ingest once with write access to it to bring it up to date"])
        #expect(try Data(contentsOf: URL(fileURLWithPath: empty)).isEmpty)
    }

    @Test("the read commands on a file and folder without write permission", .enabled(if: geteuid() != 0, "root writes anywhere"))
    func withoutPermission() throws {
        let scratch = try Scratch()
        let path = try storeWithOneDocument(scratch)
        let folder = (path as NSString).deletingLastPathComponent
        try FileManager.default.setAttributes([.posixPermissions: 0o444], ofItemAtPath: path)
        try FileManager.default.setAttributes([.posixPermissions: 0o555], ofItemAtPath: folder)
        defer { try? FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: folder) }
        let before = try contents(of: folder)
        for arguments in [["list"], ["show", "1", "--format", "json"], ["history", "1"], ["checklist", "1"], ["diff", "1", "1"]] {
            let result = try ClausierBinary.run(arguments + ["--store", path])
            #expect(result.status == 0, "\(arguments): \(result)")
            #expect(result.stderr.isEmpty, "\(arguments): \(result.stderr)")
        }
        #expect(try contents(of: folder) == before)
        let removal = try ClausierBinary.run(["remove", "1", "--store", path])
        #expect(removal.status == 1 && removal.stderr.contains("read-only"), "\(removal)")
    }

    @Test("the read commands leave the store file as it was, whoever runs them")
    func commandsDoNotWrite() throws {
        let scratch = try Scratch()
        let path = try storeWithOneDocument(scratch)
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        for arguments in [["list"], ["show", "1", "--format", "json"], ["history", "1"], ["checklist", "1"], ["diff", "1", "1"]] {
            let result = try ClausierBinary.run(arguments + ["--store", path])
            #expect(result.status == 0, "\(arguments): \(result)")
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
    }
}
