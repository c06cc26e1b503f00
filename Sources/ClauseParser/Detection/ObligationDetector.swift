import FrenchExpressions
import ConventionModel
import DocumentText

/// Finds every commitment of a party: one obligation per sentence carrying an engagement verb,
/// and one per item of a list announced by a lead-in (`Pôle emploi s'engage à :` followed by
/// bullets, numbers, or paragraphs up to the next heading).
///
/// ```
/// La Métropole s'engage à :                       → lead-in, debtor P1
/// - fournir les données emploi qu'elle détient    → O1 (P1) "fournir les données emploi qu'elle détient"
/// - assurer le relais auprès des territoires      → O2 (P1)
/// Pour cela, ils s'engagent à répondre aux …      → O3 (P1, P2) after a joint subject
/// ```
/// A pronoun or subject that names no party is not a commitment of the convention; an
/// unresolved `ils`/`il` becomes a finding.
struct ObligationDetector {
    let matcher: EngagementMatcher
    let resolver: PartyResolver
    /// Folded actions that are drafting formulas, not commitments (`ce qui suit`).
    let formulas: Set<String>

    struct Output {
        var obligations: [Obligation] = []
        var findings: [Finding] = []
        /// Tokens read to find the subjects of the triggers: linear in the text (the tests check
        /// how it grows with a run-on sentence).
        var subjectTokens = 0
    }

    /// Subject memory for pronouns, reset at each heading: the last joint subject for `ils`, the
    /// last single party that opened a sentence for `il` / `elle`.
    private struct Context {
        var lastPlural: [String]?
        var lastSingle: String?
        /// Line of the sentence that set `lastSingle`: `il`/`elle` looks back one line at most.
        var lastSingleLine = -10
    }

    func detect(lines: [TextLine], structure: StructureSegmenter.Result, articles: [Article], text: NormalizedText) -> Output {
        var output = Output()
        var consumed = LineSet(lineCount: lines.count)
        var context = Context()
        for line in lines {
            if structure.headingLines.contains(line.index) { context = Context(); continue }
            if line.isBlank || consumed.contains(line.index) { continue }
            let scalars = line.scalars, tokens = line.tokens
            for sentence in Self.sentences(tokens, scalars: scalars) {
                remember(tokens, sentence: sentence, line: line.index, in: &context)
                guard line.mayHold(.engagement),
                      let found = commitment(in: tokens, sentence: sentence, context: context, line: line, output: &output, text: text) else { continue }
                let (trigger, debtors) = found
                let articleID = structure.unitOfLine[line.index].map { articles[$0].id }
                let triggerText = Self.triggerText(trigger, tokens: tokens, scalars: scalars)
                let actionStart = trigger.endToken < sentence.upperBound ? tokens[trigger.endToken].start : scalars.count
                let actionEnd = Self.trimmedEnd(scalars, tokens[sentence.upperBound - 1].end)
                let action = actionStart < actionEnd ? Self.slice(scalars, actionStart, actionEnd) : ""
                if formulas.contains(Folding.fold(action)) { continue }
                let announcesList = scalars.last == ":" && sentence.upperBound == tokens.count && nextIsListItem(after: line.index, lines: lines, structure: structure)
                // "s'engage à Assurer la mise en relation …" followed by more paragraphs in capitals:
                // the lead-in and its first item were run together.
                let firstItemJoined = !action.isEmpty && sentence.upperBound == tokens.count
                    && action.unicodeScalars.first?.properties.isUppercase == true
                    && Tokenizer.tokens(String(action.prefix(30))).first(where: \.isWord).map(EngagementMatcher.isInfinitive) == true
                if trigger.isLeadIn || action.isEmpty || announcesList || firstItemJoined {
                    var items = leadInItems(after: line.index, lines: lines, structure: structure)
                    if firstItemJoined {
                        let start = line.start + actionStart
                        output.obligations.append(Obligation(
                            id: "", debtors: debtors, modality: trigger.modality, text: action, trigger: triggerText,
                            article: articleID, span: Span(start: start, end: line.start + actionEnd, page: text.page(at: start))))
                        items = items.filter { $0.text.unicodeScalars.first?.properties.isUppercase == true || $0.isListItem }
                    }
                    if items.isEmpty {
                        output.findings.append(Finding(code: "obligation.lead-in-without-items",
                                                       message: "« \(Self.opening(line)) »: a lead-in with no list after it",
                                                       span: Span(start: line.start, end: line.end, page: text.page(at: line.start))))
                    }
                    for item in items {
                        consumed.insert(item.index)
                        let (body0, bodyOffset) = Self.itemAction(item)
                        let itemScalars = Array(body0.unicodeScalars)
                        let end = Self.trimmedEnd(itemScalars, itemScalars.count)
                        let body = Self.slice(itemScalars, 0, end)
                        let start = item.itemBodyStart + bodyOffset
                        output.obligations.append(Obligation(
                            id: "", debtors: debtors, modality: Self.itemModality(body, leadIn: trigger.modality),
                            text: body, trigger: triggerText,
                            article: structure.unitOfLine[item.index].map { articles[$0].id },
                            span: Span(start: start, end: start + end, page: text.page(at: start))))
                    }
                } else {
                    let start = line.start + actionStart
                    output.obligations.append(Obligation(
                        id: "", debtors: debtors, modality: trigger.modality, text: action, trigger: triggerText,
                        article: articleID,
                        span: Span(start: start, end: line.start + actionEnd, page: text.page(at: start))))
                }
            }
        }
        for index in output.obligations.indices { output.obligations[index].id = "O\(index + 1)" }
        return output
    }

    /// The trigger of `sentence` and the parties it binds, if the sentence is a party's commitment.
    ///
    /// The subject of a trigger after the first is read after the words of the one before it
    /// (`Le bénéficiaire doit fournir ses pièces ; la Région s'engage à …`), not from the start of
    /// the sentence again: a run-on sentence repeating `s'engage à verser et` stays linear.
    private func commitment(in tokens: [Token], sentence: Range<Int>, context: Context, line: TextLine,
                            output: inout Output, text: NormalizedText) -> (EngagementMatcher.Trigger, [String])? {
        var from = sentence.lowerBound
        while let trigger = matcher.firstTrigger(in: tokens, range: from..<sentence.upperBound) {
            let resolution: PartyResolver.Resolution
            if let inside = trigger.subject {
                resolution = resolver.resolve(tokens[inside])
            } else {
                output.subjectTokens += max(0, trigger.firstToken - from)
                resolution = subject(tokens, from: from, before: trigger.firstToken)
            }
            from = trigger.endToken
            switch resolution {
            case .parties(let ids):
                return (trigger, ids)
            case .pronoun(let plural):
                if plural, let ids = context.lastPlural { return (trigger, ids) }
                if !plural, let id = context.lastSingle, line.index - context.lastSingleLine <= 1 { return (trigger, [id]) }
                if plural {
                    let start = line.start + tokens[sentence.lowerBound].start
                    output.findings.append(Finding(code: "obligation.debtor-unresolved",
                                                   message: "« \(Self.opening(line)) »: no joint subject before « ils »",
                                                   span: Span(start: start, end: line.end, page: text.page(at: start))))
                }
            case .none:
                continue
            }
        }
        return nil
    }

    /// The words of the trigger as written: `s'engage également à`, `ne pourra en aucun cas`.
    static func triggerText(_ trigger: EngagementMatcher.Trigger, tokens: [Token], scalars: [Unicode.Scalar]) -> String {
        let last = max(trigger.firstToken, (trigger.wordsEnd ?? trigger.endToken) - 1)
        return slice(scalars, tokens[trigger.firstToken].start, tokens[last].end).trimming(" :")
    }

    /// The subject: the last group of party mentions from token `start` to the verb that is not
    /// a complement, or a pronoun right before it.
    private func subject(_ tokens: [Token], from start: Int, before end: Int) -> PartyResolver.Resolution {
        guard end > start else { return .none }
        return resolver.resolve(tokens[start..<end])
    }

    /// The first 80 characters of `line`, for a finding's message, built from its first
    /// scalars rather than from the whole line (a run-on line may hold hundreds of kilobytes).
    private static func opening(_ line: TextLine) -> Substring {
        var count = 100
        while true {
            let text = String(scalars: line.scalars.prefix(count))
            // One character more than needed: the 80th is then complete.
            if text.count > 80 || count >= line.scalars.count { return text.prefix(80) }
            count *= 2
        }
    }

    /// Remembers who the sentence starts with, for a later `ils` or `elle`.
    private func remember(_ tokens: [Token], sentence: Range<Int>, line: Int, in context: inout Context) {
        let opening = tokens[sentence.lowerBound..<min(sentence.upperBound, sentence.lowerBound + 40)]
        if resolver.opensWithNonParty(opening) {
            context.lastSingle = nil
            return
        }
        guard let ids = resolver.leadingSubject(opening) else { return }
        if ids.count > 1 {
            context.lastPlural = ids
        } else {
            context.lastSingle = ids.first
            context.lastSingleLine = line
        }
    }

    /// The items of the list a lead-in announces: the bullets or numbered items that follow, or
    /// else the paragraphs up to the next heading or the next sentence with its own commitment.
    private func leadInItems(after index: Int, lines: [TextLine], structure: StructureSegmenter.Result) -> [TextLine] {
        var items: [TextLine] = []
        var j = index + 1
        while j < lines.count, lines[j].isBlank { j += 1 }
        guard j < lines.count, !structure.headingLines.contains(j) else { return [] }
        if lines[j].isListItem {
            let style = Self.itemStyle(lines[j])
            while j < lines.count, !structure.headingLines.contains(j) {
                if lines[j].isBlank { j += 1; continue }
                if !lines[j].isListItem {
                    // A paragraph inside the list (it ends with ";" like the items) does not end it,
                    if lines[j].ends(with: ";"), let next = nextNonBlankIndex(after: j, in: lines),
                       lines[next].isListItem, !structure.headingLines.contains(next) {
                        j = next
                        continue
                    }
                    // nor does a comment between "2." and a later "3.".
                    if let last = items.last, let resumed = numberedContinuation(of: last, from: j, lines: lines, structure: structure) {
                        j = resumed
                        continue
                    }
                    break
                }
                // An item in another style is a sub-item: it belongs to the item above it.
                if Self.itemStyle(lines[j]) == style { items.append(lines[j]) }
                j += 1
            }
            return items
        }
        while j < lines.count, !structure.headingLines.contains(j), items.count < 15 {
            let line = lines[j]
            j += 1
            if line.isBlank { continue }
            let tokens = line.tokens
            if line.mayHold(.engagement), let trigger = matcher.firstTrigger(in: tokens, range: 0..<tokens.count), trigger.firstToken > 0,
               case .parties = resolver.resolve(tokens[0..<trigger.firstToken]) {
                break
            }
            items.append(line)
        }
        return items
    }

    /// The line, within the next fifteen and before any heading, that carries the number following
    /// `item`'s (`3.` after `2.`).
    private func numberedContinuation(of item: TextLine, from start: Int, lines: [TextLine], structure: StructureSegmenter.Result) -> Int? {
        guard let enumerator = item.enumerator, enumerator.style == .arabic, let number = Int(enumerator.label) else { return nil }
        var j = start
        while j < lines.count, j - start < 15, !structure.headingLines.contains(j) {
            if let next = lines[j].enumerator, next.style == .arabic, next.label == String(number + 1) { return j }
            j += 1
        }
        return nil
    }

    private func nextNonBlankIndex(after index: Int, in lines: [TextLine]) -> Int? {
        var j = index + 1
        while j < lines.count, lines[j].isBlank { j += 1 }
        return j < lines.count ? j : nil
    }

    /// The marker style of a list item: bullets, or the enumerator's style.
    static func itemStyle(_ line: TextLine) -> String {
        if line.isBulleted { return "bullet" }
        return line.enumerator.map { "\($0.style)" } ?? "text"
    }

    /// Whether the next non-blank line is a list item (not a heading).
    private func nextIsListItem(after index: Int, lines: [TextLine], structure: StructureSegmenter.Result) -> Bool {
        var j = index + 1
        while j < lines.count, lines[j].isBlank { j += 1 }
        return j < lines.count && lines[j].isListItem && !structure.headingLines.contains(j)
    }

    /// The action of a list item: its text without bullet, number (`- 1- à s'informer`) and the
    /// preposition the lead-in left to the items (`à`, `de`); with the offset where it starts.
    static func itemAction(_ item: TextLine) -> (String, Int) {
        var body = Substring(item.itemBody)
        var offset = 0
        if let e = Enumerator.parse(String(body)) {
            body = body.dropFirst(e.length)
            offset += e.length
        }
        for preposition in ["à ", "de ", "d'"] where body.hasPrefix(preposition) {
            let rest = body.dropFirst(preposition.count)
            // "de l'information …" stays (a noun); "à s'informer", "d'assurer" lose the preposition.
            if let first = rest.first, first.isLowercase || first == "'" , !rest.hasPrefix("l'"), !rest.hasPrefix("la "), !rest.hasPrefix("le "), !rest.hasPrefix("les ") {
                body = rest
                offset += preposition.count
            }
            break
        }
        return (String(body), offset)
    }

    /// An item that starts with a negation (`ne pas communiquer …`) is a prohibition.
    static func itemModality(_ body: String, leadIn: Obligation.Modality) -> Obligation.Modality {
        let words = Tokenizer.phrase(String(body.prefix(20)))
        if words.count >= 2, words[0] == "n'" || words[0] == "ne" && negationEnds.contains(words[1]) {
            return .prohibition
        }
        return leadIn
    }

    private static let negationEnds: WordSet = ["pas", "jamais", "aucun", "aucune"]

    // MARK: - Sentences

    /// Token ranges of the sentences of a line: a sentence ends with `.`, `!` or `?` before a
    /// capital, except after an abbreviation (`M.`, `art.`) or an initial.
    static func sentences(_ tokens: [Token], scalars: [Unicode.Scalar]) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        var start = 0
        for (k, token) in tokens.enumerated() where sentenceEnds.contains(token.word) && k + 1 < tokens.count {
            let next = tokens[k + 1]
            guard let first = scalars[next.start...].first, first.properties.isUppercase || first == "-" else { continue }
            if k > 0, abbreviations.contains(tokens[k - 1].word) || tokens[k - 1].length == 1 && tokens[k - 1].isWord { continue }
            ranges.append(start..<(k + 1))
            start = k + 1
        }
        if start < tokens.count { ranges.append(start..<tokens.count) }
        return ranges
    }

    private static let sentenceEnds: WordSet = [".", "!", "?"]
    private static let abbreviations: WordSet = ["m", "mme", "mm", "art", "cf", "no", "n", "p", "etc", "av", "bd"]

    /// The end of a span without its final punctuation and spaces.
    static func trimmedEnd(_ scalars: [Unicode.Scalar], _ end: Int) -> Int {
        var e = min(end, scalars.count)
        while e > 0, [" ", ".", ";", ",", ":"].contains(scalars[e - 1]) { e -= 1 }
        return e
    }

    static func slice(_ scalars: [Unicode.Scalar], _ start: Int, _ end: Int) -> String {
        let end = min(end, scalars.count)
        guard start < end else { return "" }
        return String(scalars: scalars[start..<end])
    }
}
