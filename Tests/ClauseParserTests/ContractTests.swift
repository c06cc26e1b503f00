import ClauseParser
import ConventionModel
import Foundation
import Lexicons
import Testing

/// The JSON contract other tools read, and the word lists a user can extend.
@Suite("JSON contract and lexicons") struct ContractTests {
    @Test func jsonHasTheContractKeysWithNullsForUnknownValues() throws {
        let graph = try parse("""
        Entre la Région Bretagne, ci-après « la Région », et France Travail, ci-après « France Travail ».
        Article 1 - Objet
        La Région s'engage à financer l'action.
        """)
        let object = try #require(JSONSerialization.jsonObject(with: graph.jsonData()) as? [String: Any])
        for key in ["schemaVersion", "document", "parties", "articles", "obligations", "term", "notices", "amounts",
                    "committees", "indicators", "references", "deliberation"] {
            #expect(object[key] != nil, "missing key \(key)")
        }
        #expect(object["schemaVersion"] as? Int == 1)
        #expect(object["deliberation"] is NSNull)
        let party = try #require((object["parties"] as? [[String: Any]])?.first)
        #expect(party["address"] is NSNull, "an unknown value is null, not left out")
        let obligation = try #require((object["obligations"] as? [[String: Any]])?.first)
        #expect(obligation["debtors"] as? [String] == ["P1"])
        #expect(obligation["span"] is [String: Any])
        // The JSON reads back into the same graph.
        #expect(try ConventionGraph.decode(graph.jsonData()) == graph)
    }

    @Test func aUserListExtendsTheEngagementVerbs() throws {
        let text = """
        Entre la Région Bretagne, ci-après « la Région », et France Travail, ci-après « France Travail ».
        Article 1 - Objet
        La Région a vocation à publier ses résultats.
        """
        #expect(try parse(text).obligations.isEmpty)
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("lexicons-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let bundled = try String(contentsOf: LexiconSet.bundled().directories.last!.appendingPathComponent("engagement-verbs.txt"), encoding: .utf8)
        try (bundled + "\na vocation à = obligation\n").write(to: dir.appendingPathComponent("engagement-verbs.txt"), atomically: true, encoding: .utf8)
        let parser = try ConventionParser(lexicons: LexiconSet(overrides: dir))
        #expect(try parse(text, parser: parser).obligationSummaries() == ["[Région Bretagne] publier ses résultats"])
    }
}
