/// Character-level normalisation of one line: quotes, spaces, ligatures, invisible characters,
/// converter markup (`**`, `<p>`, `<sup>`), and the list marker.
///
/// `L’Etat s’engage` → `L'Etat s'engage`; `` Pôle emploi`` → `- Pôle emploi`;
/// `**Article 1**` → `Article 1`; `ﬁnancement` → `financement`.
struct CharacterCleanup {
    /// Glyphs that start a list item (from `Lexicons/lists/bullets.txt`).
    let bullets: Set<Unicode.Scalar>

    /// The canonical list marker of the normalised text.
    static let listMarker: [Unicode.Scalar] = ["-", " "]

    /// Glyphs that are bullets only when a space follows them (they are letters or dashes too).
    private static let ambiguousBullets: Set<Unicode.Scalar> = ["o", "-", "–", "—", "―", "*"]

    /// What the cleanup saw on a line, for classifying and joining it.
    struct Findings {
        /// The line was a markdown heading (`# …`).
        var markdownHeading = false
        /// Runs of three spaces or more between two words (table cells).
        var wideGaps = 0
        /// An odd number of `**` was removed: a bold span continues on another line.
        var unbalancedBold = false
        /// The line held only a bullet glyph.
        var bareMarker = false
    }

    /// Cleans `line` in place and reports what it found.
    func clean(_ line: inout SourceLine) -> Findings {
        var findings = Findings()
        var out = SourceLine(scalars: [], origins: [], page: line.page)
        out.scalars.reserveCapacity(line.scalars.count)
        out.origins.reserveCapacity(line.scalars.count)
        let s = line.scalars, o = line.origins
        var i = 0
        var wideGaps = 0
        var spaceRun = 0
        var boldMarks = 0
        while i < s.count {
            let c = s[i]
            // Converter markup.
            if c == "*" && i + 1 < s.count && s[i + 1] == "*" { i += 2; boldMarks += 1; continue }
            if c == "<", let end = Self.tagEnd(s, from: i), Self.htmlTags.contains(Self.tagName(s, from: i)) {
                let name = Self.tagName(s, from: i)
                if name == "sup" || name == "sub",
                   let close = Self.closingTag(s, name: name, from: end), close.start - end <= 4 {
                    // A footnote call (`<sup>1</sup>`, `<sup>*</sup>`) goes with its tags; an
                    // ordinal (`1<sup>er</sup>`) keeps its letters.
                    if s[end..<close.start].contains(where: \.isLetter) {
                        for k in end..<close.start { out.append(s[k], origin: o[k]) }
                    }
                    i = close.end
                    continue
                }
                i = end; continue
            }
            switch c.value {
            case 0x2019, 0x2018, 0x02BC, 0x2032, 0x0060, 0x00B4:
                out.append("'", origin: o[i])
            case 0x00A0, 0x202F, 0x2007, 0x2009, 0x200A, 0x2002, 0x2003, 0x2005, 0x3000, 0x09:
                out.append(" ", origin: o[i])
            case 0x00AD, 0x200B, 0x200C, 0x200D, 0xFEFF, 0x0D, 0x00, 0x0C:
                break
            case 0xFB00: out.append("f", origin: o[i]); out.append("f", origin: o[i])
            case 0xFB01: out.append("f", origin: o[i]); out.append("i", origin: o[i])
            case 0xFB02: out.append("f", origin: o[i]); out.append("l", origin: o[i])
            case 0xFB03: out.append("f", origin: o[i]); out.append("f", origin: o[i]); out.append("i", origin: o[i])
            case 0xFB04: out.append("f", origin: o[i]); out.append("f", origin: o[i]); out.append("l", origin: o[i])
            case 0xFB05, 0xFB06: out.append("s", origin: o[i]); out.append("t", origin: o[i])
            default:
                if c.isControl { break }
                out.append(c, origin: o[i])
            }
            i += 1
        }
        // Collapse spaces, counting the wide gaps that mark table cells.
        var collapsed = SourceLine(scalars: [], origins: [], page: line.page)
        collapsed.scalars.reserveCapacity(out.scalars.count)
        collapsed.origins.reserveCapacity(out.scalars.count)
        for (index, c) in out.scalars.enumerated() {
            if c == " " {
                spaceRun += 1
                continue
            }
            if spaceRun > 0 && !collapsed.isEmpty {
                // A wide gap parts two cells (`Pour la Commune      Pour l'Association`): kept as
                // one tab, so that columns can still be told apart.
                if spaceRun >= 3 { wideGaps += 1 }
                collapsed.append(spaceRun >= 3 ? "\t" : " ", origin: out.origins[index - 1])
            }
            spaceRun = 0
            collapsed.append(c, origin: out.origins[index])
        }
        // Markdown heading.
        var markdownHeading = false
        var start = 0
        while start < collapsed.scalars.count && collapsed.scalars[start] == "#" { start += 1 }
        if start > 0 && (start == collapsed.scalars.count || collapsed.scalars[start] == " ") {
            markdownHeading = true
            while start < collapsed.scalars.count && collapsed.scalars[start] == " " { start += 1 }
        } else {
            start = 0
        }
        if start > 0 {
            collapsed.scalars.removeFirst(start)
            collapsed.origins.removeFirst(start)
        }
        findings.bareMarker = isBareBullet(collapsed.scalars)
        if findings.bareMarker {
            let origin = collapsed.origins[0]
            collapsed.scalars = Self.listMarker
            collapsed.origins = [origin, origin]
        } else {
            replaceBullet(&collapsed)
        }
        line.scalars = collapsed.scalars
        line.origins = collapsed.origins
        findings.markdownHeading = markdownHeading
        findings.wideGaps = wideGaps
        findings.unbalancedBold = boldMarks % 2 == 1
        return findings
    }

    /// A bullet glyph alone on its line (not `o`, `*` or a dash, which are also text).
    private func isBareBullet(_ s: [Unicode.Scalar]) -> Bool {
        guard s.count == 1, let c = s.first else { return false }
        return bullets.contains(c) && !Self.ambiguousBullets.contains(c)
    }

    /// Turns a leading bullet glyph (possibly several) into the canonical marker `- `.
    private func replaceBullet(_ line: inout SourceLine) {
        let s = line.scalars
        guard let first = s.first, bullets.contains(first) else { return }
        let next: Unicode.Scalar? = s.count > 1 ? s[1] : nil
        if Self.ambiguousBullets.contains(first) {
            // "- item", "o item", "-APPROUVER" are items; "-3", "oui", "--" are not.
            guard let next else { return }
            let spaced = next == " "
            let glued = first != "o" && first != "*" && next.isUppercaseLetter
            guard spaced || glued else { return }
            if first == "-" || first == "–" || first == "—" || first == "―" {
                // "- 3 -" is a page number, handled as page furniture.
                if spaced, s.count > 2, s[2].isDigit, s.last == first { return }
            }
        }
        var cut = 0
        while cut < s.count && (bullets.contains(s[cut]) && (cut == 0 || !s[cut].isLetter) || s[cut] == " ") { cut += 1 }
        guard cut < s.count else { return }
        let origin = line.origins[0]
        line.scalars.replaceSubrange(0..<cut, with: Self.listMarker)
        line.origins.replaceSubrange(0..<cut, with: [origin, origin])
    }

    /// The end of an HTML tag opening at `i` (`<p>`, `</sup>`, `<br/>`, `<span class="x">`);
    /// nil for anything else (`<http://…>`, `< 3`, `<<`).
    private static func tagEnd(_ s: [Unicode.Scalar], from i: Int) -> Int? {
        guard i + 2 < s.count else { return nil }
        var j = i + 1
        if s[j] == "/" { j += 1 }
        guard j < s.count, s[j].isASCII, s[j].isLetter else { return nil }
        while j < s.count, s[j].isASCII, s[j].isLetter || s[j].isDigit { j += 1 }
        guard j < s.count, s[j] == ">" || s[j] == " " || s[j] == "/" else { return nil }
        while j < s.count && j - i < 80 {
            if s[j] == ">" { return j + 1 }
            if s[j] == "<" { return nil }
            j += 1
        }
        return nil
    }

    /// The HTML tags that converters leave in text (`<p>`, `<sup>`, `<br/>`…); other names in
    /// angle brackets (`<comment>` of an XML example) are text.
    static let htmlTags: Set<String> = [
        "p", "br", "sup", "sub", "span", "div", "b", "i", "u", "s", "em", "strong", "small", "big", "font",
        "a", "center", "blockquote", "hr", "ul", "ol", "li", "table", "thead", "tbody", "tr", "td", "th",
        "h1", "h2", "h3", "h4", "h5", "h6", "mark", "ins", "del", "strike", "tt", "code", "pre", "img",
    ]

    /// The lowercased name of the tag at `i` (`sup` for `<sup>` and `</sup>`).
    private static func tagName(_ s: [Unicode.Scalar], from i: Int) -> String {
        var name = ""
        var j = i + 1
        if j < s.count, s[j] == "/" { j += 1 }
        while j < s.count, s[j].isASCII, s[j].isLetter || s[j].isDigit { name.unicodeScalars.append(s[j]); j += 1 }
        return name.lowercased()
    }

    private static func closingTag(_ s: [Unicode.Scalar], name: String, from i: Int) -> (start: Int, end: Int)? {
        var j = i
        while j < s.count {
            if s[j] == "<", let end = tagEnd(s, from: j), j + 1 < s.count, s[j + 1] == "/" {
                var k = j + 2, closing = ""
                while k < s.count, s[k].isLetter { closing.unicodeScalars.append(s[k]); k += 1 }
                if closing.lowercased() == name { return (j, end) }
            }
            j += 1
        }
        return nil
    }
}
