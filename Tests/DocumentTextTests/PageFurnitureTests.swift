import DocumentText
import Testing
import TestSupport

/// Running headers, footers and page numbers are removed when they repeat across pages.
@Suite("Page furniture")
struct PageFurnitureTests {
    /// The body of the pages: eight different sentences a page.
    private static let sentences = [
        "La Commune met à disposition un local équipé deux demi-journées par semaine.",
        "Le CCAS transmet chaque année un bilan qualitatif et quantitatif de l'action.",
        "Les partenaires se réunissent au moins deux fois par an en comité de suivi.",
        "Toute modification fait l'objet d'un avenant signé par les deux parties.",
        "La subvention est versée en deux fois, une avance puis le solde de l'année.",
        "Chaque partie peut résilier la convention moyennant un préavis de trois mois.",
        "Les litiges relèvent du tribunal administratif après une tentative amiable.",
        "Le présent document est établi en deux exemplaires originaux signés.",
    ]

    /// Four pages of body text with `header` on top and `footer(n)` at the bottom.
    private func pages(header: [String], footer: (Int) -> String?) -> [String] {
        (1...4).map { n in
            var lines = header
            let tag = ["premier", "deuxième", "troisième", "quatrième"][n - 1]
            for k in 0..<8 { lines.append(Self.sentences[k].dropLast() + ", au \(tag) feuillet.") }
            if let footer = footer(n) { lines.append(footer) }
            return lines.joined(separator: "\n")
        }
    }

    @Test("page numbers in every usual form are removed", arguments: [
        "Page %d/4", "page %d sur 4", "%d/4", "- %d -", "– %d –", "%d", "p. %d",
    ])
    func pageNumbers(_ format: String) throws {
        let text = try Normalize.normalized(pages: pages(header: [], footer: { n in format.replacingOccurrences(of: "%d", with: "\(n)") })).text
        #expect(!text.contains("4 sur") && !text.contains("/4") && !text.contains("- 2 -") && !text.contains("– 3 –"))
        #expect(text.split(separator: "\n").count == 32, "\(text)")
        #expect(text.split(separator: "\n").allSatisfy { $0.hasSuffix("feuillet.") })
    }

    @Test("a running header and footer repeated on the pages are removed, the body stays")
    func runningLines() throws {
        let header = ["Convention Commune de Saint-Aubin-sur-Loire / Association Les Ateliers du Val", "CPO – Chantier Loire et Patrimoine"]
        let normalized = try Normalize.normalized(pages: pages(header: header, footer: { "Paraphes : ____ ____ — page \($0)" }))
        #expect(!normalized.text.contains("Chantier Loire"))
        #expect(!normalized.text.contains("Paraphes"))
        #expect(normalized.text.hasPrefix("La Commune met à disposition un local équipé deux demi-journées par semaine, au premier feuillet.\n"))
        #expect(normalized.text.hasSuffix("\nLe présent document est établi en deux exemplaires originaux signés, au quatrième feuillet."))
        #expect(normalized.text.split(separator: "\n").count == 32)
    }

    @Test("a paragraph cut by a page break and its furniture is rejoined")
    func paragraphAcrossPages() throws {
        let first = "ARTICLE 1 : OBJET\nLa présente convention a pour objet de définir les modalités de la coopération entre\n\n- 1 -"
        let second = "- 2 -\nla Commune et le CCAS pour l'accueil des demandeurs d'emploi.\nARTICLE 2 : DURÉE"
        let lines = try Normalize.normalized(pages: [first, second]).text.split(separator: "\n")
        #expect(lines == ["ARTICLE 1 : OBJET",
                          "La présente convention a pour objet de définir les modalités de la coopération entre la Commune et le CCAS pour l'accueil des demandeurs d'emploi.",
                          "ARTICLE 2 : DURÉE"])
    }

    @Test("lines that differ only by an amount are not a running footer")
    func amountsAreNotFurniture() throws {
        let pages = (1...4).map { n in
            (0..<8).map { k in Self.sentences[k].dropLast() + ", au feuillet \(["A", "B", "C", "D"][n - 1])." }.joined(separator: "\n")
                + "\nTotal \([525_499, 98_220, 58_304, 682_023][n - 1]) € pour \([3, 1, 2, 4][n - 1]) ans"
        }
        let text = try Normalize.normalized(pages: pages).text
        #expect(text.components(separatedBy: "Total ").count == 5, "\(text)")
    }

    @Test("a lone number at the edge of one page is text, not a page number")
    func loneNumberStays() throws {
        let text = try Normalize.normalized(pages: [
            "Schéma d'organisation du diagnostic partagé et d'entrée en accompagnement global",
            "1\nConseiller dédié\nEntretien n°1 : diagnostic professionnel.",
            "Suite du document sans numéro de page.\nDernière ligne.",
        ]).text
        #expect(text.split(whereSeparator: \.isWhitespace).contains("1"))
    }

    @Test("a page number between the --- rules of a text file is removed")
    func numberBetweenRules() throws {
        let raw = "Représentée par Didier Martin, directeur territorial.\n\n---\n\n1\n\n---\n\n## Préambule\n\nVu le code du travail ;"
        #expect(try Normalize.lines(raw) == ["Représentée par Didier Martin, directeur territorial.", "Préambule", "Vu le code du travail ;"])
    }

    @Test("page numbers alone in a text without page breaks are removed when they count up a page apart")
    func numbersInText() throws {
        var lines: [String] = []
        for page in 1...3 {
            for n in 1...10 { lines.append("Ligne \(n) de la page \(page), qui forme un paragraphe à elle seule.") }
            lines.append("")
            lines.append("\(page)")
            lines.append("")
        }
        let text = try Normalize.text(lines.joined(separator: "\n"))
        #expect(!text.split(separator: "\n").contains { $0 == "1" || $0 == "2" || $0 == "3" })
        #expect(text.contains("Ligne 10 de la page 3"))
    }

    @Test("a one-page document keeps its first and last lines")
    func singlePage() throws {
        let text = try Normalize.text("CONVENTION DE PARTENARIAT\nArticle 1 – Objet\nLa Commune s'engage à transmettre un bilan annuel.\nFait à Arles, le 3 mars 2024")
        #expect(text.hasPrefix("CONVENTION DE PARTENARIAT\n"))
        #expect(text.hasSuffix("Fait à Arles, le 3 mars 2024"))
    }
}
