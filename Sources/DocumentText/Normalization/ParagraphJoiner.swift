/// Rejoins the lines of a paragraph that the page layout broke, and the words that a
/// line-end hyphen split, while headings, list items and table rows keep their own lines.
///
/// `La Région s'engage à trans-` + `mettre le bilan` → `La Région s'engage à transmettre le bilan`;
/// `le département des Bouches-` + `du-Rhône` → `Bouches-du-Rhône` (a compound keeps its hyphen).
struct ParagraphJoiner {
    /// Lowercased words that form compounds with what follows their hyphen (`porte`, `du`).
    let compoundParts: Set<String>
    /// Lowercased abbreviations ending with a period (`m.`, `art.`).
    let abbreviations: Set<String>
    /// Lowercased words after which a line cannot end a heading or sentence (`à`, `de`).
    let functionWords: Set<String>
    /// Lowercased words of the whole document, hyphenated compounds kept whole.
    let documentWords: Set<String>
    /// The length of a full line of body text in this document; a line well short of it ends
    /// its paragraph when the next line starts with a capital.
    let typicalWidth: Int

    /// Joins `lines` (all pages, in order) into output lines; a blank line separates blocks.
    func join(_ lines: [SourceLine]) -> [SourceLine] {
        var output: [SourceLine] = []
        var blankPending = false
        for line in lines {
            if line.kind == .blank {
                if let last = output.last, last.kind == .text || last.kind == .listItem,
                   continuesAcrossBlank(last) {
                    continue
                }
                blankPending = !output.isEmpty
                continue
            }
            if var last = output.last, !blankPending, shouldJoin(last, line) {
                merge(&last, line)
                output[output.count - 1] = last
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

    /// A paragraph broken by a page break or a stray blank line: the previous line stops in
    /// the middle of a word or after a hyphen.
    private func continuesAcrossBlank(_ last: SourceLine) -> Bool {
        guard let end = last.scalars.last else { return false }
        return end == "-" && last.scalars.count > 1 && last.scalars[last.scalars.count - 2].isLetter
    }

    func shouldJoin(_ previous: SourceLine, _ line: SourceLine) -> Bool {
        switch line.kind {
        case .heading, .listItem, .tableRow, .blank, .pageRule:
            // A heading in capitals may wrap onto a second line in capitals.
            if previous.kind == .heading && line.kind == .heading && !startsNewHeading(line) {
                return endsOpen(previous) && !endsWithColon(previous)
            }
            return false
        case .text:
            break
        }
        switch previous.kind {
        case .tableRow, .blank, .pageRule:
            return false
        case .heading:
            // Only a wrapped title: lowercase continuation, or a line ending on "à", "de"…
            return startsLowercase(line) || endsWithFunctionWord(previous) || endsWithHyphenatedWord(previous)
        case .listItem, .text:
            if startsLowercase(line) { return !endsWithTerminal(previous) || endsOpen(previous) }
            return endsOpen(previous) && !isShort(previous)
        }
    }

    /// Appends `line` to `previous`: a space, or nothing after a line-break hyphen.
    func merge(_ previous: inout SourceLine, _ line: SourceLine) {
        guard let first = line.scalars.first, let firstOrigin = line.origins.first else { return }
        if endsWithHyphenatedWord(previous) && first.isLetter {
            if isLineBreakHyphen(previous, line) {
                previous.scalars.removeLast()
                previous.origins.removeLast()
            }
        } else {
            previous.append(" ", origin: firstOrigin)
        }
        previous.append(contentsOf: line)
        previous.lastPhysicalLength = line.tailLength
    }

    /// Whether the hyphen ending `previous` only splits a word at the line end.
    func isLineBreakHyphen(_ previous: SourceLine, _ line: SourceLine) -> Bool {
        let head = trailingWord(previous.scalars.dropLast())
        let tail = leadingWord(line.scalars)
        guard !head.isEmpty, !tail.isEmpty else { return false }
        let lowerHead = head.lowercased(), lowerTail = tail.lowercased()
        if documentWords.contains(lowerHead + lowerTail) { return true }
        if documentWords.contains(lowerHead + "-" + lowerTail) { return false }
        if compoundParts.contains(lowerHead) || compoundParts.contains(lowerTail) { return false }
        if let first = tail.unicodeScalars.first, first.isUppercaseLetter { return false }
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

    /// A line that stops well before the right margin: the end of a paragraph or a title.
    private func isShort(_ line: SourceLine) -> Bool {
        line.tailLength * 4 < typicalWidth * 3
    }

    private func endsWithTerminal(_ line: SourceLine) -> Bool {
        guard let last = line.scalars.last else { return false }
        return [".", "!", "?", ":", ";"].contains(last)
    }

    private func endsWithColon(_ line: SourceLine) -> Bool { line.scalars.last == ":" }

    private func startsLowercase(_ line: SourceLine) -> Bool {
        line.scalars.first?.isLowercaseLetter ?? false
    }

    private func startsNewHeading(_ line: SourceLine) -> Bool {
        guard let first = line.scalars.first else { return false }
        return first == "-" || first.isDigit || LineClassifier.enumeratorLength(line.scalars) != nil
            || line.string.lowercased().hasPrefix("article") || line.string.lowercased().hasPrefix("axe ")
            || line.string.lowercased().hasPrefix("titre") || line.string.lowercased().hasPrefix("annexe")
    }

    private func endsWithHyphenatedWord(_ line: SourceLine) -> Bool {
        let s = line.scalars
        return s.count >= 2 && s[s.count - 1] == "-" && s[s.count - 2].isLetter
    }

    private func endsWithAbbreviation(_ line: SourceLine) -> Bool {
        let word = trailingToken(line.scalars)
        if abbreviations.contains(word.lowercased()) { return true }
        // An initial: "J." in "M. J. Dupont".
        let letters = word.unicodeScalars.filter(\.isLetter)
        return letters.count == 1 && letters.first!.isUppercaseLetter
    }

    private func endsWithFunctionWord(_ line: SourceLine) -> Bool {
        let word = trailingToken(line.scalars).lowercased()
        return functionWords.contains(word)
    }

    // MARK: - Words

    private func trailingToken<C: BidirectionalCollection>(_ s: C) -> String where C.Element == Unicode.Scalar {
        var scalars: [Unicode.Scalar] = []
        for c in s.reversed() {
            if c == " " { break }
            scalars.append(c)
        }
        return String(String.UnicodeScalarView(scalars.reversed()))
    }

    private func trailingWord<C: BidirectionalCollection>(_ s: C) -> String where C.Element == Unicode.Scalar {
        var scalars: [Unicode.Scalar] = []
        for c in s.reversed() {
            if !c.isLetter { break }
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
