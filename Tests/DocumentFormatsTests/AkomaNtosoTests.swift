import ClauseParser
import ConventionModel
import DocumentText
import Foundation
import Testing
import TestSupport
#if canImport(FoundationXML)
import FoundationXML
#endif

/// `clausier extract --format akn`: well-formed (xmllint), the Akoma Ntoso 3.0 structure the
/// export relies on (checked against the OASIS schema's content models: Akoma Ntoso Version 1.0
/// Part 2, elements `akomaNtoso`, `doc`, `meta`, `identification`, `FRBRWork`…, `references`,
/// the hierarchy's `num, heading, (content | intro?, hier+, wrapUp?)`), unique `eId`s, every
/// reference resolved, stable `eId`s, and the article hierarchy read back equal to the graph.
@Suite("Akoma Ntoso export")
struct AkomaNtosoTests {
    static let namespace = "http://docs.oasis-open.org/legaldocml/ns/akn/3.0"
    static let parser = Result { try ConventionParser() }
    static let sources: [String] = [
        Fixtures.office("jardins-partages.docx"),
    ] + ["000-metropole-pole-emploi", "004-departement-13-pole-emploi", "205-concession-riviere-boutonne",
         "203-etat-sgfgas-eco-ptz"].compactMap { name in Fixtures.corpusDocuments().first { $0.name == name }?.text }

    /// The hierarchical containers the export writes, as the schema's `hierElements` group names them.
    static let hierarchy: Set<String> = ["title", "part", "chapter", "section", "article", "hcontainer", "paragraph", "list", "point"]

    private func export(_ path: String) throws -> (graph: ConventionGraph, xml: String) {
        let (text, graph) = try Self.parser.get().parse(file: path)
        return (graph, graph.akomaNtoso(text: text.text))
    }

    @Test("well-formed for xmllint", arguments: sources)
    func wellFormed(_ path: String) throws {
        let xml = try export(path).xml
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("clausier-akn-\(UUID()).xml")
        try Data(xml.utf8).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        let xmllint = URL(fileURLWithPath: "/usr/bin/xmllint")
        try #require(FileManager.default.isExecutableFile(atPath: xmllint.path), "xmllint is missing: make test-deps installs libxml2-utils")
        let result = try ProcessRunner.run(xmllint, ["--noout", file.path], timeout: 60)
        #expect(result.status == 0 && !result.signaled, "\(result)")
    }

    @Test("the document's structure: namespace, required elements in their order, nesting", arguments: sources)
    func structure(_ path: String) throws {
        let root = try Node.parse(try export(path).xml)
        #expect(root.name == "akomaNtoso" && root.namespace == Self.namespace)
        let doc = try #require(root.children.first)
        #expect(root.children.map(\.name) == ["doc"])
        #expect(doc.attributes["name"] == "convention")
        // doc: meta, coverPage?, preface?, preamble?, mainBody, conclusions?, attachments?, components?
        let docOrder = ["meta", "coverPage", "preface", "preamble", "mainBody", "conclusions", "attachments", "components"]
        #expect(isOrdered(doc.children.map(\.name), by: docOrder))
        #expect(doc.children.first?.name == "meta")
        #expect(doc.children.filter { $0.name == "mainBody" }.count == 1)
        let meta = try #require(doc.child("meta"))
        let metaOrder = ["identification", "publication", "classification", "lifecycle", "workflow", "analysis",
                         "temporalData", "references", "notes", "proprietary", "presentation"]
        #expect(isOrdered(meta.children.map(\.name), by: metaOrder))
        let identification = try #require(meta.child("identification"))
        #expect(identification.attributes["source"] != nil)
        #expect(identification.children.map(\.name) == ["FRBRWork", "FRBRExpression", "FRBRManifestation"])
        let core = ["FRBRthis", "FRBRuri", "FRBRdate", "FRBRauthor"]
        for (level, extra) in [("FRBRWork", "FRBRcountry"), ("FRBRExpression", "FRBRlanguage"), ("FRBRManifestation", nil)] {
            let names = try #require(identification.child(level)).children.map(\.name)
            #expect(names.first == "FRBRthis", "\(level)")
            for name in core + [extra].compactMap({ $0 }) { #expect(names.contains(name), "\(level) lacks \(name)") }
        }
        let references = try #require(meta.child("references"))
        #expect(!references.children.isEmpty)
        for tlc in references.children {
            #expect(tlc.name.hasPrefix("TLC"))
            #expect(tlc.attributes["eId"] != nil && tlc.attributes["href"] != nil && tlc.attributes["showAs"] != nil, "\(tlc.name)")
        }
        // Hierarchy: num?, heading?, then either one content or (intro?, hier+, wrapUp?); an eId each.
        let body = try #require(doc.child("mainBody"))
        #expect(!body.children.isEmpty)
        for element in body.all() where Self.hierarchy.contains(element.name) {
            #expect(element.attributes["eId"] != nil, "\(element.name) without eId")
            if element.name == "hcontainer" { #expect(element.attributes["name"] != nil) }
            var names = element.children.map(\.name)[...]
            if names.first == "num" { names.removeFirst() }
            if names.first == "heading" { names.removeFirst() }
            if names == ["content"] { continue }
            if names.first == "intro" { names.removeFirst() }
            if names.last == "wrapUp" { names.removeLast() }
            #expect(!names.isEmpty && names.allSatisfy { Self.hierarchy.contains($0) },
                    "\(element.name) \(element.attributes["eId"] ?? ""): \(element.children.map(\.name))")
            if element.name == "list" { #expect(names.allSatisfy { $0 == "point" }) }
        }
        for party in root.all() where party.name == "party" {
            #expect(party.attributes["refersTo"] != nil && party.attributes["as"] != nil)
        }
        let preface = try #require(doc.child("preface"))
        #expect(preface.all().contains { $0.name == "party" })
        #expect(doc.child("conclusions")?.all().contains { $0.name == "signature" } ?? true)
    }

    @Test("eIds are unique and every reference resolves", arguments: sources)
    func references(_ path: String) throws {
        let root = try Node.parse(try export(path).xml)
        let eIds = root.all().compactMap { $0.attributes["eId"] }
        #expect(Set(eIds).count == eIds.count, "duplicate eIds: \(Dictionary(grouping: eIds) { $0 }.filter { $0.value.count > 1 }.keys.sorted())")
        let known = Set(eIds)
        var checked = 0
        for element in root.all() {
            for key in ["refersTo", "as", "href", "source"] {
                guard let value = element.attributes[key] else { continue }
                for reference in value.split(separator: " ") where reference.hasPrefix("#") {
                    checked += 1
                    #expect(known.contains(String(reference.dropFirst())), "\(element.name) \(key)=\(reference)")
                }
            }
        }
        #expect(checked > 0)
    }

    @Test("every obligation and duty is marked once, with an eId built from its text", arguments: sources)
    func obligations(_ path: String) throws {
        let (graph, xml) = try export(path)
        let marks = try Node.parse(xml).all().filter { $0.name == "inline" }
        #expect(marks.filter { $0.attributes["name"] == "obligation" }.count == graph.obligations.filter { $0.span != nil }.count)
        #expect(marks.filter { $0.attributes["name"] == "devoir" }.count == graph.duties.filter { $0.span != nil }.count)
        for mark in marks {
            let eId = mark.attributes["eId"] ?? ""
            #expect(eId.hasPrefix("oblig_") || eId.hasPrefix("devoir_"), "\(eId)")
            #expect(!graph.obligations.contains { $0.id == eId })
        }
    }

    @Test("eIds are the same on every run and survive an edit elsewhere in the text")
    func stableIdentifiers() throws {
        let source = try #require(Fixtures.corpusDocuments().first { $0.name == "000-metropole-pole-emploi" })
        let original = try String(contentsOfFile: source.text, encoding: .utf8)
        let parser = try Self.parser.get()
        func obligationIds(_ text: String) throws -> [String] {
            let (normalized, graph) = parser.parse(try DocumentReader.read(data: Data(text.utf8), path: "convention.txt"))
            return try Node.parse(graph.akomaNtoso(text: normalized.text)).all()
                .filter { $0.name == "inline" }.compactMap { $0.attributes["eId"] }
        }
        let first = try obligationIds(original)
        #expect(!first.isEmpty)
        #expect(try obligationIds(original) == first)
        // A sentence added to the recitals moves every offset, not one obligation's eId.
        let edited = original.replacingOccurrences(
            of: "Pôle emploi Bouches-du-Rhône \n", with: "Pôle emploi Bouches-du-Rhône \nUn ajout sans engagement, pour l'essai.\n")
        #expect(edited != original)
        #expect(try obligationIds(edited) == first)
    }

    @Test("the article hierarchy reads back as the graph's", arguments: sources)
    func roundTrip(_ path: String) throws {
        let (graph, xml) = try export(path)
        let body = try #require(try Node.parse(xml).child("doc")?.child("mainBody"))
        struct Unit: Equatable { var kind: String; var number: String?; var title: String?; var parent: Int? }
        var read: [Unit] = []
        func walk(_ node: Node, parent: Int?) {
            for child in node.children {
                let kinds: [String: String] = ["title": "title", "part": "part", "chapter": "chapter", "section": "section", "article": "article"]
                let kind = child.name == "hcontainer" ? child.attributes["name"].map { ["axe": "axis", "annexe": "annex", "preambule": "preamble"][$0] ?? $0 } : kinds[child.name]
                guard let kind else { continue }
                read.append(Unit(kind: kind, number: child.child("num")?.text, title: child.child("heading")?.text, parent: parent))
                walk(child, parent: read.count - 1)
            }
        }
        walk(body, parent: nil)
        // The graph's units in document order (the export writes a parent before its children).
        let units = graph.articles.filter { !($0.kind == .preamble && $0.parent == nil) }
        var order: [String] = []
        func visit(_ parent: String?) {
            for article in units where article.parent == parent || parent == nil && article.parent.map({ graph.article($0) == nil }) == true {
                order.append(article.id)
                visit(article.id)
            }
        }
        visit(nil)
        let expected = order.compactMap { id in units.first { $0.id == id } }.map { article in
            Unit(kind: article.kind.rawValue, number: article.number, title: article.title,
                 parent: article.parent.flatMap { order.firstIndex(of: $0) })
        }
        #expect(!expected.isEmpty)
        #expect(read == expected)
    }

    private func isOrdered(_ names: [String], by order: [String]) -> Bool {
        let positions = names.map { order.firstIndex(of: $0) ?? -1 }
        return !positions.contains(-1) && positions == positions.sorted()
    }
}

/// A small element tree of the export, for the structure checks.
final class Node {
    let name: String
    let namespace: String?
    let attributes: [String: String]
    var children: [Node] = []
    var text = ""

    init(name: String, namespace: String?, attributes: [String: String]) {
        self.name = name
        self.namespace = namespace
        self.attributes = attributes
    }

    func child(_ name: String) -> Node? { children.first { $0.name == name } }

    /// This node and every node below it, in document order.
    func all() -> [Node] { [self] + children.flatMap { $0.all() } }

    struct Invalid: Error {}

    static func parse(_ xml: String) throws -> Node {
        final class Builder: NSObject, XMLParserDelegate {
            var stack: [Node] = []
            var root: Node?
            func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
                        qualifiedName qName: String?, attributes attributeDict: [String: String] = [:]) {
                let node = Node(name: elementName, namespace: namespaceURI, attributes: attributeDict)
                stack.last?.children.append(node)
                if root == nil { root = node }
                stack.append(node)
            }
            func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName qName: String?) {
                _ = stack.popLast()
            }
            func parser(_ parser: XMLParser, foundCharacters string: String) {
                stack.last?.text += string
            }
        }
        let parser = XMLParser(data: Data(xml.utf8))
        parser.shouldProcessNamespaces = true
        let builder = Builder()
        parser.delegate = builder
        guard parser.parse(), let root = builder.root, builder.stack.isEmpty else { throw Invalid() }
        return root
    }
}
