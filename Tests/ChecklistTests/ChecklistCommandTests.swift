import Foundation
import Testing
import TestSupport

/// `clausier checklist`, run as a user runs it.
@Suite("clausier checklist")
struct ChecklistCommandTests {
    @Test("Markdown by default, on the PDF of 101")
    func markdown() throws {
        let result = try ClausierBinary.run(["checklist", try CorpusGraphs.path("101-", pdf: true), "--from", "2025-01-01"])
        #expect(result.status == 0, "\(result)")
        #expect(result.stdout.hasPrefix("# Obligations — CONVENTION DE COOPÉRATION 2025-2027\n"))
        #expect(result.stdout.contains("## Dates clés"))
        #expect(result.stdout.contains("| 31 décembre 2027 | Fin de la convention |"))
        #expect(result.stdout.contains("31 mars 2025 ; 31 mars 2026 ; 31 mars 2027"))
        #expect(result.stderr.isEmpty, "\(result.stderr)")
    }

    @Test("CSV for a French spreadsheet: BOM, ';', CRLF, one party")
    func csv() throws {
        let result = try ClausierBinary.run(["checklist", try CorpusGraphs.path("101-"), "--format", "csv", "--bom",
                                             "--separator", ";", "--party", "la mission locale", "--from", "2025-01-01"])
        #expect(result.status == 0, "\(result)")
        #expect(result.stdout.hasPrefix("\u{FEFF}Type;Id;Nouveau;Partie;"))
        var body = result.stdout
        body.removeFirst()
        let rows = try RFC4180.parse(body, separator: ";")
        let obligations = rows.filter { $0[0] == "obligation" }
        #expect(!obligations.isEmpty)
        #expect(obligations.allSatisfy { $0[3].contains("Mission locale des Monts et Vallées du Limousin") })
    }

    @Test("HTML and iCalendar with --effective on 100")
    func htmlAndICS() throws {
        let file = try CorpusGraphs.path("100-")
        let html = try ClausierBinary.run(["checklist", file, "--format", "html", "--from", "2025-01-01", "--effective", "10/02/2025"])
        #expect(html.status == 0, "\(html)")
        #expect(html.stdout.contains("<td class=\"date\">10 février 2025</td>"))
        let ics = try ClausierBinary.run(["checklist", file, "--format", "ics", "--from", "2025-01-01", "--effective", "2025-02-10"])
        #expect(ics.status == 0, "\(ics)")
        #expect(ics.stdout.hasPrefix("BEGIN:VCALENDAR\r\n"))
        #expect(ics.stdout.contains("DTSTART;VALUE=DATE:20280209\r\n"))      // the end: + 3 ans − 1 jour
    }

    @Test("the default first day is today")
    func today() throws {
        let result = try ClausierBinary.run(["checklist", try CorpusGraphs.path("003-")])
        #expect(result.status == 0, "\(result)")
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.dateFormat = "yyyy"
        #expect(result.stdout.contains("échéances à partir du"))
        #expect(result.stdout.contains(formatter.string(from: Date())))
    }

    @Test("refusals: one line, what to do, exit 1", arguments: [
        (["--party", "Région"], "no party of", "pass one of these names or aliases to --party"),
        (["--from", "2025-13-01"], "--from: « 2025-13-01 » is not a date", "YYYY-MM-DD"),
        (["--effective", "demain"], "--effective: « demain » is not a date", "DD/MM/YYYY"),
        (["--separator", "|", "--format", "csv"], "--separator must be ',', ';' or 'tab'", "« | »"),
        (["--bom"], "--bom and --separator apply to --format csv only", "add --format csv"),
    ])
    func refusals(_ extra: [String], _ phrase: String, _ advice: String) throws {
        let result = try ClausierBinary.run(["checklist", try CorpusGraphs.path("101-")] + extra)
        #expect(result.status == 1, "\(result)")
        #expect(!result.signaled)
        #expect(result.stdout.isEmpty)
        #expect(result.stderrLines.count == 1, "\(result.stderr)")
        let line = result.stderrLines.first ?? ""
        #expect(line.hasPrefix("clausier: "))
        #expect(line.contains(phrase) && line.contains(advice), "\(line)")
    }

    @Test("the unknown-party error lists the parties")
    func unknownParty() throws {
        let result = try ClausierBinary.run(["checklist", try CorpusGraphs.path("101-"), "--party", "Région"])
        #expect(result.stderrLines == ["clausier: no party of \(try CorpusGraphs.path("101-")) matches « Région »; its parties: P1 Département de la Haute-Vienne (le Département), P2 Mission locale des Monts et Vallées du Limousin (la Mission locale); pass one of these names or aliases to --party"])
    }

    @Test("a bad file is refused like by the other commands")
    func badFile() throws {
        let path = Fixtures.badInput("corrupt.pdf")
        let result = try ClausierBinary.run(["checklist", path])
        #expect(result.status == 1 && !result.signaled, "\(result)")
        #expect(result.stderrLines.count == 1)
        #expect(result.stderrLines.first?.hasPrefix("clausier: \(path): ") == true)
    }
}
