@testable import DocumentText
import Testing

/// The reading order rebuilt from glyph boxes (`PageLayout`), on synthetic pages: glyphs 5 pt
/// wide and 10 pt high, lines 12 pt apart, given in the order poppler would give them.
@Suite("PDF page layout")
struct PageLayoutTests {
    /// The glyphs of `text` written from (`x`, `y`), followed by poppler's line break.
    private func line(_ text: String, x: Float, y: Float) -> [PageGlyph] {
        var glyphs: [PageGlyph] = []
        var left = x
        for scalar in text.unicodeScalars {
            glyphs.append(PageGlyph(scalar, x1: left, y1: y, x2: left + 5, y2: y + 10))
            left += 5
        }
        glyphs.append(PageGlyph("\n", x1: left, y1: y + 10, x2: left, y2: y + 10))
        return glyphs
    }

    /// Poppler's one line made of several runs on one baseline, without spaces between them.
    private func glued(_ runs: [(String, Float)], y: Float) -> [PageGlyph] {
        var glyphs: [PageGlyph] = []
        for (text, x) in runs { glyphs += line(text, x: x, y: y).dropLast() }
        glyphs.append(PageGlyph("\n", x1: 500, y1: y + 10, x2: 500, y2: y + 10))
        return glyphs
    }

    @Test("cells that poppler glues are set apart by a wide gap")
    func gluedCells() throws {
        let page = glued([("Pour la Commune,", 50), ("Pour l'association,", 300)], y: 100)
            + glued([("Le Maire,", 50), ("La Présidente,", 300)], y: 112)
        #expect(PageLayout.text(page) == "Pour la Commune,   Pour l'association,\nLe Maire,   La Présidente,")
    }

    @Test("a row is read left to right whatever poppler's order")
    func rowOrder() throws {
        let page = line("Présents et représentés", x: 50, y: 100) + line("Présents", x: 50, y: 112)
            + line(": 53", x: 260, y: 100) + line(": 43", x: 260, y: 112)
        #expect(PageLayout.text(page) == "Présents et représentés   : 53\nPrésents   : 43")
    }

    @Test("two columns of text are read column by column")
    func twoColumns() throws {
        let left = ["La présente convention concerne les jeunes", "âgés de 16 à 25 ans résidant sur le", "territoire d'intervention de la Mission",
                    "locale, et en priorité les jeunes qui sont", "bénéficiaires du revenu de solidarité", "active ou ayants droit d'un foyer."]
        let right = ["Le Département s'engage à orienter vers", "la Mission locale, au moyen d'une fiche", "de liaison, les jeunes relevant du public",
                     "défini à l'article 2 et à désigner dans", "chaque maison départementale un référent", "chargé du suivi des orientations."]
        var page: [PageGlyph] = []
        for (k, (l, r)) in zip(left, right).enumerated() {
            // Poppler reads across the gutter: one line from each column in turn.
            page += line(l, x: 50, y: 100 + Float(k) * 12) + line(r, x: 290, y: 100 + Float(k) * 12)
        }
        #expect(PageLayout.text(page) == (left + right).joined(separator: "\n"))
    }

    @Test("a table is read row by row, not as columns")
    func table() throws {
        let rows = [("Action", "Montant annuel", "Montant total"),
                    ("Accompagnement renforcé des jeunes du RSA", "45 000 €", "135 000 €"),
                    ("Accompagnement des jeunes sortant de l'ASE", "18 000 €", "54 000 €"),
                    ("Instruction des demandes du Fonds d'aide", "12 500 €", "37 500 €"),
                    ("Actions collectives de mobilité", "6 000 €", "18 000 €"),
                    ("Total", "81 500 €", "244 500 €")]
        var page: [PageGlyph] = []
        for (k, row) in rows.enumerated() {
            let y = 100 + Float(k) * 12
            page += line(row.0, x: 50, y: y) + line(row.1, x: 300, y: y) + line(row.2, x: 400, y: y)
        }
        let expected = rows.map { "\($0.0)   \($0.1)   \($0.2)" }.joined(separator: "\n")
        #expect(PageLayout.text(page) == expected)
    }

    @Test("a signature block of a few rows is read row by row")
    func signatureBlock() throws {
        let page = line("Pour le Département de la Haute-Vienne,", x: 50, y: 100) + line("Le Président du Conseil départemental,", x: 50, y: 112)
            + line("Pierre DESCHAMPS", x: 50, y: 124) + line("Pour la Mission locale,", x: 300, y: 100)
            + line("Le Président,", x: 300, y: 112) + line("Étienne FAUCHER", x: 300, y: 124)
        #expect(PageLayout.text(page) == """
        Pour le Département de la Haute-Vienne,   Pour la Mission locale,
        Le Président du Conseil départemental,   Le Président,
        Pierre DESCHAMPS   Étienne FAUCHER
        """)
    }

    @Test("a clearly larger vertical space becomes an empty line")
    func paragraphBreak() throws {
        let page = line("Article 1 – Objet", x: 50, y: 100) + line("La convention définit la coopération.", x: 50, y: 112)
            + line("Article 2 – Durée", x: 50, y: 148) + line("Elle est conclue pour un an.", x: 50, y: 160)
        #expect(PageLayout.text(page) == "Article 1 – Objet\nLa convention définit la coopération.\n\nArticle 2 – Durée\nElle est conclue pour un an.")
    }

    /// Glyphs of `text` turned a quarter: each box wide and flat, one above the other.
    private func rotatedLine(_ text: String, x: Float, y: Float) -> [PageGlyph] {
        var glyphs: [PageGlyph] = []
        for (k, scalar) in text.unicodeScalars.enumerated() {
            glyphs.append(PageGlyph(scalar, x1: x, y1: y - Float(k) * 6, x2: x + 10, y2: y + 6 - Float(k) * 6))
        }
        glyphs.append(PageGlyph("\n", x1: x, y1: y, x2: x, y2: y))
        return glyphs
    }

    @Test("a rotated stamp in the margin is set apart at the end of the page")
    func rotatedStamp() throws {
        let page = rotatedLine("Accusé de réception en préfecture", x: 20, y: 400)
            + line("Article 1 – Objet", x: 50, y: 100) + line("La convention définit la coopération.", x: 50, y: 112)
        #expect(PageLayout.text(page) == "Article 1 – Objet\nLa convention définit la coopération.\n\nAccusé de réception en préfecture")
    }

    @Test("a page turned as a whole is left to poppler")
    func rotatedPage() throws {
        let page = rotatedLine("Annexe 1 – Tableau des montants", x: 50, y: 400) + rotatedLine("Accompagnement renforcé", x: 70, y: 400)
            + line("1", x: 50, y: 700)
        #expect(PageLayout.text(page) == nil)
    }

    @Test("three columns are read column by column; a footnote below them stays after them")
    func threeColumns() throws {
        let columns = (1...3).map { c in (1...6).map { k in "Colonne \(c), ligne \(k) du texte suivi ici" } }
        var page: [PageGlyph] = []
        for k in 0..<6 {
            for c in 0..<3 { page += line(columns[c][k], x: 50 + Float(c) * 205, y: 100 + Float(k) * 12) }
        }
        page += line("1 Voir la délibération.", x: 50, y: 300) + line("- 1 -", x: 280, y: 330)
        #expect(PageLayout.text(page) == (columns.flatMap { $0 } + ["", "1 Voir la délibération.", "", "- 1 -"]).joined(separator: "\n"))
    }

    @Test("a date printed over the blank line of a signature block: pieces that overlap on a row")
    func overlappingPieces() throws {
        // Enough rows in two cells for a run of columns to be looked for from every row,
        // the overlapping row included.
        let page = line("Pour la Commune,", x: 50, y: 100) + line("Pour l'association,", x: 300, y: 100)
            + line("Le Maire,", x: 50, y: 112) + line("La Présidente,", x: 300, y: 112)
            + line("Pierre DURAND", x: 50, y: 124) + line("Anne MARTIN", x: 300, y: 124)
            + line("Fait à Marseille, le ______________", x: 50, y: 136) + line("12 mars 2020", x: 160, y: 136)
            + line("En deux exemplaires originaux", x: 50, y: 148)
        #expect(PageLayout.text(page) == """
        Pour la Commune,   Pour l'association,
        Le Maire,   La Présidente,
        Pierre DURAND   Anne MARTIN
        Fait à Marseille, le ______________12 mars 2020
        En deux exemplaires originaux
        """)
    }

    @Test("a glyph box with a NaN edge does not reach a range")
    func notANumber() {
        var page: [PageGlyph] = []
        for y in stride(from: Float(100), through: 160, by: 12) {
            var left = line("Le Maire,", x: 50, y: y)
            // Below the first row, a cell whose right edge is unknown runs into the gutter.
            if y == 124 { left[0].x2 = .nan }
            page += left + line("La Présidente,", x: 300, y: y)
        }
        #expect(PageLayout.text(page) != nil)
    }

    @Test("a page without glyphs is empty; boxes missing is left to poppler")
    func degenerate() {
        #expect(PageLayout.text([]) == "")
        #expect(PageLayout.text([PageGlyph("\n", x1: 0, y1: 0, x2: 0, y2: 0)]) == "")
        let noBoxes = "Sans boîtes".unicodeScalars.map { PageGlyph($0, x1: 0, y1: 0, x2: 0, y2: 0) }
        #expect(PageLayout.text(noBoxes) == nil)
    }
}
