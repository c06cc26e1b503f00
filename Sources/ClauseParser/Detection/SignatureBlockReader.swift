import ConventionModel
import DocumentText

/// Reads the signature block (`Fait à Limoges, le … / Pour le Département de la Haute-Vienne,
/// Pour la Mission locale, / Le Président, …`) to confirm the signatories found at the top, and
/// to find them there when the top of the document names none.
///
/// `Pour la Métropole Aix Marseille Provence, Pour Pôle emploi,` → both parties signed.
struct SignatureBlockReader {
    /// How many lines after `Fait à …` the block may take.
    private let depth = 8

    struct Result {
        /// Party ids named by the block; nil when the document has no signature block.
        var signed: Set<String>?
        /// `Pour …` segments that name no known party.
        var unknown: [(text: String, span: Span)]
    }

    func read(lines: [TextLine], resolver: PartyResolver, text: NormalizedText) -> Result {
        guard let start = lines.firstIndex(where: { Self.opensSignatures($0) }) else { return Result(signed: nil, unknown: []) }
        var signed = Set<String>()
        var unknown: [(String, Span)] = []
        for line in lines[(start + 1)..<min(lines.count, start + 1 + depth)] where !line.isBlank {
            for (segment, offset) in Self.pourSegments(line) {
                let ids = resolver.groups(Tokenizer.tokens(segment)[...]).flatMap(\.ids)
                if !ids.isEmpty {
                    signed.formUnion(ids)
                } else {
                    let at = line.start + offset
                    unknown.append((segment, Span(start: at, end: at + segment.unicodeScalars.count, page: text.page(at: at))))
                }
            }
            // Roles without "Pour": "La Présidente du Conseil départemental   Le directeur régional de Pôle emploi".
            for group in resolver.groups(line.tokens[...]) { signed.formUnion(group.ids) }
        }
        return Result(signed: signed, unknown: unknown)
    }

    /// The names after each `Pour` of a line: `Pour la Commune, Pour l'association X,` →
    /// `["la Commune", "l'association X"]` with their offsets in the line.
    static func pourSegments(_ line: TextLine) -> [(String, Int)] {
        let starts = line.tokens.indices.filter { line.tokens[$0].word == "pour" && line.scalars[line.tokens[$0].start].properties.isUppercase }
        return starts.enumerated().compactMap { n, index in
            guard index + 1 < line.tokens.count else { return nil }
            let from = line.tokens[index + 1].start
            let to = n + 1 < starts.count ? line.tokens[starts[n + 1]].start : line.scalars.count
            let segment = ObligationDetector.slice(line.scalars, from, ObligationDetector.trimmedEnd(line.scalars, to))
            return segment.isEmpty ? nil : (segment, from)
        }
    }

    /// `Fait à Marseille, le …`, `Fait en trois exemplaires originaux, à …`.
    static func opensSignatures(_ line: TextLine) -> Bool {
        guard line.tokens.count >= 2, line.tokens[0].word == "fait" else { return false }
        return placeOrDate.contains(line.tokens[1].word)
    }

    private static let placeOrDate: WordSet = ["a", "en", "le"]
}
