/// What the renderings show under a change's headline: the word diff (shortened) or the text
/// of an added or removed item, and the aspects that changed, in French.
struct ChangeBody {
    var diff: [DiffSegment]?
    var text: String?
    var details: [String]

    init(_ change: ConventionChange) {
        switch change.field {
        case .obligation where change.kind == .added || change.kind == .removed:
            text = change.after ?? change.before
        case .obligation, .article, .termDuration, .termEffective, .termEnd, .termRenewal, .notice, .amount, .rate, .committee:
            diff = change.wordDiff.hasChanges ? DiffExcerpt.shorten(change.wordDiff) : nil
        case .party:
            diff = nil
        }
        details = Self.details(change)
    }

    /// `fréquence : deux fois par an → une fois par an`; for an added or removed obligation,
    /// what it carries (`fréquence : deux fois par an`).
    private static func details(_ change: ConventionChange) -> [String] {
        switch (change.field, change.kind) {
        case (.obligation, .modified), (.notice, .modified), (.committee, .modified), (.termRenewal, .modified):
            let shown = change.field == .obligation ? change.details[...] : change.details.dropFirst()
            return shown.map { detail in
                "\(ChangeLabels.aspectName(detail.aspect)) : \(ChangeLabels.detailValue(detail, detail.before)) → \(ChangeLabels.detailValue(detail, detail.after))"
            }
        case (.obligation, .added), (.obligation, .removed):
            return change.details.filter { !($0.aspect == "modality" && ($0.after ?? $0.before) == "obligation") }.map { detail in
                "\(ChangeLabels.aspectName(detail.aspect)) : \(ChangeLabels.detailValue(detail, detail.after ?? detail.before))"
            }
        default:
            return []
        }
    }
}
