import GRDB

extension ConventionStore {
    /// Where matching put a new document, or why it did not link one that looked like a version.
    struct Placement {
        var link: LineageLink?
        var note: String?
    }

    /// Puts the new document `new` (already inserted, unlinked) into the lineage of the stored
    /// document most like it — same parties, similar title or object — at the place its date
    /// gives: after the latest version dated before it, before the next one.
    func place(_ db: Database, _ new: LineageFacts) throws -> Placement {
        let others = try Self.facts(db, excluding: new.id)
        var best: (facts: LineageFacts, similarity: LineageMatcher.Similarity)?
        for candidate in others {
            guard let similarity = matcher.versionSimilarity(new, candidate) else { continue }
            if let current = best {
                let better = similarity.score > current.similarity.score
                    || (similarity.score == current.similarity.score && (candidate.versionDate ?? "") > (current.facts.versionDate ?? ""))
                if !better { continue }
            }
            best = (candidate, similarity)
        }
        guard let (match, _) = best else { return Placement() }
        let byID = Dictionary(uniqueKeysWithValues: others.map { ($0.id, $0) })
        let chain = try Self.chain(db, containing: match.id).compactMap { byID[$0] }
        let hint = "not linked (if it replaces #\(match.id), remove it and ingest it again with --supersedes \(match.id))"
        guard let date = new.versionDate else {
            return Placement(note: "looks like a version of #\(match.id) but states no date to order them; \(hint)")
        }
        if let same = chain.first(where: { $0.versionDate == date }) {
            return Placement(note: "looks like a version of #\(same.id) but bears the same date (\(date)); \(hint)")
        }
        if let index = chain.lastIndex(where: { ($0.versionDate.map { $0 < date }) ?? false }) {
            let previous = chain[index]
            let next = index + 1 < chain.count ? chain[index + 1] : nil
            let reason = reason(later: new, earlier: previous)
            if let next { try setLink(db, next.id, to: nil, reason: nil) }
            try setLink(db, new.id, to: previous.id, reason: reason)
            if let next { try setLink(db, next.id, to: new.id, reason: self.reason(later: next, earlier: new)) }
            return Placement(link: LineageLink(supersedes: previous.id, supersededBy: next?.id, reason: reason))
        }
        // Every dated version is later: the new document is the oldest of the lineage.
        guard let head = chain.first, let headDate = head.versionDate, headDate > date else {
            return Placement(note: "looks like a version of #\(match.id), whose lineage has no date to order them; \(hint)")
        }
        let reason = reason(later: head, earlier: new)
        try setLink(db, head.id, to: new.id, reason: reason)
        return Placement(link: LineageLink(supersedes: nil, supersededBy: head.id, reason: reason))
    }

    /// Links `new` after `earlier` as the user said (`--supersedes`); a version that
    /// superseded `earlier` now supersedes `new`.
    func link(_ db: Database, _ new: Int64, after earlier: Int64) throws -> LineageLink {
        let next = try Int64.fetchOne(db, sql: "SELECT id FROM document WHERE supersedes = ?", arguments: [earlier])
        if let next { try setLink(db, next, to: nil, reason: nil) }
        let reason = "--supersedes \(earlier)"
        try setLink(db, new, to: earlier, reason: reason)
        if let next { try setLink(db, next, to: new, reason: "relinked when #\(new) was put before it with --supersedes \(earlier)") }
        return LineageLink(supersedes: earlier, supersededBy: next, reason: reason)
    }

    private func reason(later: LineageFacts, earlier: LineageFacts) -> String {
        guard let similarity = matcher.similarity(later, earlier) else {
            return "same parties, later date (\(later.versionDate ?? "?") after \(earlier.versionDate ?? "?"))"
        }
        return matcher.reason(similarity, later: later, earlier: earlier)
    }

    private func setLink(_ db: Database, _ id: Int64, to earlier: Int64?, reason: String?) throws {
        try db.execute(sql: "UPDATE document SET supersedes = ?, linkReason = ? WHERE id = ?", arguments: [earlier, reason, id])
    }
}
