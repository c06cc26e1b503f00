import ConventionModel
import Testing

/// Every way French drafting names a signatory (issue: parties as defined terms), in invented
/// wordings: the party clause's opener, numbered or bare paragraphs, placeholders, governments,
/// organisations that sign as a list, and the defined term wherever it is introduced.
@Suite("Party forms") struct PartyFormsTests {
    @Test func lesSoussignesWithNumberedParties() throws {
        let graph = try parse("""
        CONVENTION DE MISE À DISPOSITION

        Les soussignés :

        1° La société Transports Durand, société par actions simplifiée, dont le siège est situé 12 rue des Forges, 21000 Dijon, représentée par Madame Claire MARTIN, gérante, ci-après « le Transporteur » ;

        2° La Communauté de communes du Val d'Ouche, représentée par son président, Monsieur Luc BERNARD, ci-après dénommée « la Communauté » ;

        Il a été convenu ce qui suit :

        Article 1 - Objet
        Le Transporteur assure le ramassage des élèves.
        """)
        #expect(graph.parties.map(\.name) == ["société Transports Durand", "Communauté de communes du Val d'Ouche"])
        #expect(graph.parties[0].aliases.contains("le Transporteur"))
        #expect(graph.parties[0].representatives == [Representative(name: "Claire MARTIN", role: "gérante")])
        #expect(graph.parties[0].address == "12 rue des Forges, 21000 Dijon")
        #expect(graph.parties[1].representatives == [Representative(name: "Luc BERNARD", role: "président")])
        #expect(graph.obligations.map(\.debtors) == [["P1"]])
    }

    @Test func entreLesSoussignesAndConvenuEntre() throws {
        for opener in ["Entre les soussignés :", "Il est convenu ce qui suit entre :"] {
            let graph = try parse("""
            CONVENTION

            \(opener)

            Le Département de l'Aube, représenté par Monsieur Paul DESCHAMPS, Président du Conseil départemental, ci-après désigné « le Département »,

            et

            La Mission locale du Nord Aubois, association régie par la loi du 1er juillet 1901, représentée par sa présidente, ci-après « la Mission locale »,

            Article 1 - Objet
            La Mission locale transmet chaque trimestre un bilan au Département.
            """)
            #expect(graph.parties.map(\.name) == ["Département de l'Aube", "Mission locale du Nord Aubois"], "\(opener)")
            #expect(graph.parties[0].representatives == [Representative(name: "Paul DESCHAMPS", role: "Président du Conseil départemental")], "\(opener)")
            #expect(graph.obligations.map(\.debtors) == [["P2"]], "\(opener)")
        }
    }

    @Test func onePartyPerParagraphWithoutDUnePart() throws {
        let graph = try parse("""
        CONVENTION D'OCCUPATION TEMPORAIRE

        La Ville de Montreuil-Bellay, représentée par son maire, Madame Sophie LEROY, dûment habilitée, ci-après désignée « la Ville »,

        L'association Les Amis du Théâtre, dont le siège est situé 4 rue Haute, 49260 Montreuil-Bellay, représentée par son président, Monsieur Paul GIRARD, ci-après désignée « l'Occupant »,

        Il a été convenu ce qui suit :

        Article 1 - Obligations de l'occupant
        L'Occupant :
        - entretient les locaux ;
        - ne pas céder son droit d'occupation.
        """)
        #expect(graph.parties.map(\.name) == ["Ville de Montreuil-Bellay", "association Les Amis du Théâtre"])
        #expect(graph.parties[1].aliases.contains("l'Occupant"))
        #expect(graph.obligations.map(\.modality) == [.obligation, .prohibition])
        #expect(graph.obligations.allSatisfy { $0.debtors == ["P2"] })
    }

    @Test func placeholdersOfATemplate() throws {
        let graph = try parse("""
        CONVENTION TYPE

        Entre :

        [raison sociale], dont le siège est situé [adresse], représentée par [nom, prénom], en qualité de [fonction], ci-après « le Prestataire »,

        Et :

        La Région Bretagne, représentée par le président du conseil régional, ci-après « la Région »,

        Article 1 - Engagements
        Le Prestataire remet un rapport annuel à la Région.
        """)
        #expect(graph.parties.map(\.name) == ["[raison sociale]", "Région Bretagne"])
        #expect(graph.parties[0].aliases.contains("le Prestataire"))
        #expect(graph.parties[0].representatives == [Representative(name: "[nom, prénom]", role: "[fonction]")])
        #expect(graph.obligations.map(\.debtors) == [["P1"]])
    }

    @Test func governmentsDefinedTogether() throws {
        let graph = try parse("""
        ACCORD DE COOPÉRATION

        Le Gouvernement de la République française et le Gouvernement de la République de Finlande, ci-après dénommés « les Parties »,

        sont convenus de ce qui suit :

        Article 1er
        Les Parties échangent chaque année leurs programmes de recherche.
        """)
        #expect(graph.parties.map(\.name) == ["Gouvernement de la République française", "Gouvernement de la République de Finlande"])
        #expect(graph.parties.allSatisfy { !$0.aliases.contains("les Parties") })
        // "ci-après désignés « les Parties »" names them together, neither alone.
        let designated = try parse("""
        ACCORD

        Le Gouvernement de la République française et le Gouvernement du Royaume de Norvège, ci-après désignés « les Parties »,

        sont convenus de ce qui suit :

        Article 1er
        Les Parties échangent leurs données.
        """)
        #expect(designated.parties.count == 2 && designated.parties.allSatisfy { $0.aliases.isEmpty })
        #expect(graph.obligations.map(\.debtors) == [["P1", "P2"]])
    }

    @Test func organisationsThatSignAsAList() throws {
        let graph = try parse("""
        ACCORD RELATIF À LA FORMATION PROFESSIONNELLE

        Article 1 - Champ d'application
        Les entreprises de la branche informent leurs salariés de leurs droits.

        Fait à Paris, le 3 mars 2015.

        Pour l'Union des industries textiles :

        Pour la CFDT :

        Pour la CGT-FO :
        """)
        #expect(graph.parties.map(\.name) == ["Union des industries textiles", "CFDT", "CGT-FO"])
    }

    @Test func anAdministrationAndItsRepresentative() throws {
        let graph = try parse("""
        CONVENTION D'UTILISATION

        Entre :

        L'administration chargée des domaines, représentée par le directeur départemental des finances publiques de la Marne, dont les bureaux sont situés 12 rue Carnot à Reims,

        d'une part,

        et

        Le Centre hospitalier de Reims, représenté par sa directrice, Madame Anne PETIT, ci-après dénommé « l'utilisateur »,

        d'autre part,

        Article 1er
        L'utilisateur acquitte un loyer annuel.
        """)
        #expect(graph.parties.map(\.name) == ["administration chargée des domaines", "Centre hospitalier de Reims"])
        #expect(graph.parties[0].representatives == [Representative(name: "directeur départemental des finances publiques de la Marne",
                                                                    role: "directeur départemental des finances publiques de la Marne")])
        #expect(graph.parties[1].representatives == [Representative(name: "Anne PETIT", role: "directrice")])
        #expect(graph.obligations.map(\.debtors) == [["P2"]])
    }

    @Test func theDefinedTermInEveryForm() throws {
        let forms = [
            ("ci-après dénommée sous le terme « le Partenaire »", "le Partenaire"),
            ("(ci-après « le Bénéficiaire »)", "le Bénéficiaire"),
            ("ci-après « le Bénéficiaire »", "le Bénéficiaire"),
            ("dite « la Fondation »", "la Fondation"),
            ("ci-après appelée « l'Organisme »", "l'Organisme"),
            ("désignée ci-après « le Gestionnaire »", "le Gestionnaire"),
            ("ci-après nommée « la Fondation »", "la Fondation"),
            ("nommé ci-après « l'Opérateur »", "l'Opérateur"),
        ]
        for (phrase, alias) in forms {
            let graph = try parse("""
            CONVENTION

            Entre la Commune de Saint-Brès, représentée par son maire, Monsieur Jean VIDAL, ci-après « la Commune »,

            Et la Fondation Horizons Solidaires, représentée par sa directrice, Madame Léa ROUX, \(phrase),

            Article 1 - Engagements
            """)
            #expect(graph.parties.count == 2, "\(phrase)")
            #expect(graph.parties.last?.aliases.contains(alias) == true, "\(phrase): \(graph.parties.last?.aliases ?? [])")
            #expect(graph.parties.last?.name == "Fondation Horizons Solidaires", "\(phrase)")
        }
    }

    @Test func roleNounsFromTheVerbTheyDeriveFrom() throws {
        let graph = try parse("""
        CONVENTION DE CONCESSION DE PLAGE

        Entre le préfet de la Manche, agissant au nom de l'État,

        d'une part,

        et la commune de Granville, représentée par son maire,

        d'autre part,

        Article 1er
        La plage du Plat-Gousset est concédée à la commune de Granville qui en assure l'entretien.
        Article 2
        Le concessionnaire remet chaque année un rapport au concédant.
        Le concédant contrôle l'exécution des travaux.
        """)
        try #require(graph.parties.count == 2)
        #expect(graph.parties[1].aliases.contains("le concessionnaire"))
        #expect(graph.parties[0].aliases.contains("le concédant"))
        #expect(graph.obligations.map(\.debtors) == [["P2"], ["P2"], ["P1"]])
    }

    @Test func aMemorandumInNumberedParagraphs() throws {
        let graph = try parse("""
        MÉMORANDUM D'ENTENTE

        Le Gouvernement de la République française et le Gouvernement de la République du Pérou, ci-après dénommés les Parties,

        sont convenus de ce qui suit :

        1. Les Parties encouragent les échanges entre leurs instituts de recherche agronomique.

        2. Chaque Partie désigne un correspondant chargé du suivi du présent mémorandum.
        """)
        #expect(graph.parties.map(\.name) == ["Gouvernement de la République française", "Gouvernement de la République du Pérou"])
        #expect(graph.obligations.map(\.debtors) == [["P1", "P2"], ["P1", "P2"]])
    }

    @Test func partiesAsABulletedList() throws {
        let graph = try parse("""
        CONVENTION DE GROUPEMENT DE COMMANDES

        Il est convenu ce qui suit entre :

        - la Commune de Pont-Aven, représentée par son maire, Monsieur Yann LE GALL, ci-après « la Commune » ;
        - le Syndicat intercommunal des eaux de l'Aven, représenté par son président, Madame Anne KERVELLA, ci-après « le Syndicat ».

        Article 1 - Objet
        Le Syndicat coordonne la consultation des entreprises.
        """)
        #expect(graph.parties.map(\.name) == ["Commune de Pont-Aven", "Syndicat intercommunal des eaux de l'Aven"])
        #expect(graph.obligations.map(\.debtors) == [["P2"]])
    }

    @Test func partiesNamedInTheFirstSentenceOfAContract() throws {
        let graph = try parse("""
        CONTRAT DE PRESTATION

        Le présent contrat est conclu entre la société Atelier Bois Massif et l'association Les Menuisiers Solidaires, pour la fabrication de mobilier scolaire.

        Article 1
        La société Atelier Bois Massif livre les tables avant la rentrée.
        """)
        #expect(graph.parties.map(\.name) == ["société Atelier Bois Massif", "association Les Menuisiers Solidaires"])
        #expect(graph.obligations.map(\.debtors) == [["P1"]])
    }

    @Test func partiesNamedByCommonNounsInOneSentence() throws {
        let graph = try parse("""
        OPTION CONVENTIONNELLE

        Entre la caisse primaire d'assurance maladie de l'Ariège, ci-après « la caisse », et l'orthophoniste libéral conventionné.

        4. Suivi

        Si, dans ce délai, l'orthophoniste conteste les griefs qui lui sont notifiés par la caisse, le directeur de la CPAM saisit la commission paritaire. Il transmet à la commission les pièces du dossier.
        """)
        #expect(graph.parties.map(\.name) == ["caisse primaire d'assurance maladie de l'Ariège", "orthophoniste libéral conventionné"])
        #expect(graph.parties[0].aliases.contains("CPAM"))
        // The subordinate clause binds no one; the director is the caisse's, and "Il" takes him up.
        #expect(graph.obligations.map(\.debtors) == [["P1"], ["P1"]])
        #expect(graph.obligations.map(\.trigger) == ["saisit", "transmet"])
    }

    @Test func officersStandForTheirInstitutionAndItsBodies() throws {
        let graph = try parse("""
        CONVENTION DE COORDINATION

        La présente convention est conclue entre le préfet de la Drôme et le maire de la commune de Nyons.

        Article 1er
        La police municipale assure la surveillance des marchés.

        Article 2
        Les services de l'Etat et la police municipale échangent chaque mois leurs constats.

        Article 3
        Le responsable de la police municipale informe le préfet des opérations prévues.
        """)
        #expect(graph.parties.map(\.name) == ["État", "commune de Nyons"])
        #expect(graph.parties.map(\.representatives) == [[Representative(name: "préfet de la Drôme", role: "préfet de la Drôme")],
                                                         [Representative(name: "maire de la commune de Nyons", role: "maire de la commune de Nyons")]])
        #expect(graph.obligations.map(\.debtors) == [["P2"], ["P1", "P2"], ["P2"]])
    }

    @Test func institutionAdjectivesInEveryInflection() throws {
        let graph = try parse("""
        CONVENTION DE GESTION

        La présente convention est conclue entre le maire de la commune de Tulle et le président du conseil régional de Nouvelle-Aquitaine.

        Article 1er
        Les services communaux entretiennent les abords du lycée.
        La régie communale encaisse les droits de stationnement.
        Les équipes communales déneigent l'accès au gymnase.
        Les agents municipaux ouvrent le parking les jours d'examen.
        Les équipes municipales balisent les itinéraires.
        Les services régionaux instruisent les demandes de travaux.
        Les directions régionales transmettent le calendrier des chantiers.
        """)
        #expect(graph.parties.map(\.name) == ["commune de Tulle", "région de Nouvelle-Aquitaine"])
        #expect(graph.obligations.map(\.debtors) == [["P1"], ["P1"], ["P1"], ["P1"], ["P1"], ["P2"], ["P2"]])
    }

    @Test func presidentsOfDepartmentCouncils() throws {
        for title in ["la présidente du conseil départemental", "le président du conseil général"] {
            let graph = try parse("""
            CONVENTION

            La présente convention est conclue entre \(title) de la Nièvre et le maire de Nevers.

            Article 1er
            Le département verse une subvention annuelle.
            """)
            #expect(graph.parties.map(\.name) == ["département de la Nièvre", "commune de Nevers"], "\(title)")
            #expect(graph.obligations.map(\.debtors) == [["P1"]], "\(title)")
        }
    }

    @Test func twoPartiesOfTheSameKindShareNoShortForm() throws {
        let graph = try parse("""
        CONVENTION DE PRÊT

        Entre l'association Les Voix du Quartier, représentée par sa présidente, ci-après « le prêteur »,

        Et l'association Jeunesse de Liévin, représentée par son président, ci-après « l'emprunteur »,

        Article 1
        L'association prête une sono. L'emprunteur ne prête pas le matériel à des tiers.
        """)
        #expect(graph.parties.allSatisfy { !$0.aliases.contains("association") })
        #expect(graph.obligations.map(\.debtors) == [["P2"]])
        #expect(graph.obligations.map(\.trigger) == ["ne prête pas"])
        #expect(graph.obligations.map(\.text) == ["prête le matériel à des tiers"])
    }

    @Test func eachGovernmentIsItsNationalParty() throws {
        let graph = try parse("""
        ACCORD DE COOPÉRATION

        Le Gouvernement de la République française et le Gouvernement de la République de Pologne, ci-après dénommés « les Parties »,

        sont convenus de ce qui suit :

        Article 1er
        La Partie française accueille chaque année dix stagiaires.
        La Partie polonaise prend en charge les frais de voyage de ses ressortissants.
        Une commission mixte se réunit une fois par an.
        """)
        #expect(graph.parties.map(\.aliases) == [["Partie française"], ["Partie polonaise"]])
        #expect(graph.obligations.map(\.debtors) == [["P1"], ["P2"]])
        #expect(graph.duties.isEmpty)
    }

    @Test func representativesInOtherForms() throws {
        let forms: [(String, Representative)] = [
            ("représentée par Madame Sophie MARTIN agissant en qualité de directrice générale", Representative(name: "Sophie MARTIN", role: "directrice générale")),
            ("représentée par Monsieur le Préfet de la région Normandie", Representative(name: "Préfet de la région Normandie", role: "Préfet de la région Normandie")),
            ("représentée par M. Jean DUPONT, Maire, dûment habilité par délibération", Representative(name: "Jean DUPONT", role: "Maire")),
        ]
        for (clause, expected) in forms {
            let graph = try parse("""
            CONVENTION

            Entre la Commune de Blois, \(clause), ci-après « la Commune »,

            Et l'association Ados Blois, représentée par sa présidente, Madame Léa ROUX, ci-après « l'association »,

            Article 1
            """)
            #expect(graph.parties.first?.representatives == [expected], "\(clause)")
        }
    }
}
