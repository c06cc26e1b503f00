/// Reads the condition a commitment is subject to: `sous réserve de l'accord du bénéficiaire`,
/// `en cas de besoin`, `dans l'éventualité d'un retard`, up to the next comma or the end.
enum ConditionReader {
    private static let openers = ["sous reserve d", "en cas d", "dans l'eventualite d", "a condition qu", "a condition d", "si besoin", "le cas echeant"]

    static func condition(in text: String) -> String? {
        let folded = Folding.fold(text)
        for opener in openers {
            guard let r = folded.range(of: opener) else { continue }
            let start = folded.distance(from: folded.startIndex, to: r.lowerBound)
            let tail = String(text.unicodeScalars.dropFirst(start))
            let end = tail.firstIndex { $0 == "," || $0 == ";" || $0 == "." } ?? tail.endIndex
            return String(tail[..<end]).trimmingCharacters(in: .whitespaces)
        }
        return nil
    }
}

import Foundation
