import ConventionDiff
import Testing

/// Word-level diff: words compared folded, punctuation and spacing kept for display.
@Suite struct WordDiffTests {
    @Test func aReplacedWord() {
        #expect(WordDiff.compare("transmettre deux fois par an le bilan", "transmettre une fois par an le bilan") == [
            DiffSegment(.equal, "transmettre "), DiffSegment(.delete, "deux "), DiffSegment(.insert, "une "),
            DiffSegment(.equal, "fois par an le bilan"),
        ])
    }

    @Test func insertionsAtTheEdges() {
        let segments = WordDiff.compare("la convention est conclue", "Désormais la convention est conclue pour trois ans.")
        #expect(segments == [
            DiffSegment(.insert, "Désormais "), DiffSegment(.equal, "la convention est conclue "), DiffSegment(.insert, "pour trois ans."),
        ])
    }

    @Test func caseAccentsAndPunctuationAreNotChanges() {
        let segments = WordDiff.compare("Pôle Emploi s’engage : transmettre", "POLE EMPLOI s'engage, transmettre")
        #expect(!segments.hasChanges)
        #expect(segments.newText == "POLE EMPLOI s'engage, transmettre")
    }

    @Test func theTwoSidesRebuildTheTexts() {
        let old = "Le comité se réunit deux fois par an, sur convocation de la Région, et rend compte aux parties."
        let new = "Le comité de pilotage se réunit trois fois par an, sur convocation de la Région et de France Travail."
        let segments = WordDiff.compare(old, new)
        #expect(segments.newText == new)
        // Kept runs are punctuated as in the new text: the old side differs by the comma after « Région » only.
        #expect(segments.oldText == old.replacingOccurrences(of: "Région,", with: "Région"))
    }

    @Test func repeatedWordsAlignInOrder() {
        // No word is found once on each side: the Myers fallback aligns them.
        let segments = WordDiff.compare("de la de la de la", "de la de de la")
        #expect(segments.filter { $0.op == .delete }.map(\.text).joined().split(separator: " ").count == 1)
        #expect(!segments.contains { $0.op == .insert })
    }

    @Test func unrelatedTextsAreOneDeletionAndOneInsertion() {
        #expect(WordDiff.compare("alpha beta", "gamma delta") == [DiffSegment(.delete, "alpha beta"), DiffSegment(.insert, "gamma delta")])
    }

    @Test func aLongTextWithOneChangeIsFast() {
        let words = (0..<20_000).map { "mot\($0 % 997)" }
        var changed = words
        changed[10_000] = "autre"
        let clock = ContinuousClock()
        var segments: [DiffSegment] = []
        let elapsed = clock.measure { segments = WordDiff.compare(words.joined(separator: " "), changed.joined(separator: " ")) }
        #expect(segments.filter { $0.op != .equal }.map(\.text) == ["mot30 ", "autre "])
        #expect(elapsed < .seconds(5))
    }
}
