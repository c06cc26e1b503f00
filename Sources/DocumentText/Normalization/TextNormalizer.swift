import Foundation
import Lexicons

/// Turns extracted text into the normalised text that the parser reads, keeping for every
/// character the place it came from (see ``NormalizedText``).
///
/// What it does, in order: bullets become the list marker `- `, `’` becomes `'`, special spaces
/// become spaces, ligatures are expanded, converter markup (`**`, `#`, `<p>`, `<sup>1</sup>`,
/// `---`) is dropped; page numbers and running headers and footers are removed; the lines of a
/// paragraph are rejoined and line-break hyphens removed, while headings, list items and table
/// rows keep their lines.
///
/// ```swift
/// let normalizer = try TextNormalizer()
/// normalizer.normalize(document).text
/// // "Article 1 - Objet\nLa Métropole et Pôle emploi s'engagent à :\n- partager …"
/// ```
public struct TextNormalizer: Sendable {
    private let bullets: Set<Unicode.Scalar>
    private let compoundParts: Set<String>
    private let compoundTails: Set<String>
    private let abbreviations: Set<String>
    private let functionWords: Set<String>
    private let structureKeywords: Set<String>

    public init(lexicons: LexiconSet? = nil) throws {
        let lexicons = try lexicons ?? LexiconSet.bundled()
        bullets = Set(try lexicons.entries("bullets").compactMap(Self.glyph))
        let compounds = try lexicons.entries("compound-prefixes").map { $0.lowercased() }
        compoundParts = Set(compounds.filter { !$0.hasPrefix("-") })
        compoundTails = Set(compounds.filter { $0.hasPrefix("-") }.map { String($0.dropFirst()) })
        abbreviations = Set(try lexicons.entries("abbreviations").map { $0.lowercased() })
        functionWords = Set(try lexicons.entries("function-words").map { $0.lowercased() })
        structureKeywords = Set(try lexicons.pairs("structure-keywords").map { $0.key.lowercased() })
    }

    /// Normalises every page of `document`.
    public func normalize(_ document: ExtractedDocument) -> NormalizedText {
        let cleanup = CharacterCleanup(bullets: bullets)
        let classifier = LineClassifier(structureKeywords: structureKeywords)

        // A word-processing document states its paragraphs (one a line) and has no running
        // heads left in its text: its lines are neither rejoined nor taken for page furniture.
        let statesParagraphs = document.format == .docx || document.format == .odt
        var pageStarts: [Int] = []
        var blocks: [[SourceLine]] = []
        var rawOffset = 0
        for (pageIndex, page) in document.pages.enumerated() {
            pageStarts.append(rawOffset)
            var block: [SourceLine] = []
            var current = SourceLine(scalars: [], origins: [], page: pageIndex + 1)
            func finishLine() {
                var line = current
                current = SourceLine(scalars: [], origins: [], page: pageIndex + 1)
                if Self.isRule(line.scalars) {
                    // A page break left by a converter: close the block.
                    blocks.append(block)
                    block = []
                    return
                }
                let findings = cleanup.clean(&line)
                line.kind = classifier.classify(line, markdownHeading: findings.markdownHeading,
                                                wideGaps: findings.wideGaps)
                line.isMarkdownHeading = findings.markdownHeading
                line.unbalancedBold = findings.unbalancedBold
                line.isBareMarker = findings.bareMarker
                line.isParagraph = statesParagraphs
                line.tailInCapitals = SourceLine.hasOnlyCapitals(line.scalars)
                line.openParentheses = SourceLine.openParentheses(after: line.scalars, from: 0)
                if line.kind == .heading, let shape = classifier.structureHeading(line.scalars) {
                    line.opensStructure = true
                    line.isBareHeading = shape == .bare
                }
                block.append(line)
            }
            var afterCarriageReturn = false
            for scalar in page.unicodeScalars {
                if scalar == "\n" && afterCarriageReturn {
                    // The LF of CR LF: the CR ended the line.
                } else if Self.isLineEnd(scalar) {
                    finishLine()
                } else {
                    current.append(scalar, origin: Int32(rawOffset))
                }
                afterCarriageReturn = scalar == "\r"
                rawOffset += 1
            }
            finishLine()
            blocks.append(block)
            rawOffset += 1  // the form feed between pages
        }

        if !statesParagraphs { PageFurniture().remove(from: &blocks) }
        // The width of a full line, for the document and for each page: a page set in two
        // columns has short full lines.
        var lengths: [Int] = []
        var pageLengths = Array(repeating: [Int](), count: document.pages.count + 1)
        for block in blocks {
            for line in block where line.kind == .text || line.kind == .listItem {
                lengths.append(line.scalars.count)
                pageLengths[line.page].append(line.scalars.count)
            }
        }
        let documentWidth = Self.percentile85(&lengths)
        let pageWidth = pageLengths.map { (widths: [Int]) -> Int in
            var widths = widths
            return widths.count >= 8 ? Self.percentile85(&widths) : documentWidth
        }
        for b in blocks.indices {
            for l in blocks[b].indices { blocks[b][l].typicalWidth = pageWidth[blocks[b][l].page] }
        }
        let lines = blocks.flatMap { $0 }
        let joiner = ParagraphJoiner(compoundParts: compoundParts, compoundTails: compoundTails, abbreviations: abbreviations,
                                     functionWords: functionWords, documentWords: Self.words(of: lines),
                                     typicalWidth: documentWidth)
        let paragraphs = joiner.join(lines)

        var scalars: [Unicode.Scalar] = []
        var origins: [Int32] = []
        scalars.reserveCapacity(rawOffset)
        origins.reserveCapacity(rawOffset)
        for (index, line) in paragraphs.enumerated() {
            if index > 0 {
                scalars.append("\n")
                origins.append(line.origins.first ?? origins.last ?? 0)
            }
            scalars.append(contentsOf: line.scalars)
            origins.append(contentsOf: line.origins)
        }
        return NormalizedText(scalars: scalars, origins: origins, pageStarts: pageStarts)
    }

    /// Whether `scalar` ends a line: LF, CR (alone, or with the LF after it: CR LF is one line
    /// end), NEL, LINE SEPARATOR, PARAGRAPH SEPARATOR, and VT (a word processor's manual line
    /// break). A form feed separates pages before the text gets here.
    static func isLineEnd(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x0A, 0x0B, 0x0D, 0x85, 0x2028, 0x2029: return true
        default: return false
        }
    }

    /// The width of a full line of body text: the 85th percentile of the lengths of text lines.
    static func percentile85(_ lengths: inout [Int]) -> Int {
        guard !lengths.isEmpty else { return 0 }
        lengths.sort()
        return lengths[min(lengths.count - 1, lengths.count * 85 / 100)]
    }

    /// `---`, `***`, `___`, `===` alone on a line (three or more), or a form feed.
    static func isRule(_ s: [Unicode.Scalar]) -> Bool {
        guard let first = s.first(where: { $0 != " " && $0 != "\t" }),
              first == "-" || first == "*" || first == "_" || first == "=" else { return false }
        var marks = 0
        for c in s where c != " " && c != "\t" && c != "\r" {
            guard c == first else { return false }
            marks += 1
        }
        return marks >= 3
    }

    /// The words of the document that could settle a line-end hyphen, lowercased, with and
    /// without their inner hyphens: only words as long as a `head+tail` or `head-tail` pair of
    /// some line ending on a hyphen are kept (building every word would cost more than the rest
    /// of the normalisation).
    static func words(of lines: [SourceLine]) -> Set<String> {
        var wanted = Set<Int>()
        var pendingHead: Int?
        for line in lines where line.kind != .blank {
            if let head = pendingHead {
                var tail = 0
                while tail < line.scalars.count, line.scalars[tail].isLetter { tail += 1 }
                if tail > 0 { wanted.insert(head + tail); wanted.insert(head + tail + 1) }
                pendingHead = nil
            }
            let s = line.scalars
            if s.count >= 2, s[s.count - 1] == "-", s[s.count - 2].isLetter {
                var head = 0
                while head < s.count - 1, s[s.count - 2 - head].isLetter { head += 1 }
                pendingHead = head
            }
        }
        var words = Set<String>()
        guard !wanted.isEmpty else { return words }
        for line in lines {
            let s = line.scalars
            var i = 0
            while i < s.count {
                guard s[i].isLetter else { i += 1; continue }
                var j = i
                var hyphens: [Int] = []
                while j < s.count, s[j].isLetter || s[j] == "-" && j + 1 < s.count && s[j + 1].isLetter {
                    if s[j] == "-" { hyphens.append(j) }
                    j += 1
                }
                if wanted.contains(j - i) { words.insert(String(scalars: s[i..<j]).lowercased()) }
                if !hyphens.isEmpty {
                    var start = i
                    for end in hyphens + [j] {
                        if end - start > 1 && wanted.contains(end - start) {
                            words.insert(String(scalars: s[start..<end]).lowercased())
                        }
                        start = end + 1
                    }
                }
                i = j
            }
        }
        return words
    }

    /// A glyph written as itself or as `U+F0A7`.
    static func glyph(_ entry: String) -> Unicode.Scalar? {
        if entry.hasPrefix("U+"), let value = UInt32(entry.dropFirst(2), radix: 16) {
            return Unicode.Scalar(value)
        }
        return entry.unicodeScalars.count == 1 ? entry.unicodeScalars.first : nil
    }
}
