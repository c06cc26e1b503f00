@testable import ClauseParser
import ConventionModel
import Foundation
import Lexicons
import Testing

/// The `modality` entries of the phrase suite (`Fixtures/phrases.json`, written by an annotator):
/// the engagement verb, its modality and the subject in front of it.
@Suite("Modality phrases") struct ModalityPhraseTests {
    struct Entry: Decodable, CustomTestStringConvertible {
        struct Expect: Decodable {
            var modality: String?
            var trigger: String?
            var subject: String?
        }
        var kind: String
        var phrase: String
        var expect: Expect
        var testDescription: String { phrase }
    }

    static let entries: [Entry] = {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/phrases.json")
        let all = (try? JSONDecoder().decode([Entry].self, from: Data(contentsOf: url))) ?? []
        return all.filter { $0.kind == "modality" }
    }()

    static let matcher = try! EngagementMatcher(lexicons: LexiconSet.bundled(), words: FunctionWords(lexicons: LexiconSet.bundled()))

    @Test func theSuiteHasItsModalityPhrases() {
        #expect(Self.entries.count >= 30)
    }

    @Test(arguments: entries) func modalityTriggerAndSubject(_ entry: Entry) {
        let scalars = Array(entry.phrase.unicodeScalars)
        let tokens = Tokenizer.tokens(scalars)
        let trigger = Self.matcher.firstTrigger(in: tokens, range: 0..<tokens.count)
        guard let expected = entry.expect.modality else {
            #expect(trigger == nil, "no commitment expected in « \(entry.phrase) »")
            return
        }
        guard let trigger else {
            Issue.record("no trigger found in « \(entry.phrase) », expected \(expected)")
            return
        }
        #expect(trigger.modality.rawValue == expected)
        if let expectedTrigger = entry.expect.trigger {
            #expect(ObligationDetector.triggerText(trigger, tokens: tokens, scalars: scalars) == expectedTrigger)
        }
        if let expectedSubject = entry.expect.subject {
            let range = trigger.subject ?? 0..<trigger.firstToken
            let subject = range.isEmpty ? "" : ObligationDetector.slice(scalars, tokens[range.lowerBound].start, tokens[range.upperBound - 1].end)
            #expect(subject == expectedSubject)
        }
    }
}
