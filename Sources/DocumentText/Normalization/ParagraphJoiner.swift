/// Rejoins the lines of a paragraph that the page layout broke, and the words that a
/// line-end hyphen split, while headings, list items and table rows keep their own lines.
///
/// `La Région s'engage à trans-` + `mettre le bilan` → `La Région s'engage à transmettre le bilan`;
/// `le département des Bouches-` + `du-Rhône` → `Bouches-du-Rhône` (a compound keeps its hyphen).
struct ParagraphJoiner {
    /// Lowercased words that form compounds with what follows their hyphen (`porte`, `du`).
    let compoundParts: Set<String>
    /// Lowercased words that form compounds with what precedes their hyphen (`dessus` in
    /// `ci-dessus`, `ci` in `celle-ci`).
    var compoundTails: Set<String> = []
    /// Lowercased abbreviations ending with a period (`m.`, `art.`).
    let abbreviations: Set<String>
    /// Lowercased words after which a line cannot end a heading or sentence (`à`, `de`).
    let functionWords: Set<String>
    /// Lowercased words of the whole document, hyphenated compounds kept whole.
    let documentWords: Set<String>
    /// The length of a full line of body text in this document, for lines that do not carry
    /// the width of their own page.
    let typicalWidth: Int

    /// Words that open an item of the visas and recitals of a French act (`Vu la loi…`,
    /// `Considérant que…`): each starts its own paragraph after a line that could end one.
    static let recitalOpeners: [String] = ["Vu ", "VU ", "Considérant", "CONSIDÉRANT", "Attendu ", "ATTENDU "]

    /// Joins `lines` (all pages, in order) into output lines; a blank line separates blocks.
    func join(_ lines: [SourceLine]) -> [SourceLine] {
        var output: [SourceLine] = []
        var blankPending = false
        for line in lines {
            if line.kind == .blank {
                blankPending = !output.isEmpty
                continue
            }
            // Merged in place, with no copy of the paragraph kept alive: otherwise the whole
            // paragraph would be copied at every line it gains.
            if let last = output.indices.last, output[last].kind != .blank, !line.isParagraph,
               blankPending ? continuesAcrossBlank(output[last], line) : shouldJoin(output[last], line) {
                merge(&output[last], line)
                blankPending = false
                continue
            }
            if blankPending {
                output.append(SourceLine(scalars: [], origins: [], page: line.page, kind: .blank))
                blankPending = false
            }
            output.append(line)
        }
        return output
    }

    /// A paragraph broken by a blank line (a page break, a stray empty line): the line before
    /// stops on a line-break hyphen, on a word such as `de` or `à`, or without punctuation
    /// before a line that starts in lowercase.
    func continuesAcrossBlank(_ last: SourceLine, _ line: SourceLine) -> Bool {
        guard last.kind != .tableRow, line.kind != .tableRow, !line.isMarkdownHeading, !startsWithBullet(line)
        else { return false }
        // A heading continues past an empty line only when it stops on a hyphen or a word such as
        // `de`; a lowercase line after it is the body (`Article 8 – … de formation` / `la Région …`).
        if last.kind == .heading {
            // A short lowercase fragment is the end of the title (`… satisfaction d'offres` / `d'emploi`).
            let fragment = startsLowercase(line) && !endsWithTerminal(line) && line.scalars.filter { $0 == " " }.count < 6
            return (endsWithHyphenatedWord(last) || endsWithFunctionWord(last) || fragment) && shouldJoin(last, line)
        }
        let open = endsWithHyphenatedWord(last) || endsWithFunctionWord(last)
            || startsLowercase(line) && !endsWithTerminal(last)
        return open && shouldJoin(last, line)
    }

    func shouldJoin(_ previous: SourceLine, _ line: SourceLine) -> Bool {
        if previous.isBareMarker { return true }
        // `**Approbation de la convention … et le Pôle` + `Emploi de Martigues**`.
        if previous.unbalancedBold && line.unbalancedBold { return true }
        if previous.kind == .tableRow || line.kind == .tableRow || previous.isBareHeading || line.isMarkdownHeading {
            return false
        }
        switch line.kind {
        case .blank, .tableRow:
            return false
        case .heading:
            guard previous.kind == .heading || previous.kind == .text || previous.kind == .listItem else { return false }
            // `conformément à l'` + `Article 3 du code`: a line cannot end on `à l'`.
            if previous.kind != .heading && endsWithFunctionWord(previous) && !line.isBareHeading { return true }
            // A heading in capitals may wrap onto a second line in capitals.
            guard previous.kind == .heading, !startsNewHeading(line) else { return false }
            return previous.tailInCapitals && line.tailInCapitals && endsOpen(previous) && !endsWithColon(previous)
        case .listItem:
            // An enumerator that belongs to the sentence before: `… à hauteur de` + `0.5 ETP`,
            // `(axe` + `3) ou …`. A bullet always starts an item.
            guard previous.kind == .text || previous.kind == .listItem, !startsWithBullet(line) else { return false }
            return endsWithFunctionWord(previous) || closesParenthesis(previous, line)
        case .text:
            break
        }
        switch previous.kind {
        case .tableRow, .blank:
            return false
        case .heading:
            // Only a wrapped title: a lowercase continuation of a title that is not in capitals,
            // or a line ending on "à", "de"… or a hyphen.
            if endsWithFunctionWord(previous) || endsWithHyphenatedWord(previous) { return true }
            return startsLowercase(line) && !previous.tailInCapitals && !endsWithColon(previous)
        case .listItem, .text:
            if endsWithFunctionWord(previous) || endsWithHyphenatedWord(previous) { return true }
            if endsWithNumberHyphen(previous) && line.scalars.first?.isDigit == true { return true }
            if startsRecital(line) { return false }
            if startsLowercase(line) { return !endsWithTerminal(previous) || endsOpen(previous) }
            return endsOpen(previous) && !endsParagraph(previous, before: line)
        }
    }

    /// Appends `line` to `previous`: a space, or nothing after a line-break hyphen.
    func merge(_ previous: inout SourceLine, _ line: SourceLine) {
        guard let first = line.scalars.first, let firstOrigin = line.origins.first else { return }
        previous.openParentheses = SourceLine.openParentheses(after: line.scalars, from: previous.openParentheses)
        if previous.isBareMarker {
            // `•` alone, then the item's text: `- ` + text.
            var item = previous
            item.append(contentsOf: line)
            item.isBareMarker = false
            item.kind = .listItem
            item.lastPhysicalLength = line.tailLength
            item.typicalWidth = line.typicalWidth
            item.tailInCapitals = line.tailInCapitals
            item.unbalancedBold = line.unbalancedBold
            previous = item
            return
        }
        if endsWithHyphenatedWord(previous) && first.isLetter {
            if isLineBreakHyphen(previous, line) {
                previous.scalars.removeLast()
                previous.origins.removeLast()
            }
        } else if endsWithNumberHyphen(previous) && first.isDigit {
            // `L.5312-` + `14`: a reference split at its hyphen.
        } else {
            previous.append(" ", origin: firstOrigin)
        }
        previous.append(contentsOf: line)
        previous.lastPhysicalLength = line.tailLength
        previous.typicalWidth = line.typicalWidth
        previous.tailInCapitals = line.tailInCapitals
        previous.unbalancedBold = previous.unbalancedBold != line.unbalancedBold
    }

    /// Whether the hyphen ending `previous` only splits a word at the line end.
    ///
    /// `trans-` + `mettre` → `transmettre`; kept: `Bouches-` + `du-Rhône`, `porte-` + `parole`,
    /// `Aix-` + `Marseille`, `ci-` + `dessus`, and any compound the document writes whole
    /// elsewhere.
    func isLineBreakHyphen(_ previous: SourceLine, _ line: SourceLine) -> Bool {
        // Letters beyond the longest word are no word of the lists nor of the document: only
        // the rules that follow can decide, and a paragraph of many joined lines is not read
        // whole for each hyphen.
        let head = trailingWord(previous.scalars.dropLast(), longest: Self.longestWord)
        let tail = leadingWord(line.scalars)
        guard head?.isEmpty != true, !tail.isEmpty else { return false }
        let lowerTail = tail.lowercased()
        if let head {
            let lowerHead = head.lowercased()
            if documentWords.contains(lowerHead + lowerTail) { return true }
            if documentWords.contains(lowerHead + "-" + lowerTail) { return false }
            if compoundParts.contains(lowerHead) { return false }
        }
        if compoundParts.contains(lowerTail) || compoundTails.contains(lowerTail) {
            return false
        }
        if let first = tail.unicodeScalars.first, first.isUppercaseLetter { return false }
        // `Saint-Aubin-` + `sur-Loire`: the rest of a compound carries its own hyphen.
        let count = tail.unicodeScalars.count
        if line.scalars.count > count + 1, line.scalars[count] == "-", line.scalars[count + 1].isLetter { return false }
        return true
    }

    // MARK: - Line ends

    private func endsOpen(_ line: SourceLine) -> Bool {
        guard let last = line.scalars.last else { return false }
        if [".", "!", "?", ":", ";"].contains(last) {
            return last == "." && endsWithAbbreviation(line)
        }
        return true
    }

    /// A line that stops well before the right margin (under three quarters of the page's
    /// usual width) although the first word of the next line would have fitted there: the
    /// author ended the paragraph (or the title) on it. Widths count characters, not points,
    /// and a source may wrap early, hence the wide margin.
    func endsParagraph(_ line: SourceLine, before next: SourceLine) -> Bool {
        let width = line.typicalWidth > 0 ? line.typicalWidth : typicalWidth
        let tail = line.tailLength
        guard tail * 4 < width * 3 else { return false }
        var word = 0
        while word < next.scalars.count, next.scalars[word] != " " { word += 1 }
        return tail + 1 + word <= width
    }

    private func startsWithBullet(_ line: SourceLine) -> Bool {
        line.scalars.count >= 2 && line.scalars[0] == "-" && line.scalars[1] == " "
    }

    private func startsRecital(_ line: SourceLine) -> Bool {
        Self.recitalOpeners.contains { opener in line.scalars.starts(with: opener.unicodeScalars) }
    }

    /// `(axe` + `3) ou dans le cadre…`: the enumerator closes a parenthesis left open.
    private func closesParenthesis(_ previous: SourceLine, _ line: SourceLine) -> Bool {
        guard let length = LineClassifier.enumeratorLength(line.scalars), length >= 2,
              line.scalars[length - 2] == ")", line.scalars.first != "(" else { return false }
        return previous.openParentheses > 0
    }

    private func endsWithNumberHyphen(_ line: SourceLine) -> Bool {
        let s = line.scalars
        return s.count >= 2 && s[s.count - 1] == "-" && s[s.count - 2].isDigit
    }

    private func endsWithTerminal(_ line: SourceLine) -> Bool {
        guard let last = line.scalars.last else { return false }
        return [".", "!", "?", ":", ";"].contains(last)
    }

    private func endsWithColon(_ line: SourceLine) -> Bool { line.scalars.last == ":" }

    private func startsLowercase(_ line: SourceLine) -> Bool {
        line.scalars.first?.isLowercaseLetter ?? false
    }

    /// A heading line that opens a unit of its own (`Article 3`, `2.1 …`, `- …`), rather than
    /// the second line of the title above it.
    private func startsNewHeading(_ line: SourceLine) -> Bool {
        guard let first = line.scalars.first else { return false }
        return first == "-" || first.isDigit || line.opensStructure || line.isMarkdownHeading
            || LineClassifier.enumeratorLength(line.scalars) != nil
    }

    private func endsWithHyphenatedWord(_ line: SourceLine) -> Bool {
        let s = line.scalars
        return s.count >= 2 && s[s.count - 1] == "-" && s[s.count - 2].isLetter
    }

    private func endsWithAbbreviation(_ line: SourceLine) -> Bool {
        // An abbreviation or an initial is short: a longer last word is neither.
        guard let word = trailingToken(line.scalars, longest: Self.longestWord) else { return false }
        if abbreviations.contains(word.lowercased()) { return true }
        // An initial: "J." in "M. J. Dupont".
        let letters = word.unicodeScalars.filter(\.isLetter)
        return letters.count == 1 && letters.first!.isUppercaseLetter
    }

    /// The longest word looked at the end of a paragraph (`anticonstitutionnellement` has 25
    /// letters): the last word of a paragraph of many joined lines is not read whole each time.
    static let longestWord = 64

    /// `… en accord avec le` — but not a line that is the word alone (`ET` between the parties)
    /// nor the `Fait à Marseille, le` of a signature block, whose date is written by hand.
    private func endsWithFunctionWord(_ line: SourceLine) -> Bool {
        // Function words are short: look no further than the last few scalars.
        let s = line.scalars
        guard let space = s[max(0, s.count - 7)...].lastIndex(of: " ") ?? (s.count <= 6 ? -1 : nil) else { return false }
        let word = String(scalars: s[(space + 1)...])
        guard word.unicodeScalars.count < line.scalars.count, functionWords.contains(word.lowercased()) else {
            return false
        }
        return !line.scalars.starts(with: "Fait ".unicodeScalars)
    }

    // MARK: - Words

    /// The scalars after the last space, or nil when there are more than `longest` of them.
    private func trailingToken<C: BidirectionalCollection>(_ s: C, longest: Int) -> String?
    where C.Element == Unicode.Scalar {
        trailing(s, longest: longest) { $0 != " " }
    }

    /// The letters at the end, or nil when there are more than `longest` of them.
    private func trailingWord<C: BidirectionalCollection>(_ s: C, longest: Int) -> String? where C.Element == Unicode.Scalar {
        trailing(s, longest: longest, while: \.isLetter)
    }

    private func trailing<C: BidirectionalCollection>(_ s: C, longest: Int, while belongs: (Unicode.Scalar) -> Bool) -> String?
    where C.Element == Unicode.Scalar {
        var scalars: [Unicode.Scalar] = []
        for c in s.reversed() {
            if !belongs(c) { break }
            if scalars.count == longest { return nil }
            scalars.append(c)
        }
        return String(String.UnicodeScalarView(scalars.reversed()))
    }

    private func leadingWord(_ s: [Unicode.Scalar]) -> String {
        var view = String.UnicodeScalarView()
        for c in s {
            if !c.isLetter { break }
            view.append(c)
        }
        return String(view)
    }
}
