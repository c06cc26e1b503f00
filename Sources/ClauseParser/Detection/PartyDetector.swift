import ConventionModel
import DocumentText

/// Finds the signatories in the block that names them (`Entre … D'une part, Et … D'autre
/// part`, `LES SIGNATAIRES DE LA CONVENTION :`), with their short names, representatives and
/// addresses; falls back on the title (`convention … entre X et Y`) when there is no block.
///
/// `Entre la Métropole Aix-Marseille Provence, ci-après nommée « la Métropole », … représentée par
/// Madame Martine Vassal, en sa qualité de Présidente` →
/// `Party(name: "Métropole Aix-Marseille Provence", aliases: ["la Métropole"],
///        representatives: [Representative(name: "Martine Vassal", role: "Présidente")])`
struct PartyDetector: Sendable {
    let vocabulary: PartyVocabulary

    /// How far into the document the signatory block may start (share of lines).
    private let searchShare = 0.6

    func detect(lines: [TextLine], text: NormalizedText) -> [Party] {
        let limit = min(lines.count, max(Int(Double(lines.count) * searchShare), 40))
        for line in lines.prefix(limit) where (line.tokens.first.map({ Self.openingWords.contains($0.word) }) == true || Self.endsWithEntre(line))
            && isOpener(line.text) {
            let segments = partySegments(startingAt: line.index, lines: lines)
            if segments.count >= 2 {
                return segments.enumerated().compactMap { offset, segment in
                    party(from: segment, id: "P\(offset + 1)", text: text)
                }
            }
        }
        let paragraphs = partyParagraphs(lines: lines)
        if !paragraphs.isEmpty {
            return paragraphs.enumerated().compactMap { offset, segment in party(from: segment, id: "P\(offset + 1)", text: text) }
        }
        return partiesFromTitle(lines: lines, text: text)
    }

    /// Parties described one per paragraph without an opener (`La Ville de …, représentée par …,
    /// ci-après « la Ville », / L'association …, dont le siège …`), or together in one paragraph
    /// that defines them collectively (`Le Gouvernement de … et le Gouvernement de …, ci-après
    /// dénommés « les Parties »`): the paragraphs before the first article that carry a party's
    /// cues (representative, defined term, seat).
    private func partyParagraphs(lines: [TextLine]) -> [Segment] {
        var segments: [Segment] = []
        for line in lines.prefix(40) {
            if line.isBlank { continue }
            // The title in capitals comes before the parties; an article ends them.
            if isBlockEnd(line) {
                if segments.isEmpty, let first = line.tokens.first(where: \.isWord), !Self.blockEnds.contains(first.word) { continue }
                break
            }
            // Most lines hold no cue at all: passed over before any string is built.
            guard line.tokens.contains(where: { vocabulary.partyCueStarts.contains($0.word) }) else {
                if segments.count >= 2 { break }
                continue
            }
            var body = line.text
            if let enumerator = line.enumerator { body = String(body.unicodeScalars.dropFirst(enumerator.length)).trimming() }
            let folded = FoldedText(Folding.fold(body))
            // A party paragraph opens with its name: a determiner and a capital, or a placeholder.
            let opening = Tokenizer.tokens(String(body.prefix(30))).first
            guard let first = body.unicodeScalars.first, first == "[" || first == "(" || first == "…"
                    || opening.map({ vocabulary.words.has(.article, $0.word) }) == true || line.enumerator != nil,
                  vocabulary.foldedPartyCues.contains(where: { folded.offset(of: $0) != nil }) else {
                if segments.count >= 2 { break }
                continue
            }
            let segment = Segment(text: body, start: line.start, end: line.end)
            var parts = splitCollective(segment)
            // "Le SDIS …, ci-après « le SDIS », représenté par …, et la commune de …, ci-après
            // « la commune », …, conviennent de ce qui suit": two parties defined in one sentence.
            if parts.count == 1, let first = folded.offset(of: Self.aliasCue), folded.offset(of: Self.aliasCue, from: first + 1) != nil {
                parts = splitAtConjunction(segment).map(droppingClosingClause)
            }
            segments += parts
        }
        return segments.count >= 2 ? segments : []
    }

    /// `la commune …, représentée par son maire, conviennent de ce qui suit :` → the description
    /// without the closing clause after its last comma, when that clause describes nothing.
    private func droppingClosingClause(_ segment: Segment) -> Segment {
        guard let comma = segment.text.lastIndex(of: ",") else { return segment }
        let tail = segment.text[segment.text.index(after: comma)...].trimming()
        // A closing verb is lowercase and describes nothing; a representative or a defined term does.
        let folded = FoldedText(Folding.fold(tail))
        guard let first = tail.unicodeScalars.first, first.properties.isLowercase,
              !vocabulary.foldedPartyCues.contains(where: { folded.offset(of: $0) != nil }) else { return segment }
        var trimmed = segment
        trimmed.text = String(segment.text[..<comma])
        return trimmed
    }

    /// `A et B, ci-après dénommés « les Parties »` → `A`, `B`.
    private func splitCollective(_ segment: Segment) -> [Segment] {
        let folded = Folding.fold(segment.text)
        // « les Parties », "les Parties", or unquoted after ci-après: "ci-après dénommés les Parties".
        let definesAll = vocabulary.collectiveTerms.contains { term in
            folded.contains(exactly: "« " + term + " »") || folded.contains(exactly: "\"" + term + "\"")
                || folded.range(ofExactly: "ci-apres").map { folded[$0.upperBound...].prefix(40).contains(exactly: " " + term) } == true
        }
        guard definesAll, let and = segment.text.range(ofExactly: " et ") else { return [segment] }
        let head = String(segment.text[..<and.lowerBound])
        var tail = String(segment.text[and.upperBound...])
        if let comma = tail.firstIndex(of: ",") { tail = String(tail[..<comma]) }
        return [Segment(text: head, start: segment.start, end: segment.end), Segment(text: tail, start: segment.start, end: segment.end)]
    }


    // MARK: - The signatory block

    private struct Segment {
        var text: String
        var start: Int
        var end: Int
    }

    /// `Il est convenu ce qui suit entre :`: the parties follow the line.
    private static func endsWithEntre(_ line: TextLine) -> Bool {
        line.tokens.last(where: \.isWord)?.word == "entre" && line.tokens.count <= 12
    }

    private func isOpener(_ line: String) -> Bool {
        let key = Self.key(line)
        if vocabulary.blockOpeners.contains(key) || key.hasSuffix(" entre") { return true }
        // "ENTRE LES SOUSSIGNÉS :"
        if key.hasPrefix("entre "), vocabulary.blockOpeners.contains(String(key.dropFirst(6))) { return true }
        // "Entre la Métropole …, ci-après …" opens and names the first party at once.
        let words = Folding.words(line)
        guard words.first == "entre", words.count > 2 else { return false }
        return line.contains(exactly: ",") || Folding.fold(line).contains(exactly: "ci-apres")
    }

    /// The lines of the block split at `Et` / `D'autre part`, each one party.
    private func partySegments(startingAt start: Int, lines: [TextLine]) -> [Segment] {
        var segments: [Segment] = []
        var current: Segment?
        var index = start
        let openerKey = Self.key(lines[start].text)
        let bareOpener = vocabulary.blockOpeners.contains(openerKey) || openerKey.hasSuffix(" entre")
            || openerKey.hasPrefix("entre ") && vocabulary.blockOpeners.contains(String(openerKey.dropFirst(6)))
        var remainderOfOpener = bareOpener ? "" : lines[start].text
        if !remainderOfOpener.isEmpty {
            remainderOfOpener = Self.dropLeadingWord(remainderOfOpener)
            current = Segment(text: remainderOfOpener, start: lines[start].start, end: lines[start].end)
        }
        index += 1
        var linesSinceParty = 0
        while index < lines.count, index - start < 40 {
            let line = lines[index]
            index += 1
            if line.isBlank { continue }
            // A line's string is built on demand: once here for every use below.
            let text = line.text
            let key = Self.key(text)
            if vocabulary.separators.contains(key) {
                if let segment = current { segments.append(segment) }
                current = nil
                if key.hasPrefix("d'autre part"), !segments.isEmpty, segments.count >= 2 { break }
                continue
            }
            // "D'une part, et La Société …": the separator and the next party on one line.
            if let separator = vocabulary.separators.first(where: { $0 != "et" && key.hasPrefix($0 + ",") || $0 != "et" && key.hasPrefix($0 + " ") }),
               let rest = Self.afterSeparator(text, separatorWords: separator.split(separator: " ").count), Self.key(rest) != "" {
                if let segment = current { segments.append(segment) }
                current = Segment(text: rest, start: line.start, end: line.end)
                linesSinceParty = 0
                if separator.hasPrefix("d'autre part"), segments.count >= 2 { current = nil; break }
                continue
            }
            if let separator = vocabulary.separators.first(where: { key.hasPrefix($0 + " ") }), separator == "et" {
                // "Et Pôle Emploi, établissement public …"
                if let segment = current { segments.append(segment) }
                current = Segment(text: Self.dropLeadingWord(text), start: line.start, end: line.end)
                linesSinceParty = 0
                continue
            }
            if isBlockEnd(line) { break }
            // "1° La société …", "- La Communauté …": a numbered or bulleted list, one party an
            // item; an item that describes no party ("6. Durée") ends the block.
            if line.isListItem, line.itemBody.unicodeScalars.count > 2 {
                let folded = FoldedText(Folding.fold(line.itemBody))
                guard vocabulary.foldedPartyCues.contains(where: { folded.offset(of: $0) != nil }) else { break }
                if let segment = current { segments.append(segment) }
                var body = line.itemBody
                if let enumerator = Enumerator.parse(body) { body = String(body.unicodeScalars.dropFirst(enumerator.length)) }
                current = Segment(text: body.trimming(" ;,"), start: line.start, end: line.end)
                linesSinceParty = 0
                continue
            }
            if current == nil {
                guard segments.count < 2 || looksLikeParty(text) else { break }
                current = Segment(text: text, start: line.start, end: line.end)
                linesSinceParty = 0
            } else {
                linesSinceParty += 1
                if linesSinceParty > 6 { break }
                // A line that opens a field ("Siège : …", "SIRET : …", "Représentée par …") ends
                // the name before it; any other line continues a wrapped description.
                let folded = FoldedText(Folding.fold(String(text.prefix(40))))
                let opensField = text.prefix(25).contains(":")
                    || vocabulary.foldedPartyCues.contains { folded.offset(of: $0, before: 1) != nil }
                    || vocabulary.foldedAddressCues.contains { folded.offset(of: $0, before: 1) != nil }
                current!.text += (opensField ? "\n" : " ") + text
                current!.end = line.end
            }
        }
        if let segment = current { segments.append(segment) }
        return segments.flatMap(splitAtConjunction).filter { looksLikeParty($0.text) }
    }

    /// One paragraph naming two signatories: `Entre la Commune …, ci-après « la Commune », et
    /// l'association …` or a line ending with `, ET`.
    private func splitAtConjunction(_ segment: Segment) -> [Segment] {
        for separator in [", d'une part, et ", ", D'une part, et ", ", et d'autre part, ", " et d'autre part, ", ", ET ", ", et ", " ET ", " Et "] {
            guard let r = segment.text.range(ofExactly: separator) else { continue }
            let rest = segment.text[r.upperBound...]
            let restWords = rest.split(separator: " ", maxSplits: 2)
            guard let first = restWords.first else { continue }
            let determiners = ["la", "le", "les", "l'", "La", "Le", "Les", "L'"]
            // "et La Société …", "et l'association …", "et la commune de Granville …", "et le
            // masseur-kinésithérapeute libéral conventionné" (a short description to the end).
            let named = first.first?.isUppercase == true
                || determiners.contains(String(first)) && restWords.dropFirst().first?.first?.isUppercase == true
                || first.hasPrefix("l'") || first.hasPrefix("L'")
                || determiners.contains(String(first)) && rest.split(separator: " ").prefix(4).dropFirst(2).contains { $0.first?.isUppercase == true }
                || determiners.contains(String(first)) && rest.split(separator: " ").count <= 6 && !rest.contains(",")
            guard named else { continue }
            let head = String(segment.text[..<r.lowerBound])
            guard head.contains(exactly: " ") else { continue }
            var second = String(rest)
            for closing in [", d'autre part", ", D'autre part"] {
                if let r = second.range(ofExactly: closing) { second = String(second[..<r.lowerBound]) }
            }
            return [Segment(text: head, start: segment.start, end: segment.end),
                    Segment(text: second, start: segment.start, end: segment.end)]
        }
        return [segment]
    }

    /// The block ends at the recitals, the preamble, a heading in capitals, or an article.
    private func isBlockEnd(_ line: TextLine) -> Bool {
        guard let first = line.tokens.first(where: \.isWord) else { return false }
        if Self.blockEnds.contains(first.word) { return true }
        var letters = 0
        for scalar in line.scalars {
            if scalar == "," { return false }
            guard scalar.properties.isAlphabetic else { continue }
            if !scalar.properties.isUppercase { return false }
            letters += 1
        }
        return letters > 6
    }

    /// A party line names a body: it is not a date, a signature formula or a sentence.
    private func looksLikeParty(_ text: String) -> Bool {
        let words = Folding.words(text)
        guard let first = words.first, words.count >= 1 else { return false }
        if (first == "fait" || first == "pour") && words.count > 1 { return false }
        // A proper name, or a common noun after its article ("le masseur-kinésithérapeute …").
        return text.unicodeScalars.contains { $0.properties.isUppercase } || vocabulary.words.has(.article, first)
    }

    private func party(from segment: Segment, id: String, text: NormalizedText) -> Party? {
        var body = segment.text.trimming(" -,:")
        if Tokenizer.tokens(String(body.prefix(8))).first?.word == "entre" { body = Self.dropLeadingWord(body) }
        for prefix in ["d'une part,", "d'une part", "D'une part,", "D'une part"] where body.hasPrefix(prefix) {
            body = String(body.dropFirst(prefix.count)).trimming()
        }
        body = body.trimming(" -,:;.")
        // "Le ministre de …, agissant au nom de l'Etat": the party is the State, the minister
        // its representative.
        var proxy: Representative?
        if let (person, party) = proxySplit(body) {
            proxy = Representative(name: person, role: person)
            body = party
        } else if let (officer, institution) = officerSplit(body) {
            // "le préfet de l'Aisne": the State, represented by its préfet.
            proxy = Representative(name: officer, role: officer)
            body = institution
        }
        // The description is read several times (name, aliases, address): folded once.
        let folded = FoldedText(body)
        guard let name = Self.name(in: folded, vocabulary: vocabulary), !name.isEmpty else { return nil }
        return Party(
            id: id, name: name,
            aliases: aliases(in: folded),
            representatives: proxy.map { [$0] } ?? RepresentativeReader(roleWords: vocabulary.roleWords).representatives(in: body),
            address: address(in: folded),
            legalForm: legalForm(in: body, name: name),
            span: Span(start: segment.start, end: segment.end, page: text.page(at: segment.start))
        )
    }

    // MARK: - Fields of one party

    /// `le préfet de l'Aisne, …` → (`préfet de l'Aisne`, `État`); `le maire de la commune de
    /// Vervins` → (`maire de la commune de Vervins`, `commune de Vervins`): an officer named
    /// instead of the institution they stand for.
    private func officerSplit(_ body: String) -> (officer: String, institution: String)? {
        let officerText = Self.dropDeterminer(body.split(separator: ",", maxSplits: 1).first.map(String.init) ?? body).trimming()
        let folded = Folding.fold(officerText)
        guard let (title, institution) = vocabulary.officers.first(where: { folded == $0.title || folded.hasPrefix($0.title + " ") }) else { return nil }
        if Folding.fold(institution) == "etat" { return (officerText, institution) }
        // "maire de la commune de Vervins" → "commune de Vervins"; "maire de Vervins" → "commune de Vervins".
        let complement = String(officerText.unicodeScalars.dropFirst(title.unicodeScalars.count)).trimming()
        var rest = complement
        for lead in ["de la ", "de l'", "du ", "de "] where rest.hasPrefix(lead) {
            rest = String(rest.dropFirst(lead.count))
            break
        }
        if Folding.fold(rest).hasPrefix(Folding.fold(institution) + " ") { return (officerText, rest) }
        // "de la Nièvre" keeps its article: "département de la Nièvre".
        return complement.isEmpty ? nil : (officerText, institution + " " + complement)
    }

    /// `La ministre de l'écologie, agissant au nom de l'Etat, …` → (`ministre de l'écologie`,
    /// `l'Etat, …`): a description that opens with a person acting for the party.
    private func proxySplit(_ body: String) -> (person: String, party: String)? {
        let folded = FoldedText(body)
        for proxy in vocabulary.foldedProxies {
            guard let at = folded.offset(of: proxy + " "), at > 0, at < 200 else { continue }
            let person = Self.dropDeterminer(folded.slice(0, at).trimming(" ,"))
            let party = folded.slice(at + proxy.unicodeScalars.count + 1, folded.count).trimming(" ,")
            // The person is named before any comma that closes a clause of the party itself.
            guard !person.isEmpty, !party.isEmpty, !Folding.fold(person).contains(exactly: "represent") else { continue }
            return (person, party)
        }
        return nil
    }

    /// The name: up to the first comma, `ci-après`, `représenté`, `situé` or parenthesis,
    /// without its determiner.
    static func name(in body: String, vocabulary: PartyVocabulary) -> String? {
        name(in: FoldedText(body), vocabulary: vocabulary)
    }

    private static func name(in text: FoldedText, vocabulary: PartyVocabulary) -> String? {
        // "La Société des autoroutes …, société anonyme": a legal-form word that heads the name
        // does not end it; search from the word after the determiner.
        let opening = text.slice(0, min(text.count, 60))
        let stripped = dropDeterminer(opening)
        let skip = opening.unicodeScalars.count - stripped.unicodeScalars.count
            + stripped.unicodeScalars.prefix { $0 != " " && $0 != "," }.count
        let end = text.firstOffset(ofAny: vocabulary.nameEnds, from: skip)?.offset ?? text.count
        let name = dropDeterminer(text.slice(0, end).trimming())
        return name.isEmpty ? nil : name
    }

    /// The defined terms of a party's description: a quoted term after `ci-après` or a naming
    /// participle (`ci-après « le Bénéficiaire »`, `dite « la Fondation »`, `désignée ci-après
    /// « le Gestionnaire »`), and the unquoted `ci-après dénommé le Département`. A collective
    /// term (`ci-après dénommés « les Parties »`) names no single party.
    private func aliases(in text: FoldedText) -> [String] {
        var aliases: [String] = []
        var quotedUpTo = 0
        for (open, close) in [("«", "»"), ("\"", "\""), ("“", "”")] {
            var searchStart = 0
            while let start = text.offset(of: open, from: searchStart),
                  let end = text.offset(of: close, from: start + 1), end - start < 80 {
                searchStart = end + 1
                let before = FoldedText(Folding.fold(text.slice(max(0, start - 40), start)))
                guard before.offset(of: "ci-apres") != nil || vocabulary.foldedAliasVerbs.contains(where: { before.offset(of: $0) != nil }) else { continue }
                let alias = text.slice(start + 1, end).trimming()
                guard !alias.isEmpty, !vocabulary.collectiveTerms.contains(Folding.fold(alias)) else { continue }
                aliases.append(alias)
                quotedUpTo = max(quotedUpTo, end)
            }
        }
        var searchStart = 0
        while let offset = text.offset(of: "ci-apres", from: searchStart) {
            searchStart = offset + 8
            // Look around "ci-après" for the participle ("dénommée ci-après", "ci-après, dénommé").
            let window = FoldedText(Folding.fold(text.slice(offset - 14, offset + 74)))
            guard vocabulary.foldedAliasVerbs.contains(where: { window.offset(of: $0) != nil }) else { continue }
            // "ci-après dénommé le Département": the unquoted form.
            if let alias = Self.aliasAfter(text.slice(offset, offset + 160), verbs: vocabulary.aliasVerbs),
               !aliases.contains(alias), !vocabulary.collectiveTerms.contains(Folding.fold(alias)) {
                aliases.append(alias)
            }
        }
        return aliases
    }

    /// `ci-après dénommée « la Métropole »` → `la Métropole`; `ci-après nommé Pôle emploi, situé` → `Pôle emploi`.
    static func aliasAfter(_ tail: String, verbs: [String]) -> String? {
        var rest = Substring(tail)
        if let open = rest.firstIndex(of: "«"), let close = rest[open...].firstIndex(of: "»"),
           rest.distance(from: rest.startIndex, to: open) < 40 {
            return String(rest[rest.index(after: open)..<close]).trimming()
        }
        if let open = rest.firstIndex(of: "\""), let close = rest[rest.index(after: open)...].firstIndex(of: "\""),
           rest.distance(from: rest.startIndex, to: open) < 40 {
            return String(rest[rest.index(after: open)..<close]).trimming()
        }
        // Skip "ci-après", a comma, the participle, "par".
        rest = rest.dropFirst("ci-après".count)
        let words = rest.split(separator: " ", omittingEmptySubsequences: true)
        var index = 0
        while index < words.count, words[index] == "," || words[index] == "," || verbs.contains(where: { Folding.fold(String(words[index]).trimming(",")) == Folding.fold($0) }) || words[index] == "par" {
            index += 1
        }
        var alias: [Substring] = []
        while index < words.count {
            var word = words[index]
            let ends = word.hasSuffix(",") || word.hasSuffix(".") || word.hasSuffix(";") || word.hasSuffix(")")
            word = word.trimming(",.;)")[...]
            if !word.isEmpty { alias.append(word) }
            if ends || alias.count >= 6 { break }
            index += 1
        }
        let result = alias.joined(separator: " ")
        return result.isEmpty ? nil : result
    }

    private func address(in text: FoldedText) -> String? {
        for cue in vocabulary.foldedAddressCues {
            guard let at = text.offset(of: cue + " ") else { continue }
            var tail = text.slice(at + cue.unicodeScalars.count + 1, text.count)
            for lead in ["en cette qualité ", "au : ", "au ", "à "] where tail.hasPrefix(lead) {
                tail = String(tail.dropFirst(lead.count))
            }
            // "situé pour sa direction territoriale X au 34 rue …": the address follows the last
            // "au" / "à" before the street number.
            if let digit = tail.firstIndex(where: \.isNumber) {
                let before = tail[..<digit]
                if let cut = [" au ", " à "].compactMap({ before.lastRange(ofExactly: $0) }).max(by: { $0.lowerBound < $1.lowerBound }) {
                    tail = String(tail[cut.upperBound...])
                }
            }
            // Up to the next clause.
            let rest = FoldedText(tail)
            let end = rest.firstOffset(ofAny: [" represente", ", ci-apres", " ci-apres", ". ", ", immatricul", ", declare", ", inscrit", "\n"])?.offset ?? rest.count
            let address = rest.slice(0, end).trimming(" ,")
            if address.contains(where: \.isNumber) { return address }
        }
        return nil
    }

    /// `Pôle emploi, établissement public administratif national, …` → `établissement public administratif national`.
    private func legalForm(in body: String, name: String) -> String? {
        let parts = body.split(separator: ",", maxSplits: 2, omittingEmptySubsequences: false).map { $0.trimming() }
        guard parts.count > 1 else { return nil }
        let candidate = parts[1]
        let words = Folding.words(candidate)
        guard let first = words.first, vocabulary.legalFormHeadWords.contains(first) else { return nil }
        return candidate
    }

    // MARK: - Fallback: the signature block

    /// `Pour la Commune de Saint-Aubin, Pour l'association Les Ateliers du Val,` → two parties.
    func partiesFromSignatures(lines: [TextLine], text: NormalizedText) -> [Party] {
        guard let start = lines.firstIndex(where: { SignatureBlockReader.opensSignatures($0) }) else { return [] }
        var parties: [Party] = []
        for line in lines[(start + 1)..<min(lines.count, start + 9)] {
            for (segment, offset) in SignatureBlockReader.pourSegments(line) {
                guard let name = Self.name(in: segment, vocabulary: vocabulary) else { continue }
                let at = line.start + offset
                parties.append(Party(id: "P\(parties.count + 1)", name: name,
                                     span: Span(start: at, end: at + segment.unicodeScalars.count, page: text.page(at: at))))
            }
        }
        return parties
    }

    // MARK: - Fallback: the title

    /// `Approbation d'une convention locale de partenariat entre le PLIE du Pays de Martigues et le
    /// Pôle Emploi de Martigues` → two parties.
    private func partiesFromTitle(lines: [TextLine], text: NormalizedText) -> [Party] {
        for line in lines.prefix(60) where line.tokens.contains(where: { $0.word == Self.entre })
            && line.tokens.contains(where: { vocabulary.agreementWords.contains($0.word) }) {
            let folded = Folding.fold(line.text)
            guard let entre = folded.range(ofExactly: " entre ") else { continue }
            let offset = folded.distance(from: folded.startIndex, to: entre.upperBound)
            let tail = String(line.text.dropFirst(offset))
            // "entre la caisse … et le masseur-kinésithérapeute … et destinée à …": the second
            // party ends at the next "et" or clause mark.
            // A title in capitals: "CONVENTION ENTRE LA COMMUNE DE … ET L'OFFICE DE …".
            guard let and = [" et ", " ET ", " Et "].compactMap({ tail.range(ofExactly: $0) }).min(by: { $0.lowerBound < $1.lowerBound }) else { continue }
            var second = String(tail[and.upperBound...])
            if let next = [" et ", " ET ", ", ", ". ", " ; "].compactMap({ second.range(ofExactly: $0) }).min(by: { $0.lowerBound < $1.lowerBound }) {
                second = String(second[..<next.lowerBound])
            }
            let pieces = [String(tail[..<and.lowerBound]), second]
            return pieces.enumerated().compactMap { index, piece in
                var cleaned = piece.trimming(" .,:")
                var representatives: [Representative] = []
                if let (officer, institution) = officerSplit(cleaned) {
                    representatives = [Representative(name: officer, role: officer)]
                    cleaned = institution
                }
                guard let name = Self.name(in: cleaned, vocabulary: vocabulary) else { return nil }
                return Party(id: "P\(index + 1)", name: name, representatives: representatives,
                             span: Span(start: line.start, end: line.end, page: text.page(at: line.start)))
            }
        }
        return []
    }

    // MARK: - Helpers

    private static let entre: Word = "entre"
    /// What introduces a party's defined term (`ci-après dénommée « la Commune »`).
    private static let aliasCue = "ci-apres"
    /// First words of a line that may open the signatory block (`Entre`, `Les signataires`).
    private static let openingWords: WordSet = ["entre", "les"]
    /// First words of the lines that end the block.
    private static let blockEnds: WordSet = ["vu", "considerant", "preambule", "article", "titre", "il"]

    /// A line folded for comparison with the lexicon: lowercase, no accents, no final punctuation.
    static func key(_ line: String) -> String {
        Folding.fold(line).trimming(" ,:;.-")
    }

    /// The text after the first `count` words of a separator and its comma (`D'une part, et La
    /// Société …` → `La Société …`), a leading `et` dropped too.
    static func afterSeparator(_ text: String, separatorWords count: Int) -> String? {
        var rest = Substring(text)
        for _ in 0..<count {
            guard let space = rest.firstIndex(where: { $0 == " " || $0 == "," }) else { return nil }
            rest = rest[space...].drop { $0 == " " || $0 == "," }
        }
        if rest.hasPrefix("et ") || rest.hasPrefix("Et ") || rest.hasPrefix("ET ") { rest = rest.dropFirst(3) }
        let result = String(rest).trimming()
        return result.isEmpty ? nil : result
    }

    static func dropLeadingWord(_ text: String) -> String {
        guard let space = text.firstIndex(of: " ") else { return "" }
        return String(text[text.index(after: space)...]).trimming()
    }

    static func dropDeterminer(_ name: String) -> String {
        for determiner in ["la ", "le ", "les ", "La ", "Le ", "Les ", "LA ", "LE ", "l'", "L'"] where name.hasPrefix(determiner) {
            return String(name.dropFirst(determiner.count))
        }
        return name
    }
}
