import ConventionModel
import Testing

/// The convention's own term and its notices, among the durations and dates of other acts.
@Suite("Term and notices") struct TermAndNoticeTests {
    @Test func termRenewalAndNoticesOfAnotherAuthor() throws {
        let graph = try parse("""
        ENTRE
        La Commune de Bayonne, ci-après « la Ville »,
        ET
        L'association Lan Ekin, ci-après « l'Association »,

        Préambule
        La précédente convention, conclue pour les années 2021 à 2023, a permis d'accompagner 80 personnes.
        Article 2 – Durée et reconduction
        La présente convention prend effet à compter de sa notification à l'Association pour une durée de trois (3) ans.
        Elle est renouvelable par tacite reconduction pour une durée d'un an, dans la limite de deux reconductions.
        Article 9 – Résiliation
        Chacune des parties peut résilier la présente convention par lettre recommandée avec accusé de réception, moyennant un préavis de deux mois.
        En cas de manquement, la convention est résiliée de plein droit après une mise en demeure restée sans effet pendant un délai de trente jours.
        Article 5 – Subvention
        La Ville verse une subvention de douze mille cinq cents euros (12 500 €), soit 25 % du budget.
        """)
        #expect(graph.term.duration?.months == 36)
        #expect(graph.term.duration?.period == "P3Y")
        #expect(graph.term.effective?.event == "notification")
        #expect(graph.term.renewal?.kind == .tacit)
        #expect(graph.term.renewal?.periodMonths == 12)
        #expect(graph.notices.map(\.purpose) == [.termination, .breach])
        #expect(graph.notices.map(\.period) == ["P2M", "P30D"])
        #expect(graph.amounts.map(\.euros) == [12_500])
        #expect(graph.percentages.map(\.value) == [25])
        #expect(graph.notices.allSatisfy { $0.article != nil && $0.span != nil })
    }

    @Test func datesOfTheTerm() throws {
        let graph = try parse("""
        Article 3 - Durée de la convention
        La présente convention est conclue du 1er janvier 2025 au 31 décembre 2027 inclus.
        Elle ne peut être reconduite tacitement.
        """)
        #expect(graph.term.duration?.months == 36)
        #expect(graph.term.effective?.date == "2025-01-01")
        #expect(graph.term.end?.date == "2027-12-31")
        #expect(graph.term.renewal?.kind == Renewal.Kind.none)
    }
}
