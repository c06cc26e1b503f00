import ClauseParser
import ConventionDiff
import Foundation
import Testing
import TestSupport

/// The renewal pairs of `Corpus/renewals/`: the diff of each pair against the changes its author
/// made by hand (`expected-changes.json`), scored with precision and recall.
@Suite struct RenewalPairTests {
    static let root = Fixtures.corpus.appendingPathComponent("renewals")
    static let names: [String] = ((try? RenewalPair.all(in: root)) ?? []).map(\.name)

    @Test func thereAreAtLeastSixPairs() throws {
        let pairs = try RenewalPair.all(in: Self.root)
        #expect(pairs.count >= 6)
        #expect(pairs.allSatisfy { !$0.expected.isEmpty && !$0.description.isEmpty })
    }

    @Test(arguments: names)
    func everyExpectedChangeAndNothingElse(_ name: String) throws {
        let pair = try RenewalPair.load(Self.root.appendingPathComponent(name))
        let report = try ConventionDiff.compare(oldFile: pair.old.path, newFile: pair.new.path, parser: ConventionParser())
        let score = RenewalScore(pair: name, expected: pair.expected, report: report)
        #expect(score.precision == 1, "\(score)")
        #expect(score.recall == 1, "\(score)")
    }

    @Test func aVersionComparedWithItselfHasNoChange() throws {
        let pair = try RenewalPair.load(Self.root.appendingPathComponent("004-departement-france-travail"))
        let report = try ConventionDiff.compare(oldFile: pair.old.path, newFile: pair.old.path, parser: ConventionParser())
        #expect(report.changes.isEmpty, "\(report.textDescription())")
        #expect(report.parties.allSatisfy { $0.status == .kept })
    }

    @Test func aPDFAndTheTextItWasMadeFromAreOneVersion() throws {
        let document = try #require(Fixtures.corpusDocuments().first { $0.name.hasPrefix("004-") })
        let report = try ConventionDiff.compare(oldFile: document.pdf, newFile: document.text, parser: ConventionParser())
        #expect(report.changes.isEmpty, "\(report.textDescription())")
    }

    @Test func theScoreCountsMissesAndExtras() throws {
        let pair = try RenewalPair.load(Self.root.appendingPathComponent("000-metropole-new-article-renumbered"))
        let report = try ConventionDiff.compare(oldFile: pair.old.path, newFile: pair.new.path, parser: ConventionParser())
        // Against a wrong expectation: one change that did not happen, one of the five left out.
        let wrong = Array(pair.expected.dropLast()) + [ExpectedChange(kind: .modified, field: .termDuration, before: "1 an", after: "2 ans")]
        let score = RenewalScore(pair: pair.name, expected: wrong, report: report)
        #expect(score.matched == 4)
        #expect(score.missed.count == 1 && score.unexpected.count == 1)
        #expect(abs(score.precision - 0.8) < 1e-9 && abs(score.recall - 0.8) < 1e-9)
    }

    @Test func aMissingFolderOrFileSaysWhatToDo() throws {
        #expect(throws: RenewalPairError.notAFolder("/nonexistent")) { try RenewalPair.all(in: URL(fileURLWithPath: "/nonexistent")) }
        let empty = FileManager.default.temporaryDirectory.appendingPathComponent("renewal-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: empty, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: empty) }
        try Data(#"{"changes": [{"kind": "grown", "field": "amount"}]}"#.utf8).write(to: empty.appendingPathComponent("expected-changes.json"))
        #expect { try RenewalPair.load(empty) } throws: { error in
            "\(error)".contains("expected-changes.json: not a valid list of expected changes")
        }
    }
}
