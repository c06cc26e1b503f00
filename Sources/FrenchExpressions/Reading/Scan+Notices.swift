import ConventionModel

extension Scan {
    /// Periods to respect before an effect on the convention itself: a `préavis` with its
    /// length (always), a `délai` or a length `avant` / `après` an event in a sentence that says
    /// what it is for (résiliation, reconduction, mise en demeure, modification), `sans préavis`
    /// (P0D) and an immediate termination (`avec effet immédiat`). The purpose comes from the
    /// words of `notice-purposes.txt` in the same sentence; a delay without them (`transmettre
    /// dans les 48 heures`) is a deadline, not a notice.
    func readNotices() -> [Found<NoticePeriod>] {
        var found: [Found<NoticePeriod>] = []
        var i = 0
        while i < count {
            guard roleMask[i].intersects(.noticeStarts) || quantityAt[i] >= 0 else {
                i += 1
                continue
            }
            if let item = notice(at: i) {
                found.append(item)
                i = max(item.end, i + 1)
            } else {
                i += 1
            }
        }
        return found
    }

    private func notice(at i: Int) -> Found<NoticePeriod>? {
        if let none = hit(.noticeNone, at: i) {
            return immediate(i, Int(none.end), purpose: purpose(around: i))
        }
        if let now = hit(.noticeImmediate, at: i) {
            let purpose = purpose(around: i)
            return purpose == .other ? nil : immediate(i, Int(now.end), purpose: purpose)
        }
        if has(.noticeWord, at: i), let quantity = quantityAfter(i, within: 6) {
            return period(i, quantity, purpose: purpose(around: i))
        }
        if has(.noticeDelay, at: i), let quantity = quantityAfter(i, within: 4) {
            let purpose = purpose(around: i)
            return purpose == .other ? nil : period(i, quantity, purpose: purpose)
        }
        if let quantity = quantity(at: i) {
            // "trois mois avant l'échéance", "trois mois au moins avant …"
            let sideAt = hit(.bound, at: quantity.qualifiedEnd).map { Int($0.end) } ?? quantity.qualifiedEnd
            guard let side = hit(.sides, at: sideAt) else { return nil }
            let purpose = purpose(around: i)
            guard purpose != .other,
                  let phrase = anchorPhrase(from: Int(side.end), trimmed: false, stopWords: false) else { return nil }
            let start = hit(.noticeLead, endingAt: i, back: 3)?.start ?? i
            return Found(start: start, end: phrase.end, value: NoticePeriod(
                id: "", text: text(start, phrase.end), days: quantity.days, period: quantity.period,
                qualifier: quantity.qualifier, anchor: text(sideAt, phrase.end), purpose: purpose))
        }
        return nil
    }

    /// The first quantity in the `within` tokens after `i`, in the same clause, unless another
    /// notice word comes first (`délai de préavis de …`).
    private func quantityAfter(_ i: Int, within: Int) -> Quantity? {
        var k = i + 1
        while k < count, k <= i + within, !isClauseBreak(k) {
            if let quantity = quantity(at: k) { return quantity }
            if has(.noticeWord, at: k) { return nil }
            k += 1
        }
        return nil
    }

    /// A notice of `quantity` introduced at token `i`, with the lead before (`moyennant un`,
    /// `à l'issue d'un`) and the anchor after (`suivant l'envoi d'une lettre recommandée`).
    private func period(_ i: Int, _ quantity: Quantity, purpose: NoticePeriod.Purpose) -> Found<NoticePeriod> {
        let start = leadStart(before: i)
        var end = quantity.qualifiedEnd
        var anchor: String?
        if let side = hit(.noticeAnchor, at: end), let phrase = anchorPhrase(from: Int(side.end), trimmed: false, stopWords: false) {
            anchor = text(end, phrase.end)
            end = phrase.end
        }
        return Found(start: start, end: end, value: NoticePeriod(
            id: "", text: text(start, end), days: quantity.days, period: quantity.period,
            qualifier: quantity.qualifier ?? qualifier(from: i + 1, to: quantity.start), anchor: anchor, purpose: purpose))
    }

    /// A day qualifier written before the length (`un préavis franc de huit jours`, `un délai franc d'un mois`).
    private func qualifier(from start: Int, to end: Int) -> String? {
        for k in start..<max(start, end) {
            if let found = hit(.qualifier, at: k) { return label(found) }
        }
        return nil
    }

    /// A notice of no length (`sans préavis`, `résiliation immédiate`), with the event it follows
    /// when the clause gives one (`… de la convention après signification par courrier recommandé`).
    private func immediate(_ start: Int, _ end: Int, purpose: NoticePeriod.Purpose) -> Found<NoticePeriod> {
        var end = end
        var anchor: String?
        var k = end
        while k < count, k < end + 6, !isClauseBreak(k) {
            if let side = hit(.noticeAnchor, at: k),
               let phrase = anchorPhrase(from: Int(side.end), trimmed: false, stopWords: false) {
                anchor = text(k, phrase.end)
                end = phrase.end
                break
            }
            k += 1
        }
        return Found(start: start, end: end, value: NoticePeriod(id: "", text: text(start, end), days: 0, period: "P0D",
                                                                 anchor: anchor, purpose: purpose))
    }

    /// The farthest lead (`moyennant`, `à l'expiration d'`, `dans un délai de`) in the five
    /// tokens before `i`, within the clause.
    private func leadStart(before i: Int) -> Int {
        var start = i
        var k = i - 1
        while k >= 0, k >= i - 5, !isPunctuation(k), tokens[k + 1].gap != .line {
            if let lead = hit(.noticeLeads, at: k), Int(lead.end) <= i + 3 { start = k }
            k -= 1
        }
        return start
    }

    /// The purpose of the sentence holding token `i`: its heaviest purpose word, the first on a tie.
    func purpose(around i: Int) -> NoticePeriod.Purpose {
        var best: (weight: Double, purpose: NoticePeriod.Purpose) = (0, .other)
        for k in sentence(of: i) {
            guard let h = hit(.purpose, at: k) else { continue }
            let p = payload(h)
            if p.number > best.weight { best = (p.number, p.purpose) }
        }
        return best.purpose
    }
}
