@testable import ClauseParser
import ConventionModel
import Testing

/// Rules added for other authors' drafting, in invented wordings: a demonstrative takes up the
/// last body named, a State title acts for the State, a modal verb reaches its infinitive across
/// a short complement, and a signature block laid out in two columns names both signatories.
@Suite("Antecedents, officers and signature columns") struct AntecedentAndColumnTests {
    static let parties = """
    CONVENTION

    Entre :

    L'Etat, représenté par la ministre du travail,

    D'une part, et

    La Société d'équipement, société anonyme, ci-après dénommée « la Société »,

    D'autre part,

    Il est convenu ce qui suit :

    """

    @Test func demonstrativeTakesUpTheLastOfficerNamed() throws {
        let graph = try parse(Self.parties + """
        Article 1 - Suivi
        Le rapport annuel est adressé au directeur général des finances. Ce dernier peut à tout moment demander des pièces.
        """)
        let permission = try #require(graph.obligations.first { $0.text.hasPrefix("demander des pièces") })
        #expect(permission.debtors == ["P1"])
        #expect(permission.modality == .permission)
    }

    @Test func demonstrativeAfterAFeminineBodyTakesItUp() throws {
        let graph = try parse(Self.parties + """
        Article 1 - Suivi
        Le programme est arrêté avec la Société. Celle-ci transmet un bilan chaque trimestre.
        """)
        #expect(graph.obligations.contains { $0.debtors == ["P2"] && $0.text.hasPrefix("transmet un bilan") })
    }

    @Test func signatureBlockInTwoColumns() throws {
        let graph = try parse("""
        CONVENTION

        Entre la commune de Lormes, ci-après « la Commune »,

        Et l'association Val Vert, ci-après « l'Association »,

        Article 1
        La Commune prête une salle à l'Association.

        Fait à Lormes, le 2 juin 2025

        Pour la Commune          Pour l'Association
        Le Maire                 La Trésorière
        Anne VIAL                Rose MARTY
        """)
        #expect(graph.parties.first?.representatives.map(\.name) == ["Anne VIAL"])
        #expect(graph.parties.last?.representatives.map(\.name) == ["Rose MARTY"])
    }

    @Test func degreeEnumeratorWithAParenthesis() {
        #expect(Enumerator.parse("2°) La commune de Lormes")?.label == "2")
    }
}
