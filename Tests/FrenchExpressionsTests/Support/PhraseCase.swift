import Foundation
import Testing

/// One entry of `Tests/ClauseParserTests/Fixtures/phrases.json`: a phrase, the kind of value it
/// holds, and the expected fields of the first value of that kind.
struct PhraseCase: Sendable, Decodable, CustomTestStringConvertible {
    let kind: String
    let phrase: String
    let expect: [String: JSONValue]
    let note: String?

    var testDescription: String { "\(kind): \(phrase)" }

    /// The annotator's phrase suite, found from this file's path (it stays where it is).
    static func load() throws -> [PhraseCase] {
        let url = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("ClauseParserTests/Fixtures/phrases.json")
        return try JSONDecoder().decode([PhraseCase].self, from: Data(contentsOf: url))
    }

    /// Every entry the value readers answer (all but `modality`).
    static let valueCases: [PhraseCase] = (try? load())?.filter { $0.kind != "modality" } ?? []
}
