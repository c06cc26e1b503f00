import ConventionModel
import FrenchExpressions

/// What the readers give for a phrase of the suite: the fields of the first value of its kind,
/// named as in the suite, and whether they match `expect`.
struct PhraseOutcome: CustomStringConvertible {
    let phrase: PhraseCase
    /// nil when nothing of the kind was found.
    let got: [String: JSONValue]?
    let matchedText: String?

    init(_ phrase: PhraseCase, using expressions: FrenchExpressions) {
        self.phrase = phrase
        let found = expressions.analyze(phrase.phrase)
        var fields: [String: JSONValue]?
        var text: String?
        func take<V>(_ matches: [Match<V>], _ read: (V) -> [String: JSONValue]) {
            guard let first = matches.first else { return }
            fields = read(first.value)
            text = first.text
        }
        switch phrase.kind {
        case "number": take(found.numbers) { ["value": JSONValue($0)] }
        case "date": take(found.dates) { ["date": JSONValue($0)] }
        case "duration": take(found.durations) { ["months": JSONValue($0.months), "period": JSONValue($0.period)] }
        case "frequency": take(found.frequencies) { ["perYear": JSONValue($0.perYear), "maxPerYear": JSONValue($0.maxPerYear)] }
        case "deadline":
            take(found.deadlines) {
                ["days": JSONValue($0.days), "period": JSONValue($0.period), "anchor": JSONValue($0.anchor),
                 "dayOfYear": JSONValue($0.dayOfYear), "quarter": JSONValue($0.quarter),
                 "yearOffset": JSONValue($0.yearOffset), "date": JSONValue($0.date)]
            }
        case "notice":
            take(found.notices) {
                ["days": JSONValue($0.days), "period": JSONValue($0.period), "qualifier": JSONValue($0.qualifier),
                 "anchor": JSONValue($0.anchor), "purpose": JSONValue($0.purpose.rawValue)]
            }
        case "renewal":
            take(found.renewals) {
                ["kind": JSONValue($0.kind?.rawValue), "periodMonths": JSONValue($0.periodMonths),
                 "maxMonths": JSONValue($0.maxMonths)]
            }
        case "effective": take(found.effectives) { ["date": JSONValue($0.date), "event": JSONValue($0.event)] }
        case "end": take(found.ends) { ["date": JSONValue($0.date)] }
        case "amount": take(found.amounts) { $0.currency == "EUR" ? ["euros": JSONValue($0.value)] : ["value": JSONValue($0.value), "currency": JSONValue($0.currency)] }
        case "percentage": take(found.percentages) { ["value": JSONValue($0)] }
        default: break
        }
        got = fields
        matchedText = text
    }

    /// The expected fields that differ: every key of `expect` is compared; an expectation of
    /// only nulls is met by finding nothing.
    var mismatches: [String] {
        guard let got else {
            return phrase.expect.values.allSatisfy({ $0 == .null }) ? [] : ["no match"]
        }
        return phrase.expect.keys.sorted().compactMap { key in
            let actual = got[key] ?? .null
            let wanted = phrase.expect[key] ?? .null
            return actual.matches(wanted) ? nil : "\(key): got \(actual), expected \(wanted)"
        }
    }

    var passed: Bool { mismatches.isEmpty }

    var description: String {
        "[\(phrase.kind)] «\(phrase.phrase)» matched «\(matchedText ?? "—")»: \(mismatches.joined(separator: "; "))"
    }
}
