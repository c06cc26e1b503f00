/// A sum of money in its currency: `2 046 069 €` → `value: 2046069, currency: "EUR"`;
/// `0,59 centimes` → `0.0059 EUR`; `1 000 F` → `value: 1000, currency: "FRF"`. `euros` repeats
/// the value for euro amounts only (`null` for francs), as the first contract had it.
public struct Amount: Sendable, Hashable, Codable {
    public var text: String
    /// The amount in `currency`.
    public var value: Double
    /// ISO 4217 code (`EUR`, `FRF`, `USD`).
    public var currency: String
    @Nullable public var article: String?
    @Nullable public var span: Span?

    /// The value when the currency is the euro.
    public var euros: Double? { currency == "EUR" ? value : nil }

    public init(text: String, value: Double, currency: String = "EUR", article: String? = nil, span: Span? = nil) {
        self.text = text
        self.value = value
        self.currency = currency
        self.article = article
        self.span = span
    }

    private enum CodingKeys: String, CodingKey { case text, value, currency, euros, article, span }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        text = try container.decode(String.self, forKey: .text)
        currency = try container.decodeIfPresent(String.self, forKey: .currency) ?? "EUR"
        // Models written before currencies carry only `euros`.
        if let value = try container.decodeIfPresent(Double.self, forKey: .value) {
            self.value = value
        } else {
            value = try container.decode(Double.self, forKey: .euros)
        }
        article = try container.decodeIfPresent(String.self, forKey: .article)
        span = try container.decodeIfPresent(Span.self, forKey: .span)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(text, forKey: .text)
        try container.encode(value, forKey: .value)
        try container.encode(currency, forKey: .currency)
        try container.encode(euros, forKey: .euros)
        try container.encode(article, forKey: .article)
        try container.encode(span, forKey: .span)
    }
}

/// A percentage: `12,5 %` → `value: 12.5`.
public struct Percentage: Sendable, Hashable, Codable {
    public var text: String
    public var value: Double
    @Nullable public var article: String?
    @Nullable public var span: Span?

    public init(text: String, value: Double, article: String? = nil, span: Span? = nil) {
        self.text = text
        self.value = value
        self.article = article
        self.span = span
    }
}

/// A steering body: `un comité de pilotage (COPIL) … se réunit au moins une fois par an`.
public struct Committee: Sendable, Hashable, Codable {
    public var name: String
    @Nullable public var acronym: String?
    @DefaultEmpty public var members: [String]
    @Nullable public var frequency: Frequency?
    @Nullable public var article: String?
    @Nullable public var span: Span?

    public init(name: String, acronym: String? = nil, members: [String] = [], frequency: Frequency? = nil,
                article: String? = nil, span: Span? = nil) {
        self.name = name
        self.acronym = acronym
        self.members = members
        self.frequency = frequency
        self.article = article
        self.span = span
    }
}

/// An item of a list of indicators: `le nombre de demandeurs d'emploi accompagnés`.
public struct Indicator: Sendable, Hashable, Codable {
    public var text: String
    @Nullable public var article: String?
    @Nullable public var span: Span?

    public init(text: String, article: String? = nil, span: Span? = nil) {
        self.text = text
        self.article = article
        self.span = span
    }
}

/// A legal text cited: `Vu la loi n° 2008-1249 du 1er décembre 2008 …`.
public struct LegalReference: Sendable, Hashable, Codable {
    public var text: String
    @Nullable public var span: Span?

    public init(text: String, span: Span? = nil) {
        self.text = text
        self.span = span
    }
}

/// The data of a deliberation: `N° DL.2019-681`, `Séance publique du 16 décembre 2019`,
/// `Conseil municipal`, `53 voix pour`.
public struct Deliberation: Sendable, Hashable, Codable {
    @Nullable public var number: String?
    @Nullable public var date: String?
    @Nullable public var body: String?
    @Nullable public var votes: Votes?

    public init(number: String?, date: String?, body: String?, votes: Votes?) {
        self.number = number
        self.date = date
        self.body = body
        self.votes = votes
    }
}

/// How a deliberation was voted.
public struct Votes: Sendable, Hashable, Codable {
    @Nullable public var `for`: Int?
    @Nullable public var against: Int?
    @Nullable public var abstentions: Int?

    public init(for: Int?, against: Int?, abstentions: Int?) {
        self.for = `for`
        self.against = against
        self.abstentions = abstentions
    }
}

/// A clause the parser recognised but could not resolve: reported, never silently dropped.
///
/// `Finding(code: "obligation.debtor-unresolved", message: "« Il s'engage à … »: no party for « Il »", span: …)`
public struct Finding: Sendable, Hashable, Codable {
    /// A stable identifier (`obligation.debtor-unresolved`).
    public var code: String
    public var message: String
    @Nullable public var span: Span?

    public init(code: String, message: String, span: Span?) {
        self.code = code
        self.message = message
        self.span = span
    }
}
