import Foundation

/// Reads the text of a Word document (`.docx`, Office Open XML) as its reader would see it:
/// paragraphs, lists numbered as displayed (from `numbering.xml` and the paragraph styles),
/// one table cell per line, tracked changes accepted (insertions kept, deletions dropped),
/// headers and footers left out (they live in other parts, never read), footnotes and endnotes
/// after the body. A page break (`w:br w:type="page"`, a paragraph that starts a page, a section
/// that starts on a new page, or a break Word recorded when it last laid the document out)
/// starts a new page; without any, the document is one page.
///
/// ```swift
/// let doc = try WordDocumentReader.read(archive: archive, path: "convention.docx", sha256: hash)
/// doc.pages[0]   // "Convention de partenariat…\n…\n1. entretenir les parcelles chaque semaine ;\n…"
/// ```
struct WordDocumentReader {
    private let path: String
    private var numbering: WordNumbering
    private let styles: [String: WordParagraphStyle]
    private let footnotes: [String: MarkupElement]
    private let endnotes: [String: MarkupElement]
    private var text = OfficeText()
    /// Text of a paragraph whose mark was deleted as a tracked change: it joins the next one.
    private var carriedOver = ""
    /// A page break ended the paragraph being read: an empty rest is no paragraph of its own.
    private var brokeInParagraph = false

    static func read(archive: OfficeArchive, path: String, sha256: String) throws -> ExtractedDocument {
        func xml(_ part: String) throws -> MarkupElement? {
            guard let data = try archive.part(part) else { return nil }
            return try MarkupElement.parse(data, part: part, path: path)
        }
        let mainPart = try mainDocumentPart(archive: archive, path: path)
        guard let document = try xml(mainPart) else {
            throw DocumentTextError(.corruptOffice, path: path, detail: "\(mainPart) manquant")
        }
        guard let body = document.child("w:body") else {
            throw DocumentTextError(.corruptOffice, path: path, detail: "\(mainPart) sans corps de texte")
        }
        let folder = (mainPart as NSString).deletingLastPathComponent
        func sibling(_ name: String) -> String { folder.isEmpty ? name : folder + "/" + name }
        var reader = WordDocumentReader(
            path: path,
            numbering: WordNumbering(try xml(sibling("numbering.xml"))),
            styles: WordParagraphStyle.styles(in: try xml(sibling("styles.xml"))),
            footnotes: notes(in: try xml(sibling("footnotes.xml")), named: "w:footnote"),
            endnotes: notes(in: try xml(sibling("endnotes.xml")), named: "w:endnote"))
        reader.blocks(of: body)
        if !reader.carriedOver.isEmpty { reader.text.line(reader.carriedOver) }
        let pages = reader.text.pages
        let core = try xml("docProps/core.xml")
        let metadata = DocumentMetadata(
            pageCount: pages.count,
            title: core?.child("dc:title")?.textContent.nonEmpty,
            author: core?.child("dc:creator")?.textContent.nonEmpty,
            creationDate: core?.child("dcterms:created")?.textContent.nonEmpty,
            hasTextLayer: true)
        return ExtractedDocument(path: path, format: .docx, pages: pages, metadata: metadata, sha256: sha256)
    }

    private init(path: String, numbering: WordNumbering, styles: [String: WordParagraphStyle],
                 footnotes: [String: MarkupElement], endnotes: [String: MarkupElement]) {
        self.path = path
        self.numbering = numbering
        self.styles = styles
        self.footnotes = footnotes
        self.endnotes = endnotes
    }

    /// The main part named by the package relationships (`word/document.xml` in practice).
    private static func mainDocumentPart(archive: OfficeArchive, path: String) throws -> String {
        if let data = try archive.part("_rels/.rels") {
            let rels = try MarkupElement.parse(data, part: "_rels/.rels", path: path)
            for rel in rels.elements where rel["Type"]?.hasSuffix("/officeDocument") == true {
                if let target = rel["Target"] {
                    return target.hasPrefix("/") ? String(target.dropFirst()) : target
                }
            }
        }
        return "word/document.xml"
    }

    private static func notes(in root: MarkupElement?, named name: String) -> [String: MarkupElement] {
        var notes: [String: MarkupElement] = [:]
        for note in root?.elements ?? [] where note.name == name {
            // Separators are drawn lines, not notes.
            guard note["w:type"] == nil || note["w:type"] == "normal", let id = note["w:id"] else { continue }
            notes[id] = note
        }
        return notes
    }

    // MARK: Blocks

    /// The paragraphs and tables of a body, a cell, a content control or an accepted insertion.
    private mutating func blocks(of element: MarkupElement) {
        for child in element.elements {
            switch child.name {
            case "w:p": paragraph(child)
            case "w:tbl": table(child)
            case "w:sdt": if let content = child.child("w:sdtContent") { blocks(of: content) }
            case "w:customXml", "w:ins", "w:moveTo", "w:smartTag": blocks(of: child)
            default: break  // w:del, w:moveFrom, w:sectPr, w:bookmarkStart…
            }
        }
    }

    /// One line per cell that holds text, row by row.
    private mutating func table(_ table: MarkupElement) {
        for row in table.descendants("w:tr") {
            for cell in row.descendants("w:tc") {
                text.beginGroup()
                blocks(of: cell)
                let content = text.endGroup()
                if !content.isEmpty { text.line(content) }
            }
        }
    }

    private mutating func paragraph(_ p: MarkupElement) {
        let properties = p.child("w:pPr")
        let style = properties?.child("w:pStyle")?["w:val"].flatMap { styles[$0] }
        if let flag = properties?.child("w:pageBreakBefore") {
            if Self.isOn(flag) { text.pageBreak() }
        } else if style?.pageBreakBefore == true {
            text.pageBreak()
        }
        var reference = style?.numbering
        if let numPr = properties?.child("w:numPr") {
            let id = numPr.child("w:numId")?["w:val"] ?? reference?.id
            let level = numPr.child("w:ilvl")?["w:val"].flatMap(Int.init) ?? reference?.level ?? 0
            reference = id.map { WordParagraphStyle.NumberingReference(id: $0, level: level) }
        }
        var content = carriedOver
        carriedOver = ""
        if let reference, let label = numbering.label(numId: reference.id, level: reference.level), !label.isEmpty {
            content += label + " "
        }
        brokeInParagraph = false
        inline(p, into: &content)
        if brokeInParagraph && content.isEmpty {
            // The paragraph ended with its page: nothing follows the break.
        } else if properties?.child("w:rPr")?.child("w:del") != nil {
            // The paragraph mark itself was deleted: accepted, the paragraph runs on into the next.
            carriedOver = content
        } else {
            text.line(content)
        }
        // The last paragraph of a section that starts on a new page.
        if let section = properties?.child("w:sectPr"), section.child("w:type")?["w:val"] ?? "nextPage" != "continuous" {
            text.pageBreak()
        }
    }

    /// The text of runs, hyperlinks, fields and accepted insertions; deletions and drawings are skipped.
    private mutating func inline(_ element: MarkupElement, into content: inout String) {
        for child in element.elements {
            switch child.name {
            case "w:r": run(child, into: &content)
            case "w:ins", "w:moveTo", "w:hyperlink", "w:smartTag", "w:customXml", "w:fldSimple", "w:bdo", "w:dir":
                inline(child, into: &content)
            case "w:sdt": if let inner = child.child("w:sdtContent") { inline(inner, into: &content) }
            default: break  // w:pPr, w:del, w:moveFrom, bookmarks, comments' ranges
            }
        }
    }

    private mutating func run(_ run: MarkupElement, into content: inout String) {
        for child in run.elements {
            switch child.name {
            case "w:t": content += child.textContent
            case "w:tab", "w:ptab": content += "\t"
            case "w:br", "w:cr":
                if child["w:type"] == "page" {
                    breakPage(in: &content)
                } else {
                    content += "\n"
                }
            case "w:lastRenderedPageBreak": breakPage(in: &content)
            case "w:noBreakHyphen": content += "-"
            case "w:sym":
                if let code = child["w:char"].flatMap({ UInt32($0, radix: 16) }), let scalar = Unicode.Scalar(code),
                   !(0xE000...0xF8FF).contains(code) {
                    content.unicodeScalars.append(scalar)
                }
            case "w:footnoteReference":
                if let note = child["w:id"].flatMap({ footnotes[$0] }) { content += text.note(noteText(note)) }
            case "w:endnoteReference":
                if let note = child["w:id"].flatMap({ endnotes[$0] }) { content += text.note(noteText(note)) }
            default: break  // w:delText, w:instrText, w:drawing, w:softHyphen, w:rPr…
            }
        }
    }

    /// A page break inside a paragraph: the text before it ends on this page.
    private mutating func breakPage(in content: inout String) {
        if !content.isEmpty {
            text.line(content)
            content = ""
        }
        text.pageBreak()
        brokeInParagraph = true
    }

    /// A note's paragraphs on one line.
    private mutating func noteText(_ note: MarkupElement) -> String {
        text.beginGroup()
        blocks(of: note)
        return text.endGroup()
    }

    /// `<w:b/>`, `<w:b w:val="true"/>` are on; `w:val="0"`, `"false"`, `"off"` are off.
    static func isOn(_ flag: MarkupElement) -> Bool {
        guard let value = flag["w:val"] else { return true }
        return !["0", "false", "off"].contains(value)
    }
}

/// What a paragraph style brings to the text: its list numbering and a page break before.
struct WordParagraphStyle {
    struct NumberingReference { var id: String; var level: Int }

    var numbering: NumberingReference?
    var pageBreakBefore = false

    /// The paragraph styles of `styles.xml`, each with what it inherits (`w:basedOn`).
    static func styles(in root: MarkupElement?) -> [String: WordParagraphStyle] {
        var raw: [String: (basedOn: String?, properties: MarkupElement?)] = [:]
        for style in root?.elements ?? [] where style.name == "w:style" && style["w:type"] == "paragraph" {
            guard let id = style["w:styleId"] else { continue }
            raw[id] = (style.child("w:basedOn")?["w:val"], style.child("w:pPr"))
        }
        var resolved: [String: WordParagraphStyle] = [:]
        func resolve(_ id: String, depth: Int) -> WordParagraphStyle {
            if let done = resolved[id] { return done }
            guard let entry = raw[id] else { return WordParagraphStyle() }
            // A style based on itself, directly or not, stops after a few steps.
            var style = entry.basedOn.map { depth < 16 ? resolve($0, depth: depth + 1) : WordParagraphStyle() } ?? WordParagraphStyle()
            if let numPr = entry.properties?.child("w:numPr") {
                let id = numPr.child("w:numId")?["w:val"] ?? style.numbering?.id
                let level = numPr.child("w:ilvl")?["w:val"].flatMap(Int.init) ?? style.numbering?.level ?? 0
                style.numbering = id.map { NumberingReference(id: $0, level: level) }
            }
            if let flag = entry.properties?.child("w:pageBreakBefore") {
                style.pageBreakBefore = WordDocumentReader.isOn(flag)
            }
            resolved[id] = style
            return style
        }
        for id in raw.keys { _ = resolve(id, depth: 0) }
        return resolved
    }
}

extension String {
    /// The string trimmed, or nil when nothing is left.
    var nonEmpty: String? {
        let trimmed = trimmingCharacters(in: .whitespacesAndNewlines)
        return trimmed.isEmpty ? nil : trimmed
    }
}
