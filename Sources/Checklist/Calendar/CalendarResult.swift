/// The outcome of calendar arithmetic: one date, or an ambiguity stated with its candidates
/// and never resolved by guessing.
///
/// `31 janvier 2025 + 1 mois` → `.ambiguous(candidates: [2025-02-28, 2025-03-01],
/// reason: "31 janvier 2025 + 1 mois : le 31 février 2025 n'existe pas")`;
/// `15 janvier 2025 + 1 mois` → `.exact(2025-02-15)`.
public enum CalendarResult: Sendable, Hashable {
    case exact(CalendarDate)
    /// The day reached does not exist: the candidates (the last day of the month reached and
    /// the first day of the next one, in order) and why.
    case ambiguous(candidates: [CalendarDate], reason: String)

    /// The date when there is exactly one.
    public var date: CalendarDate? {
        if case .exact(let date) = self { return date }
        return nil
    }

    /// Every date this result may be, earliest first.
    public var candidates: [CalendarDate] {
        switch self {
        case .exact(let date): return [date]
        case .ambiguous(let candidates, _): return candidates
        }
    }

    /// The earliest candidate: the safe side for a last day to act.
    public var earliest: CalendarDate { candidates[0] }

    /// The latest candidate.
    public var latest: CalendarDate { candidates[candidates.count - 1] }

    public var isAmbiguous: Bool { date == nil }

    /// Why the date is ambiguous, nil for an exact date.
    public var reason: String? {
        if case .ambiguous(_, let reason) = self { return reason }
        return nil
    }

    /// Applies `step` to every candidate; an ambiguity is kept, with its reason, and the
    /// reasons of new ambiguities are added. Nil when `step` gives no date for a candidate
    /// (one beyond ``CalendarDate/years``).
    public func flatMap(_ step: (CalendarDate) -> CalendarResult?) -> CalendarResult? {
        var dates = Set<CalendarDate>()
        var reasons: [String] = []
        if let reason { reasons.append(reason) }
        for candidate in candidates {
            guard let result = step(candidate) else { return nil }
            dates.formUnion(result.candidates)
            if let reason = result.reason, !reasons.contains(reason) { reasons.append(reason) }
        }
        let sorted = dates.sorted()
        if sorted.count == 1, reasons.isEmpty { return .exact(sorted[0]) }
        return .ambiguous(candidates: sorted, reason: reasons.joined(separator: " ; "))
    }

    /// Moves every candidate by `days` days; nil when one leaves ``CalendarDate/years``.
    public func addingDays(_ days: Int) -> CalendarResult? {
        flatMap { $0.addingDays(days).map(CalendarResult.exact) }
    }
}
