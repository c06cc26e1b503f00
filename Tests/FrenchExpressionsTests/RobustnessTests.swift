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

    @Test("empty and blank texts find nothing")
    func emptyText() {
        for text in ["", " ", "\n\n", "- "] {
            let found = Expressions.shared.analyze(text)
            #expect(found.numbers.isEmpty && found.dates.isEmpty && found.renewals.isEmpty && found.notices.isEmpty)
        }
    }
}
