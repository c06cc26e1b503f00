import Checklist
import ConventionModel
import Foundation
import Testing

/// Exports safe to open when the convention itself carries markup or calendar syntax: party
/// names, titles, obligations and duties with `<script>` and `"><img onerror=…>` stay text in
/// the HTML; semicolons, commas, backslashes and line breaks stay text in the iCalendar file.
@Suite("Hostile text in exports")
struct HostileTextTests {
    static let script = "<script>alert('x')</script>"
    static let image = "\"><img src=x onerror=alert(1)>"

    /// A parsed convention whose title, party names, obligations, duty and key-date text are hostile.
    private func hostile() throws -> Checklist {
        var graph = try CorpusGraphs.graph("101-")
        graph.document.title = "Convention \(Self.script) \(Self.image)"
        graph.parties[0].name = "Département \(Self.image)"
        graph.parties[1].name = "Mission \(Self.script)"
        graph.obligations[0].text = "verser \(Self.script)"
        graph.obligations[1].text = "rendre compte \(Self.image)"
        if let prohibition = graph.obligations.indices.first(where: { graph.obligations[$0].modality == .prohibition }) {
            graph.obligations[prohibition].text = "céder \(Self.image)"
        }
        graph.duties = [Duty(id: "D1", subject: "l'employeur \(Self.image)", modality: .obligation, trigger: "doit",
                             text: "informer \(Self.script)", article: nil)]
        graph.term.effective?.text = "à compter du 1er janvier 2025 \(Self.image)"
        return try Checklist(graph: graph, options: ChecklistOptions(from: CalendarDate(iso: "2025-01-01")!))
    }

    @Test("HTML: no element or attribute comes from the text; the text reads as written")
    func html() throws {
        let checklist = try hostile()
        let html = checklist.html()
        #expect(!html.contains("<script"))
        #expect(!html.contains("<img"))
        #expect(html.contains("&lt;script&gt;alert('x')&lt;/script&gt;"))
        #expect(html.contains("&quot;&gt;&lt;img src=x onerror=alert(1)&gt;"))
        #expect(html.contains("<title>Obligations — Convention &lt;script&gt;"))
        #expect(html.contains("Département &quot;&gt;&lt;img"))               // the party's section heading
        #expect(html.contains("L'employeur &quot;&gt;&lt;img"))                // the duty
        // The title in the page footer's CSS string cannot close the style element or the string.
        let style = try #require(html.components(separatedBy: "<style>@page").dropFirst().first?.components(separatedBy: "</style>").first)
        #expect(!style.contains("<") && !style.contains("\"><"))
        // Every tag of the page is one the renderer writes.
        let tags = Set(html.split(separator: "<").dropFirst().compactMap { $0.split(whereSeparator: { " >/\n".contains($0) }).first }
            .map { $0.hasPrefix("/") ? String($0.dropFirst()) : String($0) })
        let known: Set<String> = ["!DOCTYPE", "html", "head", "meta", "title", "style", "body", "header", "h1", "h2", "h3", "span",
                                  "p", "code", "ul", "li", "section", "table", "colgroup", "col", "thead", "tbody", "tr", "th", "td",
                                  "div", "input", "br", "footer", ""]
        #expect(tags.subtracting(known).isEmpty, "\(tags.subtracting(known))")
    }

    @Test("Markdown: the hostile text is escaped, never raw HTML")
    func markdown() throws {
        let text = try hostile().markdown()
        // Every < and > is escaped, so that no Markdown renderer passes HTML through.
        let scalars = Array(text.unicodeScalars)
        // (A > opening a line is the renderer's own quote block.)
        for (index, scalar) in scalars.enumerated() where scalar == "<" || (scalar == ">" && index > 0 && scalars[index - 1] != "\n") {
            #expect(index > 0 && scalars[index - 1] == "\\", "unescaped \(scalar) at \(index)")
        }
        #expect(text.contains("\\<script\\>"))
        #expect(text.contains("\\<img src=x onerror=alert(1)\\>"))
    }

    @Test("iCalendar: TEXT escaped and folded, read back intact by an independent parser",
          .enabled(if: ExternalTools.python != nil, "python3 with icalendar is missing (apt-get install python3-icalendar python3-dateutil)"))
    func ics() throws {
        var checklist = try hostile()
        let index = try #require(checklist.items.firstIndex { !$0.dueDates.isEmpty })
        let text = "réunir; écrire, signer \\ archiver\r\nligne 2\rligne 3\nfin — " + String(repeating: "€é", count: 40)
        checklist.items[index].text = text
        checklist.title = "Titre; avec, virgule\net retour"
        let ics = checklist.ics(stamp: Date(timeIntervalSince1970: 1_735_722_000))
        for line in ics.components(separatedBy: "\r\n") {
            #expect(line.utf8.count <= 75, "\(line)")
            #expect(!line.contains("\n") && !line.contains("\r"))
        }
        let unfolded = ics.replacingOccurrences(of: "\r\n ", with: "")
        #expect(unfolded.contains("X-WR-CALNAME:Obligations — Titre\\; avec\\, virgule\\net retour"))
        #expect(unfolded.contains("réunir\\; écrire\\, signer \\\\ archiver\\nligne 2\\nligne 3\\nfin"))

        let report = try ICSTests.check(ics)
        #expect(report.problems.isEmpty, "\(report.problems)")
        #expect(report.calendar.name == "Obligations — Titre; avec, virgule\net retour")
        let event = try #require(report.events.first { $0.uid.contains("-\(checklist.items[index].id)-") })
        #expect(event.description.hasPrefix("réunir; écrire, signer \\ archiver\nligne 2\nligne 3\nfin — €é"))
        #expect(event.summary.contains("réunir; écrire, signer"))
        #expect(report.events.allSatisfy { $0.alarm == "-P7D" })
        let soon = try ICSTests.check(checklist.ics(stamp: Date(timeIntervalSince1970: 1_735_722_000), reminderDays: 0))
        #expect(soon.events.allSatisfy { $0.alarm == "P0D" || $0.alarm == "-P0D" || $0.alarm == "0:00:00" }, "\(soon.events.map(\.alarm))")
    }
}
