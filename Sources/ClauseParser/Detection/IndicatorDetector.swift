import ConventionModel
import DocumentText

/// Finds the indicators a convention will be evaluated on: the items of a list announced by a
/// lead-in or a heading naming `indicateurs` (`Les indicateurs retenus sont les suivants :`,
/// `Article 3.1.2 : Indicateurs de mise en œuvre`, `Annexe 7 : Indicateurs pour le comité de pilotage`).
struct IndicatorDetector {
    static let indicatorWords: [Word] = ["indicateur", "indicateurs"]

    func detect(lines: [TextLine], structure: StructureSegmenter.Result, articles: [Article], text: NormalizedText) -> [Indicator] {
        var indicators: [Indicator] = []
        var taken = LineSet(lineCount: lines.count)
        for line in lines where !line.isBlank {
            // An item a list above has taken leads no list of its own: what follows it was
            // taken by that list, or ends it. Passing over it keeps a long list linear.
            guard line.mayHold(.indicator), !taken.contains(line.index) else { continue }
            let isHeading = structure.headingLines.contains(line.index)
            guard isHeading || line.ends(with: ":") else { continue }
            var j = line.index + 1
            while j < lines.count, !structure.headingLines.contains(j) {
                let candidate = lines[j]
                j += 1
                if candidate.isBlank || taken.contains(candidate.index) { continue }
                guard candidate.isListItem else {
                    if isHeading { continue }
                    break
                }
                taken.insert(candidate.index)
                // A sub-heading of the list ("Pour l'accompagnement global :") or a figure
                // ("13 510 demandeurs d'emploi …") is not an indicator.
                let bodyText = candidate.itemBody.trimming()
                if bodyText.hasSuffix(":") || bodyText.first?.isNumber == true { continue }
                let body = Array(candidate.itemBody.unicodeScalars)
                let end = ObligationDetector.trimmedEnd(body, body.count)
                let start = candidate.itemBodyStart
                indicators.append(Indicator(
                    text: ObligationDetector.slice(body, 0, end),
                    article: structure.unitOfLine[candidate.index].map { articles[$0].id },
                    span: Span(start: start, end: start + end, page: text.page(at: start))))
            }
        }
        return indicators
    }
}

