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
        /// The persons who sign, in the block's order.
        var signatories: [Signatory] = []
    }

    /// A person under the block: `Pour l'Etat : / La ministre de l'écologie, / Nathalie
    /// Kosciusko-Morizet` → role `ministre de l'écologie`, name `Nathalie Kosciusko-Morizet`,
    /// party segment `l'Etat`.
    struct Signatory: Equatable {
        var name: String
        var role: String?
        /// The `Pour …` segment above the person, if any.
        var forParty: String?
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
        return Result(signed: signed, unknown: unknown, signatories: signatories(after: start, lines: lines))
    }

    /// The persons of the block: a role over one or more lines (`Le président du conseil
    /// général,`), then a line with the name alone (`C. Belot`), each under the `Pour …` above it.
    func signatories(after start: Int, lines: [TextLine]) -> [Signatory] {
        var people: [Signatory] = []
        var forParty: String?
        var role: [String] = []
        var taken = 0
        for line in Self.columns(lines[(start + 1)..<min(lines.count, start + 1 + 3 * depth)]) where !line.isBlank {
            taken += 1
            if taken > 24 { break }
            let text = line.text.trimming()
            let pour = Self.pourSegments(line)
            if let (segment, _) = pour.first, pour.count == 1, line.tokens.first?.word == "pour" {
                forParty = segment
                role = []
                continue
            }
            // "Paris-Rhin-Rhône :" ends a "Pour …" spread over two lines.
            if text.hasSuffix(":"), role.isEmpty, let party = forParty {
                forParty = party + " " + text.trimming(" :")
                continue
            }
            if Self.isName(line) {
                // "Jean Dumont, Maire": the role after the name.
                var name = text, roleAfter: String?
                if let comma = text.firstIndex(of: ","), text[..<comma].contains(" ") {
                    name = String(text[..<comma])
                    roleAfter = String(text[text.index(after: comma)...]).trimming(" ,")
                }
                if !role.isEmpty || forParty != nil {
                    let joined = role.joined(separator: " ").trimming(" ,")
                    people.append(Signatory(name: name, role: joined.isEmpty ? roleAfter : PartyDetector.dropDeterminer(joined), forParty: forParty))
                }
                role = []
                continue
            }
            guard line.tokens.first.map({ Self.roleOpeners.contains($0.word) }) == true || !role.isEmpty && role.last?.hasSuffix(",") == true else {
                if !people.isEmpty { break }
                continue
            }
            role.append(text)
        }
        return people
    }

    /// The lines of a block laid out side by side (`Pour la Commune      Pour l'Association`),
    /// read one column after the other: a run of three spaces or more opens the next column.
    static func columns(_ lines: ArraySlice<TextLine>) -> [TextLine] {
        let cells = lines.map(Self.cells)
        let width = cells.map(\.count).max() ?? 0
        guard width > 1 else { return Array(lines) }
        var result: [TextLine] = []
        for column in 0..<width {
            for (line, lineCells) in zip(lines, cells) {
                guard !line.isBlank else { result.append(line); continue }
                guard column < lineCells.count else { continue }
                let cell = lineCells[column]
                result.append(TextLine(start: line.start + cell.lowerBound, end: line.start + cell.upperBound, index: line.index,
                                       scalars: Array(line.scalars[cell]), classifier: WordClassifier()))
            }
        }
        return result
    }

    /// The ranges of a line's text between runs of three spaces or more (or a tab, which the
    /// normalised text keeps for such a run).
    private static func cells(_ line: TextLine) -> [Range<Int>] {
        var cells: [Range<Int>] = []
        var start = 0, gapStart = 0, width = 0
        for (i, scalar) in line.scalars.enumerated() {
            if scalar == " " || scalar == "\t" {
                if width == 0 { gapStart = i }
                width += scalar == "\t" ? columnGap : 1
                continue
            }
            if width >= columnGap, gapStart > start { cells.append(start..<gapStart); start = i }
            width = 0
        }
        let end = width > 0 ? gapStart : line.scalars.count
        if start < end { cells.append(start..<end) }
        return cells
    }

    /// How many spaces part two columns.
    private static let columnGap = 3

    /// A line that holds a person's name alone: a few capitalised words or initials (`P. Nourry`,
    /// `J.-M. Michel`, `François de RICOLFIS`), no determiner, no final comma.
    static func isName(_ line: TextLine) -> Bool {
        let words = line.tokens.filter(\.isWord)
        guard (1...5).contains(words.count), line.scalars.count <= 50, let first = line.scalars.first, first.properties.isUppercase,
              !roleOpeners.contains(words[0].word), words[0].word != "pour", words[0].word != "fait",
              !line.tokens.contains(where: \.startsWithDigit), let last = line.scalars.last, last != ",", last != ":" else { return false }
        let capitals = words.filter { line.scalars[$0.start].properties.isUppercase }.count
        return capitals >= 2 || capitals == words.count && words.count >= 1 && line.scalars.contains(".")
    }

    /// Words that open a signatory's role (`Le`, `La`).
    private static let roleOpeners: WordSet = ["le", "la", "l'", "les"]

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

    /// `Fait à Marseille, le …`, `Fait en trois exemplaires originaux, à …`, `A La Rochelle, le 9
    /// août 1999.`
    static func opensSignatures(_ line: TextLine) -> Bool {
        guard line.tokens.count >= 2 else { return false }
        if line.tokens[0].word == "fait" { return placeOrDate.contains(line.tokens[1].word) }
        // "A Paris, le 3 mars 2010": a place and a date on a short line.
        return line.tokens[0].word == "a" && line.scalars.count <= 80 && line.tokens.contains { $0.word == "le" }
            && line.tokens.contains(where: \.startsWithDigit)
    }

    private static let placeOrDate: WordSet = ["a", "en", "le"]
}
