import ConventionModel
import Testing

/// Headings in the forms French drafters use, their titles, numbers and nesting.
@Suite("Structure") struct StructureTests {
    private func units(_ text: String) throws -> [String] {
        let graph = try parse(text)
        return graph.articles.map { a in
            let parent = a.parent.flatMap { graph.article($0) }.map { " < \($0.kind.rawValue) \($0.number ?? "-")" } ?? ""
            return "\(a.kind.rawValue) \(a.number ?? "-") \(a.title ?? "-")\(parent)"
        }
    }

    @Test func everyCommonArticleForm() throws {
        let text = """
        Article 1 – Objet
        La présente convention a pour objet de définir le partenariat.
        ARTICLE 2 : DURÉE
        La convention est conclue pour un an.
        Article 3er
        Texte.
        Article premier bis
        Texte.
        Art. 5 - Financement
        Texte.
        Article 6-
        Engagements des parties
        Texte du sixième article.
        Article 7.
        Texte.
        """
        let found = try units(text)
        #expect(found.contains("article 1 Objet"))
        #expect(found.contains("article 2 DURÉE"))
        #expect(found.contains("article 5 Financement"))
        #expect(found.contains("article 6 Engagements des parties"), "title on the next line")
        #expect(found.contains { $0.hasPrefix("article 1 bis") })
    }

    @Test func titlesAxesArticlesAndDottedNumbersNest() throws {
        let text = """
        PRÉAMBULE
        Les parties rappellent leurs missions.
        TITRE I – DISPOSITIONS GÉNÉRALES
        Article 1.1 : Objet du partenariat
        Texte de l'article.
        Article 1.1.1 : Périmètre
        Texte du sous-article.
        Article 1.2 : Principes
        Texte.
        TITRE II – MOYENS
        Article 2.1 : Moyens humains
        Texte.
        """
        let found = try units(text)
        #expect(found == [
            "preamble - PRÉAMBULE",
            "title I DISPOSITIONS GÉNÉRALES",
            "article 1.1 Objet du partenariat < title I",
            "article 1.1.1 Périmètre < article 1.1",
            "article 1.2 Principes < title I",
            "title II MOYENS",
            "article 2.1 Moyens humains < title II",
        ])
    }

    @Test func sectionsAreShortNumberedTitlesNotListItems() throws {
        let text = """
        Article 4 - Engagements
        1) Partager l'information
        Les partenaires échangent chaque trimestre les données relatives aux demandeurs d'emploi du territoire, dans le respect du RGPD.
        a. Le suivi des bénéficiaires
        Les conseillers des deux institutions se réunissent pour examiner la situation des bénéficiaires accompagnés.
        II. Évaluation
        Une évaluation des actions conduites est présentée chaque année au comité de pilotage de la convention.
        La Région s'engage à :
        1) transmettre le bilan annuel ;
        2) réunir le comité.
        """
        let found = try units(text)
        #expect(found.contains("section 1 Partager l'information < article 4"))
        #expect(found.contains { $0.hasPrefix("section a Le suivi des bénéficiaires") })
        #expect(found.contains { $0.hasPrefix("section II Évaluation") })
        #expect(!found.contains { $0.contains("transmettre le bilan") }, "items under a lead-in are not sections")
    }

    @Test func aListOfAnnexesIsNotAHeadingRunButAnnexesAre() throws {
        let text = """
        Article 9 – Annexes
        Annexe 1 : Budget prévisionnel
        Annexe 2 : Liste des indicateurs
        Annexe 3 : Calendrier
        Fait à Limoges, le 3 mars 2025.
        Annexe 1 – Budget prévisionnel
        Le budget est présenté ci-dessous.
        Annexe 2 – Liste des indicateurs
        Les indicateurs sont les suivants.
        """
        let found = try units(text)
        #expect(found.filter { $0.hasPrefix("annex") } == ["annex 1 Budget prévisionnel", "annex 2 Liste des indicateurs"])
    }

    @Test func aCrossReferenceInASentenceIsNotAHeading() throws {
        let found = try units("""
        Article 2 - Moyens
        Les moyens sont décrits à l'article 3 de la présente convention et en
        annexe 3 bis.
        """)
        #expect(found == ["article 2 Moyens"])
    }

    @Test func spansCoverTheUnitAndItsChildren() throws {
        let graph = try parse("""
        Article 1 - Objet
        Texte un.
        1) Première partie
        Texte deux.
        Article 2 - Durée
        Texte trois.
        """)
        let first = try #require(graph.articles.first), second = try #require(graph.articles.last)
        #expect(first.span!.end == second.span!.start, "article 1 runs to article 2, over its section")
    }
}
