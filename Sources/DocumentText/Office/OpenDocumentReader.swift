import Foundation

/// Reads the text of an OpenDocument text (`.odt`, LibreOffice Writer) as its reader would see
/// it: paragraphs and headings, lists numbered as displayed (from their list styles, and
/// headings from the outline numbering), one table cell per line, tracked changes accepted
/// (the body already holds insertions; deletions live in `text:tracked-changes`, never read),
/// headers and footers left out (they live in the master pages), notes after the body, comments
/// dropped. A page break stated by a paragraph style (`fo:break-before`/`fo:break-after`) or
/// recorded by the last layout (`text:soft-page-break`) starts a new page.
///
/// ```swift
/// let doc = try OpenDocumentReader.read(archive: archive, path: "convention.odt", sha256: hash)
/// doc.pages[1]   // "Article 2 – Engagements de l'Association\n…\n1. entretenir les parcelles…"
/// ```
struct OpenDocumentReader {
    private let styles: OpenDocumentStyles
    private var text = OfficeText()
    /// The counters of each list by its `xml:id`, for `text:continue-list`.
    private var listsById: [String: ListCounters] = [:]
    /// The counters of the last list of each list style, for `text:continue-numbering`.
    private var lastListOfStyle: [String: ListCounters] = [:]
    private var outline = ListCounters()

    static func read(archive: OfficeArchive, path: String, sha256: String) throws -> ExtractedDocument {
        func xml(_ part: String) throws -> MarkupElement? {
            guard let data = try archive.part(part) else { return nil }
            return try MarkupElement.parse(data, part: part, path: path)
        }
        if let manifest = try xml("META-INF/manifest.xml"), manifest.descendant("manifest:encryption-data") != nil {
            throw DocumentTextError(.encryptedOffice, path: path)
        }
        guard let content = try xml("content.xml") else {
            throw DocumentTextError(.corruptOffice, path: path, detail: "content.xml manquant")
        }
        guard let body = content.child("office:body")?.child("office:text") else {
            throw DocumentTextError(.corruptOffice, path: path, detail: "content.xml ne contient pas de texte")
        }
        var reader = OpenDocumentReader(styles: OpenDocumentStyles(content: content, styles: try xml("styles.xml")))
        reader.blocks(of: body)
        let pages = reader.text.pages
        let meta = try xml("meta.xml")?.child("office:meta")
        let metadata = DocumentMetadata(
            pageCount: pages.count,
            title: meta?.child("dc:title")?.textContent.nonEmpty,
            author: (meta?.child("meta:initial-creator") ?? meta?.child("dc:creator"))?.textContent.nonEmpty,
            creationDate: meta?.child("meta:creation-date")?.textContent.nonEmpty,
            hasTextLayer: true)
        return ExtractedDocument(path: path, format: .odt, pages: pages, metadata: metadata, sha256: sha256)
    }

    private init(styles: OpenDocumentStyles) {
        self.styles = styles
    }

    // MARK: Blocks

    private mutating func blocks(of element: MarkupElement) {
        for child in element.elements {
            switch child.name {
            case "text:p": paragraph(child, label: nil)
            case "text:h": heading(child)
            case "text:list": list(child, level: 0, style: nil, counters: nil)
            case "table:table": table(child)
            case "text:soft-page-break": text.pageBreak()
            case "text:section", "text:index-body": blocks(of: child)
            default: break  // text:tracked-changes (deleted text), declarations, forms
            }
        }
    }

    private mutating func heading(_ h: MarkupElement) {
        var label: String?
        if let level = h["text:outline-level"].flatMap(Int.init), level >= 1, level <= 10,
           h["text:is-list-header"] != "true" {
            let restart = h["text:restart-numbering"] == "true" ? h["text:start-value"].flatMap(Int.init) ?? 1 : nil
            let numbers = outline.advance(level: level - 1, start: { styles.outline[$0 + 1]?.start ?? 1 }, restartAt: restart)
            label = styles.outline[level].map { $0.label(numbers) }
        }
        paragraph(h, label: label)
    }

    private mutating func paragraph(_ p: MarkupElement, label: String?) {
        let breaks = styles.pageBreaks(of: p["text:style-name"])
        if breaks.before { text.pageBreak() }
        var content = ""
        if let label, !label.isEmpty { content = label + " " }
        var spaceBefore = true  // leading white space of a paragraph is not shown
        inline(p, into: &content, spaceBefore: &spaceBefore)
        text.line(content)
        if breaks.after { text.pageBreak() }
    }

    /// A list and its items; a nested list without a style takes its parent's.
    private mutating func list(_ element: MarkupElement, level: Int, style: String?, counters: ListCounters?) {
        let style = element["text:style-name"] ?? style
        var counters = counters ?? {
            if let id = element["text:continue-list"], let previous = listsById[id] { return previous }
            if element["text:continue-numbering"] == "true", let style, let previous = lastListOfStyle[style] { return previous }
            return ListCounters()
        }()
        let levels = style.flatMap { styles.lists[$0] } ?? [:]
        for item in element.elements where item.name == "text:list-item" || item.name == "text:list-header" {
            var label: String?
            if item.name == "text:list-item" {
                let numbers = counters.advance(level: level, start: { levels[$0 + 1]?.start ?? 1 },
                                               restartAt: item["text:start-value"].flatMap(Int.init))
                label = levels[level + 1].map { $0.label(numbers) }
            }
            for child in item.elements {
                switch child.name {
                case "text:p", "text:h":
                    paragraph(child, label: label)
                    label = nil  // only the item's first paragraph shows the number
                case "text:list":
                    list(child, level: level + 1, style: style, counters: counters)
                    counters = lastNested ?? counters
                case "text:soft-page-break": text.pageBreak()
                default: break
                }
            }
        }
        if level == 0 {
            if let id = element["xml:id"] { listsById[id] = counters }
            if let style { lastListOfStyle[style] = counters }
        }
        lastNested = counters
    }

    /// The counters a nested list left, so that its parent goes on from them.
    private var lastNested: ListCounters?

    /// One line per cell that holds text, row by row (header rows and row groups included).
    private mutating func table(_ table: MarkupElement) {
        for row in table.descendants("table:table-row") {
            for cell in row.elements where cell.name == "table:table-cell" {
                text.beginGroup()
                blocks(of: cell)
                let content = text.endGroup()
                if !content.isEmpty { text.line(content) }
            }
        }
    }

    // MARK: Inline

    /// The text of a paragraph's content. White space in the XML reads as ODF says: a run of
    /// spaces, tabs and line ends is one space, and none at the start of the paragraph;
    /// `text:s`, `text:tab` and `text:line-break` are the spaces, tabs and breaks shown.
    private mutating func inline(_ element: MarkupElement, into content: inout String, spaceBefore: inout Bool) {
        for node in element.children {
            switch node {
            case .text(let string):
                for scalar in string.unicodeScalars {
                    if scalar == " " || scalar == "\t" || scalar == "\n" || scalar == "\r" {
                        if !spaceBefore { content += " " }
                        spaceBefore = true
                    } else {
                        content.unicodeScalars.append(scalar)
                        spaceBefore = false
                    }
                }
            case .element(let child):
                switch child.name {
                case "text:s":
                    let count = child["text:c"].flatMap(Int.init) ?? 1
                    content += String(repeating: " ", count: min(max(count, 1), 1000))
                    spaceBefore = true
                case "text:tab":
                    content += "\t"
                    spaceBefore = true
                case "text:line-break":
                    content += "\n"
                    spaceBefore = true
                case "text:soft-page-break":
                    if !content.isEmpty { text.line(content); content = "" }
                    text.pageBreak()
                case "text:note":
                    if let body = child.child("text:note-body") {
                        text.beginGroup()
                        blocks(of: body)
                        content += text.note(text.endGroup())
                        spaceBefore = false
                    }
                case "office:annotation", "office:annotation-end", "text:tracked-changes", "text:change",
                     "text:note-citation", "text:ruby-text":
                    break
                default:
                    if child.name.hasPrefix("draw:") { break }
                    // Spans, links, fields (their shown value), change marks, bookmarks.
                    inline(child, into: &content, spaceBefore: &spaceBefore)
                }
            }
        }
    }
}

/// The styles of an OpenDocument text that change its text: list styles (numbers), the outline
/// style (heading numbers) and the page breaks of paragraph styles.
struct OpenDocumentStyles {
    /// How one level of a list or of the outline writes its label.
    struct Level {
        var format = NumberFormat.none
        var prefix = ""
        var suffix = ""
        var start = 1
        /// How many levels the label shows (`2` → `1.3`).
        var displayLevels = 1
        var bullet = ""

        /// The label for the current numbers of levels 1…n.
        func label(_ numbers: [Int]) -> String {
            if format == .bullet { return bullet.isEmpty ? "•" : bullet }
            guard format != .none else { return prefix + suffix }
            let shown = numbers.suffix(max(1, displayLevels)).map { format.format($0) }
            return prefix + shown.joined(separator: ".") + suffix
        }
    }

    /// List styles by name, each level by its number (1-based).
    var lists: [String: [Int: Level]] = [:]
    var outline: [Int: Level] = [:]
    private var paragraphStyles: [String: (parent: String?, before: Bool, after: Bool)] = [:]

    init(content: MarkupElement, styles: MarkupElement?) {
        let containers = [styles?.child("office:styles"), styles?.child("office:automatic-styles"),
                          content.child("office:automatic-styles")].compactMap { $0 }
        for container in containers {
            for style in container.elements {
                switch style.name {
                case "text:list-style":
                    if let name = style["style:name"] { lists[name] = Self.levels(of: style) }
                case "text:outline-style":
                    outline = Self.levels(of: style)
                case "style:style" where style["style:family"] == "paragraph":
                    guard let name = style["style:name"] else { continue }
                    let properties = style.child("style:paragraph-properties")
                    paragraphStyles[name] = (style["style:parent-style-name"],
                                             properties?["fo:break-before"] == "page",
                                             properties?["fo:break-after"] == "page")
                default: break
                }
            }
        }
    }

    private static func levels(of style: MarkupElement) -> [Int: Level] {
        var levels: [Int: Level] = [:]
        for element in style.elements {
            guard let index = element["text:level"].flatMap(Int.init) else { continue }
            var level = Level()
            switch element.name {
            case "text:list-level-style-number", "text:outline-level-style":
                level.format = format(element["style:num-format"])
                level.prefix = element["style:num-prefix"] ?? ""
                level.suffix = element["style:num-suffix"] ?? ""
                level.start = element["text:start-value"].flatMap(Int.init) ?? 1
                level.displayLevels = element["text:display-levels"].flatMap(Int.init) ?? 1
            case "text:list-level-style-bullet":
                level.format = .bullet
                level.bullet = element["text:bullet-char"] ?? "•"
            default:
                continue  // image bullets show no text
            }
            levels[index] = level
        }
        return levels
    }

    private static func format(_ value: String?) -> NumberFormat {
        switch value {
        case "1": .decimal
        case "a": .lowerLetter
        case "A": .upperLetter
        case "i": .lowerRoman
        case "I": .upperRoman
        default: .none
        }
    }

    /// Whether the paragraph style `name` (or a style it inherits) starts or ends a page.
    func pageBreaks(of name: String?) -> (before: Bool, after: Bool) {
        var name = name, depth = 0
        while let current = name, let style = paragraphStyles[current], depth < 16 {
            if style.before || style.after { return (style.before, style.after) }
            name = style.parent
            depth += 1
        }
        return (false, false)
    }
}
