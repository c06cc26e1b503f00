import ConventionModel

/// Compares two versions of a convention — a renewal and the convention it replaces — and
/// reports what changed: parties renamed, articles renumbered, moved, split or merged,
/// obligations added, removed or modified per party, term, notices, amounts, rates and committees.
///
/// ```swift
/// let report = ConventionDiff.compare(old: old2021, oldText: text2021, new: old2024, newText: text2024)
/// for change in report.changes { print(change.kind, change.field, change.before ?? "", "→", change.after ?? "") }
/// // renamed party Pôle emploi → France Travail
/// // modified term.duration 1 an → 3 ans
/// // modified notice 1 mois → 3 mois
/// ```
/// Two documents that share no party, no title and little text are not compared change by
/// change: the report carries ``ConventionDiffReport/unrelated`` and no change.
public enum ConventionDiff {
    /// Compares two graphs and the normalised texts their spans count into
    /// (`clausier text FILE`). `oldPageStarts` and `newPageStarts` are the offsets where each
    /// page starts in those texts; without them, pages are read from the graphs' spans.
    public static func compare(old: ConventionGraph, oldText: String, oldPageStarts: [Int]? = nil,
                               new: ConventionGraph, newText: String, newPageStarts: [Int]? = nil) -> ConventionDiffReport {
        let oldDocument = ConventionDiffReport.Document(source: old.document.source, sha256: old.document.sha256, title: old.document.title)
        let newDocument = ConventionDiffReport.Document(source: new.document.source, sha256: new.document.sha256, title: new.document.title)
        var engine = DiffEngine(old: old, oldText: oldText, oldPageStarts: oldPageStarts, new: new, newText: newText,
                                newPageStarts: newPageStarts)
        if let unrelated = RelatednessCheck.unrelated(engine.old, engine.new, parties: engine.parties) {
            let entries = engine.parties.entries.filter { $0.status != .kept && $0.status != .renamed }
                + engine.parties.entries.filter { $0.status == .kept || $0.status == .renamed }.flatMap(Self.split)
            var report = ConventionDiffReport(old: oldDocument, new: newDocument, parties: entries, changes: [])
            report.unrelated = unrelated
            return report
        }
        let changes = engine.run()
        var report = ConventionDiffReport(old: oldDocument, new: newDocument, parties: engine.parties.entries, changes: changes)
        report.redline = engine.redline()
        return report
    }

    /// Documents found unrelated have no party in common: a pair matched on weak signs reads
    /// as one party that left and one that joined.
    private static func split(_ entry: ConventionDiffReport.PartyEntry) -> [ConventionDiffReport.PartyEntry] {
        [.init(id: entry.id, status: .added, oldId: nil, newId: entry.newId, oldName: nil, newName: entry.newName),
         .init(id: "old:" + (entry.oldId ?? entry.id), status: .removed, oldId: entry.oldId, newId: nil, oldName: entry.oldName, newName: nil)]
    }
}
