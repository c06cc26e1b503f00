import Checklist
import Foundation
import Testing
import TestSupport

/// iCalendar output checked by an independent parser: `scripts/check_ics.py` reads the file
/// with Python's `icalendar` and expands the RRULEs with `dateutil`, then the test compares
/// what it read with the checklist.
@Suite("iCalendar")
struct ICSTests {
    struct Report: Decodable {
        struct Event: Decodable {
            let uid: String
            let start: String
            let end: String?
            let summary: String
            let description: String
            let rrule: String?
            let occurrences: [String]
            let categories: [String]
            let alarm: String?
        }
        struct Calendar: Decodable { let version: String; let prodid: String; let name: String }
        let calendar: Calendar
        let events: [Event]
        let problems: [String]
    }

    static func check(_ ics: String) throws -> Report {
        let python = try #require(ExternalTools.python)
        let dir = try ExternalTools.temporaryDirectory("ics")
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("checklist.ics")
        try Data(ics.utf8).write(to: file)
        let result = try ProcessRunner.run(python, [ExternalTools.script("check_ics.py"), file.path], timeout: 60)
        #expect(result.status == 0, "\(result)")
        return try JSONDecoder().decode(Report.self, from: Data(result.stdout.utf8))
    }

    private static let stamp = Date(timeIntervalSince1970: 1_735_722_000)   // 2025-01-01T09:00:00Z

    @Test("101: every due date and key date is an event on the right day; RRULEs expand to the computed dates",
          .enabled(if: ExternalTools.python != nil, "python3 with icalendar is missing (pip install icalendar)"))
    func document101() throws {
        let checklist = try CorpusGraphs.checklist(try CorpusGraphs.graph("101-"), from: "2025-01-01", new: ["O19"])
        let report = try Self.check(checklist.ics(stamp: Self.stamp))
        #expect(report.problems.isEmpty, "\(report.problems)")
        #expect(report.calendar.version == "2.0")
        #expect(report.calendar.name == "Obligations — CONVENTION DE COOPÉRATION 2025-2027")
        #expect(Set(report.events.map(\.uid)).count == report.events.count)
        #expect(report.events.allSatisfy { $0.uid.hasSuffix("@clausier") && $0.alarm == "-P7D" })

        // The dates the parser read from the calendar are exactly the checklist's, item by item.
        for item in checklist.items where !item.dueDates.isEmpty {
            let occurrences = report.events.filter { $0.uid.contains("-\(item.id)-") }.flatMap(\.occurrences).sorted()
            #expect(occurrences == item.dueDates.map(\.date.earliest.iso), "\(item.id)")
        }
        let annualReport = try #require(report.events.first { $0.uid.contains("-O19-") })
        #expect(annualReport.rrule == "FREQ=YEARLY;COUNT=3")
        // The report « de l'année écoulée »: on 2025 by 31 March 2026, …, on 2027 after the end.
        #expect(annualReport.occurrences == ["2026-03-31", "2027-03-31", "2028-03-31"])
        #expect(annualReport.start == "2026-03-31" && annualReport.end == "2026-04-01")
        #expect(annualReport.summary.hasPrefix("Nouveau — O19 · Mission locale : produire, avant le 31 mars de chaque année, le bilan"))
        #expect(annualReport.description.contains("Article 8 – Modalités de versement, p. 1"))
        #expect(annualReport.description.contains("\n"))
        #expect(annualReport.categories == ["Obligation", "Nouveau"])
        let quarterly = try #require(report.events.first { $0.uid.contains("-O14-") })
        #expect(quarterly.rrule == "FREQ=MONTHLY;COUNT=12;INTERVAL=3;BYMONTHDAY=-1"
                || quarterly.rrule == "FREQ=MONTHLY;INTERVAL=3;BYMONTHDAY=-1;COUNT=12")
        #expect(quarterly.occurrences.suffix(2) == ["2027-09-30", "2027-12-31"])
        #expect(report.events.filter { $0.uid.contains("-O6-") }.map(\.start)
                == ["2025-07-30", "2026-01-31", "2026-07-30", "2027-01-31", "2027-07-30", "2028-01-31"])

        // Key dates; the ambiguous one on its earlier day, flagged, both days in the description.
        let end = try #require(report.events.first { $0.uid.contains("-end-") })
        #expect(end.start == "2027-12-31" && end.categories == ["Date clé"])
        let notice = try #require(report.events.first { $0.uid.contains("-termination-N1-1-") })
        #expect(notice.start == "2025-09-30")
        #expect(notice.summary.hasPrefix("⚠ Date ambiguë — Dernier jour pour envoyer un préavis de résiliation"))
        #expect(notice.description.contains("au plus sûr, le 30 septembre 2025"))
        #expect(notice.description.contains("le 31 septembre 2025 n'existe pas"))
    }

    @Test("UIDs are stable across exports; --from drops the past events",
          .enabled(if: ExternalTools.python != nil, "python3 with icalendar is missing (pip install icalendar)"))
    func stableUIDs() throws {
        let graph = try CorpusGraphs.graph("101-")
        let first = try Self.check(try CorpusGraphs.checklist(graph, from: "2025-01-01").ics(stamp: Self.stamp))
        let again = try Self.check(try CorpusGraphs.checklist(graph, from: "2025-01-01").ics(stamp: Self.stamp.addingTimeInterval(86_400 * 30)))
        #expect(first.events.map(\.uid) == again.events.map(\.uid))
        let later = try Self.check(try CorpusGraphs.checklist(graph, from: "2026-02-01").ics(stamp: Self.stamp))
        #expect(later.events.allSatisfy { $0.occurrences.allSatisfy { $0 >= "2026-02-01" } })
        #expect(!later.events.contains { $0.uid.contains("-effective-") })
        // A single-date event keeps its UID when the export starts later.
        let semiannual = Set(first.events.filter { $0.uid.contains("-O6-2027") }.map(\.uid))
        #expect(!semiannual.isEmpty && semiannual.isSubset(of: Set(later.events.map(\.uid))))
    }

    @Test("escaping and folding: commas, semicolons, backslashes, long accented lines",
          .enabled(if: ExternalTools.python != nil, "python3 with icalendar is missing (pip install icalendar)"))
    func escaping() throws {
        var checklist = try CorpusGraphs.checklist(try CorpusGraphs.graph("101-"), from: "2025-01-01")
        let index = try #require(checklist.items.firstIndex { $0.id == "O19" })
        let text = "réunir; écrire, signer \\ archiver — " + String(repeating: "é", count: 120)
        checklist.items[index].text = text
        let ics = checklist.ics(stamp: Self.stamp)
        #expect(ics.replacingOccurrences(of: "\r\n ", with: "").contains("réunir\\; écrire\\, signer \\\\ archiver"))
        for line in ics.components(separatedBy: "\r\n") {
            #expect(line.utf8.count <= 75, "\(line)")
        }
        let report = try Self.check(ics)
        #expect(report.problems.isEmpty, "\(report.problems)")
        let event = try #require(report.events.first { $0.uid.contains("-O19-") })
        #expect(event.description.hasPrefix(text))
    }

    @Test("the text written for the independent parser: CRLF, DATE values, one VCALENDAR")
    func rawForm() throws {
        let ics = try CorpusGraphs.checklist(try CorpusGraphs.graph("004-"), from: "2018-01-01").ics(stamp: Self.stamp)
        #expect(ics.hasPrefix("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Clausier//Checklist//FR\r\n"))
        #expect(ics.hasSuffix("END:VCALENDAR\r\n"))
        #expect(!ics.replacingOccurrences(of: "\r\n", with: "").contains("\n"))
        #expect(ics.contains("DTSTAMP:20250101T090000Z\r\n"))
        #expect(ics.contains("DTSTART;VALUE=DATE:20181231\r\nDTEND;VALUE=DATE:20190101\r\nRRULE:FREQ=YEARLY;COUNT=3\r\n"))
        #expect(ics.components(separatedBy: "BEGIN:VEVENT").count == ics.components(separatedBy: "END:VEVENT").count)
    }
}
