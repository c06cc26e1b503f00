import Testing
import TestSupport

/// A hyphen at the end of a line is removed only when it splits a word for the line break.
@Suite("Line-end hyphens")
struct HyphenationTests {
    @Test("a word split for the line break is joined", arguments: [
        ("La Région s'engage à trans-\nmettre le bilan.", "La Région s'engage à transmettre le bilan."),
        ("la réalisation de travaux d'entretien du petit patri-\nmoine communal ;", "la réalisation de travaux d'entretien du petit patrimoine communal ;"),
        ("le Départe-\nment et la Mission locale", "le Département et la Mission locale"),
    ])
    func lineBreakHyphen(_ raw: String, _ expected: String) throws {
        #expect(try Normalize.text(raw) == expected)
    }

    @Test("a compound keeps its hyphen", arguments: [
        ("le Conseil départemental des Bouches-\ndu-Rhône et Pôle emploi", "le Conseil départemental des Bouches-du-Rhône et Pôle emploi"),
        ("la Métropole Aix-\nMarseille-Provence et Pôle emploi", "la Métropole Aix-Marseille-Provence et Pôle emploi"),
        ("la Métropole Aix-Marseille-\nProvence et Pôle emploi", "la Métropole Aix-Marseille-Provence et Pôle emploi"),
        ("se présenter comme porte-\nparole de la Commune", "se présenter comme porte-parole de la Commune"),
        ("la Commune de Saint-Aubin-\nsur-Loire et l'association", "la Commune de Saint-Aubin-sur-Loire et l'association"),
        ("les engagements décrits ci-\ndessus et l'annexe", "les engagements décrits ci-dessus et l'annexe"),
        ("aux formations sanitaires d'aide-\nsoignant et d'ambulancier", "aux formations sanitaires d'aide-soignant et d'ambulancier"),
        ("le vice-\nprésident du Conseil départemental", "le vice-président du Conseil départemental"),
        ("ses articles L.5312-\n1 à L.5312-14", "ses articles L.5312-1 à L.5312-14"),
    ])
    func compound(_ raw: String, _ expected: String) throws {
        #expect(try Normalize.text(raw) == expected)
    }

    @Test("the document's own spelling decides: a word written whole elsewhere is joined")
    func documentSpelling() throws {
        let text = try Normalize.text("Elle ne constitue ni une commande ni la contre-\npartie d'une prestation. La contrepartie est nulle.")
        #expect(text.hasPrefix("Elle ne constitue ni une commande ni la contrepartie d'une prestation."))
        // And a compound written with its hyphen elsewhere keeps it.
        let kept = try Normalize.text("un accompagnement socio-\nprofessionnel ; le suivi socio-professionnel.")
        #expect(kept.hasPrefix("un accompagnement socio-professionnel ;"))
    }

    @Test("a hyphenated word continues across a page break")
    func acrossPages() throws {
        let normalized = try Normalize.normalized(pages: ["Le Conseil départemental souhaite disposer d'une exper-\n", "tise emploi formation au bénéfice des pôles d'insertion."])
        #expect(normalized.text == "Le Conseil départemental souhaite disposer d'une expertise emploi formation au bénéfice des pôles d'insertion.")
    }
}
