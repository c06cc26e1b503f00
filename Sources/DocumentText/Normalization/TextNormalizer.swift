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
    private let abbreviations: Set<String>
    private let functionWords: Set<String>
    private let structureKeywords: Set<String>

    public init(lexicons: LexiconSet? = nil) throws {
        let lexicons = try lexicons ?? LexiconSet.bundled()
        bullets = Set(try lexicons.entries("bullets").compactMap(Self.glyph))
        compoundParts = Set(try lexicons.entries("compound-prefixes").map { $0.lowercased() })
        abbreviations = Set(try lexicons.entries("abbreviations").map { $0.lowercased() })
        functionWords = Set(try lexicons.entries("function-words").map { $0.lowercased() })
        structureKeywords = Set(try lexicons.pairs("structure-keywords").map { $0.key.lowercased() })
    }

    /// Normalises every page of `document`.
    public func normalize(_ document: ExtractedDocument) -> NormalizedText {
        let cleanup = CharacterCleanup(bullets: bullets)
        let classifier = LineClassifier(structureKeywords: structureKeywords)

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
                let (markdownHeading, wideGaps) = cleanup.clean(&line)
                line.kind = classifier.classify(line, markdownHeading: markdownHeading, wideGaps: wideGaps)
                block.append(line)
            }
            for scalar in page.unicodeScalars {
                if scalar == "\n" || scalar == "\u{2028}" || scalar == "\u{2029}" {
                    finishLine()
                } else {
                    current.append(scalar, origin: Int32(rawOffset))
                }
                rawOffset += 1
            }
            finishLine()
            blocks.append(block)
            rawOffset += 1  // the form feed between pages
        }

        PageFurniture().remove(from: &blocks)
        let lines = blocks.flatMap { $0 }
        let joiner = ParagraphJoiner(compoundParts: compoundParts, abbreviations: abbreviations,
                                     functionWords: functionWords, documentWords: Self.words(of: lines),
                                     typicalWidth: Self.typicalWidth(of: lines))
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

    /// The width of a full line of body text: the 85th percentile of the lengths of text lines.
    static func typicalWidth(of lines: [SourceLine]) -> Int {
        let lengths = lines.lazy.filter { $0.kind == .text || $0.kind == .listItem }.map(\.scalars.count).sorted()
        guard !lengths.isEmpty else { return 0 }
        return lengths[min(lengths.count - 1, lengths.count * 85 / 100)]
    }

    /// `---`, `***`, `___`, `===` alone on a line (three or more), or a form feed.
    static func isRule(_ s: [Unicode.Scalar]) -> Bool {
        let marks = s.filter { !$0.properties.isWhitespace }
        guard marks.count >= 3, let first = marks.first, ["-", "*", "_", "="].contains(first) else { return false }
        return marks.allSatisfy { $0 == first }
    }

    /// Every word of the document, lowercased, with and without its inner hyphens.
    static func words(of lines: [SourceLine]) -> Set<String> {
        var words = Set<String>()
        for line in lines {
            var word = ""
            for c in line.scalars {
                if c.isLetter || c == "-" {
                    word.unicodeScalars.append(c)
                } else {
                    insert(word, into: &words)
                    word = ""
                }
            }
            insert(word, into: &words)
        }
        return words
    }

    private static func insert(_ word: String, into words: inout Set<String>) {
        let trimmed = word.trimmingCharacters(in: ["-"])
        guard trimmed.count > 1 else { return }
        let lower = trimmed.lowercased()
        words.insert(lower)
        if lower.contains("-") {
            for part in lower.split(separator: "-") where part.count > 1 { words.insert(String(part)) }
        }
    }

    /// A glyph written as itself or as `U+F0A7`.
    static func glyph(_ entry: String) -> Unicode.Scalar? {
        if entry.hasPrefix("U+"), let value = UInt32(entry.dropFirst(2), radix: 16) {
            return Unicode.Scalar(value)
        }
        return entry.unicodeScalars.count == 1 ? entry.unicodeScalars.first : nil
    }
}
