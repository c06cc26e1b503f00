import ConventionModel
import Testing

/// Commitments read from the grammar of a sentence, not from a list of phrases: each invented
/// sentence, under the same two parties, gives who is bound, how, and by which words.
@Suite("Clause forms") struct ClauseFormTests {
    static let parties = """
    CONVENTION D'UTILISATION D'UN GYMNASE

    Entre la Commune de Lavaur-sur-Tarn, représentée par son maire, Madame Inès CARLE, ci-après « la Commune »,

    Et l'association Lavaur Basket Club, représentée par son président, Monsieur Hugo BRUN, ci-après « l'association »,

    Article 1 - Engagements

    """

    struct Case: CustomTestStringConvertible, Sendable {
        var sentence: String
        /// The debtor's name, or a third party's subject (`duty`), or nil when nothing binds.
        var debtor: String?
        var modality: Obligation.Modality = .obligation
        var trigger: String?
        var duty = false
        var testDescription: String { sentence }
    }

    static let cases: [Case] = [
        Case(sentence: "La Commune verse l'aide en trois tranches.", debtor: "P1", trigger: "verse"),
        Case(sentence: "L'association remettra chaque semestre un état des dépenses.", debtor: "P2", trigger: "remettra"),
        Case(sentence: "Un rapport d'activité est adressé par l'association à la Commune avant le 30 avril.", debtor: "P2", trigger: "est adressé par"),
        Case(sentence: "Le calendrier des séances doit être validé par la Commune.", debtor: "P1", trigger: "doit être validé par"),
        Case(sentence: "L'association s'abstient de toute démarche commerciale dans les locaux.", debtor: "P2", modality: .prohibition, trigger: "s'abstient de"),
        Case(sentence: "La Commune renonce à tout recours contre l'association pour les dommages causés par des tiers.", debtor: "P1", modality: .prohibition, trigger: "renonce à"),
        Case(sentence: "Il appartient à l'association de souscrire une assurance couvrant ses activités.", debtor: "P2", trigger: "Il appartient à"),
        Case(sentence: "L'association a la charge de l'entretien courant du matériel.", debtor: "P2", trigger: "a la charge de"),
        Case(sentence: "Lorsque l'association organise un tournoi, elle en informe la Commune.", debtor: "P2", trigger: "informe"),
        Case(sentence: "L'association ne sous-loue pas les créneaux qui lui sont attribués.", debtor: "P2", modality: .prohibition, trigger: "ne sous-loue pas"),
        Case(sentence: "Chaque partie peut mettre fin à la convention avec un préavis de deux mois.", debtor: "P1,P2", modality: .permission, trigger: "peut"),
        Case(sentence: "Le gardien du gymnase doit signaler toute dégradation.", debtor: "Le gardien du gymnase", trigger: "doit", duty: true),
        Case(sentence: "L'éducateur sportif s'engage à respecter le projet pédagogique.", debtor: "L'éducateur sportif", trigger: "s'engage à", duty: true),
        Case(sentence: "La Commune est compétente pour l'attribution des créneaux sportifs.", debtor: nil),
        Case(sentence: "La Commune souhaite développer la pratique du basket féminin.", debtor: nil),
        Case(sentence: "La présente convention prend effet à sa signature.", debtor: nil),
        Case(sentence: "Un bilan de la saison sera dressé en juin.", debtor: nil),
        Case(sentence: "Le gardien peut ouvrir le gymnase le dimanche.", debtor: nil),
        Case(sentence: "Les frais de nettoyage du gymnase sont à la charge de l'association.", debtor: "P2", trigger: "à la charge"),
        Case(sentence: "L'association est responsable des dégradations causées par ses adhérents.", debtor: "P2", trigger: "est responsable des"),
        Case(sentence: "En cas de dégradation, le président de l'association l'en avertit par écrit.", debtor: "P2", trigger: "avertit"),
        Case(sentence: "Les frais de transport seront directement pris en charge par la Commune.", debtor: "P1", trigger: "seront directement pris par"),
        Case(sentence: "La convention pourra être dénoncée, moyennant un préavis de trois mois, par l'une ou l'autre des parties.",
             debtor: "P1,P2", modality: .permission, trigger: "pourra être dénoncée par"),
        Case(sentence: "Il pourra y être mis fin à tout moment par l'autre partie.", debtor: "P1,P2", modality: .permission, trigger: "pourra y être mis par"),
        Case(sentence: "Quand l'association accueille un tournoi, elle en avertit la Commune.", debtor: "P2", trigger: "avertit"),
        Case(sentence: "Les élus de la Commune participent au comité de suivi.", debtor: "P1", trigger: "participent"),
        Case(sentence: "La référente de l'association transmet la liste des licenciés.", debtor: "P2", trigger: "transmet"),
        Case(sentence: "L'assemblée des usagers doit rendre un avis sur les horaires.", debtor: "L'assemblée des usagers", trigger: "doit", duty: true),
        // An organ of a party binds the party.
        Case(sentence: "L'assemblée générale de l'association vote chaque année le budget du club.", debtor: "P2", trigger: "vote"),
        Case(sentence: "Les paiements doivent intervenir avant la fin du trimestre.", debtor: nil),
        Case(sentence: "Attendu que la Commune dispose d'un gymnase rénové, les parties se concertent chaque année.", debtor: nil),
    ]

    @Test(arguments: cases) func whoIsBoundAndHow(_ example: Case) throws {
        let graph = try parse(Self.parties + example.sentence + "\n")
        try #require(graph.parties.count == 2)
        guard let debtor = example.debtor else {
            #expect(graph.obligations.isEmpty && graph.duties.isEmpty, "\(graph.obligationSummaries()) \(graph.duties.map(\.subject))")
            return
        }
        if example.duty {
            let duty = try #require(graph.duties.first, "no duty in « \(example.sentence) »")
            #expect(graph.obligations.isEmpty)
            #expect(duty.subject == debtor)
            #expect(duty.modality == example.modality)
            #expect(duty.trigger == example.trigger)
        } else {
            let obligation = try #require(graph.obligations.first, "no obligation in « \(example.sentence) »")
            #expect(graph.obligations.count == 1)
            #expect(obligation.debtors.joined(separator: ",") == debtor)
            #expect(obligation.modality == example.modality)
            #expect(obligation.trigger == example.trigger)
        }
    }

    @Test func itemsUnderASubjectOnlyLeadInEachKeepTheirModality() throws {
        let graph = try parse(Self.parties + """
        L'association :
        - s'engage à ranger le matériel après chaque séance ;
        - restitue les clés en fin de saison ;
        - ne pas modifier les installations ;
        - peut stocker ses ballons dans le local annexe.

        """)
        #expect(graph.obligations.map(\.modality) == [.obligation, .obligation, .prohibition, .permission])
        #expect(graph.obligations.map(\.text) == ["ranger le matériel après chaque séance", "restitue les clés en fin de saison",
                                                  "modifier les installations", "stocker ses ballons dans le local annexe"])
        #expect(graph.obligations.allSatisfy { $0.debtors == ["P2"] })
    }

    @Test func costsPutOnAPartyWhateverTheSubject() throws {
        let graph = try parse("""
        CONVENTION D'USAGE DU PLAN D'EAU

        Entre le Syndicat des eaux du Lac Vert, représenté par son président, ci-après « le Syndicat »,

        Et le club nautique de Vassivière, représenté par son président, ci-après « le Club »,

        Article 1 - Charges
        Les frais de vidange sont à la charge du Syndicat.
        Les réparations des pontons restent aux frais du Club.
        Les travaux d'urgence sont à la charge des deux signataires.
        Le Club est responsable de la sécurité des baigneurs.
        Le balisage du chenal reste à la charge des signataires.
        L'assurance des bouées est aux frais des deux partenaires.
        """)
        #expect(graph.obligations.map(\.debtors) == [["P1"], ["P2"], ["P1", "P2"], ["P2"], ["P1", "P2"], ["P1", "P2"]])
        #expect(graph.obligations.map(\.trigger) == ["à la charge", "aux frais", "à la charge", "est responsable de", "à la charge", "aux frais"])
    }

    @Test func aPronounThatTakesUpNoPartyIsAFinding() throws {
        let graph = try parse(Self.parties + "Le gymnase est fermé en août. Elle doit prévenir les usagers une semaine avant.\n")
        #expect(graph.obligations.isEmpty)
        let finding = try #require(graph.findings.first { $0.code == "obligation.debtor-unresolved" })
        #expect(finding.message.contains("« il » ou « elle » ne reprend aucune partie"))
        #expect(finding.span != nil)
    }

    @Test func aNoticeOnTheConventionStaysANoticeWhenAPartyMayTerminate() throws {
        let graph = try parse(Self.parties + """
        Il pourra y être mis fin par l'une ou l'autre des parties à l'issue d'un préavis de deux mois.
        L'association informe la Commune de tout changement de bureau dans un délai de quinze jours.

        """)
        #expect(graph.obligations.count == 2)
        // Terminating acts on the convention: its préavis is a notice. Informing is a task: its delay is a deadline.
        #expect(graph.notices.map(\.days) == [60])
        #expect(graph.obligations[1].deadline?.days == 15)
    }

    @Test func aMandateBindsWhoReceivesIt() throws {
        let graph = try parse(Self.parties + """
        La Commune donne mandat à l'association pour la durée de la saison sportive :
        - de percevoir les droits d'entrée des matchs ;
        - d'en reverser le produit chaque trimestre.

        La Commune donne mandat à l'association de réserver les créneaux d'entraînement.

        """)
        #expect(graph.obligations.map(\.debtors) == [["P2"], ["P2"], ["P2"]])
        #expect(graph.obligations.map(\.text) == ["percevoir les droits d'entrée des matchs", "en reverser le produit chaque trimestre",
                                                  "réserver les créneaux d'entraînement"])
    }

    @Test func aPronounTakesUpAPartyCalledByAUsuallyThirdPartyNoun() throws {
        let graph = try parse("""
        CONVENTION D'OBJECTIFS

        Entre le Département du Gers, représenté par son président, ci-après « le Département »,

        Et l'association Solidarité Gers, représentée par sa présidente, ci-après « le bénéficiaire »,

        Article 3 - Obligations du bénéficiaire
        Le bénéficiaire fournit chaque année le compte rendu financier de l'action.
        Il informe le Département de toute modification de ses statuts.
        """)
        #expect(graph.obligations.map(\.debtors) == [["P2"], ["P2"]])
    }
}
