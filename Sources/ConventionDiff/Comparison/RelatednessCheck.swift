import Foundation

/// Whether two documents are two versions of one convention at all: they share a party (by
/// name or alias), or their titles agree, or enough of their text. Two conventions with none
/// of these are not compared change by change (each article would read as rewritten, each
/// party as renamed into another).
///
/// A convention Commune / association against a convention État / SGFGAS →
/// `Aucune partie en commun (ancienne version : Commune de Genas ; nouvelle version : Etat, SGFGAS), …`.
enum RelatednessCheck {
    /// Titles agree from this Dice coefficient of their words.
    static let titleAgreement = 0.5
    /// Below this share of three-word sequences in common, the texts are another text.
    static let sharedTextFloor = 0.15

    static func unrelated(_ old: Version, _ new: Version, parties: PartyAligner.Result) -> ConventionDiffReport.Unrelated? {
        // An empty version is compared as it is: everything the other holds was added or removed.
        guard !old.plainTokens.isEmpty, !new.plainTokens.isEmpty else { return nil }
        let oldParties = old.graph.parties, newParties = new.graph.parties
        let sharedParty = oldParties.contains { o in newParties.contains { PartyAligner.nameAgreement(o, $0) >= 0.5 } }
        let title: Double? = switch (old.graph.document.title, new.graph.document.title) {
        case let (a?, b?): PartyAligner.dice(WordFolding.words(a), WordFolding.words(b))
        default: nil
        }
        let shared = sharedText(old.plainTokens.map(\.key), new.plainTokens.map(\.key))
        let titlesAgree = (title ?? 0) >= titleAgreement
        guard !titlesAgree, !sharedParty || shared < sharedTextFloor else { return nil }
        guard shared < 0.5 else { return nil }
        var reasons: [String] = []
        if !sharedParty {
            func names(_ list: [String]) -> String { list.isEmpty ? "aucune partie reconnue" : list.joined(separator: ", ") }
            reasons.append("aucune partie en commun (ancienne version : \(names(oldParties.map(\.name))) ; nouvelle version : \(names(newParties.map(\.name))))")
        }
        if let title {
            reasons.append("des titres sans rapport (\(Int((title * 100).rounded())) % de mots communs)")
        } else {
            reasons.append("un titre absent")
        }
        reasons.append("\(Int((shared * 100).rounded())) % du texte en commun")
        return .init(reason: reasons.joined(separator: ", "), sharedText: shared, titleSimilarity: title)
    }

    /// The share of the shorter text's three-word sequences that the other text has.
    static func sharedText(_ a: [Int32], _ b: [Int32]) -> Double {
        let x = Unit.shingles(a), y = Unit.shingles(b)
        let (small, large) = x.count <= y.count ? (x, y) : (y, x)
        guard !small.isEmpty else { return large.isEmpty ? 1 : 0 }
        return Double(small.intersection(large).count) / Double(small.count)
    }
}
