import Testing
import TestSupport

/// Lines of one paragraph are rejoined; headings, list items and table rows keep their lines.
@Suite("Paragraphs and line structure")
struct ParagraphJoinerTests {
    @Test("the lines of a paragraph are rejoined with one space")
    func paragraph() throws {
        let raw = """
        La présente convention a pour objet de préciser les conditions de coopération entre le
        Département et Pôle emploi pour favoriser l'accès ou le retour à l'emploi des bénéficiaires
        du RSA.
        Elle détermine les objectifs et les moyens mis en œuvre par chacun des partenaires.
        """
        #expect(try Normalize.lines(raw) == [
            "La présente convention a pour objet de préciser les conditions de coopération entre le Département et Pôle emploi pour favoriser l'accès ou le retour à l'emploi des bénéficiaires du RSA.",
            "Elle détermine les objectifs et les moyens mis en œuvre par chacun des partenaires.",
        ])
    }

    @Test("headings stay on their own line; a title in capitals wraps onto the next capitals line")
    func headings() throws {
        let raw = """
        TITRE 2 – UNE EXPERTISE POLE EMPLOI POUR UN « SERVICE PLUS » AUTOUR DE
        QUATRE PRIORITES PARTAGEES DU PARTENARIAT
        Article 2.1 : La mission expertise emploi formation au sein des pôles d'insertion
        Le Conseil départemental souhaite disposer d'une ingénierie et d'une expertise emploi
        formation au bénéfice des pôles d'insertion.
        ARTICLE 3 : DURÉE
        La convention est conclue pour trois ans.
        """
        #expect(try Normalize.lines(raw) == [
            "TITRE 2 – UNE EXPERTISE POLE EMPLOI POUR UN « SERVICE PLUS » AUTOUR DE QUATRE PRIORITES PARTAGEES DU PARTENARIAT",
            "Article 2.1 : La mission expertise emploi formation au sein des pôles d'insertion",
            "Le Conseil départemental souhaite disposer d'une ingénierie et d'une expertise emploi formation au bénéfice des pôles d'insertion.",
            "ARTICLE 3 : DURÉE",
            "La convention est conclue pour trois ans.",
        ])
    }

    @Test("an article number alone keeps its line; its title stays on the next line")
    func titleOnNextLine() throws {
        #expect(try Normalize.lines("ARTICLE 6\nCONTRÔLE ET ÉVALUATION\nLa Commune peut procéder à un contrôle.") ==
                ["ARTICLE 6", "CONTRÔLE ET ÉVALUATION", "La Commune peut procéder à un contrôle."])
        #expect(try Normalize.lines("ARTICLE 1 :\nObjet de la convention\nLa présente convention a pour objet de déterminer les modalités.") ==
                ["ARTICLE 1 :", "Objet de la convention", "La présente convention a pour objet de déterminer les modalités."])
    }

    @Test("a caps title is not continued by a subtitle in lowercase")
    func subtitle() throws {
        #expect(try Normalize.lines("CONVENTION PLURIANNUELLE D'OBJECTIFS\nentre la Commune de Saint-Aubin-sur-Loire et l'association Les Ateliers du Val") ==
                ["CONVENTION PLURIANNUELLE D'OBJECTIFS", "entre la Commune de Saint-Aubin-sur-Loire et l'association Les Ateliers du Val"])
    }

    @Test("a heading keyword in lowercase inside a sentence is text")
    func keywordInSentence() throws {
        #expect(try Normalize.lines("La fiche de poste du chargé de projet se trouve en\nannexe 3 bis de la présente convention.") ==
                ["La fiche de poste du chargé de projet se trouve en annexe 3 bis de la présente convention."])
        #expect(try Normalize.lines("verser la participation financière prévue au\ntitre III dans les conditions qui y sont fixées ;") ==
                ["verser la participation financière prévue au titre III dans les conditions qui y sont fixées ;"])
    }

    @Test("list items wrapped over lines are rejoined, each item on its line")
    func listItems() throws {
        let raw = """
        Pôle emploi s'engage à :
        \u{F0B7} informer la Métropole des évolutions de l'actualité nationale, régionale et départementale
        liée aux mesures pour l'emploi ;
        \u{F0B7} présenter les projets structurants, de mobilité, de création d'entreprises sur le
        territoire métropolitain.
        1° mettre en œuvre le programme d'actions défini à l'article premier et y affecter les
        moyens humains et matériels nécessaires ;
        2° assurer l'accompagnement socioprofessionnel.
        """
        #expect(try Normalize.lines(raw) == [
            "Pôle emploi s'engage à :",
            "- informer la Métropole des évolutions de l'actualité nationale, régionale et départementale liée aux mesures pour l'emploi ;",
            "- présenter les projets structurants, de mobilité, de création d'entreprises sur le territoire métropolitain.",
            "1° mettre en œuvre le programme d'actions défini à l'article premier et y affecter les moyens humains et matériels nécessaires ;",
            "2° assurer l'accompagnement socioprofessionnel.",
        ])
    }

    @Test("a list item broken by an empty line is continued")
    func itemAcrossBlank() throws {
        #expect(try Normalize.lines("- informer la Métropole des évolutions de l'actualité liée\n\naux mesures pour l'emploi\n- présenter les projets.") ==
                ["- informer la Métropole des évolutions de l'actualité liée aux mesures pour l'emploi", "- présenter les projets."])
    }

    @Test("a number inside a sentence at a line start is not an enumerator")
    func numberInSentence() throws {
        #expect(try Normalize.lines("l'ensemble des missions décrites aux articles 2.1,\n2.2 et 2.3 de la présente convention.") ==
                ["l'ensemble des missions décrites aux articles 2.1, 2.2 et 2.3 de la présente convention."])
        #expect(try Normalize.lines("dans le cadre de l'accompagnement social exclusif (axe\n3) ou de l'accompagnement global.") ==
                ["dans le cadre de l'accompagnement social exclusif (axe 3) ou de l'accompagnement global."])
        #expect(try Normalize.lines("à hauteur de 1.5 ETP (1 ETP de conseiller et\n0.5 ETP de chargé de projet).") ==
                ["à hauteur de 1.5 ETP (1 ETP de conseiller et 0.5 ETP de chargé de projet)."])
    }

    @Test("table rows and signature rows keep their lines")
    func tableRows() throws {
        let raw = """
        Mission expertise emploi formation au sein des pôles d'insertion :
        9 ETP hors site Pôle emploi    488 061 €    1 464 183 €
        0,5 ETP chargé de projet    37 438 €    112 314 €
        Madame Martine Vassal,      Monsieur Jean Charles Blanc,
        Présidente      Directeur territorial Bouches-du Rhône
        """
        #expect(try Normalize.lines(raw) == [
            "Mission expertise emploi formation au sein des pôles d'insertion :",
            "9 ETP hors site Pôle emploi\t488 061 €\t1 464 183 €",
            "0,5 ETP chargé de projet\t37 438 €\t112 314 €",
            "Madame Martine Vassal,\tMonsieur Jean Charles Blanc,",
            "Présidente\tDirecteur territorial Bouches-du Rhône",
        ])
    }

    @Test("the items of the visas each keep their line")
    func visas() throws {
        let raw = """
        Vu les articles L.263-1 et R.263-1 du code de l'action sociale et des familles,
        Vu la loi n° 2008-1249 du 1er décembre 2008 généralisant le revenu de solidarité active,
        Considérant la complémentarité de leurs missions,
        """
        #expect(try Normalize.lines(raw).count == 3)
    }

    @Test("a line ending on « de », « à », « et » continues; the word alone or « Fait à …, le » does not")
    func functionWords() throws {
        #expect(try Normalize.lines("La Mission locale assure, pour le compte du\nDépartement, l'instruction des demandes.") ==
                ["La Mission locale assure, pour le compte du Département, l'instruction des demandes."])
        #expect(try Normalize.lines("ENTRE LA COMMUNE\nET\nL'association Les Ateliers du Val,") ==
                ["ENTRE LA COMMUNE", "ET", "L'association Les Ateliers du Val,"])
        #expect(try Normalize.lines("Fait à Marseille, le\nPour la Métropole Aix Marseille Provence, Pour Pôle emploi,").count == 2)
    }

    @Test("a short line ends its paragraph when the next word would have fitted; a long word wraps")
    func shortLines() throws {
        let full = "Le comité de pilotage se réunit deux fois par an, à l'initiative de la Commune, et arrête"
        let raw = """
        \(full)
        le bilan annuel des actions conduites au titre de la présente convention de partenariat.
        Il est convenu ce qui suit.
        Le présent document est établi en deux exemplaires originaux pour les partenaires.
        - Nombre d'offres d'emploi déposées par la Ville d'Aix en Provence sur
        [www.pole-emploi.fr](http://www.pole-emploi.fr) chaque année
        """
        #expect(try Normalize.lines(raw) == [
            full + " le bilan annuel des actions conduites au titre de la présente convention de partenariat.",
            "Il est convenu ce qui suit.",
            "Le présent document est établi en deux exemplaires originaux pour les partenaires.",
            "- Nombre d'offres d'emploi déposées par la Ville d'Aix en Provence sur [www.pole-emploi.fr](http://www.pole-emploi.fr) chaque année",
        ])
    }

    @Test("a bold span of a converter that wraps is one line")
    func boldAcrossLines() throws {
        #expect(try Normalize.lines("## **■ Approbation d'une convention entre le PLIE et le Pôle\nEmploi de Martigues**\n**67326**") ==
                ["- Approbation d'une convention entre le PLIE et le Pôle Emploi de Martigues", "67326"])
    }
}
