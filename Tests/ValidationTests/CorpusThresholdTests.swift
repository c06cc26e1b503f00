import ClauseParser
import Foundation
import Testing
import TestSupport
import Validation

/// The parser against the hand-coded models of `Corpus/`: every field at or above its floor in
/// `Corpus/thresholds.json` (floors only go up).
@Suite struct CorpusThresholdTests {
    @Test func everyFieldReachesItsFloor() throws {
        let floors = try JSONDecoder().decode([String: Double].self,
                                              from: Data(contentsOf: Fixtures.corpus.appendingPathComponent("thresholds.json")))
        let report = try CorpusValidator(parser: ConventionParser()).validate(paths: [Fixtures.corpus.path])
        #expect(report.documents.count >= 7)
        for failure in report.failures(against: floors) {
            Issue.record("\(failure.field): F1 \(failure.f1) below its floor \(failure.floor)\n\(report.textDescription())")
        }
    }

    @Test func theSameParseGivesTheSameScores() throws {
        let validator = CorpusValidator(parser: try ConventionParser())
        let folder = Fixtures.corpus.appendingPathComponent("000-metropole-pole-emploi")
        let first = try validator.validate(folder: folder), second = try validator.validate(folder: folder)
        #expect(first.fields == second.fields)
    }
}
