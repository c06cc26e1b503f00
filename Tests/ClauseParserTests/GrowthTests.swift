@testable import ClauseParser
import ConventionModel
import DocumentText
import Foundation
import Lexicons
import Testing

/// Inputs that grow: the work of a detector grows like its input, checked by counting what it
/// reads at 1×, 4× and 16× (never by timing).
@Suite("Growth") struct GrowthTests {
    /// The obligation detector alone, with no party, on the lines of `text`.
    private func detectObligations(_ text: String) throws -> ObligationDetector.Output {
        let lexicons = try LexiconSet.bundled()
        let matcher = try EngagementMatcher(lexicons: lexicons, words: FunctionWords(lexicons: lexicons))
        var classifier = WordClassifier()
        classifier.add(matcher.firstWords, to: .engagement)
        let document = try DocumentReader.read(data: Data(text.utf8), path: "convention.txt")
        let normalized = try TextNormalizer(lexicons: lexicons).normalize(document)
        let lines = TextLine.lines(of: normalized, classifier: classifier)
        let structure = StructureSegmenter.Result(articles: [], unitOfLine: Array(repeating: nil, count: lines.count),
                                                  headingLines: LineSet(lineCount: lines.count))
        let words = try FunctionWords(lexicons: lexicons)
        let resolver = PartyResolver(parties: [], vocabulary: try PartyVocabulary(lexicons: lexicons, words: words))
        let clauses = try ClauseReader(lexicons: lexicons, words: words, morphology: nil)
        return ObligationDetector(matcher: matcher, resolver: resolver, clauses: clauses,
                                  chargePhrases: PhraseMatcher(phrases: try lexicons.entries("charge-phrases"), payload: true), formulas: [])
            .detect(lines: lines, structure: structure, articles: [], text: normalized)
    }

    /// One line without a period: `le prestataire s'engage à verser et s'engage à verser et …`.
    private func runOn(_ repeats: Int, subject: String = "le prestataire") -> String {
        "\(subject) s'engage à verser et " + String(repeating: "s'engage à verser et ", count: repeats) + "fin\n"
    }

    @Test("a run-on sentence repeating an engagement verb: subjects read in linear work")
    func runOnSentence() throws {
        let work = try [500, 2000, 8000].map { try detectObligations(runOn($0)).subjectTokens }
        #expect(work[0] > 0)
        // Quadratic work would grow sixteenfold at each step.
        #expect(work[1] <= 5 * work[0] && work[2] <= 5 * work[1], "\(work)")
    }

    @Test("unresolved « ils » in a long line: one finding per trigger, each message from the line's first 80 characters")
    func unresolvedPronouns() throws {
        let output = try detectObligations(String(repeating: "ils s'engagent à verser et ", count: 20_000) + "fin\n")
        #expect(output.findings.count == 20_000)
        let opening = "« ils s'engagent à verser et ils s'engagent à verser et ils s'engagent à verser et »"
        #expect(output.findings.allSatisfy { $0.message == opening + " : aucun sujet commun avant « ils »" })
    }

    @Test("a list of 200,000 items after a lead-in: one obligation per item")
    func longList() throws {
        let graph = try parse(ObligationTests.parties + "Article 1 – Engagements\nLa Région s'engage à :\n"
                              + String(repeating: "- item\n", count: 200_000))
        #expect(graph.obligations.count == 200_000)
        #expect(graph.obligations.allSatisfy { $0.text == "item" && $0.debtors == ["P1"] })
    }

    @Test("a list of 20,000 items each with its deadline: every item gets its own")
    func longListWithDeadlines() throws {
        let graph = try parse(ObligationTests.parties + "Article 1 – Engagements\nLa Région s'engage à :\n"
                              + String(repeating: "- transmettre le bilan dans un délai de quinze jours ;\n", count: 20_000))
        #expect(graph.obligations.count == 20_000)
        #expect(graph.obligations.allSatisfy { $0.deadline?.days == 15 })
    }

    @Test("a list of 20,000 sub-headings naming indicators: each read once, the one indicator found")
    func indicatorSubHeadings() throws {
        let graph = try parse("Article 1 – Évaluation\nLes indicateurs retenus sont les suivants :\n"
                              + String(repeating: "- les indicateurs du suivi :\n", count: 20_000) + "- le nombre de réunions\n")
        #expect(graph.indicators.map(\.text) == ["le nombre de réunions"])
    }

    @Test("a 300 KB run-on sentence of a party parses")
    func bigRunOnSentence() throws {
        let text = ObligationTests.parties + "Article 1 – Engagements\n" + runOn(15_000, subject: "la Région")
        #expect(text.utf8.count > 300_000)
        let graph = try parse(text)
        #expect(graph.obligationSummaries().count == 1)
        #expect(graph.obligationSummaries().first?.hasPrefix("[Région Occitanie] verser et s'engage à verser et") == true)
    }
}
