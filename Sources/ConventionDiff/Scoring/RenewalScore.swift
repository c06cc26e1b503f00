/// Precision and recall of a diff report against the changes expected for a renewal pair:
/// each expected change matches at most one reported change (``ExpectedChange/matches(_:)``).
///
/// `RenewalScore(pair: "000-metropole-duration-3-years", expected: [duration 1 an → 3 ans], report: …)`
/// → `matched: 1, missed: [], unexpected: []`, precision 1, recall 1.
public struct RenewalScore: Sendable, CustomStringConvertible {
    public let pair: String
    public let matched: Int
    /// Expected changes the report does not have.
    public let missed: [ExpectedChange]
    /// Reported changes nobody expected.
    public let unexpected: [ConventionChange]

    public init(pair: String, expected: [ExpectedChange], report: ConventionDiffReport) {
        self.pair = pair
        var unmatched = report.changes
        var missed: [ExpectedChange] = []
        for change in expected {
            if let index = unmatched.firstIndex(where: change.matches) {
                unmatched.remove(at: index)
            } else {
                missed.append(change)
            }
        }
        self.matched = expected.count - missed.count
        self.missed = missed
        self.unexpected = unmatched
    }

    /// Matched over reported; 1 when nothing was reported and nothing expected.
    public var precision: Double {
        let reported = matched + unexpected.count
        return reported == 0 ? (missed.isEmpty ? 1 : 0) : Double(matched) / Double(reported)
    }

    /// Matched over expected; 1 when nothing was expected and nothing reported.
    public var recall: Double {
        let expected = matched + missed.count
        return expected == 0 ? (unexpected.isEmpty ? 1 : 0) : Double(matched) / Double(expected)
    }

    /// `000-metropole-duration-3-years: precision 1.00, recall 1.00`, then each miss and extra.
    public var description: String {
        var lines = [pair + ": precision " + Self.format(precision) + ", recall " + Self.format(recall)]
        for change in missed {
            lines.append("  missed: \(change.kind.rawValue) \(change.field.rawValue) \(change.parties) \(change.oldArticles) → \(change.newArticles): \(change.before ?? "nil") → \(change.after ?? "nil")")
        }
        for change in unexpected {
            lines.append("  unexpected: \(change.kind.rawValue) \(change.field.rawValue) \(change.parties) \(change.oldArticles) → \(change.newArticles): \(change.before ?? "nil") → \(change.after ?? "nil")")
        }
        return lines.joined(separator: "\n")
    }

    private static func format(_ value: Double) -> String {
        let hundredths = Int((value * 100).rounded())
        return "\(hundredths / 100).\(hundredths % 100 < 10 ? "0" : "")\(hundredths % 100)"
    }
}
