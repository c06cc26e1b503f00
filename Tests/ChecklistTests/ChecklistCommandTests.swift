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
        // The report « de l'année écoulée »: on 2025 in 2026, …, on 2027 after the end.
        #expect(result.stdout.contains("31 mars 2026 (au titre de 2025) ; 31 mars 2027 (au titre de 2026) ; 31 mars 2028 (au titre de 2027)"))
        #expect(result.stderr.isEmpty, "\(result.stderr)")
    }

    @Test("CSV for a French spreadsheet: BOM, ';', CRLF, one party")
    func csv() throws {
        let result = try ClausierBinary.run(["checklist", try CorpusGraphs.path("101-"), "--format", "csv", "--bom",
                                             "--separator", ";", "--party", "la mission locale", "--from", "2025-01-01"])
        #expect(result.status == 0, "\(result)")
        #expect(result.stdout.hasPrefix("\u{FEFF}Type;Id;Changement;Partie;"))
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
        #expect(ics.stdout.contains("TRIGGER:-P7D\r\n"))
        let reminded = try ClausierBinary.run(["checklist", file, "--format", "ics", "--from", "2025-01-01", "--effective", "2025-02-10",
                                               "--remind", "21"])
        #expect(reminded.status == 0, "\(reminded)")
        #expect(reminded.stdout.contains("TRIGGER:-P21D\r\n") && !reminded.stdout.contains("TRIGGER:-P7D"))
    }

    @Test("--rows due-dates: one CSV row per due date of 101's annual report")
    func dueDateRows() throws {
        let result = try ClausierBinary.run(["checklist", try CorpusGraphs.path("101-"), "--format", "csv", "--rows", "due-dates",
                                             "--from", "2025-01-01"])
        #expect(result.status == 0, "\(result)")
        let rows = try RFC4180.parse(result.stdout)
        #expect(rows.first?.contains("Échéance") == true)
        let report = rows.filter { $0[1] == "O19" }
        #expect(report.map { $0[10] } == ["2026-03-31", "2027-03-31", "2028-03-31"])
        #expect(report.map { $0[12] } == ["au titre de 2025", "au titre de 2026", "au titre de 2027"])
    }

    @Test("--alsace-moselle counts Vendredi saint and 26 décembre out of the jours ouvrés")
    func alsaceMoselle() throws {
        let dir = try ExternalTools.temporaryDirectory("alsace")
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("convention.txt")
        try Data(HolidayTests.workingDaysConvention.utf8).write(to: file)
        let national = try ClausierBinary.run(["checklist", file.path, "--from", "2025-01-01"])
        #expect(national.status == 0, "\(national)")
        #expect(national.stdout.contains("23 décembre 2025"), "\(national.stdout)")
        let local = try ClausierBinary.run(["checklist", file.path, "--from", "2025-01-01", "--alsace-moselle"])
        #expect(local.status == 0, "\(local)")
        #expect(local.stdout.contains("22 décembre 2025") && !local.stdout.contains("23 décembre 2025"), "\(local.stdout)")
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
        (["--party", "Région"], "aucune partie de", "passez à --party l'un de ces noms ou alias"),
        (["--from", "2025-13-01"], "--from : « 2025-13-01 » n'est pas une date", "AAAA-MM-JJ"),
        (["--effective", "demain"], "--effective : « demain » n'est pas une date", "JJ/MM/AAAA"),
    ])
    func refusals(_ extra: [String], _ phrase: String, _ advice: String) throws {
        try refused(extra, phrase, advice, status: 1)
    }

    @Test("usage errors: one line, what to do, exit 64", arguments: [
        (["--separator", "|", "--format", "csv"], "--separator doit valoir ',', ';' ou 'tab'", "« | »"),
        (["--bom"], "--bom, --separator et --rows ne s'appliquent qu'à --format csv", "ajoutez --format csv"),
        (["--rows", "due-dates"], "--bom, --separator et --rows ne s'appliquent qu'à --format csv", "ajoutez --format csv"),
        (["--rows", "lignes", "--format", "csv"], "--rows doit valoir 'obligations' ou 'due-dates'", "« lignes »"),
        (["--remind", "15"], "--remind ne s'applique qu'à --format ics", "ajoutez --format ics"),
        (["--remind=-3", "--format", "ics"], "--remind attend un nombre de jours entre 0 et 366", "« -3 »"),
        (["--remind", "sept", "--format", "ics"], "--remind attend un nombre de jours entre 0 et 366", "« sept »"),
    ])
    func usageErrors(_ extra: [String], _ phrase: String, _ advice: String) throws {
        try refused(extra, phrase, advice, status: 64)
    }

    private func refused(_ extra: [String], _ phrase: String, _ advice: String, status: Int32) throws {
        let result = try ClausierBinary.run(["checklist", try CorpusGraphs.path("101-")] + extra)
        #expect(result.status == status, "\(result)")
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
        #expect(result.stderrLines == ["clausier: aucune partie de \(try CorpusGraphs.path("101-")) ne correspond à « Région » ; ses parties : P1 Département de la Haute-Vienne (le Département), P2 Mission locale des Monts et Vallées du Limousin (la Mission locale) ; passez à --party l'un de ces noms ou alias"])
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
