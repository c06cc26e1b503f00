import Morphology
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
/// Without an engagement verb, the grammar of the sentence decides (``ClauseReader``): the
/// prescriptive present or future of an action verb whose subject is a party (`La Région verse
/// la subvention en deux fois`), a passive whose agent is a party (`un bilan est remis par
/// l'association`), and the items of a list under a subject-only lead-in (`L'occupant :`).
/// A binding phrase whose subject is a person or body that did not sign (`le stagiaire doit …`)
/// is a ``Duty``. An unresolved `ils`/`il` becomes a finding.
struct ObligationDetector {
    let matcher: EngagementMatcher
    let resolver: PartyResolver
    let clauses: ClauseReader
    /// Phrases that put a cost or a task on the party after them (`à la charge de`).
    let chargePhrases: PhraseMatcher<Bool>
    /// Folded actions that are drafting formulas, not commitments (`ce qui suit`).
    let formulas: Set<String>

    struct Output {
        var obligations: [Obligation] = []
        var duties: [Duty] = []
        var findings: [Finding] = []
        /// Tokens read to find the subjects of the triggers: linear in the text (the tests check
        /// how it grows with a run-on sentence).
        var subjectTokens = 0
    }

    /// Who a commitment binds: parties, or a third party named as written.
    private enum Debtor {
        case parties([String])
        case thirdParty(String)
    }

    /// Subject memory for pronouns, reset at each heading: the last joint subject for `ils`, and
    /// the recent single parties that opened a sentence, with the gender of their mention, for
    /// `il` (masculine) and `elle` (feminine).
    private struct Context {
        var lastPlural: [String]?
        /// Sentence subjects, newest last: a party's id, or nil for a subject that is not a
        /// party; where the subject's noun phrase starts, read (gender, agency) only when a
        /// pronoun asks.
        var singles: [(id: String?, line: TextLine, start: Int, paragraph: Int)] = []
        /// Non-blank lines read since the heading: a pronoun looks back to the previous paragraph at most.
        var paragraph = 0
    }

    /// Whether a remembered subject can be taken up by a pronoun of `gender`: recent enough, and
    /// of that gender (or of none known).
    private func agrees(_ entry: (id: String?, line: TextLine, start: Int, paragraph: Int), with gender: WordReading.Genders?,
                        in context: Context) -> Bool {
        guard context.paragraph - entry.paragraph <= 1 else { return false }
        guard let gender else { return true }
        // A party's mention starts at its name; another subject at its determiner.
        let head = entry.id == nil ? entry.start + 1 : entry.start
        let entryGender = clauses.gender(entry.line.tokens, at: head, scalars: entry.line.scalars)
        return entryGender == nil || entryGender == gender
    }

    /// Whether a recent subject, party or not, agrees with a pronoun of `gender`.
    private func hasAntecedent(_ gender: WordReading.Genders?, in context: Context) -> Bool {
        context.singles.contains { agrees($0, with: gender, in: context) }
    }

    /// The parties a demonstrative (`ce dernier`, `celle-ci`) starting at token `start` takes up:
    /// the last person or body of its gender named before it in the paragraph — a party, a
    /// party's staff or officer (`le préfet`) — and nil when that is someone else (`le
    /// stagiaire`). Without one in the paragraph, the last subject of its gender.
    private func antecedent(ofDemonstrativeAt start: Int, plural: Bool, in line: TextLine, context: Context) -> [String]? {
        let tokens = line.tokens, scalars = line.scalars
        // "ce dernier", "celle-ci": the first word shows the gender, or the second ("ces dernières").
        let gender = tokens[start..<min(tokens.count, start + 2)].lazy.compactMap(clauses.pronounGender).first
        func agrees(_ index: Int) -> Bool {
            guard let gender, let found = clauses.gender(tokens, at: index, scalars: scalars) else { return true }
            return found == gender
        }
        var i = start - 1
        let floor = max(0, start - Self.antecedentReach)
        while i >= floor {
            let token = tokens[i]
            // A noun phrase opens with a determiner, or follows a contracted one ("au directeur").
            let contracted = !clauses.words.has(.determiner, token.word) && clauses.words.has(.towards, token.word)
            if clauses.words.has(.determiner, token.word) || contracted, i + 1 < start {
                let phrase = tokens[(contracted ? i + 1 : i)..<min(start, i + 8)]
                if let ids = resolver.headParties(phrase), agrees(i + 1), plural || ids.count == 1 { return ids }
                if clauses.personSubject(tokens, phrase: i..<min(start, i + 4), scalars: scalars) != nil, agrees(i + 1) { return nil }
            } else if i == 0 || !clauses.words.has(.determiner, tokens[i - 1].word),
                      let (_, ids) = resolver.mention(tokens[...], at: i), plural || ids.count == 1, agrees(i) {
                // A name without an article: "Pôle emploi".
                return ids
            }
            i -= 1
        }
        if plural { return context.lastPlural }
        return single(gender, agentive: true, in: context).map { [$0] }
    }

    /// How many tokens back a demonstrative looks for what it takes up: about two sentences.
    private static let antecedentReach = 80

    /// The party a singular pronoun of `gender` takes up. The subject of an engagement verb
    /// (`Elle veille à …`) takes up someone who can act, passing over things (`La valeur de ce
    /// local …`); the subject of any other verb, the last subject of its gender.
    private func single(_ gender: WordReading.Genders?, agentive: Bool, in context: Context) -> String? {
        for entry in context.singles.reversed() where context.paragraph - entry.paragraph <= 1 {
            if agentive, entry.id == nil {
                let tokens = entry.line.tokens
                let phrase = entry.start..<min(tokens.count, entry.start + 4)
                guard clauses.personSubject(tokens, phrase: phrase, scalars: entry.line.scalars) != nil else { continue }
            }
            if agrees(entry, with: gender, in: context) { return entry.id }
        }
        return nil
    }

    /// `bodyStart`: the offset where the parties' descriptions end.
    func detect(lines: [TextLine], structure: StructureSegmenter.Result, articles: [Article], text: NormalizedText, bodyStart: Int = 0) -> Output {
        var output = Output()
        var consumed = LineSet(lineCount: lines.count)
        var context = Context()
        for line in lines {
            if structure.headingLines.contains(line.index) { context = Context(); continue }
            if line.isBlank || consumed.contains(line.index) { continue }
            context.paragraph += 1
            let scalars = line.scalars, tokens = line.tokens
            for sentence in Self.sentences(tokens, scalars: scalars) {
                remember(line, sentence: sentence, in: &context)
                let articleID = structure.unitOfLine[line.index].map { articles[$0].id }
                let operative = isOperative(line, structure: structure, articles: articles, bodyStart: bodyStart)
                if let found = line.mayHold(.engagement)
                    ? commitment(in: tokens, sentence: sentence, context: context, line: line, output: &output, text: text)
                    : nil {
                    let (trigger, debtor) = found
                    if case .thirdParty = debtor, !operative { continue }
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
                            record(debtor, modality: trigger.modality, text: action, trigger: triggerText, article: articleID,
                                   span: Span(start: start, end: line.start + actionEnd, page: text.page(at: start)), in: &output)
                            items = items.filter { $0.text.unicodeScalars.first?.properties.isUppercase == true || $0.isListItem }
                        }
                        if items.isEmpty {
                            output.findings.append(Finding(code: "obligation.lead-in-without-items",
                                                           message: "« \(Self.opening(line)) » : une phrase d'annonce sans liste après elle",
                                                           span: Span(start: line.start, end: line.end, page: text.page(at: line.start))))
                        }
                        for item in items {
                            consumed.insert(item.index)
                            recordItem(item, debtor: debtor, leadIn: trigger.modality, trigger: triggerText,
                                       structure: structure, articles: articles, text: text, in: &output)
                        }
                    } else {
                        let start = line.start + actionStart
                        record(debtor, modality: trigger.modality, text: action, trigger: triggerText, article: articleID,
                               span: Span(start: start, end: line.start + actionEnd, page: text.page(at: start)), in: &output)
                    }
                    continue
                }
                guard operative, clauses.canRead else { continue }
                // "L'occupant :" followed by a list: each item is a commitment of its own.
                if sentence.upperBound == tokens.count, sentence.count >= 2, tokens[sentence.upperBound - 1].word == Self.colon,
                   let ids = resolver.headParties(tokens[sentence.lowerBound..<(sentence.upperBound - 1)]),
                   resolver.resolve(tokens[sentence.lowerBound..<(sentence.upperBound - 1)]) == .parties(ids),
                   nextIsListItem(after: line.index, lines: lines, structure: structure) {
                    for item in leadInItems(after: line.index, lines: lines, structure: structure) {
                        consumed.insert(item.index)
                        recordItem(item, debtor: .parties(ids), leadIn: .obligation, trigger: nil,
                                   structure: structure, articles: articles, text: text, in: &output)
                    }
                    continue
                }
                // "Le référent :" followed by a list: the items that bind make duties.
                if sentence.upperBound == tokens.count, sentence.count >= 2, tokens[sentence.upperBound - 1].word == Self.colon,
                   let phrase = clauses.personSubject(tokens, phrase: sentence.lowerBound..<(sentence.upperBound - 1), scalars: scalars),
                   phrase.upperBound == sentence.upperBound - 1,
                   nextIsListItem(after: line.index, lines: lines, structure: structure) {
                    let subject = Self.slice(scalars, tokens[phrase.lowerBound].start, tokens[phrase.upperBound - 1].end)
                    for item in leadInItems(after: line.index, lines: lines, structure: structure) {
                        let body = Array(Self.itemAction(item).0.unicodeScalars)
                        let itemTokens = Tokenizer.tokens(body)
                        let opensWithTrigger = matcher.firstTrigger(in: itemTokens, range: 0..<itemTokens.count)?.firstToken == 0
                        guard opensWithTrigger || clauses.opensWithBindingVerb(itemTokens, scalars: body) else { continue }
                        consumed.insert(item.index)
                        recordItem(item, debtor: .thirdParty(subject), leadIn: .obligation, trigger: nil,
                                   structure: structure, articles: articles, text: text, in: &output)
                    }
                    continue
                }
                // The grammar is read once, and only where it can bind someone: a party named or
                // taken up by a pronoun, or a subject that names a person or a body.
                let mentionsParty = resolver.mayMention(tokens[sentence])
                guard mentionsParty || clauses.mayNameSomeone(tokens, sentence: sentence, scalars: scalars) else { continue }
                let sentenceClauses = clauses.clauses(tokens, sentence: sentence, scalars: scalars)
                guard mentionsParty, var obligation = grammaticalCommitment(sentenceClauses, in: line, sentence: sentence, context: context, text: text)
                        ?? chargeCommitment(in: line, sentence: sentence, text: text) else {
                    if let duty = bindingDuty(sentenceClauses, in: line, sentence: sentence, text: text) {
                        record(duty.debtor, modality: .obligation, text: duty.text, trigger: duty.trigger, article: articleID, span: duty.span, in: &output)
                    }
                    continue
                }
                obligation.article = articleID
                // "La SGFGAS effectue les opérations suivantes :" then a list: one commitment per item.
                if scalars.last == ":", sentence.upperBound == tokens.count, nextIsListItem(after: line.index, lines: lines, structure: structure) {
                    let items = leadInItems(after: line.index, lines: lines, structure: structure)
                    // Items that are sentences of their own ("a) La SGFGAS effectue …") only follow
                    // an announcement.
                    if let first = items.first, opensWithClause(first) { continue }
                    for item in items {
                        consumed.insert(item.index)
                        recordItem(item, debtor: .parties(obligation.debtors), leadIn: obligation.modality, trigger: obligation.trigger,
                                   structure: structure, articles: articles, text: text, in: &output)
                    }
                    continue
                }
                output.obligations.append(obligation)
            }
        }
        for index in output.obligations.indices { output.obligations[index].id = "O\(index + 1)" }
        for index in output.duties.indices { output.duties[index].id = "D\(index + 1)" }
        return output
    }

    private static let colon: Word = ":"
    private static let semicolon: Word = ";"

    /// A sentence of an article, annex or section (not the préambule, the signatory block or a
    /// visa) can bind a party; in a text without articles, any sentence after the parties.
    private func isOperative(_ line: TextLine, structure: StructureSegmenter.Result, articles: [Article], bodyStart: Int) -> Bool {
        guard !clauses.isRecital(line.tokens) else { return false }
        if let unit = structure.unitOfLine[line.index] { return articles[unit].kind != .preamble }
        // A text without articles (a memorandum in numbered paragraphs): its body follows the parties.
        return !articles.contains { $0.kind == .article } && line.start >= bodyStart
    }

    /// A cost or a task put on a party by `à la charge de` (`Les frais de publication sont à la
    /// charge du département`): the whole sentence, the party after the phrase as debtor.
    private func chargeCommitment(in line: TextLine, sentence: Range<Int>, text: NormalizedText) -> Obligation? {
        let tokens = line.tokens, scalars = line.scalars
        for k in sentence {
            guard let (length, _) = chargePhrases.match(tokens[..<sentence.upperBound], at: k),
                  let ids = resolver.headParties(tokens[(k + length)..<sentence.upperBound].prefix(8)) else { continue }
            let actionStart = tokens[sentence.lowerBound].start
            let actionEnd = Self.trimmedEnd(scalars, tokens[sentence.upperBound - 1].end)
            guard actionStart < actionEnd else { return nil }
            let start = line.start + actionStart
            return Obligation(id: "", debtors: ids, modality: .obligation, text: Self.slice(scalars, actionStart, actionEnd),
                              trigger: Self.slice(scalars, tokens[k].start, tokens[k + length - 1].end), article: nil,
                              span: Span(start: start, end: line.start + actionEnd, page: text.page(at: start)))
        }
        return nil
    }

    /// A duty made by a binding verb whose subject is a person or body that did not sign (`Le
    /// référent assure le suivi des parcours`).
    private func bindingDuty(_ sentenceClauses: [ClauseReader.Clause], in line: TextLine, sentence: Range<Int>,
                             text: NormalizedText) -> (debtor: Debtor, text: String, trigger: String, span: Span)? {
        let tokens = line.tokens, scalars = line.scalars
        guard let clause = sentenceClauses.first,
              clause.binds, clause.prescribes, clause.agent == nil, resolver.headParties(tokens[clause.subject]) == nil,
              let phrase = clauses.personSubject(tokens, phrase: clause.subject, scalars: scalars) else { return nil }
        let actionStart = tokens[clause.verb].start
        let actionEnd = Self.trimmedEnd(scalars, tokens[sentence.upperBound - 1].end)
        guard actionStart < actionEnd else { return nil }
        let subject = Self.slice(scalars, tokens[phrase.lowerBound].start, tokens[phrase.upperBound - 1].end)
        let start = line.start + actionStart
        return (.thirdParty(subject), Self.slice(scalars, actionStart, actionEnd), Self.slice(scalars, tokens[clause.verb].start, tokens[clause.verbEnd].end),
                Span(start: start, end: line.start + actionEnd, page: text.page(at: start)))
    }

    /// Whether a list item is a sentence with its own subject and verb.
    private func opensWithClause(_ item: TextLine) -> Bool {
        let (body, _) = Self.itemAction(item)
        let scalars = Array(body.unicodeScalars)
        let tokens = Tokenizer.tokens(scalars)
        return clauses.clauses(tokens, sentence: 0..<tokens.count, scalars: scalars).contains { $0.subject.lowerBound == 0 }
    }

    /// Appends an obligation of parties or a duty of a third party.
    private func record(_ debtor: Debtor, modality: Obligation.Modality, text action: String, trigger: String?,
                        article: String?, span: Span, in output: inout Output) {
        switch debtor {
        case .parties(let ids):
            output.obligations.append(Obligation(id: "", debtors: ids, modality: modality, text: action, trigger: trigger,
                                                 article: article, span: span))
        case .thirdParty(let subject):
            output.duties.append(Duty(id: "", subject: subject, modality: modality, trigger: trigger, text: action,
                                      article: article, span: span))
        }
    }

    /// One list item under a lead-in: its own binding phrase when it opens with one (`- s'engage
    /// à …`, `- ne pas …`), else the lead-in's.
    private func recordItem(_ item: TextLine, debtor: Debtor, leadIn: Obligation.Modality, trigger: String?,
                            structure: StructureSegmenter.Result, articles: [Article], text: NormalizedText, in output: inout Output) {
        let (body0, bodyOffset) = Self.itemAction(item)
        var itemScalars = Array(body0.unicodeScalars)
        var start = item.itemBodyStart + bodyOffset
        var modality = Self.itemModality(body0, leadIn: leadIn)
        var itemTrigger = trigger
        let itemTokens = Tokenizer.tokens(itemScalars)
        if let own = matcher.firstTrigger(in: itemTokens, range: 0..<itemTokens.count), own.firstToken == 0,
           own.endToken < itemTokens.count {
            modality = own.modality
            itemTrigger = Self.triggerText(own, tokens: itemTokens, scalars: itemScalars)
            let skip = itemTokens[own.endToken].start
            itemScalars = Array(itemScalars[skip...])
            start += skip
        } else if let negation = clauses.leadingNegation(itemTokens), negation < itemTokens.count {
            modality = .prohibition
            itemTrigger = Self.slice(itemScalars, 0, itemTokens[negation - 1].end)
            let skip = itemTokens[negation].start
            itemScalars = Array(itemScalars[skip...])
            start += skip
        }
        let end = Self.trimmedEnd(itemScalars, itemScalars.count)
        record(debtor, modality: modality, text: Self.slice(itemScalars, 0, end), trigger: itemTrigger,
               article: structure.unitOfLine[item.index].map { articles[$0].id },
               span: Span(start: start, end: start + end, page: text.page(at: start)), in: &output)
    }

    /// A commitment read from the sentence's grammar: the present or future of an action verb
    /// whose subject is a party, or a passive whose agent is a party.
    private func grammaticalCommitment(_ sentenceClauses: [ClauseReader.Clause], in line: TextLine, sentence: Range<Int>, context: Context,
                                       text: NormalizedText) -> Obligation? {
        let tokens = line.tokens, scalars = line.scalars
        for clause in sentenceClauses {
            var debtors: [String]?
            var actionStart: Int
            var modality: Obligation.Modality = clause.negated ? .prohibition : .obligation
            if let agent = clause.agent {
                guard clause.prescribes || clause.modal != nil, let ids = resolver.headParties(tokens[agent]) else { continue }
                debtors = ids
                actionStart = tokens[clause.subject.lowerBound].start
                if let modal = clause.modal { modality = clause.negated ? .prohibition : modal }
            } else {
                guard clause.prescribes, clause.modal == nil else { continue }
                switch resolver.resolve(tokens[clause.subject]) {
                case .parties, .none:
                    debtors = resolver.headParties(tokens[clause.subject])
                case .pronoun(let plural):
                    if plural { debtors = context.lastPlural }
                    else if let id = single(clauses.pronounGender(tokens[clause.subject.upperBound - 1]), agentive: false, in: context) { debtors = [id] }
                case .demonstrative(let plural, let start):
                    debtors = antecedent(ofDemonstrativeAt: start, plural: plural, in: line, context: context)
                }
                actionStart = tokens[clause.verb].start
            }
            guard let debtors else { continue }
            // A semicolon closes the clause: what follows has its own subject.
            let clauseEnd = tokens[clause.verbEnd..<sentence.upperBound].first { $0.word == Self.semicolon }.map(\.start)
            let actionEnd = Self.trimmedEnd(scalars, clauseEnd ?? tokens[sentence.upperBound - 1].end)
            guard actionStart < actionEnd else { continue }
            var trigger = Self.slice(scalars, tokens[clause.verb].start, tokens[clause.verbEnd].end)
            var action = Self.slice(scalars, actionStart, actionEnd)
            // "L'emprunteur ne prête pas le matériel": trigger "ne prête pas", text "prête le matériel".
            if clause.agent == nil, let negation = clause.negationEnd, negation.upperBound < sentence.upperBound,
               clause.verb > 0, tokens[negation.upperBound].start < actionEnd {
                trigger = Self.slice(scalars, tokens[clause.verb - 1].start, tokens[negation.upperBound - 1].end)
                action = Self.slice(scalars, tokens[clause.verb].start, tokens[clause.verb].end) + " "
                    + Self.slice(scalars, tokens[negation.upperBound].start, actionEnd)
            }
            let start = line.start + actionStart
            return Obligation(id: "", debtors: debtors, modality: modality, text: action,
                              trigger: trigger + (clause.agent == nil ? "" : " par"), article: nil,
                              span: Span(start: start, end: line.start + actionEnd, page: text.page(at: start)))
        }
        return nil
    }

    /// The trigger of `sentence` and who it binds: parties, or a third party named by the noun
    /// phrase before the trigger (`le stagiaire doit …`).
    ///
    /// The subject of a trigger after the first is read after the words of the one before it
    /// (`Le bénéficiaire doit fournir ses pièces ; la Région s'engage à …`), not from the start of
    /// the sentence again: a run-on sentence repeating `s'engage à verser et` stays linear.
    private func commitment(in tokens: [Token], sentence: Range<Int>, context: Context, line: TextLine,
                            output: inout Output, text: NormalizedText) -> (EngagementMatcher.Trigger, Debtor)? {
        var from = sentence.lowerBound
        var thirdParty: (EngagementMatcher.Trigger, Debtor)?
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
                return (trigger, .parties(ids))
            case .pronoun(let plural):
                if plural, let ids = context.lastPlural { return (trigger, .parties(ids)) }
                if !plural, let pronoun = tokens[sentence.lowerBound..<trigger.firstToken].last(where: \.isWord),
                   let id = single(clauses.pronounGender(pronoun), agentive: true, in: context) { return (trigger, .parties([id])) }
                // A pronoun that takes up nothing at all: said, with its span, never dropped
                // silently ("Elle" after "La présente convention …" takes up the convention).
                if !plural, let pronoun = tokens[sentence.lowerBound..<trigger.firstToken].last(where: \.isWord),
                   hasAntecedent(clauses.pronounGender(pronoun), in: context) { continue }
                let start = line.start + tokens[sentence.lowerBound].start
                output.findings.append(Finding(code: "obligation.debtor-unresolved",
                                               message: plural ? "« \(Self.opening(line)) » : aucun sujet commun avant « ils »"
                                                               : "« \(Self.opening(line)) » : « il » ou « elle » ne reprend aucune partie",
                                               span: Span(start: start, end: line.end, page: text.page(at: start))))
            case .demonstrative(let plural, let start):
                if let ids = antecedent(ofDemonstrativeAt: start, plural: plural, in: line, context: context) { return (trigger, .parties(ids)) }
            case .none:
                guard trigger.subject == nil, let noun = clauses.subject(tokens, before: trigger.firstToken, sentence: sentence, scalars: line.scalars) else { continue }
                // "le masseur-kinésithérapeute contractant s'engage à": a party with its epithet.
                if let ids = resolver.headParties(tokens[noun]) { return (trigger, .parties(ids)) }
                // A third party's permission ("le stagiaire peut …") is not a duty.
                if thirdParty == nil, trigger.modality != .permission,
                   let phrase = clauses.personSubject(tokens, phrase: noun, scalars: line.scalars) {
                    let subject = Self.slice(line.scalars, tokens[phrase.lowerBound].start, tokens[phrase.upperBound - 1].end)
                    thirdParty = (trigger, .thirdParty(subject))
                }
            }
        }
        return thirdParty
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

    /// Remembers who the sentence starts with, for a later `ils`, `il` or `elle`.
    private func remember(_ line: TextLine, sentence: Range<Int>, in context: inout Context) {
        let tokens = line.tokens
        let opening = tokens[sentence.lowerBound..<min(sentence.upperBound, sentence.lowerBound + 40)]
        // "Le comité …" opens with a noun that is never a party — unless a party is called so
        // ("ci-après « le bénéficiaire »").
        if resolver.opensWithNonParty(opening), resolver.headParties(opening.prefix(4)) == nil {
            context.singles.removeAll()
            return
        }
        // "Si, dans ce délai, le stagiaire conteste …, le directeur de la caisse saisit …": the
        // subject to remember is the main clause's, after the subordinate one.
        if clauses.opensWithSubordinate(tokens[sentence]),
           let (main, ids) = clauses.clauses(tokens, sentence: sentence, scalars: line.scalars).lazy
            .compactMap({ clause in self.resolver.headParties(tokens[clause.subject]).map { (clause, $0) } }).first {
            if ids.count > 1 { context.lastPlural = ids } else { context.singles.append((ids[0], line, main.subject.lowerBound, context.paragraph)) }
            return
        }
        // "Ces derniers peuvent … Ils peuvent …": a sentence opening with a demonstrative passes
        // what it takes up on to the next pronouns.
        if let (plural, start) = [1, 2].lazy.compactMap({ self.resolver.demonstrative(endingAt: opening.prefix($0)) }).first,
           start == sentence.lowerBound {
            let ids = antecedent(ofDemonstrativeAt: start, plural: plural, in: line, context: context)
            if plural { context.lastPlural = ids } else if let ids, ids.count == 1 {
                context.singles.append((ids[0], line, start + 1, context.paragraph))
                if context.singles.count > 8 { context.singles.removeFirst() }
            }
            return
        }
        // "La convention … Elle intègre … Elle veille …": a sentence opening with a pronoun
        // carries its antecedent on to the next paragraph.
        if let first = opening.first(where: \.isWord), let gender = clauses.pronounGender(first), resolver.resolve(opening.prefix(1)) == .pronoun(plural: false),
           let entry = context.singles.last(where: { agrees($0, with: gender, in: context) }) {
            context.singles.append((entry.id, entry.line, entry.start, context.paragraph))
            if context.singles.count > 8 { context.singles.removeFirst() }
            return
        }
        guard let group = resolver.leadingSubject(opening) else {
            // "L'évaluation porte sur … Elle s'appuie …": a subject that is not a party takes the
            // next pronoun of its gender.
            if clauses.opensNounPhrase(tokens[sentence]) {
                context.singles.append((nil, line, sentence.lowerBound, context.paragraph))
            }
            return
        }
        if group.ids.count > 1 {
            context.lastPlural = group.ids
        } else if let id = group.ids.first {
            context.singles.append((id, line, group.start, context.paragraph))
        }
        if context.singles.count > 8 { context.singles.removeFirst() }
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
