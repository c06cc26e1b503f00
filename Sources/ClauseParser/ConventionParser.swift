import ConventionModel
import DocumentText
import FrenchExpressions
import Lexicons
import Morphology

/// Parses the normalised text of a convention into its ``ConventionGraph``: structure first,
/// then the signatories, then every detector, each mention keeping its span.
///
/// ```swift
/// let parser = try ConventionParser()
/// let document = try DocumentReader.read(path: "convention.pdf")
/// let (text, graph) = parser.parse(document)
/// graph.obligations.first?.text   // "partager régulièrement et au minimum une fois par an, …"
/// ```
public struct ConventionParser: Sendable {
    /// Stored with each ingested document, so that a store can tell which parser read it.
    public static let version = "0.1.0"

    private let normalizer: TextNormalizer
    private let headings: HeadingParser
    private let partyVocabulary: PartyVocabulary
    private let engagements: EngagementMatcher
    private let committeeHeads: PhraseMatcher<Bool>
    private let formulas: Set<String>
    /// Words that name the convention itself (`convention`, `avenant`).
    private let agreementWords: WordSet
    /// Verb phrases of an act on the convention itself (`résilier`, `mis fin`, `dénoncée`,
    /// `reconduire`), from `notice-purposes.txt`: a commitment holding one keeps its notice as a
    /// notice, not as the deadline of an operational task.
    private let conventionActs: PhraseMatcher<Bool>
    /// Words that show a value belongs to another act (`precedente`).
    private let otherActWords: WordSet
    private let expressions: FrenchExpressions
    private let termTitleWords: WordSet
    private let deliberationBodies: PhraseMatcher<String>
    private let conditions: ConditionReader
    private let legalTexts: PhraseMatcher<Bool>
    private let classifier: WordClassifier
    private let clauses: ClauseReader
    private let morphology: Morphology?
    private let chargePhrases: PhraseMatcher<Bool>
    private let roleNouns: RoleNounReader
    private let shortForms: ShortFormReader

    /// A parser driven by `lexicons` (the bundled word lists when nil) and `morphology` (Hunspell's
    /// French dictionary when installed; without it, only engagement verbs are read).
    public init(lexicons: LexiconSet? = nil, morphology: Morphology? = Morphology.french()) throws {
        let lexicons = try lexicons ?? LexiconSet.bundled()
        self.morphology = morphology
        let functionWords = try FunctionWords(lexicons: lexicons)
        clauses = try ClauseReader(lexicons: lexicons, words: functionWords, morphology: morphology)
        roleNouns = try RoleNounReader(lexicons: lexicons, words: functionWords, morphology: morphology)
        shortForms = ShortFormReader(words: functionWords)
        chargePhrases = PhraseMatcher(phrases: try lexicons.entries("charge-phrases"), payload: true)
        normalizer = try TextNormalizer(lexicons: lexicons)
        var keywords: [String: Article.Kind] = [:]
        for (word, kind) in try lexicons.pairs("structure-keywords") {
            guard let kind = Article.Kind(rawValue: kind) else {
                throw LexiconError.unreadable("structure-keywords.txt: unknown kind '\(kind)' for '\(word)'")
            }
            keywords[Folding.fold(word)] = kind
        }
        headings = HeadingParser(keywords: keywords)
        partyVocabulary = try PartyVocabulary(lexicons: lexicons, words: functionWords)
        engagements = try EngagementMatcher(lexicons: lexicons, words: functionWords)
        expressions = try FrenchExpressions(lexicons: lexicons)
        conditions = ConditionReader(openers: PhraseMatcher(phrases: try lexicons.entries("condition-openers"), payload: true))
        agreementWords = WordSet(try lexicons.entries("agreement-words"))
        conventionActs = PhraseMatcher(phrases: try lexicons.pairs("notice-purposes").filter { entry in
            guard ["termination", "renewal"].contains(entry.value.split(separator: " ").first.map(String.init) ?? "") else { return false }
            // Verbs only: "la résiliation" in a task ("notifier sa décision de résiliation") is no act on the convention.
            guard let first = entry.key.split(separator: " ").first, let morphology else { return false }
            let form = morphology.form(of: Array(first.unicodeScalars)[...])
            return form.categories.contains(.verb) && !(form.isNoun && form.forms.isDisjoint(with: [.pastParticiple, .infinitive]))
        }.map(\.key), payload: true)
        otherActWords = WordSet(try lexicons.entries("other-act-words"))
        termTitleWords = WordSet(try lexicons.entries("term-title-words").flatMap { Folding.words($0) })
        deliberationBodies = PhraseMatcher(try lexicons.pairs("deliberation-bodies").map { (Tokenizer.phrase($0.key), $0.value) })
        formulas = Set(try lexicons.entries("drafting-formulas").map(Folding.fold))
        committeeHeads = PhraseMatcher(phrases: try lexicons.entries("committee-heads"), payload: true)
        legalTexts = PhraseMatcher(phrases: try lexicons.entries("legal-texts"), payload: true)
        var classifier = WordClassifier()
        classifier.add(engagements.firstWords, to: .engagement)
        classifier.add(legalTexts.firstWords, to: .legalText)
        classifier.add(committeeHeads.firstWords, to: .committeeHead)
        classifier.add(IndicatorDetector.indicatorWords, to: .indicator)
        classifier.add(roleNouns.nounWords, to: .roleNoun)
        self.classifier = classifier
    }

    /// Normalises and parses an extracted document.
    public func parse(_ document: ExtractedDocument) -> (text: NormalizedText, graph: ConventionGraph) {
        let text = normalizer.normalize(document)
        return (text, parse(text, document: document))
    }

    /// Reads a file (PDF, `.txt`, `.md`; `-` for standard input), passes each reading warning
    /// (such as a Windows-1252 text) to `warn`, then normalises and parses it.
    ///
    /// `try parser.parse(file: "Convention 2024.pdf").graph.parties.count` → 2.
    /// Throws the reader's ``DocumentTextError`` for a missing, empty, scanned or damaged file.
    public func parse(file path: String, password: String? = nil,
                      warn: (String) -> Void = { _ in }) throws -> (text: NormalizedText, graph: ConventionGraph) {
        let document = try DocumentReader.read(path: path, password: password)
        document.warnings.forEach(warn)
        return parse(document)
    }

    /// Parses text already normalised.
    public func parse(_ text: NormalizedText, document: ExtractedDocument) -> ConventionGraph {
        // The word forms this document taught the morphology are kept for the next run.
        defer { morphology?.flush() }
        let lines = TextLine.lines(of: text, classifier: classifier)
        let structure = StructureSegmenter(headings: headings).segment(lines, text: text)
        var parties = PartyDetector(vocabulary: partyVocabulary).detect(lines: lines, text: text)
        var findings: [Finding] = []
        if parties.isEmpty {
            // No signatory block at the top: the signature block names the parties.
            parties = PartyDetector(vocabulary: partyVocabulary).partiesFromSignatures(lines: lines, text: text)
        }
        parties = shortForms.addingShortForms(to: parties, lines: lines)
        parties = roleNouns.addingRoleAliases(to: parties, lines: lines, vocabulary: partyVocabulary)
        let resolver = PartyResolver(parties: parties, vocabulary: partyVocabulary)
        let signatures = SignatureBlockReader().read(lines: lines, resolver: resolver, text: text)
        SignatoryMatcher(resolver: resolver).name(&parties, from: signatures.signatories)
        if let signed = signatures.signed {
            for index in parties.indices {
                parties[index].signed = signed.contains(parties[index].id)
                if !signed.contains(parties[index].id) {
                    findings.append(Finding(code: "parties.not-in-signatures",
                                            message: "\(parties[index].id) « \(parties[index].name) » n'est pas nommé dans le bloc des signatures",
                                            span: parties[index].span))
                }
            }
            for (segment, span) in signatures.unknown {
                findings.append(Finding(code: "parties.unknown-signatory",
                                        message: "le bloc des signatures nomme « \(segment) », qui n'est pas une partie de la convention",
                                        span: span))
            }
        }
        let obligations = ObligationDetector(matcher: engagements, resolver: resolver, clauses: clauses, chargePhrases: chargePhrases, formulas: formulas)
            .detect(lines: lines, structure: structure, articles: structure.articles, text: text,
                    bodyStart: parties.compactMap(\.span?.end).max() ?? 0)

        let found = expressions.analyze(scalars: text.scalars)
        let locator = Locator(lines: lines, structure: structure)
        var obligationList = obligations.obligations
        // A delay inside an operational commitment ("informer la Commune, dans un délai de quinze
        // jours, de toute modification de ses statuts") is its deadline, not a notice on the
        // convention; a commitment about the convention itself ("résilier la présente convention
        // moyennant un préavis …") keeps its notice.
        var operational: [Range<Int>] = []
        let frequencies = PositionIndex(found.frequencies.map { ($0.range.lowerBound, $0.value) })
        let deadlines = PositionIndex(found.deadlines.map { ($0.range.lowerBound, $0.value) })
        for index in obligationList.indices {
            guard let span = obligationList[index].span else { continue }
            let range = span.start..<span.end
            let scalars = Array(obligationList[index].text.unicodeScalars)
            let tokens = Tokenizer.tokens(scalars)
            obligationList[index].frequency = frequencies.first(in: range)
            obligationList[index].deadline = deadlines.first(in: range)
            obligationList[index].condition = conditions.condition(in: scalars, tokens: tokens)
            let aboutConvention = tokens.contains { agreementWords.contains($0.word) }
                || tokens.indices.contains { conventionActs.match(tokens, at: $0) != nil }
            if !aboutConvention { operational.append(range) }
        }
        let operationalCover = SpanCover(operational)
        let conventionNotices = found.notices.filter { !operationalCover.contains($0.range.lowerBound) }
        let notices = conventionNotices.enumerated().map { index, match in
            var notice = match.value
            notice.id = "N\(index + 1)"
            notice.article = locator.articleID(at: match.range.lowerBound)
            notice.span = Span(start: match.range.lowerBound, end: match.range.upperBound, page: text.page(at: match.range.lowerBound))
            return notice
        }
        let amounts = found.amounts.map { match in
            Amount(text: match.text, value: match.value.value, currency: match.value.currency, article: locator.articleID(at: match.range.lowerBound),
                   span: Span(start: match.range.lowerBound, end: match.range.upperBound, page: text.page(at: match.range.lowerBound)))
        }
        let percentages = found.percentages.map { match in
            Percentage(text: match.text, value: match.value, article: locator.articleID(at: match.range.lowerBound),
                       span: Span(start: match.range.lowerBound, end: match.range.upperBound, page: text.page(at: match.range.lowerBound)))
        }
        let term = TermSelector(termTitleWords: termTitleWords, otherActWords: otherActWords).select(found) { range in
            TermSelector.Context(sentence: locator.sentence(around: range, in: text), unitTitle: locator.article(at: range.lowerBound)?.title)
        }
        let committees = CommitteeDetector(heads: committeeHeads)
            .detect(lines: lines, structure: structure, articles: structure.articles, text: text, frequencies: { start, end in
                frequencies.first(in: start..<end)
            })
        let indicators = IndicatorDetector().detect(lines: lines, structure: structure, articles: structure.articles, text: text)
        let references = ReferenceDetector(legalTexts: legalTexts).detect(lines: lines, structure: structure, text: text)
        let kind = DocumentKindReader.kind(of: lines)
        let deliberation = kind == .deliberation
            ? DeliberationDetector(bodies: deliberationBodies, dates: { expressions.dates(in: $0).map(\.value) }).detect(lines: lines)
            : nil

        let info = DocumentInfo(
            source: document.path, sha256: document.sha256, format: document.format.rawValue,
            pages: document.metadata.pageCount, kind: kind, title: DocumentKindReader.title(of: lines))
        return ConventionGraph(
            document: info, parties: parties, articles: structure.articles, obligations: obligationList,
            duties: obligations.duties, term: term,
            notices: notices, amounts: amounts, percentages: percentages, committees: committees, indicators: indicators,
            references: references, deliberation: deliberation,
            findings: findings + obligations.findings + Self.recognitionFindings(document, text: text))
    }

    /// A finding for each page read by OCR with a low confidence, spanning that page's text:
    /// `ocr.low-confidence` « page 3 : lue par OCR avec une confiance de 62 % ; vérifiez son texte ».
    static func recognitionFindings(_ document: ExtractedDocument, text: NormalizedText) -> [Finding] {
        document.recognizedPages.filter { $0.confidence < RecognizedPage.lowConfidence }.map { page in
            let offsets = text.scalars.indices.filter { text.page(at: $0) == page.page }
            let span = offsets.first.map { Span(start: $0, end: (offsets.last ?? $0) + 1, page: page.page) }
            let percent = Int((page.confidence * 100).rounded())
            return Finding(code: "ocr.low-confidence",
                           message: "page \(page.page) : lue par OCR avec une confiance de \(percent) % ; vérifiez son texte",
                           span: span)
        }
    }
}
