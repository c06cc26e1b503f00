import ConventionDiff
import ConventionModel
import Foundation
import Testing

/// The four renderings of a report, on a small convention whose texts carry characters that
/// Markdown and HTML must escape.
@Suite struct RenderingTests {
    private func report() -> ConventionDiffReport {
        var old = DraftConvention()
        let a = old.article("1", "Engagements <communs>", "La Région s'engage à publier les résultats (< 10 %) | indicateurs deux fois par an.")
        old.commit(["P1"], "publier les résultats (< 10 %) | indicateurs deux fois par an", in: a, frequency: Frequency(text: "deux fois par an", perYear: 2))
        var new = old
        new.units[0].body = "La Région s'engage à publier les résultats (< 10 %) | indicateurs une fois par an."
        new.commitments[0].text = "publier les résultats (< 10 %) | indicateurs une fois par an"
        new.commitments[0].frequency = Frequency(text: "une fois par an", perYear: 1)
        let (g1, t1) = old.build(), (g2, t2) = new.build()
        return ConventionDiff.compare(old: g1, oldText: t1, new: g2, newText: t2)
    }

    private func text(_ data: Data) -> String { String(decoding: data, as: UTF8.self) }

    @Test func jsonIsSortedAndReadsBack() throws {
        let report = report()
        let data = try report.jsonData()
        #expect(try report.jsonData() == data)
        // The redline is for the HTML page only; every change keeps its locations in JSON.
        var written = report
        written.redline = nil
        #expect(try ConventionDiffReport.decode(data) == written)
        #expect(report.changes.allSatisfy { $0.oldLocation != nil || $0.newLocation != nil })
        #expect(text(data).contains("\"newLocation\""))
        let text = String(decoding: data, as: UTF8.self)
        let kind = try #require(text.range(of: "\"kind\" : \"modified\"")), details = try #require(text.range(of: "\"details\""))
        #expect(details.lowerBound < kind.lowerBound)
    }

    @Test func textColoursOnlyWhenAsked() {
        let report = report()
        let plain = report.textDescription(colour: false), coloured = report.textDescription(colour: true)
        #expect(!plain.contains("\u{1B}["))
        #expect(plain.contains("[-deux-] {+une+}"))
        #expect(plain.contains("fréquence : deux fois par an → une fois par an"))
        #expect(coloured.contains("\u{1B}[31;9mdeux\u{1B}[0m") && coloured.contains("\u{1B}[32;4mune\u{1B}[0m"))
    }

    @Test func markdownEscapes() {
        let markdown = report().markdownDescription()
        #expect(markdown.contains("résultats (\\< 10 %) \\| indicateurs ~~deux~~ **une** fois par an"))
        #expect(markdown.contains("### P1 Région Normandie"))
    }

    @Test func htmlEscapesAndPutsEachSideInItsColumn() {
        let html = report().htmlDescription()
        #expect(html.contains("<td>publier les résultats (&lt; 10 %) | indicateurs <del>deux</del> fois par an"))
        #expect(html.contains("<td>publier les résultats (&lt; 10 %) | indicateurs <ins>une</ins> fois par an"))
        #expect(!html.contains("(< 10 %)"))
        #expect(html.contains("@page { size: A4;"))
    }

    @Test func noChangeSaysSo() {
        var draft = DraftConvention()
        draft.article("1", "Objet", "La présente convention définit la coopération.")
        let (graph, text) = draft.build()
        let report = ConventionDiff.compare(old: graph, oldText: text, new: graph, newText: text)
        #expect(report.textDescription().contains("Aucun changement."))
        #expect(report.markdownDescription().contains("**Aucun changement.**"))
        #expect(report.htmlDescription().contains("Aucun changement."))
    }
}
