import FrenchExpressions
import Testing

/// The readers never trap and keep their ranges inside the text, whatever the input.
@Suite("Robustness")
struct RobustnessTests {
    /// A small deterministic generator (xorshift), so that a failure can be replayed.
    struct Generator {
        var state: UInt64
        mutating func next(_ bound: Int) -> Int {
            state ^= state << 13
            state ^= state >> 7
            state ^= state << 17
            return Int(state % UInt64(bound))
        }
    }

    static let pieces = [
        "le", "1er", "janvier", "2020", "19", "/", "12", ".", ",", "(", ")", "3", "trois", "-", "vingt", "et", "un",
        "mois", "ans", "jours", "ouvrés", "dans", "les", "délai", "de", "d'", "l'", "préavis", "sans", "avant",
        "après", "au", "plus", "tard", "€", "%", "euros", "centimes", "M", "k", "pour", "cent", "p.", "100",
        "résiliation", "reconduite", "tacitement", "ne", "peut", "être", "avenant", "dans la limite de", "fois",
        "par", "an", "chaque", "tous", "à compter de", "sa", "signature", "prend effet", "jusqu'au", "prendra fin",
        "premier", "trimestre", "de l'année suivante", "\n", "- ", "000", "500", "1.900.000", "341 011,5", "2016-2019",
        "mise en demeure", "’", "\u{00A0}", "\u{202F}", "e\u{301}", "👩‍👩‍👧", "quatre-vingt", "mille", "millions",
    ]

    @Test("random phrases: no trap, ranges inside the text, text equal to the range")
    func randomPhrases() {
        var generator = Generator(state: 0x9E37_79B9_7F4A_7C15)
        for _ in 0..<3000 {
            var text = ""
            for _ in 0..<generator.next(30) {
                text += Self.pieces[generator.next(Self.pieces.count)]
                if generator.next(4) != 0 { text += " " }
            }
            let scalars = Array(text.unicodeScalars)
            let found = Expressions.shared.analyze(text)
            func check<V>(_ matches: [Match<V>]) {
                for match in matches {
                    #expect(match.range.lowerBound >= 0 && match.range.upperBound <= scalars.count, "\(text)")
                    var view = String.UnicodeScalarView()
                    view.append(contentsOf: scalars[match.range])
                    #expect(String(view) == match.text, "\(text)")
                }
            }
            check(found.numbers); check(found.dates); check(found.durations); check(found.frequencies)
            check(found.deadlines); check(found.notices); check(found.amounts); check(found.percentages)
            check(found.renewals); check(found.effectives); check(found.ends)
        }
    }

    @Test("numbers past 2^63 never trap; a length longer than the calendar is unknown")
    func hugeNumbers() throws {
        let expressions = Expressions.shared
        // Twenty figures: more than a token keeps, more than an Int holds once in days or months.
        let notice = try #require(expressions.notices(in: "La convention peut être résiliée moyennant un préavis de 10000000000000000000 mois.").first)
        #expect(notice.text == "moyennant un préavis de 10000000000000000000 mois")
        #expect(notice.value.days == nil && notice.value.period == nil)
        let deadline = try #require(expressions.deadlines(in: "Le bilan est transmis dans les 99999999999999999999 jours.").first)
        #expect(deadline.text == "dans les 99999999999999999999 jours")
        #expect(deadline.value.days == nil && deadline.value.period == nil)
        #expect(expressions.numbers(in: "99999999999999999999 jours").map(\.value) == [1e20])
        for text in [
            "La convention est conclue pour une durée de 99999999999999999999 ans.",
            "La convention est conclue pour une durée de 9 000 000 000 000 000 000 ans et demi.",
            "La convention est conclue pour une durée de 700000000000000000 ans.",
            "La convention est conclue pour une durée de 800 000 000 000 000 000 mois.",
            "La convention est conclue pour une durée de 20000 ans.",
        ] {
            #expect(expressions.durations(in: text).isEmpty, "\(text)")
        }
        // Ten thousand years is the longest length read.
        #expect(expressions.durations(in: "La convention est conclue pour une durée de 10000 ans.").map(\.value.months) == [120_000])
        #expect(expressions.frequencies(in: "Un bilan est dressé une fois tous les 99999999999999999999 ans.").isEmpty)
        let renewal = try #require(expressions.renewals(in: "Elle est renouvelable 99999999999999999999 fois par tacite reconduction pour une durée d'un an.").first)
        #expect(renewal.value.kind == .tacit && renewal.value.periodMonths == 12 && renewal.value.maxMonths == nil)
        let limited = try #require(expressions.renewals(in: "Elle est reconduite tacitement par périodes de 99999999999999999999 ans dans la limite de 10 000 000 000 000 000 000 ans.").first)
        #expect(limited.value.periodMonths == nil && limited.value.maxMonths == nil)
        // Four hundred groups of thousands, four hundred figures: nothing past the largest Double.
        let endless = "1" + String(repeating: " 000", count: 400) + " €"
        #expect(expressions.numbers(in: endless).allSatisfy { $0.value.isFinite })
        #expect(expressions.amounts(in: endless).allSatisfy { $0.value.value.isFinite })
        // Six groups after the first figures at most: a seventh starts another number.
        #expect(expressions.numbers(in: "1 000 000 000 000 000 000 000 €").map(\.value) == [1e18, 0])
        let figures = String(repeating: "9", count: 400)
        #expect(expressions.numbers(in: "\(figures) jours et 0,\(figures) mois").map(\.value) == [0.999_999_999_999_999_999])
    }

    @Test("empty and blank texts find nothing")
    func emptyText() {
        for text in ["", " ", "\n\n", "- "] {
            let found = Expressions.shared.analyze(text)
            #expect(found.numbers.isEmpty && found.dates.isEmpty && found.renewals.isEmpty && found.notices.isEmpty)
        }
    }
}
