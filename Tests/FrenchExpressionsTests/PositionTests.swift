import ConventionModel
import FrenchExpressions
import Testing

/// Where each match sits in its sentence: Unicode-scalar ranges and the matched phrase.
@Suite("Positions")
struct PositionTests {
    let expressions = Expressions.shared

    @Test("a duration and an effective event in one sentence")
    func durationAndEffective() {
        let marked = MarkedText("La présente convention est conclue ⟦pour une durée d'un an⟧ ⟦à compter de sa notification⟧.")
        let found = expressions.analyze(marked.text)
        #expect(found.durations.map(\.range) == [marked.ranges[0]])
        #expect(found.durations.map(\.text) == [marked.phrases[0]])
        #expect(found.durations.first?.value.text == marked.phrases[0])
        #expect(found.effectives.map(\.range) == [marked.ranges[1]])
        #expect(found.effectives.first?.value.event == "notification")
    }

    @Test("a notice with its lead and anchor; the same delay is also a deadline")
    func noticeRange() {
        let marked = MarkedText("Cette résiliation sera effective de plein droit ⟦à l'expiration d'un délai d'un mois suivant l'envoi d'une lettre recommandée avec accusé de réception⟧.")
        let notices = expressions.notices(in: marked.text)
        #expect(notices.map(\.range) == marked.ranges)
        #expect(notices.first?.value.anchor == "suivant l'envoi d'une lettre recommandée avec accusé de réception")
        #expect(notices.first?.value.purpose == .termination)
        #expect(notices.first?.value.id == "")
        #expect(notices.first?.value.article == nil)
    }

    @Test("an amount in words and its figures in parentheses are one match")
    func amountWithFigures() {
        let marked = MarkedText("Une subvention de ⟦douze mille cinq cents euros (12 500 €)⟧ est attribuée.")
        let amounts = expressions.amounts(in: marked.text)
        #expect(amounts.map(\.range) == marked.ranges)
        #expect(amounts.map(\.value) == [Money(value: 12500)])
    }

    @Test("a number in words and in figures is one number")
    func numberWithFigures() {
        let marked = MarkedText("Fait en ⟦trois (3)⟧ exemplaires, le ⟦1er⟧ jour.")
        let numbers = expressions.numbers(in: marked.text)
        #expect(numbers.map(\.range) == marked.ranges)
        #expect(numbers.map(\.value) == [3, 1])
    }

    @Test("a date ending a sentence stops before the period")
    func dateBeforePeriod() {
        let marked = MarkedText("La convention a été approuvée le ⟦31 décembre 2020⟧. Elle est signée le ⟦2 févr. 2023⟧.")
        let dates = expressions.dates(in: marked.text)
        #expect(dates.map(\.range) == marked.ranges)
        #expect(dates.map(\.value) == ["2020-12-31", "2023-02-02"])
    }

    @Test("start and end of a date range")
    func dateRange() {
        let marked = MarkedText("Elle ⟦s'applique du 1er mars 2024⟧ au ⟦28 février 2025⟧ inclus.")
        let found = expressions.analyze(marked.text)
        #expect(found.effectives.map(\.range) == [marked.ranges[0]])
        #expect(found.ends.map(\.range) == [marked.ranges[1]])
        #expect(found.durations.map(\.text) == ["du 1er mars 2024 au 28 février 2025 inclus"])
        #expect(found.durations.first?.value.period == "P1Y")
    }

    @Test("frequency with its bound, deadline with its anchor")
    func frequencyAndDeadline() {
        let marked = MarkedText("Les partenaires partagent ⟦au minimum une fois par an⟧ les résultats et transmettent le bilan ⟦dans les trois mois qui suivent la signature⟧.")
        let found = expressions.analyze(marked.text)
        #expect(found.frequencies.map(\.range) == [marked.ranges[0]])
        #expect(found.deadlines.map(\.range) == [marked.ranges[1]])
        #expect(found.deadlines.first?.value.anchor == "signature")
        #expect(found.notices.isEmpty)
    }

    @Test("offsets count Unicode scalars, not characters or UTF-16 units")
    func scalarOffsets() {
        // "é" written as e + combining acute (2 scalars, 1 character), an emoji family (5 scalars).
        let text = "Le\u{301}gende 👩‍👩‍👧 : conclue pour trois ans."
        let durations = expressions.durations(in: text)
        let start = Array(text.unicodeScalars).count - "pour trois ans.".unicodeScalars.count
        #expect(durations.map(\.range) == [start..<(start + "pour trois ans".unicodeScalars.count)])
        #expect(durations.map(\.text) == ["pour trois ans"])
    }

    @Test("percentages keep their sign and merge a repeated value")
    func percentages() {
        let marked = MarkedText("Une hausse de ⟦+33,5 %⟧ et un taux de ⟦vingt-cinq pour cent (25 %)⟧.")
        let percentages = expressions.percentages(in: marked.text)
        #expect(percentages.map(\.range) == marked.ranges)
        #expect(percentages.map(\.value) == [33.5, 25])
    }
}
