import Foundation
import Testing
import TestSupport

/// `clausier diff OLD NEW` end to end, on the renewal pair that combines a rename with term,
/// notice, committee, obligation and article edits.
@Suite("clausier diff")
struct DiffCommandTests {
    static let pair = Fixtures.corpus.appendingPathComponent("renewals/000-metropole-renewal-2024")
    static let old = pair.appendingPathComponent("old.txt").path
    static let new = pair.appendingPathComponent("new.txt").path

    private func run(_ format: String) throws -> ProcessResult {
        let result = try ClausierBinary.run(["diff", Self.old, Self.new, "--format", format], timeout: 60)
        // As diff(1): 1 when the versions differ.
        #expect(result.status == 1 && !result.signaled, "\(result)")
        return result
    }

    @Test func jsonIsStableAndReadsBack() throws {
        let first = try run("json"), second = try run("json")
        #expect(first.stdout == second.stdout)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(first.stdout.utf8)) as? [String: Any])
        #expect(json["schemaVersion"] as? Int == 1)
        let changes = try #require(json["changes"] as? [[String: Any]])
        #expect(changes.count == 7)
        let renamed = try #require(changes.first { $0["kind"] as? String == "renamed" })
        #expect(renamed["field"] as? String == "party")
        #expect(renamed["before"] as? String == "Pôle Emploi" && renamed["after"] as? String == "France Travail")
        let duration = try #require(changes.first { $0["field"] as? String == "term.duration" })
        #expect(duration["before"] as? String == "1 an" && duration["after"] as? String == "3 ans")
        let summary = try #require(json["summary"] as? [String: Any])
        let parties = try #require(summary["parties"] as? [[String: Any]])
        #expect(parties.map { $0["party"] as? String } == ["P1", "P2"])
        // Keys are sorted: "after" comes before "before", "before" before "field".
        let text = first.stdout
        let after = try #require(text.range(of: "\"after\"")), before = try #require(text.range(of: "\"before\"")),
            field = try #require(text.range(of: "\"field\""))
        #expect(after.lowerBound < before.lowerBound && before.lowerBound < field.lowerBound)
    }

    @Test func textWithoutColourWhenNotATerminal() throws {
        let result = try run("text")
        #expect(!result.stdout.contains("\u{1B}["))
        #expect(result.stdout.contains("≈ P2 France Travail renommée : Pôle Emploi → France Travail"))
        #expect(result.stdout.contains("~ [durée] durée modifiée : 1 an → 3 ans (article 5)"))
        #expect(result.stdout.contains("pour une durée [-d'un an-] {+de trois ans+}"))
        #expect(result.stdout.contains("P2 France Travail (anciennement Pôle Emploi) — renommée"))
    }

    @Test func markdown() throws {
        let result = try run("markdown")
        #expect(result.stdout.hasPrefix("# Comparaison de deux versions d'une convention"))
        #expect(result.stdout.contains("## Parties"))
        #expect(result.stdout.contains("pour une durée ~~d'un an~~ **de trois ans**"))
        #expect(result.stdout.contains("| P2 France Travail (anciennement Pôle Emploi) | renommée | 3 |"))
    }

    @Test func textListsTheChangesOfMeaningFirstWithTheirPages() throws {
        let text = try run("text").stdout
        let summary = try #require(text.range(of: "Ce qui change pour chaque partie")), parties = try #require(text.range(of: "\nParties\n"))
        #expect(summary.lowerBound < parties.lowerBound)
        #expect(text.contains("~ [durée] durée modifiée : 1 an → 3 ans (article 5) — p. 1 → p. 1"))
        #expect(text.contains("Légende : + ajouté · - supprimé · ~ modifié · ↻ renuméroté"))
    }

    @Test func htmlSideBySideAndPrintable() throws {
        let result = try run("html")
        let html = result.stdout
        #expect(html.contains("<h2>Texte intégral annoté</h2>") && html.contains("<h2>Légende</h2>"))
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        #expect(html.contains("<table class=\"diff\">"))
        #expect(html.contains("<th>Changement</th><th>Ancienne version</th><th>Nouvelle version</th>"))
        #expect(html.contains("<del>d'un an</del>") && html.contains("<ins>de trois ans</ins>"))
        #expect(html.contains("@media print") && html.contains("size: A4"))
        #expect(html.hasSuffix("</html>\n"))
    }

    @Test func aMissingVersionIsOneLineAndExitTwo() throws {
        let missing = Self.pair.appendingPathComponent("newer.txt").path
        let result = try ClausierBinary.run(["diff", Self.old, missing], timeout: 30)
        #expect(result.status == 2 && !result.signaled, "\(result)")
        #expect(result.stdout.isEmpty)
        #expect(result.stderrLines.count == 1 && result.stderr.contains(missing), "\(result)")
    }

    @Test func theSameFileTwiceIsNoChangeAndExitZero() throws {
        let result = try ClausierBinary.run(["diff", Self.old, Self.old], timeout: 60)
        #expect(result.status == 0 && !result.signaled, "\(result)")
        #expect(result.stdout.contains("Aucun changement."))
    }

    @Test func anEmptyFileOnOneSideIsOneLineAndExitTwo() throws {
        let empty = FileManager.default.temporaryDirectory.appendingPathComponent("vide-\(UUID().uuidString).txt")
        try Data().write(to: empty)
        defer { try? FileManager.default.removeItem(at: empty) }
        let result = try ClausierBinary.run(["diff", Self.old, empty.path], timeout: 30)
        #expect(result.status == 2 && !result.signaled, "\(result)")
        #expect(result.stdout.isEmpty && result.stderrLines.count == 1 && result.stderr.contains(empty.path), "\(result)")
    }

    @Test func anUnknownStoredIdIsOneLineAndExitTwo() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("store-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: dir) }
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let store = dir.appendingPathComponent("store.sqlite").path
        let ingest = try ClausierBinary.run(["ingest", "--store", store, Self.old], timeout: 60)
        #expect(ingest.status == 0, "\(ingest)")
        let result = try ClausierBinary.run(["diff", "--store", store, "1", "42"], timeout: 30)
        #expect(result.status == 2 && !result.signaled, "\(result)")
        #expect(result.stdout.isEmpty && result.stderrLines.count == 1 && result.stderr.contains("42"), "\(result)")
    }

    @Test func unrelatedDocumentsWarnFirstAndExitOne() throws {
        let other = Fixtures.corpus.appendingPathComponent("renewals/203-etat-sgfgas-eco-ptz-modifiee/old.txt").path
        let result = try ClausierBinary.run(["diff", Self.old, other], timeout: 60)
        #expect(result.status == 1 && !result.signaled, "\(result)")
        let first = result.stdout.split(separator: "\n").first.map(String.init) ?? ""
        #expect(first.hasPrefix("Attention : « old.txt » et « old.txt » semblent sans rapport — aucune partie en commun"), "\(first)")
        #expect(!result.stdout.contains("renommée"))
    }

    @Test func helpDocumentsTheExitStatus() throws {
        let result = try ClausierBinary.run(["diff", "--help"], timeout: 30)
        #expect(result.status == 0, "\(result)")
        #expect(result.stdout.contains("Code de sortie, comme diff(1) : 0 aucun changement ; 1 des changements"))
    }

    @Test func aBadFormatAndTwoStandardInputsAreTroubleExitTwo() throws {
        let format = try ClausierBinary.run(["diff", Self.old, Self.new, "--format", "pdf"], timeout: 30)
        #expect(format.status == 2 && !format.signaled && format.stderr.contains("--format"), "\(format)")
        let stdin = try ClausierBinary.run(["diff", "-", "-"], stdin: Data(), timeout: 30)
        #expect(stdin.status == 2 && !stdin.signaled && stdin.stderr.contains("une seule des deux versions"), "\(stdin)")
    }
}
