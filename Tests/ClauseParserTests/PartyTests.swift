import ConventionModel
import Testing

/// Signatory blocks in the forms French conventions use.
@Suite("Parties") struct PartyTests {
    @Test func entreDUnePartEtDAutrePart() throws {
        let graph = try parse("""
        CONVENTION DE PARTENARIAT

        Entre
        La Communauté d'agglomération du Grand Périgueux, représentée par Monsieur Jacques AUZOU, en sa qualité de Président, ci-après dénommée « l'Agglomération »,
        D'une part,
        Et
        France Travail, établissement public national, représenté par Madame Claire DUVAL, Directrice territoriale, ci-après désigné « France Travail »,
        D'autre part,

        Article 1 - Objet
        L'Agglomération s'engage à mettre à disposition un local.
        """)
        #expect(graph.parties.map(\.name) == ["Communauté d'agglomération du Grand Périgueux", "France Travail"])
        #expect(graph.parties[0].aliases == ["l'Agglomération"])
        #expect(graph.parties[0].representatives == [Representative(name: "Jacques AUZOU", role: "Président")])
        #expect(graph.parties[1].representatives == [Representative(name: "Claire DUVAL", role: "Directrice territoriale")])
        #expect(graph.parties[1].legalForm == "établissement public national")
        #expect(graph.obligationSummaries() == ["[Communauté d'agglomération du Grand Périgueux] mettre à disposition un local"])
    }

    @Test func signatoriesHeadingAndRoleBeforeTheName() throws {
        let graph = try parse("""
        LES SIGNATAIRES DE LA CONVENTION :
        Le Département de la Haute-Vienne,
        Représenté par son Président Jean-Claude LEBLOIS,
        Et
        La Mission locale rurale, association régie par la loi de 1901,
        Représentée par Madame la Présidente Anne MARTIN,
        LES ENGAGEMENTS
        Le Département s'engage à verser une subvention.
        """)
        #expect(graph.parties.map(\.name) == ["Département de la Haute-Vienne", "Mission locale rurale"])
        #expect(graph.parties[0].representatives.first?.name == "Jean-Claude LEBLOIS")
        #expect(graph.parties[0].representatives.first?.role == "Président")
        #expect(graph.parties[1].representatives.first?.name == "Anne MARTIN")
    }

    @Test func oneParagraphNamesBothParties() throws {
        let graph = try parse("""
        Entre la Commune de Montreuil, ci-après « la Ville », et l'association Emploi 93, ci-après « l'Association », il est convenu ce qui suit.
        Article 1 - Engagements
        La Ville s'engage à verser la subvention. L'Association s'engage à rendre compte de son action.
        """)
        #expect(graph.parties.count == 2)
        #expect(graph.obligationSummaries() == ["[Commune de Montreuil] verser la subvention",
                                                "[association Emploi 93] rendre compte de son action"])
    }

    @Test func theTitleGivesThePartiesWhenThereIsNoBlock() throws {
        let graph = try parse("""
        Approbation d'une convention de partenariat entre le PLIE du Pays d'Arles et la Mission locale d'Arles

        Les partenaires conviennent de partager leurs diagnostics.
        """)
        #expect(graph.parties.map(\.name) == ["PLIE du Pays d'Arles", "Mission locale d'Arles"])
        #expect(graph.obligations.first?.debtors == ["P1", "P2"])
    }
}
