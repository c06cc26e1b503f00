import Foundation

/// The convention as an OASIS LegalDocML document (Akoma Ntoso 3.0), for legal teams whose
/// systems exchange that standard rather than Clausier's JSON (`clausier extract --format akn`).
///
/// - `meta`: the FRBR identification (work, expression in French, manifestation), and the
///   references: one `TLCOrganization` per party, `TLCPerson` per representative, `TLCRole` per
///   role, `TLCConcept` per modality.
/// - `preface`: the title and the parties (`party` with `refersTo` and `as`).
/// - `preamble`: the text before the first article.
/// - `mainBody`: the units (`title`, `part`, `chapter`, `section`, `article`; an axe or an annexe
///   as an `hcontainer`) with `num` and `heading`, their paragraphs, lists and points; each
///   obligation and duty is an `inline` element over the words of its span.
/// - `conclusions`: the text after the last unit, then a `signature` per representative.
///
/// Every `eId` is built from the text, so that it is the same on every run and survives small
/// edits: `art_3__para_2`, obligations as `oblig_3_9c1e5b07` (the article's number and a hash of
/// the folded action; `-2` for a second identical one), parties as `partie_metropole-…`.
///
/// ```swift
/// let (text, graph) = try ConventionParser().parse(file: "convention.pdf")
/// graph.akomaNtoso(text: text.text)
/// // <akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0">
/// //   <doc name="convention"> <meta>…</meta> <preface>…</preface> <mainBody>
/// //     <article eId="art_1"><num>1</num><heading>Objet</heading> …
/// ```
extension ConventionGraph {
    /// The Akoma Ntoso document; `text` is the normalised text the graph's spans count into.
    public func akomaNtoso(text: String) -> String {
        var writer = AkomaNtosoWriter(graph: self, text: text)
        return writer.write()
    }
}

struct AkomaNtosoWriter {
    static let namespace = "http://docs.oasis-open.org/legaldocml/ns/akn/3.0"

    /// An obligation or a duty marked over its words.
    struct Mark {
        var eId: String
        var name: String
        var refersTo: String
        var start: Int
        var end: Int
    }

    private let graph: ConventionGraph
    private let scalars: [Unicode.Scalar]
    /// Start and end (exclusive, before the line feed) of each line of the text.
    private let lines: [Range<Int>]
    private var xml = XMLOutput()

    private var partyRefs: [String: String] = [:]
    private var personRefs: [String: String] = [:]
    private var roleRefs: [String: String] = [:]
    private var tlcs: [(kind: String, eId: String, href: String, showAs: String)] = []
    private var marks: [Mark] = []
    private var unitIds: [String: String] = [:]
    private var children: [String?: [Article]] = [:]

    static let modalities: [(Obligation.Modality, String, String)] = [
        (.obligation, "modalite_obligation", "Obligation"),
        (.prohibition, "modalite_interdiction", "Interdiction"),
        (.permission, "modalite_permission", "Permission"),
    ]

    init(graph: ConventionGraph, text: String) {
        self.graph = graph
        scalars = Array(text.unicodeScalars)
        var lines: [Range<Int>] = []
        var start = 0
        for (index, scalar) in scalars.enumerated() where scalar == "\n" {
            lines.append(start..<index)
            start = index + 1
        }
        if start < scalars.count { lines.append(start..<scalars.count) }
        self.lines = lines
        assignIdentifiers()
    }

    // MARK: Identifiers

    private mutating func assignIdentifiers() {
        var registry = StableIdentifier.Registry()
        for name in ["clausier", "partie", "signataire"] + Self.modalities.map(\.1) { _ = registry.unique(name) }
        tlcs.append(("TLCOrganization", "clausier", "/ontology/organization/clausier", "Clausier"))
        tlcs.append(("TLCRole", "partie", "/ontology/role/convention/partie", "Partie"))
        tlcs.append(("TLCRole", "signataire", "/ontology/role/convention/signataire", "Signataire"))
        for (_, eId, showAs) in Self.modalities {
            tlcs.append(("TLCConcept", eId, "/ontology/concept/convention/\(eId.dropFirst("modalite_".count))", showAs))
        }
        for party in graph.parties {
            let slug = StableIdentifier.slug(party.name)
            let eId = registry.unique("partie_\(slug)")
            partyRefs[party.id] = eId
            tlcs.append(("TLCOrganization", eId, "/ontology/organization/fr/\(slug)", party.name))
            for representative in party.representatives {
                let key = StableIdentifier.fold(representative.name)
                if personRefs[key] == nil {
                    let slug = StableIdentifier.slug(representative.name)
                    let eId = registry.unique("personne_\(slug)")
                    personRefs[key] = eId
                    tlcs.append(("TLCPerson", eId, "/ontology/person/fr/\(slug)", representative.name))
                }
                if let role = representative.role, roleRefs[StableIdentifier.fold(role)] == nil {
                    let slug = StableIdentifier.slug(role)
                    let eId = registry.unique("role_\(slug)")
                    roleRefs[StableIdentifier.fold(role)] = eId
                    tlcs.append(("TLCRole", eId, "/ontology/role/fr/\(slug)", role))
                }
            }
        }
        // Units: the path of numbers from the outermost one.
        for article in graph.articles { children[article.parent.flatMap { graph.article($0) == nil ? nil : $0 }, default: []].append(article) }
        func name(_ article: Article, under parent: String?) {
            let number = article.number.map { StableIdentifier.slug($0.replacingOccurrences(of: ".", with: "-")) }
            let base = "\(Self.prefix(article.kind))_\(number ?? "nn")"
            unitIds[article.id] = registry.unique(parent.map { "\($0)__\(base)" } ?? base)
            for child in children[article.id] ?? [] { name(child, under: unitIds[article.id]) }
        }
        for root in children[nil] ?? [] { name(root, under: nil) }
        // Obligations and duties: the article's number and a hash of the folded action.
        func key(_ prefix: String, _ text: String, _ article: String?) -> String {
            let number = article.flatMap { graph.article($0)?.number }
                .map { StableIdentifier.slug($0.replacingOccurrences(of: ".", with: "-")) } ?? "nn"
            return registry.unique("\(prefix)_\(number)_\(StableIdentifier.hash(StableIdentifier.fold(text)))")
        }
        for obligation in graph.obligations {
            guard let span = obligation.span else { continue }
            let refs = obligation.debtors.compactMap { partyRefs[$0].map { "#\($0)" } }
                + [Self.modalities.first { $0.0 == obligation.modality }.map { "#\($0.1)" } ?? "#modalite_obligation"]
            marks.append(Mark(eId: key("oblig", obligation.text, obligation.article), name: "obligation",
                              refersTo: refs.joined(separator: " "), start: span.start, end: span.end))
        }
        for duty in graph.duties {
            guard let span = duty.span else { continue }
            let modality = Self.modalities.first { $0.0 == duty.modality }.map { "#\($0.1)" } ?? "#modalite_obligation"
            marks.append(Mark(eId: key("devoir", duty.text, duty.article), name: "devoir",
                              refersTo: modality, start: span.start, end: span.end))
        }
        marks.sort { ($0.start, -$0.end) < ($1.start, -$1.end) }
    }

    static func prefix(_ kind: Article.Kind) -> String {
        switch kind {
        case .preamble: "preambule"
        case .title: "title"
        case .part: "part"
        case .chapter: "chp"
        case .axis: "axe"
        case .article: "art"
        case .section: "sec"
        case .annex: "annexe"
        }
    }

    // MARK: Document

    mutating func write() -> String {
        xml.raw("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
        xml.open("akomaNtoso", ["xmlns": Self.namespace])
        xml.open("doc", ["name": "convention"])
        meta()
        preface()
        let units = (children[nil] ?? []).filter { $0.kind != .preamble }
        let firstStart = units.compactMap { $0.span?.start }.min() ?? scalars.count
        let lastEnd = units.compactMap { $0.span?.end }.max() ?? scalars.count
        let preambleLines = lines.filter { $0.lowerBound < firstStart && !isBlank($0) }
        if !preambleLines.isEmpty {
            xml.open("preamble")
            for line in preambleLines { paragraphText(line.clamped(to: 0..<firstStart), selecting: line) }
            xml.close()
        }
        xml.open("mainBody")
        if units.isEmpty {
            xml.leaf("p", text: "")
        }
        for unit in units { self.unit(unit) }
        xml.close()
        conclusions(after: units.isEmpty ? scalars.count : lastEnd)
        xml.close()
        xml.close()
        return xml.string
    }

    private mutating func meta() {
        let date = graph.term.effective?.date.map { ($0, "effet") }
            ?? graph.deliberation?.date.map { ($0, "deliberation") }
            ?? graph.term.end?.date.map { ($0, "fin") }
            ?? ("1970-01-01", "inconnue")
        let number = String((graph.document.sha256 ?? StableIdentifier.hash(graph.document.title ?? graph.document.source)).prefix(12))
        let work = "/akn/fr/doc/convention/\(date.0)/\(number)"
        let authors = graph.parties.compactMap { partyRefs[$0.id] }
        xml.open("meta")
        xml.open("identification", ["source": "#clausier"])
        xml.open("FRBRWork")
        xml.empty("FRBRthis", ["value": "\(work)/!main"])
        xml.empty("FRBRuri", ["value": work])
        xml.empty("FRBRdate", ["date": date.0, "name": date.1])
        for author in authors.isEmpty ? ["clausier"] : authors {
            xml.empty("FRBRauthor", ["href": "#\(author)", "as": authors.isEmpty ? nil : "#partie"])
        }
        xml.empty("FRBRcountry", ["value": "fr"])
        xml.empty("FRBRnumber", ["value": number])
        xml.empty("FRBRname", ["value": "convention"])
        xml.close()
        xml.open("FRBRExpression")
        xml.empty("FRBRthis", ["value": "\(work)/fra@/!main"])
        xml.empty("FRBRuri", ["value": "\(work)/fra@"])
        xml.empty("FRBRdate", ["date": date.0, "name": date.1])
        for author in authors.isEmpty ? ["clausier"] : authors {
            xml.empty("FRBRauthor", ["href": "#\(author)", "as": authors.isEmpty ? nil : "#partie"])
        }
        xml.empty("FRBRlanguage", ["language": "fra"])
        xml.close()
        xml.open("FRBRManifestation")
        xml.empty("FRBRthis", ["value": "\(work)/fra@/!main.xml"])
        xml.empty("FRBRuri", ["value": "\(work)/fra@.akn"])
        xml.empty("FRBRdate", ["date": date.0, "name": date.1])
        xml.empty("FRBRauthor", ["href": "#clausier"])
        xml.close()
        xml.close()
        xml.open("references", ["source": "#clausier"])
        for tlc in tlcs {
            xml.empty(tlc.kind, ["eId": tlc.eId, "href": tlc.href, "showAs": tlc.showAs])
        }
        xml.close()
        xml.close()
    }

    private mutating func preface() {
        xml.open("preface")
        xml.open("longTitle")
        xml.openInline("p")
        xml.leaf("docTitle", text: graph.document.title ?? "Convention")
        xml.close()
        xml.close()
        if !graph.parties.isEmpty {
            xml.open("container", ["name": "parties"])
            for party in graph.parties {
                xml.openInline("p")
                xml.leaf("party", ["refersTo": partyRefs[party.id].map { "#\($0)" }, "as": "#partie"], text: party.name)
                if let alias = party.aliases.first { xml.text(", « \(alias) »") }
                representatives(of: party, lead: ", représentée par ")
                xml.close()
            }
            xml.close()
        }
        xml.close()
    }

    /// `Martine Vassal (Présidente)`, each with its references.
    private mutating func representatives(of party: Party, lead: String) {
        for (index, representative) in party.representatives.enumerated() {
            xml.text(index == 0 ? lead : " et ")
            let role = representative.role.flatMap { roleRefs[StableIdentifier.fold($0)] }
            xml.leaf("person", ["refersTo": personRefs[StableIdentifier.fold(representative.name)].map { "#\($0)" },
                                "as": role.map { "#\($0)" }], text: representative.name)
            if let title = representative.role, let role {
                xml.text(" (")
                xml.leaf("role", ["refersTo": "#\(role)"], text: title)
                xml.text(")")
            }
        }
    }

    private mutating func conclusions(after end: Int) {
        let closing = lines.filter { $0.lowerBound >= end && !isBlank($0) }
        let signatories = graph.parties.filter { !$0.representatives.isEmpty }
        guard !closing.isEmpty || !signatories.isEmpty else { return }
        xml.open("conclusions")
        for line in closing { paragraphText(line, selecting: line) }
        for party in signatories {
            xml.openInline("p")
            xml.openInline("signature")
            xml.text("Pour ")
            xml.leaf("party", ["refersTo": partyRefs[party.id].map { "#\($0)" }, "as": "#signataire"], text: party.name)
            representatives(of: party, lead: " : ")
            xml.close()
            xml.close()
        }
        xml.close()
    }

    // MARK: Units

    private mutating func unit(_ article: Article) {
        let eId = unitIds[article.id] ?? "x"
        switch article.kind {
        case .axis: xml.open("hcontainer", ["eId": eId, "name": "axe"])
        case .annex: xml.open("hcontainer", ["eId": eId, "name": "annexe"])
        case .preamble: xml.open("hcontainer", ["eId": eId, "name": "preambule"])
        case .title: xml.open("title", ["eId": eId])
        case .part: xml.open("part", ["eId": eId])
        case .chapter: xml.open("chapter", ["eId": eId])
        case .article: xml.open("article", ["eId": eId])
        case .section: xml.open("section", ["eId": eId])
        }
        if let number = article.number { xml.leaf("num", text: number) }
        if let title = article.title { xml.leaf("heading", text: title) }
        let subunits = children[article.id] ?? []
        var blocks = 0
        if let span = article.span {
            let ownEnd = subunits.compactMap { $0.span?.start }.filter { $0 >= span.start }.min() ?? span.end
            var own = lines.filter { $0.lowerBound >= span.start && $0.lowerBound < ownEnd && !isBlank($0) }
                .map { $0.clamped(to: span.start..<ownEnd) }
            // The heading line, and the title on the line after a bare `ARTICLE 6`.
            if let first = own.first, first.lowerBound == span.start { own.removeFirst() }
            if let title = article.title, let first = own.first,
               slice(first).trimmingCharacters(in: .whitespaces) == title { own.removeFirst() }
            blocks = paragraphs(own, in: eId)
        }
        for subunit in subunits { unit(subunit) }
        if blocks == 0 && subunits.isEmpty {
            xml.open("content")
            xml.leaf("p", text: "")
            xml.close()
        }
        xml.close()
    }

    /// The lines of a unit as `paragraph`s: a line alone, or a list — its lead-in (a line ending
    /// with `:`) as `intro`, each item a `point`. Returns the number of paragraphs written.
    private mutating func paragraphs(_ lines: [Range<Int>], in parent: String) -> Int {
        var count = 0
        var index = 0
        while index < lines.count {
            let line = lines[index]
            let leadsIn = !isItem(line) && slice(line).trimmingCharacters(in: .whitespaces).hasSuffix(":")
                && index + 1 < lines.count && isItem(lines[index + 1])
            count += 1
            let eId = "\(parent)__para_\(count)"
            xml.open("paragraph", ["eId": eId])
            if isItem(line) || leadsIn {
                var next = leadsIn ? index + 1 : index
                var items: [Range<Int>] = []
                while next < lines.count, isItem(lines[next]) { items.append(lines[next]); next += 1 }
                list(items, intro: leadsIn ? line : nil, eId: "\(eId)__list_1")
                index = next
            } else {
                xml.open("content")
                paragraphText(line, selecting: line)
                xml.close()
                index += 1
            }
            xml.close()
        }
        return count
    }

    private mutating func list(_ items: [Range<Int>], intro: Range<Int>?, eId: String) {
        xml.open("list", ["eId": eId])
        if let intro {
            xml.open("intro")
            paragraphText(intro, selecting: intro)
            xml.close()
        }
        for (index, item) in items.enumerated() {
            let (number, body) = enumerator(of: item)
            xml.open("point", ["eId": "\(eId)__point_\(index + 1)"])
            if let number { xml.leaf("num", text: number) }
            xml.open("content")
            paragraphText(body, selecting: item)
            xml.close()
            xml.close()
        }
        xml.close()
    }

    /// A `p` with the words of `range`, and the obligations and duties that start in `selecting`
    /// (the whole line, when `range` leaves out its list marker) marked over their spans.
    private mutating func paragraphText(_ range: Range<Int>, selecting: Range<Int>) {
        let inside = marks.filter { selecting.contains($0.start) }.map { mark in
            var mark = mark
            mark.start = min(max(mark.start, range.lowerBound), range.upperBound)
            mark.end = min(max(mark.end, mark.start), range.upperBound)
            return mark
        }
        xml.openInline("p")
        emit(range, marks: inside[...])
        xml.close()
    }

    /// Writes `range` with `marks` (sorted by start, longest first) as nested `inline` elements;
    /// a mark that crosses the end of an earlier one is cut at that end.
    private mutating func emit(_ range: Range<Int>, marks: ArraySlice<Mark>) {
        var cursor = range.lowerBound
        var rest = marks
        while let mark = rest.popFirst() {
            let start = max(mark.start, cursor)
            let end = min(max(mark.end, start), range.upperBound)
            if start > cursor { xml.text(slice(cursor..<start)) }
            var inner: [Mark] = []
            while let next = rest.first, next.start < end {
                var clipped = rest.removeFirst()
                clipped.end = min(clipped.end, end)
                inner.append(clipped)
            }
            xml.openInline("inline", ["eId": mark.eId, "name": mark.name, "refersTo": mark.refersTo])
            emit(start..<end, marks: inner[...])
            xml.close()
            cursor = end
        }
        if cursor < range.upperBound { xml.text(slice(cursor..<range.upperBound)) }
    }

    // MARK: Text

    private func slice(_ range: Range<Int>) -> String {
        var out = String.UnicodeScalarView()
        out.append(contentsOf: scalars[range.clamped(to: 0..<scalars.count)])
        return String(out)
    }

    private func isBlank(_ line: Range<Int>) -> Bool {
        !scalars[line].contains { !$0.properties.isWhitespace }
    }

    /// A list item: `- …`, or an enumerator (`1.`, `2)`, `a)`, `iv.`, `1°`) and a space.
    private func isItem(_ line: Range<Int>) -> Bool {
        enumerator(of: line).body != line || scalars[line].starts(with: ["-", " "])
    }

    /// The item's number as written (nil for a bullet) and the rest of the line.
    private func enumerator(of line: Range<Int>) -> (number: String?, body: Range<Int>) {
        let s = scalars[line]
        if s.starts(with: ["-", " "]) { return (nil, (line.lowerBound + 2)..<line.upperBound) }
        var i = line.lowerBound
        while i < line.upperBound, i - line.lowerBound < 4, scalars[i].properties.isAlphabetic || ("0"..."9").contains(scalars[i]) { i += 1 }
        guard i > line.lowerBound, i + 1 < line.upperBound, [".", ")", "°"].contains(scalars[i]), scalars[i + 1] == " " else {
            return (nil, line)
        }
        let word = slice(line.lowerBound..<i)
        let isNumber = word.allSatisfy(\.isNumber)
        let isLetter = word.count == 1 && word.first!.isLowercase
        let isRoman = word.allSatisfy { "ivx".contains($0) }
        guard isNumber || isLetter || isRoman else { return (nil, line) }
        return (slice(line.lowerBound..<(i + 1)), (i + 2)..<line.upperBound)
    }
}
