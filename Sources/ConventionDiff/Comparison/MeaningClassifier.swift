/// Which changes alter what the parties owe or receive: a sum, a rate, the term, a notice, a
/// commitment taken on or dropped, or the frequency, deadline or modality of one.
///
/// `durée modifiée : 1 an → 3 ans` → `[.duration]`; an obligation whose `s'engage à` became
/// `peut` → `[.modality]`; an article reworded without a typed change → `[]`.
enum MeaningClassifier {
    static func meaning(of change: ConventionChange) -> [ConventionChange.Meaning] {
        switch change.field {
        case .amount: return [.amount]
        case .rate: return [.rate]
        case .termDuration, .termEffective, .termEnd, .termRenewal: return [.duration]
        case .notice: return [.notice]
        case .obligation where change.kind == .added || change.kind == .removed: return [.commitment]
        case .obligation, .committee:
            guard change.kind == .modified else { return [] }
            var found: [ConventionChange.Meaning] = []
            for detail in change.details {
                let meaning: ConventionChange.Meaning? = switch detail.aspect {
                case "frequency": .frequency
                case "deadline": .deadline
                case "modality": .modality
                default: nil
                }
                if let meaning, !found.contains(meaning) { found.append(meaning) }
            }
            return found
        case .party, .article:
            return []
        }
    }
}
