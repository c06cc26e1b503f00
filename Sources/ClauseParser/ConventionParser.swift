import ConventionModel
import DocumentText
import Lexicons

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
    private let legalTexts: PhraseMatcher<Bool>

    /// A parser driven by `lexicons` (the bundled word lists when nil).
    public init(lexicons: LexiconSet? = nil) throws {
        let lexicons = try lexicons ?? LexiconSet.bundled()
        normalizer = try TextNormalizer(lexicons: lexicons)
        var keywords: [String: Article.Kind] = [:]
        for (word, kind) in try lexicons.pairs("structure-keywords") {
            guard let kind = Article.Kind(rawValue: kind) else {
                throw LexiconError.unreadable("structure-keywords.txt: unknown kind '\(kind)' for '\(word)'")
            }
            keywords[Folding.fold(word)] = kind
        }
        headings = HeadingParser(keywords: keywords)
        partyVocabulary = try PartyVocabulary(lexicons: lexicons)
        engagements = try EngagementMatcher(lexicons: lexicons)
        formulas = Set(try lexicons.entries("drafting-formulas").map(Folding.fold))
        committeeHeads = PhraseMatcher(try lexicons.entries("committee-heads").map { (Tokenizer.phrase($0), true) })
        legalTexts = PhraseMatcher(try lexicons.entries("legal-texts").map { (Tokenizer.phrase($0), true) })
    }

    /// Normalises and parses an extracted document.
    public func parse(_ document: ExtractedDocument) -> (text: NormalizedText, graph: ConventionGraph) {
        let text = normalizer.normalize(document)
        return (text, parse(text, document: document))
    }

    /// Parses text already normalised.
    public func parse(_ text: NormalizedText, document: ExtractedDocument) -> ConventionGraph {
        let lines = TextLine.lines(of: text.scalars)
        let structure = StructureSegmenter(headings: headings).segment(lines, text: text)
        let firstArticleLine = structure.articles.first.flatMap { article in
            lines.first { $0.start == article.span?.start }?.index
        }
        let parties = PartyDetector(vocabulary: partyVocabulary).detect(lines: lines, firstArticleLine: firstArticleLine, text: text)
        let resolver = PartyResolver(parties: parties, vocabulary: partyVocabulary)
        let obligations = ObligationDetector(matcher: engagements, resolver: resolver, allParties: parties.map(\.id), formulas: formulas)
            .detect(lines: lines, structure: structure, articles: structure.articles, text: text)

        let committees = CommitteeDetector(heads: committeeHeads)
            .detect(lines: lines, structure: structure, articles: structure.articles, text: text, frequencies: { _, _ in nil })
        let indicators = IndicatorDetector().detect(lines: lines, structure: structure, articles: structure.articles, text: text)
        let references = ReferenceDetector(legalTexts: legalTexts).detect(lines: lines, structure: structure, text: text)

        let info = DocumentInfo(
            source: document.path, sha256: document.sha256, format: document.format.rawValue,
            pages: document.metadata.pageCount, kind: DocumentKindReader.kind(of: lines),
            title: DocumentKindReader.title(of: lines))
        return ConventionGraph(
            document: info, parties: parties, articles: structure.articles,
            obligations: obligations.obligations, committees: committees, indicators: indicators,
            references: references, findings: obligations.findings)
    }
}
