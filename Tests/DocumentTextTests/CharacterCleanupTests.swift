import DocumentText
import Testing
import TestSupport

/// Character-level normalisation: bullets, quotes, spaces, ligatures, invisible characters and
/// converter markup.
@Suite("Character cleanup")
struct CharacterCleanupTests {
    @Test("every bullet glyph becomes the list marker", arguments: [
        "\u{F0A7}", "\u{F0B7}", "\u{F0D8}", "\u{F076}", "•", "■", "▪", "●", "◦", "►", "➢", "o", "-", "–", "—", "―",
    ])
    func bullet(_ glyph: String) throws {
        let lines = try Normalize.lines("Pôle emploi s'engage à :\n\(glyph) transmettre un bilan annuel ;\n\(glyph) réunir le comité.")
        #expect(lines == ["Pôle emploi s'engage à :", "- transmettre un bilan annuel ;", "- réunir le comité."])
    }

    @Test("a bullet glued to its item, or several bullets, make one marker")
    func gluedBullets() throws {
        #expect(try Normalize.text("\u{F0B7}transmettre le bilan") == "- transmettre le bilan")
        #expect(try Normalize.text("\u{F0D8} \u{F0A7} transmettre le bilan") == "- transmettre le bilan")
        #expect(try Normalize.text("-APPROUVER la convention") == "- APPROUVER la convention")
    }

    @Test("a bullet alone on its line takes the item of the next line")
    func bareBullet() throws {
        #expect(try Normalize.lines("Les partenaires s'engagent à :\n•\nmobiliser l'offre de service ;") ==
                ["Les partenaires s'engagent à :", "- mobiliser l'offre de service ;"])
    }

    @Test("letters, numbers and dashes that are not bullets stay", arguments: [
        ("oui, la convention est signée", "oui, la convention est signée"),
        ("-3 % sur l'année", "-3 % sur l'année"),
        ("o", "o"),
        ("--", "--"),
    ])
    func notBullets(_ raw: String, _ expected: String) throws {
        #expect(try Normalize.text(raw) == expected)
    }

    @Test("curly and other apostrophes become '")
    func apostrophes() throws {
        #expect(try Normalize.text("L’État s’engage ; l‘avenant ; aujourd`hui ; l´article") ==
                "L'État s'engage ; l'avenant ; aujourd'hui ; l'article")
    }

    @Test("no-break, narrow no-break, thin and tab spaces become one space")
    func spaces() throws {
        #expect(try Normalize.text("2\u{00A0}046\u{00A0}069\u{202F}€ soit\u{2009}50\u{202F}%\tpar an") == "2 046 069 € soit 50 % par an")
        #expect(try Normalize.text("  Article 1  ") == "Article 1")
    }

    @Test("ligatures are expanded")
    func ligatures() throws {
        #expect(try Normalize.text("le ﬁnancement de l'oﬀre, ﬂux, eﬃcace, aﬄux") == "le financement de l'offre, flux, efficace, afflux")
    }

    @Test("soft hyphens, zero-width and control characters disappear")
    func invisible() throws {
        #expect(try Normalize.text("accom\u{00AD}pagnement\u{200B} glo\u{200D}bal\u{0007}") == "accompagnement global")
    }

    @Test("markdown bold, headings and rules from converters are removed")
    func markdown() throws {
        #expect(try Normalize.lines("## **Article 1 – Objet**\n\n**-APPROUVER** la convention") ==
                ["Article 1 – Objet", "- APPROUVER la convention"])
        // A rule is a page break of the converter, not text.
        #expect(try Normalize.lines("fin de la page.\n\n---\n\nDébut de la suivante.") ==
                ["fin de la page.", "Début de la suivante."])
    }

    @Test("HTML tags go, footnote calls go, ordinals stay")
    func tags() throws {
        #expect(try Normalize.text("<p>POUR CERTIFICATION DU CARACTÈRE EXÉCUTOIRE</p>") == "POUR CERTIFICATION DU CARACTÈRE EXÉCUTOIRE")
        #expect(try Normalize.text("des données en open data<sup>1</sup> :") == "des données en open data :")
        #expect(try Normalize.text("à compter du 1<sup>er</sup> janvier 2018") == "à compter du 1er janvier 2018")
        #expect(try Normalize.text("H<sub>2</sub>O et x<br/>y") == "HO et xy")
        // Not tags: an XML example, an autolink, a comparison.
        #expect(try Normalize.text("<comment>Type MIME</comment>") == "<comment>Type MIME</comment>")
        #expect(try Normalize.text("<http://paca.fr> : si a < 3 et b > 2") == "<http://paca.fr> : si a < 3 et b > 2")
    }

    @Test("single asterisks of emphasis are kept (quotes of the corpus carry them)")
    func emphasis() throws {
        #expect(try Normalize.text("des PLACI (*opération ANRU*)") == "des PLACI (*opération ANRU*)")
    }
}
