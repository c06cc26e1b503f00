import ConventionModel
import Lexicons

/// Recognises French value expressions in administrative text — numbers, dates, durations,
/// frequencies, deadlines, notice periods, renewal, effective and end dates, amounts,
/// percentages — with their positions. The vocabulary comes from the word lists of
/// `Lexicons/lists` (see `Lexicons/README.md`), so a list edit changes what is recognised.
///
/// ```swift
/// let expressions = try FrenchExpressions(lexicons: LexiconSet.bundled())
/// expressions.notices(in: "La Métropole peut résilier la convention avec un préavis de six (6) mois.")
/// // [Match(text: "avec un préavis de six (6) mois",
/// //        value: NoticePeriod(days: 180, period: "P6M", purpose: .termination))]
/// ```
public struct FrenchExpressions: Sendable {
    let lexicon: ExpressionLexicon

    /// Reads the word lists; throws when a list is missing or an entry cannot be understood.
    public init(lexicons: LexiconSet) throws {
        lexicon = try ExpressionLexicon(lexicons: lexicons)
    }

    /// Tokenises `text` once and reads every kind of expression from it.
    ///
    /// `"Elle prend effet le 1er janvier 2018 et prendra fin le 31 décembre 2020."` →
    /// `effectives: [… date: "2018-01-01"]`, `ends: [… date: "2020-12-31"]`, `dates: [two dates]`.
    public func analyze(_ text: String) -> FoundExpressions {
        Scan(text: text, lexicon: lexicon).found()
    }

    /// The same, for a text already split into Unicode scalars (offsets are scalar offsets in
    /// both cases), which spares decoding it again.
    public func analyze(scalars: [Unicode.Scalar]) -> FoundExpressions {
        Scan(scalars: scalars, lexicon: lexicon).found()
    }

    /// `"douze mille cinq cents"` → 12500; `"la 3e tranche"` → 3.
    public func numbers(in text: String) -> [Match<Double>] { analyze(text).numbers }

    /// `"Vu la délibération du 19/12/2019"` → `"2019-12-19"`.
    public func dates(in text: String) -> [Match<String>] { analyze(text).dates }

    /// `"pour la période 2016-2019"` → `StatedDuration(months: 48, period: "P4Y")`.
    public func durations(in text: String) -> [Match<StatedDuration>] { analyze(text).durations }

    /// `"une à deux fois par an"` → `Frequency(perYear: 1, maxPerYear: 2)`.
    public func frequencies(in text: String) -> [Match<Frequency>] { analyze(text).frequencies }

    /// `"dans les trois mois qui suivent la signature"` → `Deadline(days: 90, period: "P3M", anchor: "signature")`.
    public func deadlines(in text: String) -> [Match<Deadline>] { analyze(text).deadlines }

    /// `"résiliée … moyennant un préavis de trois mois"` → `NoticePeriod(days: 90, period: "P3M", purpose: .termination)`.
    public func notices(in text: String) -> [Match<NoticePeriod>] { analyze(text).notices }

    /// `"douze mille cinq cents euros (12 500 €)"` → one match, 12500.
    public func amounts(in text: String) -> [Match<Money>] { analyze(text).amounts }

    /// `"cinquante pour cent"` → 50.
    public func percentages(in text: String) -> [Match<Double>] { analyze(text).percentages }

    /// `"Elle est reconduite tacitement chaque année dans la limite de 3 ans."` →
    /// `Renewal(kind: .tacit, periodMonths: 12, maxMonths: 36)`.
    public func renewals(in text: String) -> [Match<Renewal>] { analyze(text).renewals }

    /// `"prend effet à compter de sa notification"` → `EffectiveDate(event: "notification")`.
    public func effectives(in text: String) -> [Match<EffectiveDate>] { analyze(text).effectives }

    /// `"jusqu'au 31 décembre 2027"` → `EndDate(date: "2027-12-31")`.
    public func ends(in text: String) -> [Match<EndDate>] { analyze(text).ends }
}
