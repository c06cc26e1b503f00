/// How the days of a delay are counted, as the text qualifies them.
///
/// `dans un délai de dix jours ouvrés` → `.worked`; `quinze jours ouvrables` → `.workable`;
/// `un délai franc de huit jours`, `huit jours francs` → `.clear`; `trente jours calendaires`
/// or nothing said → `.calendar`.
public enum DayCount: String, Sendable, Hashable, CaseIterable {
    /// Every day counts; the delay ends on its last day.
    case calendar
    /// Délai franc: neither the day it starts from nor the day it reaches counts, so the act
    /// may still be done the day after (`8 jours francs` after the 1st → the 10th).
    case clear
    /// Jours ouvrés: Monday to Friday, public holidays left out.
    case worked
    /// Jours ouvrables: Monday to Saturday, public holidays left out.
    case workable

    /// The count a model's qualifier (`ouvrés`, `ouvrables`, `francs`, `calendaires`) names;
    /// `.calendar` for nil or another word.
    public init(qualifier: String?) {
        let folded = qualifier.map(Folded.fold) ?? ""
        if folded.hasPrefix("ouvrable") {
            self = .workable
        } else if folded.hasPrefix("ouvre") {
            self = .worked
        } else if folded.hasPrefix("franc") {
            self = .clear
        } else {
            self = .calendar
        }
    }

    /// How the reader is told: `jours ouvrés (du lundi au vendredi, hors jours fériés)`.
    public var french: String {
        switch self {
        case .calendar: "jours calendaires"
        case .clear: "délai franc (ni le jour de départ ni le jour d'échéance ne comptent)"
        case .worked: "jours ouvrés (du lundi au vendredi, hors jours fériés)"
        case .workable: "jours ouvrables (du lundi au samedi, hors jours fériés)"
        }
    }

    /// The count a model's qualifier names, else the one its text's words name (a graph
    /// stored before deadlines kept their qualifier): `dans un délai de dix jours ouvrés` → `.worked`.
    public init(qualifier: String?, text: String) {
        if let qualifier {
            self.init(qualifier: qualifier)
            return
        }
        let folded = Folded.fold(text)
        let word = ["ouvrables", "ouvrable", "ouvres", "ouvre", "francs", "franc"].first { Folded.contains(folded, word: $0) }
        self.init(qualifier: word)
    }

    /// A length with its count: `10 jours ouvrés`, `8 jours francs`, `1 mois (délai franc)`, `3 mois`.
    public func describe(_ period: CalendarPeriod) -> String {
        let plural = period.days > 1 ? "s" : ""
        switch self {
        case .calendar: return period.french
        case .clear: return period.totalMonths == 0 ? "\(period.french) franc\(plural)" : "\(period.french) (délai franc)"
        case .worked: return period.days == 0 ? period.french : "\(period.french) ouvré\(plural)"
        case .workable: return period.days == 0 ? period.french : "\(period.french) ouvrable\(plural)"
        }
    }
}
