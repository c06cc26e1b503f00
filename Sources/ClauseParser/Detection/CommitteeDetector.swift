import ConventionModel
import DocumentText

/// Finds the steering and follow-up bodies a convention sets up: `un comité de pilotage (COPIL)`,
/// `le comité technique`, `la commission d'animation du territoire`, with their acronym, members
/// (`composé de : …`) and how often they meet.
///
/// `Un comité de pilotage (COPIL) … se réunit au moins une fois par an.` →
/// `Committee(name: "comité de pilotage", acronym: "COPIL", frequency: Frequency(text: "au moins une fois par an", perYear: 1))`
struct CommitteeDetector {
    let heads: PhraseMatcher<Bool>

    /// Words that end a committee's name.
    private static let stops: WordSet = [
        "est", "sont", "sera", "seront", "se", "s'", "qui", "dont", "compose", "composee", "reunit", "reunira", "a", "ont",
        "associant", "charge", "chargee", "preside", "presidee", "mis", "mise", "anime", "animee", "pour", "avec", "en", "au",
        "aux", "sur", "lors", "afin", "dans", "ou", "pourra", "peut", "doit", "devra", "assure", "assurera", "reunissant",
        "constitue", "constituee", "institue", "instituee", "cree", "creee", "permettra", "permet", "veillera", "ce", "cette",
        "aura", "auront", "vise", "visent", "fixe", "fixent", "relative", "relatif", "y", "suivant", "suivants", "suivante",
        "suivantes", "rythmant", "rassemble", "rassemblera", "examine", "examinera", "valide", "validera",
    ]

    private static let linking: WordSet = ["de", "du", "des", "d'", "la", "le", "l'", "les"]
    private static let partitives: WordSet = ["de", "d'", "du", "des"]
    private static let indefinites: WordSet = ["un", "une", "des"]
    private static let datedBy: WordSet = ["du", "en"]

    func detect(lines: [TextLine], structure: StructureSegmenter.Result, articles: [Article], text: NormalizedText,
                frequencies: (Int, Int) -> Frequency?) -> [Committee] {
        var committees: [Committee] = []
        var byKey: [String: Int] = [:]
        for line in lines where line.mayHold(.committeeHead) {
            let scalars = line.scalars, tokens = line.tokens
            var i = 0
            while i < tokens.count {
                guard let (length, _) = heads.match(tokens, at: i) else { i += 1; continue }
                var end = i + length
                var complements = 0
                while end < tokens.count, end - i < 10 {
                    let word = tokens[end].word
                    if !tokens[end].isWord || Self.stops.contains(word) || tokens[end].startsWithDigit { break }
                    if word == "et" {
                        // "comité de suivi et d'intégration des parcours"; not "comité de pilotage et le comité technique".
                        guard end + 1 < tokens.count, Self.partitives.contains(tokens[end + 1].word) else { break }
                    } else if Self.linking.contains(word) {
                        guard end + 1 < tokens.count, tokens[end + 1].isWord, !Self.stops.contains(tokens[end + 1].word) else { break }
                    } else {
                        complements += 1
                    }
                    end += 1
                }
                while end > i + length, Self.linking.contains(tokens[end - 1].word) { end -= 1 }
                defer { i = max(end, i + 1) }
                // A dated body ("la commission permanente du 12 décembre 2024") is cited, not set up.
                let dated = end + 1 < tokens.count && Self.datedBy.contains(tokens[end].word) && tokens[end + 1].startsWithDigit
                guard complements > 0, !dated, line.tokens.first?.word != "vu" else { continue }
                let name = ObligationDetector.slice(scalars, tokens[i].start, tokens[end - 1].end)
                // One body whether named in the singular or the plural ("les comités de suivi").
                let key = tokens[i..<end].map { $0.word == "comites" ? "comite" : line.folded($0) }.joined(separator: " ")
                var acronym: String?
                if end + 2 < tokens.count, tokens[end].word == "(", tokens[end + 2].word == ")" {
                    let candidate = ObligationDetector.slice(scalars, tokens[end + 1].start, tokens[end + 1].end)
                    if candidate.count >= 2, candidate.allSatisfy({ $0.isUppercase || $0 == "-" }) { acronym = candidate }
                }
                let start = line.start + tokens[i].start
                let frequency = frequencies(line.start + tokens[i].start, line.end)
                let unit = structure.unitOfLine[line.index]
                // A body the convention sets up is introduced: "Un comité de pilotage (COPIL) est
                // constitué", "des comités de suivi seront organisés", or named as a list item;
                // "la commission permanente" refers to a body that exists already.
                let namedAsItem = line.isListItem && tokens.firstIndex(where: \.isWord) == i
                let introduced = namedAsItem || acronym != nil || (i > 0 && Self.indefinites.contains(tokens[i - 1].word))
                let known = byKey[key] ?? byKey.first(where: { key.hasPrefix($0.key + " ") || $0.key.hasPrefix(key + " ") })?.value
                if let existing = known, !(introduced && committees[existing].article != unit.map { articles[$0].id }) {
                    if committees[existing].acronym == nil { committees[existing].acronym = acronym }
                    if committees[existing].frequency == nil { committees[existing].frequency = frequency }
                    continue
                }
                guard introduced else { continue }
                byKey[key] = committees.count
                committees.append(Committee(
                    name: name, acronym: acronym, members: members(after: line, lines: lines), frequency: frequency,
                    article: structure.unitOfLine[line.index].map { articles[$0].id },
                    span: Span(start: start, end: line.start + tokens[end - 1].end, page: text.page(at: start))))
            }
        }
        return committees
    }

    /// The list after `composé de :`, `réunit :`, `associe :` in the line that names the body.
    private func members(after line: TextLine, lines: [TextLine]) -> [String] {
        let folded = Folding.fold(line.text)
        guard folded.hasSuffix(":"), ["compose", "reuni", "associ", "membres"].contains(where: folded.contains) else { return [] }
        var members: [String] = []
        var j = line.index + 1
        while j < lines.count, lines[j].isListItem || lines[j].isBlank {
            if !lines[j].isBlank {
                let body = Array(lines[j].itemBody.unicodeScalars)
                members.append(ObligationDetector.slice(body, 0, ObligationDetector.trimmedEnd(body, body.count)))
            }
            j += 1
        }
        return members
    }
}

