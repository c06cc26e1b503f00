import ConventionModel

/// Everything ``FrenchExpressions/analyze(_:)`` found in one pass over a text, each list in
/// text order.
///
/// `"… conclue pour une durée de 2 ans à compter de sa signature …"` →
/// `durations: [Match(text: "pour une durée de 2 ans", value: StatedDuration(months: 24, period: "P2Y"))]`,
/// `effectives: [Match(text: "à compter de sa signature", value: EffectiveDate(event: "signature"))]`.
public struct FoundExpressions: Sendable {
    /// Cardinals and ordinals, in figures or words (`quatre-vingt-dix-sept` → 97, `1er` → 1).
    public var numbers: [Match<Double>]
    /// Complete dates as ISO `YYYY-MM-DD` (`1er janvier 2018` → `2018-01-01`).
    public var dates: [Match<String>]
    public var durations: [Match<StatedDuration>]
    public var frequencies: [Match<Frequency>]
    public var deadlines: [Match<Deadline>]
    /// Notice periods; `id` is empty and `article`, `span` are nil: the parser fills them.
    public var notices: [Match<NoticePeriod>]
    /// Sums of money in euros (`0,59 centimes` → 0.0059).
    public var amounts: [Match<Money>]
    /// Percentages (`12,5 %` → 12.5, `3 ‰` → 0.3).
    public var percentages: [Match<Double>]
    public var renewals: [Match<Renewal>]
    public var effectives: [Match<EffectiveDate>]
    public var ends: [Match<EndDate>]

    public init(numbers: [Match<Double>] = [], dates: [Match<String>] = [], durations: [Match<StatedDuration>] = [],
                frequencies: [Match<Frequency>] = [], deadlines: [Match<Deadline>] = [],
                notices: [Match<NoticePeriod>] = [], amounts: [Match<Money>] = [], percentages: [Match<Double>] = [],
                renewals: [Match<Renewal>] = [], effectives: [Match<EffectiveDate>] = [], ends: [Match<EndDate>] = []) {
        self.numbers = numbers
        self.dates = dates
        self.durations = durations
        self.frequencies = frequencies
        self.deadlines = deadlines
        self.notices = notices
        self.amounts = amounts
        self.percentages = percentages
        self.renewals = renewals
        self.effectives = effectives
        self.ends = ends
    }
}
