import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// An XML element of a Word or OpenDocument part, with names in canonical prefixes (`w:p`,
/// `text:list`, `table:table-cell`) whatever prefixes the file declares.
///
/// ```swift
/// let root = try MarkupElement.parse(data, part: "content.xml", path: "convention.odt")
/// root.descendant("office:text")?.children.count
/// ```
final class MarkupElement {
    enum Node {
        case element(MarkupElement)
        case text(String)
    }

    /// The canonical qualified name (`w:t`).
    let name: String
    /// Attributes by canonical qualified name (`w:val`, `text:style-name`, `xml:id`).
    let attributes: [String: String]
    fileprivate(set) var children: [Node] = []

    init(name: String, attributes: [String: String]) {
        self.name = name
        self.attributes = attributes
    }

    subscript(attribute: String) -> String? { attributes[attribute] }

    /// The child elements, in order.
    var elements: [MarkupElement] {
        children.compactMap { if case .element(let e) = $0 { e } else { nil } }
    }

    /// The first child element named `name`.
    func child(_ name: String) -> MarkupElement? {
        for case .element(let e) in children where e.name == name { return e }
        return nil
    }

    /// The first element named `name` below this one, depth first.
    func descendant(_ name: String) -> MarkupElement? {
        for case .element(let e) in children {
            if e.name == name { return e }
            if let found = e.descendant(name) { return found }
        }
        return nil
    }

    /// Every element named `name` below this one, in document order (not below a match).
    func descendants(_ name: String) -> [MarkupElement] {
        var found: [MarkupElement] = []
        for case .element(let e) in children {
            if e.name == name { found.append(e) } else { found += e.descendants(name) }
        }
        return found
    }

    /// The concatenated character data below this element.
    var textContent: String {
        children.map { node in
            switch node {
            case .text(let s): s
            case .element(let e): e.textContent
            }
        }.joined()
    }

    /// The namespaces Clausier reads, by the prefix it uses for them. Strict OOXML's
    /// WordprocessingML namespace reads as `w` like the transitional one.
    static let prefixes: [String: String] = [
        "http://schemas.openxmlformats.org/wordprocessingml/2006/main": "w",
        "http://purl.oclc.org/ooxml/wordprocessingml/main": "w",
        "http://schemas.openxmlformats.org/markup-compatibility/2006": "mc",
        "urn:oasis:names:tc:opendocument:xmlns:office:1.0": "office",
        "urn:oasis:names:tc:opendocument:xmlns:text:1.0": "text",
        "urn:oasis:names:tc:opendocument:xmlns:table:1.0": "table",
        "urn:oasis:names:tc:opendocument:xmlns:style:1.0": "style",
        "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0": "fo",
        "urn:oasis:names:tc:opendocument:xmlns:meta:1.0": "meta",
        "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0": "draw",
        "urn:oasis:names:tc:opendocument:xmlns:manifest:1.0": "manifest",
        "http://purl.org/dc/elements/1.1/": "dc",
        "http://purl.org/dc/terms/": "dcterms",
        "http://www.w3.org/XML/1998/namespace": "xml",
    ]

    /// Parses one part of an office document. A part that declares a document type (`<!DOCTYPE`,
    /// and with it entities, external or expanding) is refused before parsing: neither Word nor
    /// LibreOffice writes one, and its entities are never resolved.
    static func parse(_ data: Data, part: String, path: String) throws -> MarkupElement {
        if data.range(of: Data("<!DOCTYPE".utf8)) != nil || data.range(of: Data("<!ENTITY".utf8)) != nil {
            throw DocumentTextError(.entityRefused, path: path, detail: part)
        }
        // Foundation's parser traps on some malformed UTF-8 (in names): Word and LibreOffice
        // write their parts in UTF-8, anything else is taken for damage.
        guard String(validating: data, as: UTF8.self) != nil else {
            throw DocumentTextError(.corruptOffice, path: path, detail: "\(part) n'est pas en UTF-8")
        }
        let parser = XMLParser(data: data)
        parser.shouldProcessNamespaces = true
        parser.shouldReportNamespacePrefixes = true
        parser.shouldResolveExternalEntities = false
        let builder = TreeBuilder()
        parser.delegate = builder
        // An element left open at the end is a truncated part, even when the parser says nothing.
        guard parser.parse(), let root = builder.root, builder.isComplete else {
            let line = parser.lineNumber
            throw DocumentTextError(.corruptOffice, path: path, detail: "XML invalide dans \(part), ligne \(line)")
        }
        return root
    }
}

/// Builds the element tree from the parser's events, resolving prefixes to canonical ones.
private final class TreeBuilder: NSObject, XMLParserDelegate {
    var root: MarkupElement?
    /// Whether every element opened was closed.
    var isComplete: Bool { stack.isEmpty }
    private var stack: [MarkupElement] = []
    /// The URIs bound to each document prefix, innermost last.
    private var bindings: [String: [String]] = ["xml": ["http://www.w3.org/XML/1998/namespace"]]
    /// Character data not yet attached to the current element (the parser hands it in pieces).
    private var pendingText = ""

    func parser(_ parser: XMLParser, didStartMappingPrefix prefix: String, toURI namespaceURI: String) {
        bindings[prefix, default: []].append(namespaceURI)
    }

    func parser(_ parser: XMLParser, didEndMappingPrefix prefix: String) {
        _ = bindings[prefix]?.popLast()
    }

    private func canonical(uri: String?, local: String) -> String {
        guard let uri, !uri.isEmpty else { return local }
        return "\(MarkupElement.prefixes[uri] ?? uri):\(local)"
    }

    func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
                qualifiedName qName: String?, attributes attributeDict: [String: String] = [:]) {
        var attributes: [String: String] = [:]
        for (key, value) in attributeDict {
            if let colon = key.firstIndex(of: ":") {
                let prefix = String(key[..<colon]), local = String(key[key.index(after: colon)...])
                attributes[canonical(uri: bindings[prefix]?.last, local: local)] = value
            } else {
                attributes[key] = value
            }
        }
        flushText()
        let element = MarkupElement(name: canonical(uri: namespaceURI, local: elementName), attributes: attributes)
        stack.last?.children.append(.element(element))
        if root == nil { root = element }
        stack.append(element)
    }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName qName: String?) {
        flushText()
        _ = stack.popLast()
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        append(string)
    }

    func parser(_ parser: XMLParser, foundCDATA CDATABlock: Data) {
        append(String(decoding: CDATABlock, as: UTF8.self))
    }

    private func append(_ string: String) {
        pendingText += string
    }

    private func flushText() {
        guard !pendingText.isEmpty else { return }
        stack.last?.children.append(.text(pendingText))
        pendingText = ""
    }
}
