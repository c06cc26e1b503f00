import ConventionModel

/// An obligation checklist a person can act on: the convention's key dates, then one row per
/// obligation with its party, article, page, timing, next due dates and an empty status.
/// Built from a ``ConventionGraph`` (``init(graph:options:)``) and rendered as Markdown, CSV,
/// HTML or iCalendar (``render(_:)``).
///
/// ```swift
/// let checklist = try Checklist(graph: graph, options: ChecklistOptions(from: CalendarDate(iso: "2025-01-01")!))
/// checklist.keyDates.map(\.label)   // ["Prise d'effet", "Fin de la convention", "Dernier jour pour envoyer un préavis de résiliation", …]
/// checklist.items.first?.dueDates   // [2025-01-16 …] for « dans un délai de quinze jours … »
/// ```
public struct Checklist: Sendable {
    /// The document's title, or its file name.
    public var title: String
    /// The document the graph was extracted from.
    public var source: String
    /// A short stable key of the document (the start of its SHA-256), for calendar ids.
    public var documentKey: String
    /// Due dates before this day are left out.
    public var from: CalendarDate
    /// The last day due dates are listed for (the end of the convention, or a year ahead
    /// when the end is unknown), nil when nothing is dated.
    public var until: CalendarDate?
    /// Every party of the convention.
    public var parties: [Party]
    /// The party the checklist was limited to (`--party`), nil for all.
    public var party: Party?
    /// The key dates, dated ones in date order, then those whose date is unknown, then the
    /// delays that run from an event.
    public var keyDates: [KeyDate]
    /// The parties' obligations, interdictions and facultés, in the order of the document.
    public var items: [ChecklistItem]
    /// What the convention asks of people or bodies that did not sign it, in the order of the
    /// document; empty when the checklist is limited to one party.
    public var duties: [ChecklistDuty]
    /// What the reader must know about the whole list (an unknown effective date, a past convention…).
    public var notes: [String]

    public init(title: String, source: String, documentKey: String, from: CalendarDate, until: CalendarDate?,
                parties: [Party], party: Party?, keyDates: [KeyDate], items: [ChecklistItem], duties: [ChecklistDuty] = [],
                notes: [String]) {
        self.title = title
        self.source = source
        self.documentKey = documentKey
        self.from = from
        self.until = until
        self.parties = parties
        self.party = party
        self.keyDates = keyDates
        self.items = items
        self.duties = duties
        self.notes = notes
    }

    /// The rows grouped by the parties bound: one section per party in the order of the
    /// convention, then the joint obligations, then those without a resolved party.
    public var sections: [ChecklistSection] {
        var groups: [[String]: [ChecklistItem]] = [:]
        var order: [[String]] = []
        for item in items {
            let key = item.parties.map(\.id)
            if groups[key] == nil { order.append(key) }
            groups[key, default: []].append(item)
        }
        let rank = Dictionary(uniqueKeysWithValues: parties.enumerated().map { ($0.element.id, $0.offset) })
        order.sort { a, b in
            func weight(_ key: [String]) -> (Int, [Int]) {
                (key.isEmpty ? 2 : key.count == 1 ? 0 : 1, key.map { rank[$0] ?? Int.max })
            }
            let (x, y) = (weight(a), weight(b))
            return x.0 != y.0 ? x.0 < y.0 : x.1.lexicographicallyPrecedes(y.1)
        }
        return order.map { key in
            let items = groups[key]!
            return ChecklistSection(parties: items[0].parties, items: items)
        }
    }
}
