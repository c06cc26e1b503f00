import ConventionModel

/// Tells a deliberation from a convention or an avenant by its first lines, and finds its title.
///
/// `EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS …` → `.deliberation`; `AVENANT N° 2 À LA CONVENTION …`
/// → `.avenant`; `CONVENTION DE COOPERATION ENTRE …` → `.convention`.
enum DocumentKindReader {
    /// How many lines of the opening are read.
    private static let opening = 25

    static func kind(of lines: [TextLine]) -> DocumentInfo.Kind {
        let head = lines.prefix(opening)
        if head.contains(where: { $0.opens(with: deliberationWords) || $0.contains(registerOfDeliberations) || $0.contains(extractOfMinutes) }) {
            return .deliberation
        }
        if head.contains(where: { $0.opens(with: amendmentWords) }) { return .avenant }
        if lines.contains(where: { $0.tokens.contains { agreementNouns.contains($0.word) } }) { return .convention }
        return .unknown
    }

    private static let agreementNouns: WordSet = ["convention", "conventions"]
    private static let amendmentWords: WordSet = ["avenant"]
    private static let deliberationWords: WordSet = ["deliberation", "deliberations"]
    private static let objectWords: WordSet = ["objet", "objets"]
    private static let registerOfDeliberations = Tokenizer.phrase("registre des délibérations")
    private static let extractOfMinutes = Tokenizer.phrase("extrait du procès-verbal")

    /// The `OBJET :` line of a deliberation, else the first line naming the convention.
    static func title(of lines: [TextLine]) -> String? {
        let head = lines.prefix(opening)
        if let object = head.first(where: { $0.opens(with: objectWords) }) {
            return object.text.drop { $0 != ":" }.dropFirst().trimming()
        }
        return head.first { line in
            (line.opens(with: agreementNouns) || line.opens(with: amendmentWords)) && line.scalars.count < 200
        }?.text
    }
}

