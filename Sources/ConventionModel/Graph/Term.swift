/// How long the convention lasts, from when, until when, and how it is renewed.
///
/// `La présente convention est conclue pour une durée d'un an à compter de sa notification.
/// Elle est renouvelable par tacite reconduction dans la limite de trois ans.` →
/// `Term(duration: StatedDuration(months: 12, period: "P1Y"), effective: EffectiveDate(event: "notification"),
///       renewal: Renewal(kind: .tacit, periodMonths: 12, maxMonths: 36))`
public struct Term: Sendable, Hashable, Codable {
    @Nullable public var duration: StatedDuration?
    @Nullable public var effective: EffectiveDate?
    @Nullable public var end: EndDate?
    @Nullable public var renewal: Renewal?

    public init(duration: StatedDuration? = nil, effective: EffectiveDate? = nil, end: EndDate? = nil, renewal: Renewal? = nil) {
        self.duration = duration
        self.effective = effective
        self.end = end
        self.renewal = renewal
    }
}

/// A length of time as the text states it: `de trois (3) ans` → `months: 36, period: "P3Y"`;
/// `pour la période 2016-2019` → `months: 48, period: "P4Y"`.
public struct StatedDuration: Sendable, Hashable, Codable {
    public var text: String
    public var months: Int
    /// ISO 8601 in the unit written (`P1Y`, `P18M`).
    public var period: String

    public init(text: String, months: Int, period: String) {
        self.text = text
        self.months = months
        self.period = period
    }
}

/// When the convention takes effect: a date (`à compter du 1er janvier 2018`) or an event
/// (`à compter de sa notification` → `event: "notification"`).
public struct EffectiveDate: Sendable, Hashable, Codable {
    public var text: String
    /// `YYYY-MM-DD`.
    @Nullable public var date: String?
    /// `signature`, `notification`, `transmission`…
    @Nullable public var event: String?

    public init(text: String, date: String? = nil, event: String? = nil) {
        self.text = text
        self.date = date
        self.event = event
    }
}

/// When the convention ends: `jusqu'au 31 décembre 2027` → `date: "2027-12-31"`.
public struct EndDate: Sendable, Hashable, Codable {
    public var text: String
    @Nullable public var date: String?

    public init(text: String, date: String?) {
        self.text = text
        self.date = date
    }
}

/// How the convention is renewed: `reconduite tacitement chaque année dans la limite de 3 ans`
/// → `kind: .tacit, periodMonths: 12, maxMonths: 36`.
public struct Renewal: Sendable, Hashable, Codable {
    public enum Kind: String, Sendable, Hashable, Codable {
        /// `par tacite reconduction`.
        case tacit
        /// `par voie d'avenant`, `renouvelée par décision expresse`.
        case express
        /// `ne peut être reconduite tacitement` with no other way.
        case none
    }

    public var text: String
    @Nullable public var kind: Kind?
    @Nullable public var periodMonths: Int?
    @Nullable public var maxMonths: Int?

    public init(text: String, kind: Kind?, periodMonths: Int? = nil, maxMonths: Int? = nil) {
        self.text = text
        self.kind = kind
        self.periodMonths = periodMonths
        self.maxMonths = maxMonths
    }
}
