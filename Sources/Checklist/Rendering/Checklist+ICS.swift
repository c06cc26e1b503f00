import Foundation
import ConventionModel

extension Checklist {
    /// The checklist as an iCalendar file (RFC 5545) to import into a calendar: one all-day
    /// event per key date and per due date from ``from`` on, or one event with an RRULE when
    /// an obligation's dates form a regular series. UIDs are stable for a document, an
    /// obligation and a date, so importing a newer export updates the events instead of
    /// duplicating them. An ambiguous date is placed on its earlier candidate, its summary
    /// starting with `⚠ Date ambiguë` and its description giving both.
    ///
    /// ```
    /// BEGIN:VEVENT
    /// UID:fc5bd81a070b-O17-20250331@clausier
    /// DTSTAMP:20250101T090000Z
    /// DTSTART;VALUE=DATE:20250331
    /// RRULE:FREQ=YEARLY;COUNT=3
    /// SUMMARY:O17 · Mission locale : produire\, avant le 31 mars de chaque année\, …
    /// ```
    ///
    /// Every event carries a reminder `reminderDays` days before (on the day itself for 0).
    /// Interdictions, facultés and the duties of those who did not sign have no due date, so no event.
    ///
    /// - Parameters:
    ///   - stamp: the DTSTAMP of every event (when the file was made).
    ///   - reminderDays: how many days before each event its reminder goes off (`--remind`), 0 to 366.
    public func ics(stamp: Date = Date(), reminderDays: Int = 7) -> String {
        let trigger = "-P\(Swift.min(Swift.max(reminderDays, 0), 366))D"
        var w = ICSWriter()
        let dtstamp = ICSWriter.utcStamp(stamp)
        w.raw("BEGIN", "VCALENDAR")
        w.raw("VERSION", "2.0")
        w.raw("PRODID", "-//Clausier//Checklist//FR")
        w.raw("CALSCALE", "GREGORIAN")
        w.raw("METHOD", "PUBLISH")
        w.text("X-WR-CALNAME", "Obligations — " + title + (party.map { " — \($0.name)" } ?? ""))

        for date in keyDates {
            guard let when = date.date, when.latest >= from else { continue }
            var description = [date.label]
            if let source = date.source { description.append("Texte : « \(source) »") }
            if let article = date.article { description.append(article.label) }
            if let note = date.note { description.append(note) }
            description.append("Convention : \(title) (\(source))")
            event(&w, uid: "\(documentKey)-\(date.key)-\(when.earliest.basic)", stamp: dtstamp, start: when.earliest,
                  recurrence: nil, ambiguous: when.isAmbiguous, trigger: trigger,
                  summary: "\(date.label) — \(title)", description: description,
                  categories: ["Date clé"])
        }

        for item in items where !item.dueDates.isEmpty {
            let who = item.parties.map(shortName).joined(separator: " et ")
            let summary = "\(item.id) · " + (who.isEmpty ? "" : "\(who) : ") + shorten(item.text, to: 110)
            var description = [ChecklistText.text(item)]
            if !item.partyNames.isEmpty { description.append("Partie : \(item.partyNames)") }
            description.append("Modalité : \(item.modality.french)")
            let place = ChecklistText.place(item)
            if !place.isEmpty { description.append(place) }
            if let timing = item.timing { description.append("Fréquence / délai : \(timing)") }
            description += item.notes
            switch item.change {
            case .new: description.append("Obligation nouvelle par rapport à la version précédente.")
            case .modified:
                description.append("Obligation modifiée depuis la version précédente"
                                   + (item.previousText.map { " ; texte précédent : « \($0) »" } ?? "") + ".")
            case nil: break
            }
            description.append("Convention : \(title) (\(source))")
            let categories = ["Obligation"] + (item.change.map { [$0 == .new ? "Nouveau" : "Modifié"] } ?? [])
            if let recurrence = item.recurrence, let first = item.dueDates.first?.date.date {
                event(&w, uid: "\(documentKey)-\(item.id)-\(first.basic)", stamp: dtstamp, start: first, recurrence: recurrence,
                      ambiguous: false, trigger: trigger, change: item.change, summary: summary,
                      description: description + ["Échéances : " + item.dueDates.map { ChecklistText.long($0) }.joined(separator: ", ")],
                      categories: categories)
                continue
            }
            for due in item.dueDates {
                var lines = description
                if let label = due.label { lines.insert("Échéance : \(label)", at: 1) }
                if let start = due.windowStart { lines.insert("À partir du \(FrenchCalendar.long(start))", at: 1) }
                event(&w, uid: "\(documentKey)-\(item.id)-\(due.date.earliest.basic)", stamp: dtstamp, start: due.date.earliest,
                      recurrence: nil, ambiguous: due.date.isAmbiguous, trigger: trigger, change: item.change, summary: summary,
                      description: lines + ambiguity(due.date), categories: categories)
            }
        }
        w.raw("END", "VCALENDAR")
        return w.output
    }

    private func event(_ w: inout ICSWriter, uid: String, stamp: String, start: CalendarDate, recurrence: Recurrence?,
                       ambiguous: Bool, trigger: String, change: ChecklistItem.Change? = nil, summary: String,
                       description: [String], categories: [String]) {
        w.raw("BEGIN", "VEVENT")
        w.text("UID", uid + "@clausier")
        w.raw("DTSTAMP", stamp)
        w.raw("DTSTART;VALUE=DATE", start.basic)
        // Without DTEND an all-day event lasts its one day (RFC 5545, 3.6.1): 31 December 9999 has no day after it.
        if let end = start.addingDays(1) { w.raw("DTEND;VALUE=DATE", end.basic) }
        if let recurrence { w.raw("RRULE", recurrence.rrule) }
        var prefix = ""
        if ambiguous { prefix += "\(ChecklistText.ambiguousMark) Date ambiguë — " }
        switch change {
        case .new: prefix += "Nouveau — "
        case .modified: prefix += "Modifié — "
        case nil: break
        }
        w.text("SUMMARY", prefix + summary)
        w.text("DESCRIPTION", description.joined(separator: "\n"))
        w.raw("CATEGORIES", categories.map(ICSWriter.escape).joined(separator: ","))
        w.raw("TRANSP", "TRANSPARENT")
        w.raw("BEGIN", "VALARM")
        w.raw("ACTION", "DISPLAY")
        w.raw("TRIGGER", trigger)
        w.text("DESCRIPTION", prefix + summary)
        w.raw("END", "VALARM")
        w.raw("END", "VEVENT")
    }

    private func ambiguity(_ date: CalendarResult) -> [String] {
        guard let reason = date.reason else { return [] }
        return ["\(ChecklistText.ambiguousMark) Date ambiguë (\(reason)) : \(FrenchCalendar.long(date)). "
                + "L'événement est placé à la première des deux dates, à confirmer."]
    }

    /// The first alias without its article (`la Mission locale` → `Mission locale`), else the name.
    private func shortName(_ party: Party) -> String {
        guard let alias = party.aliases.first else { return party.name }
        for article in ["le ", "la ", "les ", "l'", "l’", "Le ", "La ", "Les ", "L'", "L’"] where alias.hasPrefix(article) {
            let rest = alias.dropFirst(article.count)
            return rest.prefix(1).uppercased() + rest.dropFirst()
        }
        return alias
    }

    private func shorten(_ text: String, to length: Int) -> String {
        guard text.count > length else { return text }
        let cut = text.prefix(length)
        let word = cut.lastIndex(of: " ").map { cut[..<$0] } ?? cut
        return word.trimmingCharacters(in: CharacterSet(charactersIn: " ,;:")) + "…"
    }
}
