import ConventionModel

extension Checklist {
    /// Builds the checklist of `graph`: key dates, then one row per obligation (of
    /// `options.party` only when given), with due dates from `options.from` on, then the
    /// duties of those who did not sign (without `options.party`). `text`, the normalised text
    /// the graph's spans point into, lets the sentence of a termination notice say when the
    /// convention may end (`à l'expiration de chaque année d'exécution`); without it the
    /// obligations that hold the notice are read instead.
    ///
    /// Throws ``ChecklistError`` when `options.party` names no party, or several.
    ///
    /// `CONVENTION DE COOPÉRATION 2025-2027` with `from: 2025-01-01` → key dates `Prise d'effet
    /// 1er janvier 2025`, `Fin de la convention 31 décembre 2027`, …; row `O17` due
    /// `31 mars 2025`, `31 mars 2026`, `31 mars 2027`.
    public init(graph: ConventionGraph, text: String? = nil, options: ChecklistOptions) throws(ChecklistError) {
        let source = graph.document.source.isEmpty ? "le document" : graph.document.source
        let party = try options.party.map { name throws(ChecklistError) in
            try PartyMatcher(parties: graph.parties, source: source).party(named: name)
        }
        let timeline = Timeline(term: graph.term, effectiveOverride: options.effective)
        var notes: [String] = []

        let windowStart = Swift.max(options.from, timeline.effective ?? options.from)
        let until: CalendarDate
        if let end = timeline.end {
            until = end.latest
        } else {
            until = windowStart.adding(CalendarPeriod(years: 1))?.earliest.addingDays(-1) ?? CalendarDate.last
            notes.append("Fin de la convention inconnue : échéances listées jusqu'au \(FrenchCalendar.long(until)) (un an).")
        }
        if let note = timeline.effectiveNote, timeline.effective == nil {
            notes.append("Prise d'effet : \(note).")
        }
        if let end = timeline.end, end.latest < options.from {
            notes.append("La convention a pris fin le \(FrenchCalendar.long(end)) : aucune échéance à partir du \(FrenchCalendar.long(options.from)).")
        }

        let calculator = DueDateCalculator(timeline: timeline, from: options.from, until: until, holidays: options.holidays)
        let partiesByID = Dictionary(graph.parties.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        var items: [ChecklistItem] = []
        for obligation in graph.obligations {
            if let party, !obligation.debtors.contains(party.id) { continue }
            let schedule = calculator.schedule(for: obligation)
            let exact = schedule.dates.compactMap(\.date.date)
            let recurrence = exact.count == schedule.dates.count ? Recurrence.detect(exact) : nil
            var timing: [String] = []
            let deadline = obligation.deadline?.text
            if let frequency = obligation.frequency?.text, deadline?.contains(frequency) != true { timing.append(frequency) }
            if let deadline { timing.append(deadline) }
            items.append(ChecklistItem(
                id: obligation.id,
                parties: obligation.debtors.compactMap { partiesByID[$0] },
                modality: obligation.modality,
                text: obligation.text,
                condition: obligation.condition,
                article: ArticleReference(obligation.article, in: graph),
                page: obligation.span?.page,
                timing: timing.isEmpty ? nil : timing.joined(separator: " ; "),
                dueDates: schedule.dates,
                recurrence: recurrence,
                notes: schedule.notes,
                change: options.newObligations.contains(obligation.id) ? .new
                    : options.modifiedObligations[obligation.id] != nil ? .modified : nil,
                previousText: options.modifiedObligations[obligation.id]))
        }
        let ids = Set(graph.obligations.map(\.id))
        let unknown = options.newObligations.union(options.modifiedObligations.keys).subtracting(ids)
        if !unknown.isEmpty {
            notes.append("Obligations signalées nouvelles ou modifiées mais absentes du document : \(unknown.sorted().joined(separator: ", ")).")
        }
        let duties = party != nil ? [] : graph.duties.map { duty in
            ChecklistDuty(id: duty.id, subject: duty.subject, modality: duty.modality, text: duty.text,
                          article: ArticleReference(duty.article, in: graph), page: duty.span?.page)
        }
        if party != nil, !graph.duties.isEmpty {
            notes.append("Obligations de tiers (non signataires) omises : la liste est limitée à une partie.")
        }
        let reader = KeyDateReader(graph: graph, timeline: timeline, from: options.from,
                                   scalars: text.map { Array($0.unicodeScalars) }, holidays: options.holidays)

        self.init(title: graph.document.title ?? Self.fileName(source), source: source,
                  documentKey: Self.key(graph.document), from: options.from,
                  until: until, parties: graph.parties, party: party,
                  keyDates: reader.keyDates(), items: items, duties: duties, notes: notes)
    }

    private static func fileName(_ path: String) -> String {
        path.split(separator: "/").last.map(String.init) ?? path
    }

    /// The first 12 hex digits of the document's SHA-256, else a hash of its file name
    /// (FNV-1a, stable across runs).
    private static func key(_ document: DocumentInfo) -> String {
        if let sha = document.sha256, sha.count >= 12 { return String(sha.prefix(12)) }
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in fileName(document.source).utf8 {
            hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3
        }
        return String(String(hash, radix: 16).prefix(12))
    }
}
