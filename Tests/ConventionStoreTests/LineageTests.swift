@testable import ConventionStore
import Foundation
import GRDB
import Lexicons
import Testing
import TestSupport

/// Identity and lineage: one row per content, versions linked by parties, title and dates,
/// `--supersedes`, and removal that mends the chain.
@Suite("Lineage")
struct LineageTests {
    /// Ingests `files` one by one into `store`, returning each file's result.
    private func ingest(_ files: [String], into store: ConventionStore, supersedes: Int64? = nil) throws -> [IngestResult] {
        var results: [IngestResult] = []
        _ = try BatchIngester(store: store, workers: 2).ingest(files, supersedes: supersedes) { event in
            if case .finished(let result, _, _) = event { results.append(result) }
        }
        return results
    }

    private func id(_ result: IngestResult) -> Int64? {
        switch result.status {
        case .stored(let id, _, _), .alreadyStored(let id): return id
        case .failed: return nil
        }
    }

    private func link(_ result: IngestResult) -> LineageLink? {
        if case .stored(_, let link, _) = result.status { return link }
        return nil
    }

    @Test("the same content twice is one document, whatever the file is called")
    func sameContentOnce() throws {
        let scratch = try Scratch()
        let text = try corpusText("101").text
        let first = try scratch.write("convention.txt", text)
        let renamed = try scratch.write("autre dossier/copie.txt", text)
        let store = try ConventionStore(path: scratch.storePath)
        let results = try ingest([first, first, renamed], into: store)
        guard case .stored(let id, nil, nil) = results[0].status else { Issue.record("\(results[0])"); return }
        for result in results.dropFirst() {
            guard case .alreadyStored(let again) = result.status else { Issue.record("\(result)"); continue }
            #expect(again == id)
            #expect(result.lineDescription == "\(result.path): already stored as #\(id)")
        }
        #expect(try store.list().count == 1)
        // Inserting the parsed document directly says the same.
        let stored = try store.document(id)
        let again = IngestedDocument(sourcePath: renamed, fileName: "copie.txt", sha256: stored.summary.sha256, format: "text",
                                     pages: 1, text: stored.text, graph: stored.graph)
        #expect(try store.insert(again) == .alreadyStored(id: id))
    }

    @Test("a renewal (France Travail for Pôle emploi, dates moved on) supersedes the original")
    func renewalSupersedesOriginal() throws {
        let scratch = try Scratch()
        let (_, original) = try corpusText("004")
        let files = [try scratch.write("2018.txt", original), try scratch.write("2021.txt", Renewal.of004(original, years: 3))]
        let store = try ConventionStore(path: scratch.storePath)
        let results = try ingest(files, into: store)
        let (old, new) = (try #require(id(results[0])), try #require(id(results[1])))
        let made = try #require(link(results[1]))
        #expect(made.supersedes == old && made.supersededBy == nil)
        #expect(made.reason == "same parties, title 100 % alike, later date (2021-01-01 after 2018-01-01)")
        #expect(try store.history(of: old).map(\.id) == [old, new])
        #expect(try store.history(of: new).map(\.id) == [old, new])
        let summaries = try store.list()
        #expect(summaries.map(\.supersedes) == [nil, old])
        #expect(summaries.map(\.supersededBy) == [new, nil])
        #expect(summaries[1].parties.contains("France Travail"))
        let history = DocumentSummary.history(try store.history(of: new), marked: new)
        #expect(history.contains("supersedes #\(old): same parties, title 100 % alike, later date (2021-01-01 after 2018-01-01)"))
        #expect(history.contains("2018-01-01 → 2020-12-31") && history.contains("2021-01-01 → 2023-12-31"))
    }

    @Test("versions ingested out of order take their place by date")
    func outOfOrder() throws {
        let scratch = try Scratch()
        let (_, original) = try corpusText("004")
        let store = try ConventionStore(path: scratch.storePath)
        let v2024 = try #require(id(ingest([try scratch.write("2024.txt", Renewal.of004(original, years: 6))], into: store)[0]))
        let v2018 = try #require(id(ingest([try scratch.write("2018.txt", original)], into: store)[0]))
        #expect(try store.history(of: v2024).map(\.id) == [v2018, v2024])
        let middle = try ingest([try scratch.write("2021.txt", Renewal.of004(original, years: 3))], into: store)[0]
        let v2021 = try #require(id(middle))
        #expect(link(middle) == LineageLink(supersedes: v2018, supersededBy: v2024,
                                            reason: "same parties, title 100 % alike, later date (2021-01-01 after 2018-01-01)"))
        #expect(try store.history(of: v2018).map(\.id) == [v2018, v2021, v2024])
        #expect(try store.summary(v2024).linkReason == "same parties, title 100 % alike, later date (2024-01-01 after 2021-01-01)")
    }

    @Test("what is not a version is not linked")
    func notVersions() throws {
        let scratch = try Scratch()
        let (_, original) = try corpusText("004")
        let otherObject = original.replacingOccurrences(
            of: "CONVENTION DE COOPERATION", with: "CONVENTION RELATIVE AU FONDS D'APPUI AUX POLITIQUES D'INSERTION")
        let files = [
            try scratch.write("2018.txt", original),
            // Same parties, another subject, later dates.
            try scratch.write("fapi.txt", Renewal.of004(otherObject, years: 3, renamed: false)),
            // Other parties.
            try scratch.copy(corpusText("101").path, to: "101.txt"),
            // Same parties and title, same dates (the text of a PDF already stored, say).
            try scratch.write("2018-bis.txt", original + "\nExemplaire signé.\n"),
        ]
        let store = try ConventionStore(path: scratch.storePath)
        let results = try ingest(files, into: store)
        #expect(results.allSatisfy { link($0) == nil }, "\(results.map(\.status))")
        #expect(try store.list().allSatisfy { $0.supersedes == nil })
        guard case .stored(_, nil, let note?) = results[3].status else { Issue.record("\(results[3])"); return }
        #expect(note == "looks like a version of #1 but bears the same date (2018-01-01); not linked (if it replaces #1, remove it and ingest it again with --supersedes 1)")
    }

    @Test("--supersedes links whatever matching says, and goes between a version and its successor")
    func forcedLink() throws {
        let scratch = try Scratch()
        let (_, original) = try corpusText("004")
        let store = try ConventionStore(path: scratch.storePath)
        let results = try ingest([try scratch.write("2018.txt", original),
                                  try scratch.write("2021.txt", Renewal.of004(original, years: 3))], into: store)
        let (v2018, v2021) = (try #require(id(results[0])), try #require(id(results[1])))
        // An avenant whose parser-visible facts match nothing: linked because the user says so.
        let avenant = try ingest([try scratch.copy(corpusText("100").path, to: "avenant.txt")], into: store, supersedes: v2018)[0]
        let added = try #require(id(avenant))
        #expect(link(avenant) == LineageLink(supersedes: v2018, supersededBy: v2021, reason: "--supersedes \(v2018)"))
        #expect(try store.history(of: v2021).map(\.id) == [v2018, added, v2021])
        #expect(try store.summary(v2021).linkReason == "relinked when #\(added) was put before it with --supersedes \(v2018)")

        #expect(throws: StoreError(.unknownDocument, path: scratch.storePath, detail: "99")) {
            try ingest([try scratch.copy(corpusText("101").path, to: "b.txt")], into: store, supersedes: 99)
        }
        #expect(throws: StoreError(.supersedesNeedsOneFile, path: scratch.storePath, detail: "1")) {
            try ingest([scratch.folder.path], into: store, supersedes: 1)
        }
        #expect(try store.list().count == 3)
    }

    @Test("removing a version links the next one to the previous one")
    func removeRelinks() throws {
        let scratch = try Scratch()
        let (_, original) = try corpusText("004")
        let store = try ConventionStore(path: scratch.storePath)
        let ids = try ingest([try scratch.write("2018.txt", original),
                              try scratch.write("2021.txt", Renewal.of004(original, years: 3)),
                              try scratch.write("2024.txt", Renewal.of004(original, years: 6))], into: store).compactMap(id)
        #expect(try store.history(of: ids[0]).map(\.id) == ids)

        #expect(try store.remove(ids[1]) == Relinking(removed: ids[1], later: ids[2], earlier: ids[0]))
        #expect(try store.history(of: ids[2]).map(\.id) == [ids[0], ids[2]])
        #expect(try store.summary(ids[2]).linkReason == "relinked when #\(ids[1]) between them was removed")
        #expect(throws: StoreError(.unknownDocument, path: scratch.storePath, detail: String(ids[1]))) { try store.document(ids[1]) }

        #expect(try store.remove(ids[0]) == Relinking(removed: ids[0], later: ids[2], earlier: nil))
        #expect(try store.history(of: ids[2]).map(\.id) == [ids[2]])
        #expect(try store.remove(ids[2]) == nil)
        #expect(try store.list().isEmpty)
        #expect(try scratch.database().read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM party") } == 0)
        #expect(throws: StoreError(.unknownDocument, path: scratch.storePath, detail: String(ids[2]))) { try store.remove(ids[2]) }
        // Ids are never reused: a document ingested again gets a new one.
        let again = try ingest([try scratch.write("2018.txt", original)], into: store)[0]
        #expect(id(again).map { $0 > ids[2] } == true)
    }

    @Test("document ids: 7 and #7; anything else is refused", arguments: [("7", 7 as Int64?), ("#12", 12), ("abc", nil), ("0", nil), ("-3", nil), ("", nil)])
    func documentIDs(_ text: String, _ expected: Int64?) throws {
        if let expected {
            #expect(try ConventionStore.documentID(text) == expected)
        } else {
            #expect(throws: StoreError(.badID, path: "", detail: text)) { try ConventionStore.documentID(text) }
        }
    }

    @Test("party names: case, accents, a leading article and former names aside")
    func partyNames() throws {
        let matcher = try LineageMatcher(lexicons: LexiconSet.bundled())
        #expect(matcher.sameParty("Pôle emploi", "FRANCE TRAVAIL"))
        #expect(matcher.sameParty("Pôle Emploi de Martigues", "France Travail de Martigues"))
        #expect(matcher.sameParty("Pôle emploi", "France Travail Provence-Alpes-Côte d'Azur"))
        #expect(matcher.sameParty("Le Département des Bouches-du-Rhône", "departement des bouches du rhone"))
        #expect(matcher.sameParty("Conseil général de la Haute-Vienne", "Conseil départemental de la Haute-Vienne"))
        #expect(!matcher.sameParty("Commune de Saint-Aubin-sur-Loire", "Commune de Saint-Denis"))
        #expect(!matcher.sameParty("Région Provence-Alpes-Côte d'Azur", "Pôle emploi"))
        #expect(matcher.sameParties(["Région Sud", "Pôle emploi"], ["France Travail", "région sud"]))
        #expect(!matcher.sameParties(["Région Sud", "Pôle emploi"], ["Région Sud", "Pôle emploi", "État"]))
        #expect(!matcher.sameParties([], []))
    }
}
