import Testing

/// Runs every value phrase of the annotator's suite (`Tests/ClauseParserTests/Fixtures/phrases.json`)
/// through the reader of its kind and compares the first value found with `expect`.
@Suite("Phrase suite")
struct PhraseSuiteTests {
    /// Phrases whose expected value we believe wrong or that the readers do not handle yet,
    /// with the reason; each still runs, as a known issue.
    static let known: [String: String] = [:]

    @Test("the suite is there", .tags(.phraseSuite))
    func suiteLoads() throws {
        let all = try PhraseCase.load()
        #expect(all.count >= 289)
        #expect(PhraseCase.valueCases.count == all.filter { $0.kind != "modality" }.count)
        #expect(PhraseCase.valueCases.count > 200)
    }

    @Test("phrase", .tags(.phraseSuite), arguments: PhraseCase.valueCases)
    func phrase(_ phrase: PhraseCase) {
        let outcome = PhraseOutcome(phrase, using: Expressions.shared)
        if let reason = Self.known[phrase.phrase] {
            withKnownIssue(Comment(rawValue: reason)) {
                #expect(outcome.passed, "\(outcome)")
            }
        } else {
            #expect(outcome.passed, "\(outcome)")
        }
    }

    @Test("at least 95 % of the suite passes, per kind reported", .tags(.phraseSuite))
    func passRate() {
        let outcomes = PhraseCase.valueCases.map { PhraseOutcome($0, using: Expressions.shared) }
        var lines: [String] = []
        var kinds: [String] = []
        for outcome in outcomes where !kinds.contains(outcome.phrase.kind) { kinds.append(outcome.phrase.kind) }
        for kind in kinds {
            let ofKind = outcomes.filter { $0.phrase.kind == kind }
            lines.append("\(kind): \(ofKind.filter(\.passed).count)/\(ofKind.count)")
        }
        let passed = outcomes.filter(\.passed).count
        lines.append("total: \(passed)/\(outcomes.count)")
        for failure in outcomes where !failure.passed { lines.append("FAIL \(failure)") }
        print("Phrase suite\n  " + lines.joined(separator: "\n  "))
        #expect(Double(passed) >= 0.95 * Double(outcomes.count), "\(lines.joined(separator: "\n"))")
    }
}

extension Tag {
    @Tag static var phraseSuite: Self
}
