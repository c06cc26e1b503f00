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
        #expect(result.status == 0 && !result.signaled, "\(result)")
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
        #expect(result.stdout.contains("~ durée modifiée : 1 an → 3 ans (article 5)"))
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

    @Test func htmlSideBySideAndPrintable() throws {
        let result = try run("html")
        let html = result.stdout
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        #expect(html.contains("<table class=\"diff\">"))
        #expect(html.contains("<th>Changement</th><th>Ancienne version</th><th>Nouvelle version</th>"))
        #expect(html.contains("<del>d'un an</del>") && html.contains("<ins>de trois ans</ins>"))
        #expect(html.contains("@media print") && html.contains("size: A4"))
        #expect(html.hasSuffix("</html>\n"))
    }

    @Test func aMissingVersionIsOneLineAndExitOne() throws {
        let missing = Self.pair.appendingPathComponent("newer.txt").path
        let result = try ClausierBinary.run(["diff", Self.old, missing], timeout: 30)
        #expect(result.status == 1 && !result.signaled, "\(result)")
        #expect(result.stdout.isEmpty)
        #expect(result.stderrLines == ["clausier: \(missing): no such file; check the path"])
    }

    @Test func aBadFormatAndTwoStandardInputsAreRefused() throws {
        let format = try ClausierBinary.run(["diff", Self.old, Self.new, "--format", "pdf"], timeout: 30)
        #expect(format.status != 0 && !format.signaled && format.stderr.contains("--format"), "\(format)")
        let stdin = try ClausierBinary.run(["diff", "-", "-"], stdin: Data(), timeout: 30)
        #expect(stdin.status != 0 && !stdin.signaled && stdin.stderr.contains("only one of OLD and NEW"), "\(stdin)")
    }
}
