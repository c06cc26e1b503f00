/// An indented XML document written element by element, with its text and attribute values
/// escaped and the characters XML 1.0 forbids (control characters, U+FFFE, U+FFFF) left out.
///
/// ```swift
/// var xml = XMLOutput()
/// xml.open("p", ["class": "titre"]); xml.text("Région & État"); xml.close()
/// xml.string   // "<p class=\"titre\">Région &amp; État</p>\n"
/// ```
struct XMLOutput {
    private(set) var string = ""
    private var stack: [String] = []
    /// Whether the element just opened holds text (it is then closed on the same line).
    private var inline = false

    /// Opens an element on its own line; attributes are written in the order given.
    mutating func open(_ name: String, _ attributes: KeyValuePairs<String, String?> = [:]) {
        if !inline { indent() }
        string += "<\(name)\(Self.attributes(attributes))>"
        stack.append(name)
        if !inline { string += "\n" }
    }

    /// Opens an element whose content is text and inline elements, on one line.
    mutating func openInline(_ name: String, _ attributes: KeyValuePairs<String, String?> = [:]) {
        if !inline { indent() }
        string += "<\(name)\(Self.attributes(attributes))>"
        stack.append(name + "\u{0}")
        inline = true
    }

    mutating func close() {
        guard let top = stack.popLast() else { return }
        if top.hasSuffix("\u{0}") {
            string += "</\(top.dropLast())>"
            if !stack.contains(where: { $0.hasSuffix("\u{0}") }) {
                inline = false
                string += "\n"
            }
        } else {
            indent()
            string += "</\(top)>\n"
        }
    }

    /// An element without content.
    mutating func empty(_ name: String, _ attributes: KeyValuePairs<String, String?> = [:]) {
        if !inline { indent() }
        string += "<\(name)\(Self.attributes(attributes))/>"
        if !inline { string += "\n" }
    }

    /// An element holding only `text`, on one line.
    mutating func leaf(_ name: String, _ attributes: KeyValuePairs<String, String?> = [:], text: String) {
        openInline(name, attributes)
        self.text(text)
        close()
    }

    mutating func text(_ text: String) {
        string += Self.escape(text, quotes: false)
    }

    mutating func raw(_ text: String) {
        string += text
    }

    private mutating func indent() {
        string += String(repeating: "  ", count: stack.count)
    }

    private static func attributes(_ attributes: KeyValuePairs<String, String?>) -> String {
        var out = ""
        for (key, value) in attributes {
            guard let value else { continue }
            out += " \(key)=\"\(escape(value, quotes: true))\""
        }
        return out
    }

    static func escape(_ text: String, quotes: Bool) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"" where quotes: out += "&quot;"
            case "\t", "\n", "\r":
                out += quotes ? "&#\(scalar.value);" : String(scalar)
            default:
                let v = scalar.value
                if v < 0x20 || v == 0xFFFE || v == 0xFFFF { continue }
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
