import Foundation
import Testing
@testable import Morphology

@Suite struct MorphologyTests {
    let morphology = Morphology.french()

    @Test func readsAnalysisLines() throws {
        let reading = try #require(WordReading(analysis: "dp:se+  st:engager po:v1_itnq__a po:ipre po:spre po:1sg po:3sg"))
        #expect(reading.lemma == "engager")
        #expect(reading.reflexive)
        #expect(reading.isFiniteVerb)
        #expect(reading.forms == [.present, .subjunctive])
        #expect(reading.persons == [.firstSingular, .thirdSingular])
        let marked = try #require(WordReading(analysis: " st:être po:v0ei_____a po:ipre po:3pl!"))
        #expect(marked.persons == [.thirdPlural] && marked.forms == [.present])
        let noun = try #require(WordReading(analysis: " st:subvention po:nom is:fem is:sg"))
        #expect(noun.categories == .noun && !noun.isFiniteVerb)
        #expect(noun.genders == .feminine)
    }

    @Test func futureAndPresentOfActionVerbs() throws {
        let morphology = try #require(morphology, "hunspell-fr is not installed")
        let future = morphology.readings(of: "acquittera")
        #expect(future.contains { $0.lemma == "acquitter" && $0.forms.contains(.future) && $0.persons.contains(.thirdSingular) })
        let plural = morphology.readings(of: "fournissent")
        #expect(plural.contains { $0.lemma == "fournir" && $0.forms.contains(.present) && $0.persons.contains(.thirdPlural) })
    }

    @Test func ambiguousFormsKeepEveryReading() throws {
        let morphology = try #require(morphology, "hunspell-fr is not installed")
        let readings = morphology.readings(of: "règle")
        #expect(readings.contains { $0.categories.contains(.noun) })
        #expect(readings.contains { $0.isFiniteVerb && $0.lemma == "régler" })
        #expect(morphology.readings(of: "résiliée").contains { $0.forms.contains(.pastParticiple) })
        #expect(morphology.readings(of: "xqzvw").isEmpty)
    }

    @Test func analysesKeptBetweenRunsWithoutOpeningTheDictionary() throws {
        let morphology = try #require(morphology, "hunspell-fr is not installed")
        let cache = FileManager.default.temporaryDirectory.appendingPathComponent("forms-\(UUID().uuidString).txt").path
        defer { try? FileManager.default.removeItem(atPath: cache) }
        let first = Morphology(affix: morphology.affixPath, dictionary: morphology.dictionaryPath, cache: cache)
        #expect(first.readings(of: "acquittera").contains { $0.lemma == "acquitter" })
        _ = first.readings(of: "xqzvw")
        first.flush()
        // A second run with no dictionary at all reads the forms back from the cache.
        let second = Morphology(affix: "/nonexistent.aff", dictionary: "/nonexistent.dic", cache: cache)
        #expect(second.readings(of: "acquittera").contains { $0.lemma == "acquitter" && $0.forms.contains(.future) })
        #expect(second.readings(of: "xqzvw").isEmpty)
        #expect(second.readings(of: "transmettra").isEmpty, "a form never analysed needs the dictionary")
    }
}
