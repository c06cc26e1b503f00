import Checklist
import Foundation
import Testing

/// Markdown and HTML on corpus documents: key dates first, one section per party, a box to
/// tick, an empty status, the new-obligation flag, escaping.
@Suite("Markdown and HTML")
struct FormatTests {
    @Test("Markdown of 101: key dates, then one table per party and the joint obligations")
    func markdown101() throws {
        let checklist = try CorpusGraphs.checklist(try CorpusGraphs.graph("101-"), from: "2025-01-01", new: ["O19"])
        let text = checklist.markdown()
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let headings = lines.filter { $0.hasPrefix("## ") }
        #expect(headings == ["## Dates clés", "## Département de la Haute-Vienne", "## Mission locale des Monts et Vallées du Limousin",
                             "## Engagements communs : Département de la Haute-Vienne et Mission locale des Monts et Vallées du Limousin"])
        #expect(lines.contains("| 1er janvier 2025 | Prise d'effet | « du 1er janvier 2025 » |  |  |"))
        #expect(lines.contains { $0.hasPrefix("| ⚠ 30 septembre 2025 ou 1er octobre 2025 (date ambiguë) | Dernier jour pour envoyer un préavis de résiliation") })
        let row = try #require(lines.first { $0.hasPrefix("| [ ] | O19 **nouvelle** |") })
        #expect(row.contains("| 31 mars 2026 (au titre de 2025) ; 31 mars 2027 (au titre de 2026) ; 31 mars 2028 (au titre de 2027) |"))
        #expect(row.contains("| Article 8 – Modalités de versement | 1 |"))
        #expect(row.hasSuffix(" |  |"))   // empty status
        // Every table row has the same number of cells as its header.
        for line in lines where line.hasPrefix("| [ ] |") {
            let cells = line.replacingOccurrences(of: "\\|", with: "").split(separator: "|", omittingEmptySubsequences: false).count
            #expect(cells == 11, "\(line)")
        }
        // A box to tick for each obligation; the interdictions are rules and the facultés rights, without one.
        #expect(lines.filter { $0.hasPrefix("| [ ] |") }.count == checklist.items.filter(\.isTask).count)
        #expect(checklist.items.contains { !$0.isTask })
        for item in checklist.items where !item.isTask {
            #expect(lines.contains { $0.hasPrefix("| \(item.id) | ") }, "\(item.id)")
        }
        #expect(lines.contains("### Facultés"))
    }

    @Test("Markdown escapes the characters that would break a table")
    func markdownEscaping() throws {
        var checklist = try CorpusGraphs.checklist(try CorpusGraphs.graph("101-"), from: "2025-01-01")
        checklist.items[0].text = "payer | rembourser *vite*\net_bien"
        let row = try #require(checklist.markdown().split(separator: "\n").first { $0.contains("rembourser") })
        #expect(row.contains("payer \\| rembourser \\*vite\\* et\\_bien"))
    }

    @Test("HTML of 100 with --effective: A4 print rules, key dates on top, one section per party, checkboxes")
    func html100() throws {
        let checklist = try CorpusGraphs.checklist(try CorpusGraphs.graph("100-"), from: "2025-01-01", effective: "2025-02-10", new: ["O4"])
        let html = checklist.html()
        #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"fr\">"))
        #expect(html.contains("@page { size: A4;"))
        #expect(html.contains("thead { display: table-header-group; }"))
        let keyDates = try #require(html.range(of: "<h2>Dates clés</h2>"))
        let firstParty = try #require(html.range(of: "<section class=\"party\""))
        #expect(keyDates.lowerBound < firstParty.lowerBound)
        #expect(html.components(separatedBy: "<section class=\"party\"").count - 1 == checklist.sections.count)
        #expect(html.components(separatedBy: "<input type=\"checkbox\"").count - 1 == checklist.items.filter(\.isTask).count)
        #expect(html.contains("<td class=\"date\">10 février 2025</td><td>Prise d'effet</td>"))
        #expect(html.contains("<tr id=\"O4\" class=\"obligation new\">"))
        #expect(html.contains("<span class=\"badge new\">nouvelle</span>"))
        #expect(html.contains("<td class=\"status\"></td>"))
        #expect(html.contains("30 juin 2026"))   // « au plus tard le 30 juin de l'année suivante »
    }

    @Test("HTML escapes text and marks an ambiguous date with its candidates")
    func htmlEscaping() throws {
        var checklist = try CorpusGraphs.checklist(try CorpusGraphs.graph("101-"), from: "2025-01-01")
        checklist.items[0].text = "<script>alert(\"x\")</script> & co"
        let html = checklist.html()
        #expect(!html.contains("<script>"))
        #expect(html.contains("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; co"))
        #expect(html.contains("<span class=\"amb\">⚠ 30 septembre 2025</span><span class=\"alt\">ou 1er octobre 2025 — date ambiguë</span>"))
    }

    @Test("a party with no obligation says so instead of an empty page")
    func emptyParty() throws {
        var checklist = try CorpusGraphs.checklist(try CorpusGraphs.graph("101-"), from: "2025-01-01", party: "la Mission locale")
        checklist.items = []
        #expect(checklist.markdown().contains("_Aucune obligation de Mission locale des Monts et Vallées du Limousin dans ce document._"))
        #expect(checklist.html().contains("<p class=\"empty\">Aucune obligation de Mission locale"))
    }

    /// A convention with an obligation, an interdiction, a faculté and a duty of a third party.
    static let mixed = """
    CONVENTION DE PARTENARIAT
    Entre :
    La Commune de Clair-Val, représentée par son Maire, Monsieur Henri FAURE,
    ci-après dénommée « la Commune »,
    d'une part,
    Et :
    L'association Les Amis du Parc, représentée par sa Présidente, Madame Lucie BLANC,
    ci-après dénommée « l'Association »,
    d'autre part,

    Article 1 – Engagements
    L'Association s'engage à entretenir les massifs du parc.
    L'Association s'interdit de sous-louer le local mis à disposition.
    L'Association peut organiser une fête annuelle dans le parc.
    Le prestataire de nettoyage doit signaler tout dommage au gardien.

    Article 2 – Durée
    La présente convention est conclue du 1er janvier 2025 au 31 décembre 2026.
    """

    @Test("interdictions are rules to respect and facultés rights, without a box; duties in their own section")
    func rulesAndDuties() throws {
        let graph = CorpusGraphs.graph(text: Self.mixed)
        let checklist = try CorpusGraphs.checklist(graph, from: "2025-01-01")
        #expect(checklist.items.map(\.modality) == [.obligation, .prohibition, .permission])
        #expect(checklist.duties.map(\.subject) == ["Le prestataire de nettoyage"] || checklist.duties.map(\.subject) == ["le prestataire de nettoyage"])
        let markdown = checklist.markdown()
        let lines = markdown.split(separator: "\n").map(String.init)
        #expect(lines.contains { $0.hasPrefix("| [ ] | O1 | entretenir les massifs du parc |") })
        let rules = try #require(lines.firstIndex(of: "### Règles à respecter"))
        #expect(lines[rules + 1] == "| Id | Interdiction | Article | Page | Notes |")
        #expect(lines[rules + 3].hasPrefix("| O2 | sous-louer le local mis à disposition |"))
        #expect(lines.contains("### Facultés"))
        #expect(!lines.contains { $0.hasPrefix("| [ ] | O2") || $0.hasPrefix("| [ ] | O3") })
        // The duty comes last, under its own heading, never in a party's table.
        let duties = try #require(lines.firstIndex(of: "## Obligations de tiers (non signataires)"))
        #expect(lines.lastIndex { $0.hasPrefix("## ") } == duties)
        #expect(lines[(duties + 1)...].contains { $0.hasPrefix("| D1 | Le prestataire de nettoyage | signaler tout dommage au gardien |") })
        #expect(!lines[..<duties].contains { $0.contains("signaler tout dommage") })

        let html = checklist.html()
        #expect(html.components(separatedBy: "<input type=\"checkbox\"").count - 1 == 1)
        #expect(html.contains("<tr id=\"O2\" class=\"prohibition\"><td class=\"text\">"))
        #expect(html.contains("<section class=\"duties\" id=\"duties\">"))

        let rows = try RFC4180.parse(String(decoding: checklist.csv(), as: UTF8.self))
        #expect(rows.dropFirst().filter { $0[0] != "date clé" }.map { "\($0[0]) \($0[1])" }
                == ["obligation O1", "règle à respecter O2", "faculté O3", "obligation d'un tiers D1"])

        // One party's list leaves the third parties out, and says so.
        let association = try CorpusGraphs.checklist(graph, from: "2025-01-01", party: "l'Association")
        #expect(association.duties.isEmpty)
        #expect(association.notes.contains { $0.contains("Obligations de tiers (non signataires) omises") })
    }
}
