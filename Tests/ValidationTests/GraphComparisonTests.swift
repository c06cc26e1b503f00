import ConventionModel
import Testing
import Validation

/// The matching rules of `clausier validate`, on small hand-made graphs.
@Suite struct GraphComparisonTests {
    private func graph(parties: [Party], obligations: [Obligation] = [], amounts: [Amount] = []) -> ConventionGraph {
        ConventionGraph(document: DocumentInfo(source: "t", sha256: nil, format: "text", pages: 1, kind: .convention, title: nil),
                        parties: parties, obligations: obligations, amounts: amounts)
    }

    @Test func obligationsMatchOnDebtorsAndWordOverlap() {
        let expected = graph(parties: [Party(id: "P1", name: "Région Provence-Alpes-Côte d'Azur"), Party(id: "P2", name: "Pôle emploi")],
                             obligations: [Obligation(id: "O1", debtors: ["P2"], modality: .obligation,
                                                      text: "transmettre chaque année un bilan des actions", trigger: nil, article: nil)])
        // Party ids differ between the two graphs; they are matched by name.
        let actual = graph(parties: [Party(id: "P1", name: "Pôle Emploi"), Party(id: "P2", name: "la Région Provence-Alpes-Côte d'Azur")],
                           obligations: [Obligation(id: "O1", debtors: ["P1"], modality: .permission,
                                                    text: "transmettre chaque année un bilan des actions menées", trigger: nil, article: nil),
                                         Obligation(id: "O2", debtors: ["P2"], modality: .obligation,
                                                    text: "transmettre chaque année un bilan des actions", trigger: nil, article: nil)])
        let comparison = GraphComparison(document: "t", expected: expected, actual: actual)
        #expect(comparison.fields["parties"] == Score(truePositives: 2))
        #expect(comparison.fields["obligations"] == Score(truePositives: 1, falsePositives: 1))
        #expect(comparison.modalityErrors.count == 1)
        #expect(comparison.extras.map(\.text) == ["[P2] transmettre chaque année un bilan des actions"])
    }

    @Test func amountsMatchOnValue() {
        let expected = graph(parties: [], amounts: [Amount(text: "2 046 069 €", value: 2_046_069), Amount(text: "682 023 €", value: 682_023)])
        let actual = graph(parties: [], amounts: [Amount(text: "2 046 069 euros", value: 2_046_069), Amount(text: "58 304 €", value: 58_304)])
        let score = GraphComparison(document: "t", expected: expected, actual: actual).fields["amounts"]
        #expect(score == Score(truePositives: 1, falsePositives: 1, falseNegatives: 1))
        #expect(score?.f1 == 0.5)
    }

    @Test func scoresFollowTheirDefinitions() {
        let score = Score(truePositives: 18, falsePositives: 2, falseNegatives: 6)
        #expect(abs(score.precision - 0.9) < 1e-9)
        #expect(abs(score.recall - 0.75) < 1e-9)
        #expect(abs(score.f1 - 2 * 0.9 * 0.75 / 1.65) < 1e-9)
        #expect(TextSimilarity.dice("L'État s'engage", "l’etat S'ENGAGE") == 1)
    }
}
