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

    @Test func theSignatureBlockConfirmsThePartiesOrNamesThem() throws {
        let signatures = """

        Fait à Tulle, en deux exemplaires originaux, le 2 juin 2025

        Pour la Ville de Tulle, Pour France Travail,
        Le Maire, Le Directeur territorial,
        """
        let confirmed = try parse("""
        Entre la Ville de Tulle, ci-après « la Ville », et France Travail, ci-après « France Travail ».

        Article 1 - Objet
        La Ville s'engage à accueillir les ateliers.
        """ + signatures)
        #expect(confirmed.parties.map(\.signed) == [true, true])
        #expect(confirmed.findings.isEmpty)

        let unnamed = try parse("""
        CONVENTION D'ACCUEIL

        Article 1 - Objet
        La Ville s'engage à accueillir les ateliers.
        """ + signatures)
        #expect(unnamed.parties.map(\.name) == ["Ville de Tulle", "France Travail"])
        #expect(unnamed.obligations.first?.debtors == ["P1"])
    }

    @Test func aPartyMissingFromTheSignaturesIsAFinding() throws {
        let graph = try parse("""
        Entre la Ville de Tulle, ci-après « la Ville », et France Travail, ci-après « France Travail ».

        Article 1 - Objet
        La Ville s'engage à accueillir les ateliers.

        Fait à Tulle, le 2 juin 2025
        Pour la Ville de Tulle, Pour la Caisse d'allocations familiales,
        """)
        #expect(graph.parties.map(\.signed) == [true, false])
        #expect(Set(graph.findings.map(\.code)) == ["parties.not-in-signatures", "parties.unknown-signatory"])
    }
}
