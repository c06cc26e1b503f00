/// What a word or phrase of the lists does for the expression readers. The first group comes
/// from the value lists (one list each); the others are named in `expression-cues.txt`
/// (see ``cueNames``).
///
/// `expression-cues.txt: "dans un délai de = deadline.within"` → `.deadlineWithin`.
enum Role: UInt8, Sendable, CaseIterable {
    // value lists
    case cardinal, ordinal, ordinalSuffix, month, timeUnit, frequency, qualifier, event, purpose, currency, scale

    // expression-cues.txt
    case and, half, percent, permille, rangeTo, dateFrom, rangeInclusive, periodLead
    case of, `in`, article, determiner, agreement, lengthNoun, copula
    case frequencyTimes, frequencyPer, frequencyEach, frequencyEvery, frequencyRate, frequencyEvent, bound
    case durationLead, durationPrefix, durationCopula, yearSingle
    case deadlineWithin, deadlineWithinOne, deadlineMax, deadlineLatest, deadlineDuring, before, after
    case anchorLead, anchorStop, yearNext, yearEach, yearOf
    case noticeWord, noticeDelay, noticeNone, noticeImmediate, noticeLead, noticeAnchor
    case effectiveVerb, effectiveFrom, effectiveConnector, endUntil, endVerb
    case renewalWord, renewalTacit, renewalExpress, renewalNegation, renewalLimit

    /// The role names a line of `expression-cues.txt` may give.
    static let cueNames: [String: Role] = [
        "and": .and, "half": .half, "percent": .percent, "permille": .permille,
        "range.to": .rangeTo, "date.from": .dateFrom, "range.inclusive": .rangeInclusive, "period.lead": .periodLead,
        "of": .of, "in": .in, "article": .article, "determiner": .determiner, "agreement": .agreement, "length.noun": .lengthNoun, "copula": .copula,
        "frequency.times": .frequencyTimes, "frequency.per": .frequencyPer, "frequency.each": .frequencyEach,
        "frequency.every": .frequencyEvery, "frequency.rate": .frequencyRate, "frequency.event": .frequencyEvent,
        "bound": .bound,
        "duration.lead": .durationLead, "duration.prefix": .durationPrefix, "duration.copula": .durationCopula,
        "year.single": .yearSingle,
        "deadline.within": .deadlineWithin, "deadline.within-one": .deadlineWithinOne, "deadline.max": .deadlineMax,
        "deadline.latest": .deadlineLatest, "deadline.during": .deadlineDuring, "before": .before, "after": .after,
        "anchor.lead": .anchorLead, "anchor.stop": .anchorStop,
        "year.next": .yearNext, "year.each": .yearEach, "year.of": .yearOf,
        "notice.word": .noticeWord, "notice.delay": .noticeDelay, "notice.none": .noticeNone,
        "notice.immediate": .noticeImmediate, "notice.lead": .noticeLead, "notice.anchor": .noticeAnchor,
        "effective.verb": .effectiveVerb, "effective.from": .effectiveFrom, "effective.connector": .effectiveConnector,
        "end.until": .endUntil, "end.verb": .endVerb,
        "renewal.word": .renewalWord, "renewal.tacit": .renewalTacit, "renewal.express": .renewalExpress,
        "renewal.negation": .renewalNegation, "renewal.limit": .renewalLimit,
    ]
}
