import ConventionModel

/// What one list entry means: its role and the value the list gives it.
///
/// `months.txt: "févr. = 2"` → `Payload(role: .month, number: 2)`;
/// `notice-purposes.txt: "mise en demeure = breach 4"` → `Payload(role: .purpose, number: 4, purpose: .breach)`.
struct Payload: Sendable {
    var role: Role
    /// The value: a number, a month, a rank, times a year, euros, a multiplier or a weight.
    var number: Double = 0
    var unit: TimeUnit = .day
    /// Index in ``ExpressionLexicon/labels`` of the canonical form kept in the model (`ouvrés`, `signature`).
    var label: Int32 = -1
    var purpose: NoticePeriod.Purpose = .other
    /// `dernier`, `dernière`: the last of a series.
    var isLast = false
}
