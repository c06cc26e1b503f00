import ConventionModel
import Testing

/// Commitments: engagement verbs, lead-ins and their lists, joint subjects, pronouns,
/// prohibitions and permissions, timing and conditions — in wordings the corpus does not use.
@Suite("Obligations") struct ObligationTests {
    static let parties = """
    ENTRE
    La Région Occitanie, représentée par sa Présidente, ci-après « la Région »,
    ET
    France Travail, représenté par son directeur régional, ci-après « France Travail »,

    """

    @Test func leadInWithNumberedItemsGivesOneObligationPerItem() throws {
        let graph = try parse(Self.parties + """
        ARTICLE 3 : ENGAGEMENTS DE LA RÉGION
        La Région s'oblige à :
        1° financer les formations qualifiantes ;
        2° informer France Travail, dans un délai de quinze jours ouvrés, de toute modification du programme ;
        3° transmettre au plus tard le 30 juin de l'année suivante le bilan des actions.
        """)
        #expect(graph.obligationSummaries() == [
            "[Région Occitanie] financer les formations qualifiantes",
            "[Région Occitanie] informer France Travail, dans un délai de quinze jours ouvrés, de toute modification du programme",
            "[Région Occitanie] transmettre au plus tard le 30 juin de l'année suivante le bilan des actions",
        ])
        #expect(graph.obligations.allSatisfy { $0.trigger == "s'oblige à" && $0.modality == .obligation })
        #expect(graph.obligations[1].deadline?.days == 15)
        #expect(graph.obligations[2].deadline?.dayOfYear == "06-30")
        #expect(graph.obligations.allSatisfy { $0.article == graph.articles.first?.id })
    }

    @Test func jointSubjectsAndTheirPronoun() throws {
        let graph = try parse(Self.parties + """
        Article 4 - Engagements communs
        La Région et France Travail s'engagent conjointement à organiser deux fois par an une réunion des équipes.
        Ils veillent à la cohérence de leurs interventions.
        Chacune des parties peut demander la réunion du comité de pilotage.
        """)
        #expect(graph.obligations.map(\.debtors) == [["P1", "P2"], ["P1", "P2"], ["P1", "P2"]])
        #expect(graph.obligations.map(\.modality) == [.obligation, .obligation, .permission])
        #expect(graph.obligations[0].frequency?.perYear == 2)
    }

    @Test func prohibitionsAndNegatedCommitments() throws {
        let graph = try parse(Self.parties + """
        Article 5 - Interdictions
        France Travail s'interdit de communiquer les données à des tiers.
        La Région ne pourra en aucun cas modifier unilatéralement le calendrier.
        La Région s'engage à ne pas financer deux fois la même action.
        """)
        #expect(graph.obligations.map(\.modality) == [.prohibition, .prohibition, .prohibition])
        #expect(graph.obligations.map(\.trigger) == ["s'interdit de", "ne pourra en aucun cas", "s'engage à ne pas"])
    }

    @Test func whatIsNotAPartysCommitment() throws {
        let graph = try parse(Self.parties + """
        Article 6 - Divers
        Le bénéficiaire doit justifier de sa recherche d'emploi.
        Un comité composé de représentants de la Région et de France Travail veille au suivi.
        La Région ambitionne de réduire le chômage.
        La Région est compétente en matière de formation professionnelle.
        Un rapport sera établi chaque année.
        Les parties conviennent de ce qui suit :
        """)
        #expect(graph.obligations.isEmpty, "\(graph.obligationSummaries())")
        // Commitments of persons or bodies that did not sign are duties, never dropped.
        #expect(graph.duties.map(\.subject) == ["Le bénéficiaire", "Un comité"])
    }

    @Test func aPassiveBindsItsAgent() throws {
        let graph = try parse(Self.parties + """
        Article 6 - Résiliation
        La présente convention pourra être résiliée par la Région.
        Un état des dépenses est adressé chaque trimestre par France Travail.
        """)
        #expect(graph.obligations.map(\.modality) == [.permission, .obligation])
        #expect(graph.obligations.map(\.trigger) == ["pourra être résiliée par", "est adressé par"])
        #expect(graph.obligations.map(\.debtors) == [["P1"], ["P2"]])
    }

    @Test func paragraphsUnderALeadInWithoutColon() throws {
        let graph = try parse(Self.parties + """
        Article 7 - Engagements de France Travail
        France Travail s'engage à

        Désigner un référent pour chaque bassin d'emploi.

        Transmettre mensuellement la liste des offres non pourvues.

        Article 8 - Durée
        La convention est conclue pour une durée de deux ans.
        """)
        #expect(graph.obligationSummaries() == [
            "[France Travail] Désigner un référent pour chaque bassin d'emploi",
            "[France Travail] Transmettre mensuellement la liste des offres non pourvues",
        ])
        #expect(graph.obligations[1].frequency?.perYear == 12)
    }

    @Test func conditionsAndImpersonalCommitments() throws {
        let graph = try parse(Self.parties + """
        Article 9 - Modalités
        Sous réserve de l'accord du comité, la Région s'engage à prolonger l'action, en cas de besoin avéré.
        Il appartient à France Travail de vérifier l'éligibilité des candidats.
        """)
        #expect(graph.obligationSummaries() == [
            "[Région Occitanie] prolonger l'action, en cas de besoin avéré",
            "[France Travail] vérifier l'éligibilité des candidats",
        ])
        #expect(graph.obligations[0].condition == "en cas de besoin avéré")
        #expect(graph.obligations[1].trigger == "Il appartient à")
    }

    @Test func anUnresolvedIlsIsAFindingNotASilence() throws {
        let graph = try parse(Self.parties + """
        Article 10 - Suivi
        Pour cela, ils s'engagent à se réunir.
        """)
        #expect(graph.obligations.isEmpty)
        #expect(graph.findings.map(\.code) == ["obligation.debtor-unresolved"])
        #expect(graph.findings.first?.span != nil)
    }
}
