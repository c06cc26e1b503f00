import Checklist
import Testing

/// `--party NAME`: one party's obligations (its own and the joint ones), found by name or
/// alias whatever the case and accents; an unknown name lists the parties.
@Suite("Party filter")
struct PartyFilterTests {
    @Test("by name, alias, case and accents", arguments: [
        "Mission locale des Monts et Vallées du Limousin", "la Mission locale", "MISSION LOCALE", "mission locale",
        "Monts et Vallees", "P2",
    ])
    func missionLocale(_ query: String) throws {
        let graph = try CorpusGraphs.graph("101-")
        let checklist = try CorpusGraphs.checklist(graph, from: "2025-01-01", party: query)
        #expect(checklist.party?.id == "P2")
        #expect(!checklist.items.isEmpty)
        #expect(checklist.items.allSatisfy { $0.parties.contains { $0.id == "P2" } })
        // Every obligation of the Mission locale is kept, including the joint ones.
        #expect(checklist.items.map(\.id) == graph.obligations.filter { $0.debtors.contains("P2") }.map(\.id))
        #expect(checklist.items.contains { $0.parties.count == 2 })
    }

    @Test("« département » and « le Département » find the Département, not the Mission locale")
    func departement() throws {
        for query in ["département", "le Departement", "HAUTE-VIENNE"] {
            let checklist = try CorpusGraphs.checklist(try CorpusGraphs.graph("101-"), from: "2025-01-01", party: query)
            #expect(checklist.party?.name == "Département de la Haute-Vienne", "\(query)")
            #expect(checklist.sections.map(\.title).first == "Département de la Haute-Vienne")
        }
    }

    @Test("an unknown party: an error that lists the parties and says what to do")
    func unknown() throws {
        let graph = try CorpusGraphs.graph("101-")
        #expect {
            _ = try CorpusGraphs.checklist(graph, from: "2025-01-01", party: "Région")
        } throws: { error in
            let message = (error as? ChecklistError)?.description ?? ""
            return message.contains("aucune partie de") && message.contains("« Région »")
                && message.contains("P1 Département de la Haute-Vienne (le Département)")
                && message.contains("P2 Mission locale des Monts et Vallées du Limousin (la Mission locale)")
                && message.contains("--party")
        }
    }

    @Test("a name shared by several parties is refused as ambiguous")
    func ambiguous() throws {
        var graph = try CorpusGraphs.graph("004-")
        graph.parties[1].name = "Pôle emploi Bouches-du-Rhône"
        #expect {
            _ = try CorpusGraphs.checklist(graph, from: "2018-01-01", party: "bouches-du-rhone")
        } throws: { error in
            guard case .ambiguousParty(_, _, let matches)? = error as? ChecklistError else { return false }
            return matches.map(\.id) == ["P1", "P2"] && (error as! ChecklistError).description.contains("passez à --party un nom plus long")
        }
        // The exact alias still picks one.
        #expect(try CorpusGraphs.checklist(graph, from: "2018-01-01", party: "le département").party?.id == "P1")
    }
}
