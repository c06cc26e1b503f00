import ConventionModel

/// Tells a deliberation from a convention or an avenant by its first lines, and finds its title.
///
/// `EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS …` → `.deliberation`; `AVENANT N° 2 À LA CONVENTION …`
/// → `.avenant`; `CONVENTION DE COOPERATION ENTRE …` → `.convention`.
enum DocumentKindReader {
    /// How many lines of the opening are read.
    private static let opening = 25

    static func kind(of lines: [TextLine]) -> DocumentInfo.Kind {
        let head = lines.prefix(opening).map { Folding.fold($0.text) }
        if head.contains(where: { $0.contains("registre des deliberations") || $0.hasPrefix("deliberation") || $0.contains("extrait du proces-verbal") }) {
            return .deliberation
        }
        if head.contains(where: { $0.hasPrefix("avenant") }) { return .avenant }
        if lines.contains(where: { Folding.fold($0.text).contains("convention") }) { return .convention }
        return .unknown
    }

    /// The `OBJET :` line of a deliberation, else the first line naming the convention.
    static func title(of lines: [TextLine]) -> String? {
        let head = lines.prefix(opening)
        if let object = head.first(where: { Folding.fold($0.text).hasPrefix("objet") }) {
            return object.text.drop { $0 != ":" }.dropFirst().trimming()
        }
        return head.first { line in
            let folded = Folding.fold(line.text)
            return (folded.hasPrefix("convention") || folded.hasPrefix("avenant")) && line.text.count < 200
        }?.text
    }
}

import Foundation
