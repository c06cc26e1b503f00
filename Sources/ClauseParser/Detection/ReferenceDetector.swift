import ConventionModel
import DocumentText

/// Finds the legal texts a convention cites: each `Vu …` recital (or item of a `Vu` list), and
/// each citation in the body (`les articles L.263-1 et R.263-1 du code de l'action sociale …`,
/// `la loi n° 2008-1249 du 1er décembre 2008`).
struct ReferenceDetector {
    /// Folded first words of a citation (`loi`, `decret`, `article`).
    let legalTexts: PhraseMatcher<Bool>

    func detect(lines: [TextLine], structure: StructureSegmenter.Result, text: NormalizedText) -> [LegalReference] {
        var references: [LegalReference] = []
        var inVuList = false
        for line in lines where !line.isBlank {
            let opensWithVu = line.tokens.first?.word == Self.vu
            let wordCount = opensWithVu ? line.tokens.count { $0.isWord } : 0
            if opensWithVu, wordCount == 1 {
                inVuList = true
                continue
            }
            if inVuList, line.isListItem {
                references.append(reference(line.itemBody, start: line.itemBodyStart, text: text))
                continue
            }
            inVuList = false
            if opensWithVu, wordCount > 2 {
                let body = String(line.text.dropFirst(3))
                references.append(reference(body, start: line.start + 3, text: text))
                continue
            }
            if structure.headingLines.contains(line.index) || !line.mayHold(.legalText) { continue }
            references += citations(in: line, text: text)
        }
        return references
    }

    private func reference(_ body: String, start: Int, text: NormalizedText) -> LegalReference {
        let scalars = Array(body.unicodeScalars)
        let end = ObligationDetector.trimmedEnd(scalars, scalars.count)
        return LegalReference(text: ObligationDetector.slice(scalars, 0, end),
                              span: Span(start: start, end: start + end, page: text.page(at: start)))
    }

    /// Citations inside a sentence: a legal-text word followed, within three words, by a
    /// reference number (`L.5312-1`, `n° 2008-1249`) or a date (`du 5 mars 2014`), up to the
    /// end of the clause.
    private func citations(in line: TextLine, text: NormalizedText) -> [LegalReference] {
        let scalars = line.scalars, tokens = line.tokens
        var found: [LegalReference] = []
        var i = 0
        while i < tokens.count {
            guard let (length, _) = legalTexts.match(tokens, at: i), isCitation(line, from: i + length) else { i += 1; continue }
            var start = i
            if start > 0, Self.articles.contains(tokens[start - 1].word) { start -= 1 }
            var end = i + length
            while end < tokens.count, !Self.clauseEnds.contains(tokens[end].word) {
                if tokens[end].word == ".", end + 1 < tokens.count,
                   scalars[tokens[end + 1].start].properties.isUppercase || tokens[end + 1].word == "-" { break }
                end += 1
            }
            let startOffset = tokens[start].start
            let endOffset = ObligationDetector.trimmedEnd(scalars, tokens[end - 1].end)
            let lineStart = line.start + startOffset
            found.append(LegalReference(text: ObligationDetector.slice(scalars, startOffset, endOffset),
                                        span: Span(start: lineStart, end: line.start + endOffset, page: text.page(at: lineStart))))
            i = end
        }
        return found
    }

    /// `L.5312-1`, `R 5312-10`, `n° 2008-1249`, `du 5 mars 2014`, `2016/679` within three tokens.
    private func isCitation(_ line: TextLine, from index: Int) -> Bool {
        let tokens = line.tokens
        for k in index..<min(index + 3, tokens.count) {
            let word = line.folded(tokens[k])
            if ["l", "r", "d"].contains(word), k + 1 < tokens.count, tokens[k + 1].startsWithDigit || tokens[k + 1].word == "." { return true }
            if word.hasPrefix("l") || word.hasPrefix("r"), word.dropFirst().first?.isNumber == true { return true }
            if word == "n" || word == "no" || word == "n°" || word == "°" { return true }
            if word.contains("-") || word.contains("/"), word.first?.isNumber == true { return true }
            if word == "du", k + 2 < tokens.count, tokens[k + 1].startsWithDigit { return true }
        }
        return false
    }

    private static let vu: Word = "vu"
    private static let articles: WordSet = ["l'", "la", "le", "les"]
    private static let clauseEnds: WordSet = [",", ";", ")", "(", ":"]
}
