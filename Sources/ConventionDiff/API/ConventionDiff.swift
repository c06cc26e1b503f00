import ConventionModel

/// Compares two versions of a convention — a renewal and the convention it replaces — and
/// reports what changed: parties renamed, articles renumbered, moved, split or merged,
/// obligations added, removed or modified per party, term, notices, amounts and committees.
///
/// ```swift
/// let report = ConventionDiff.compare(old: old2021, oldText: text2021, new: old2024, newText: text2024)
/// for change in report.changes { print(change.kind, change.field, change.before ?? "", "→", change.after ?? "") }
/// // renamed party Pôle emploi → France Travail
/// // modified term.duration 1 an → 3 ans
/// // modified notice 1 mois → 3 mois
/// ```
public enum ConventionDiff {
    /// Compares two graphs and the normalised texts their spans count into
    /// (`clausier text FILE`).
    public static func compare(old: ConventionGraph, oldText: String, new: ConventionGraph, newText: String) -> ConventionDiffReport {
        var engine = DiffEngine(old: old, oldText: oldText, new: new, newText: newText)
        let changes = engine.run()
        return ConventionDiffReport(
            old: .init(source: old.document.source, sha256: old.document.sha256, title: old.document.title),
            new: .init(source: new.document.source, sha256: new.document.sha256, title: new.document.title),
            parties: engine.parties.entries, changes: changes)
    }
}
