/// The scores of a validation run: per document and per field, and the totals over all
/// documents (summed counts, then precision, recall and F1).
public struct ValidationReport: Sendable, Codable {
    public var documents: [GraphComparison]
    public var totals: [String: Score]

    public init(documents: [GraphComparison]) {
        self.documents = documents
        var totals: [String: Score] = [:]
        for document in documents {
            for (field, score) in document.fields { totals[field, default: Score()] = totals[field, default: Score()] + score }
        }
        self.totals = totals
    }

    /// Fields whose total F1 is below its floor: `[("obligations", 0.81, 0.85)]`.
    public func failures(against floors: [String: Double]) -> [(field: String, f1: Double, floor: Double)] {
        floors.sorted { $0.key < $1.key }.compactMap { field, floor in
            let f1 = totals[field]?.f1 ?? 0
            return f1 + 1e-9 < floor ? (field, f1, floor) : nil
        }
    }

    /// A table per field, a line per document, then the misses and extras.
    public func textDescription(details: Bool = true) -> String {
        var out: [String] = []
        let fields = GraphComparison.fieldOrder.filter { totals[$0] != nil }
        out.append(pad("field", 16) + pad("P", 7) + pad("R", 7) + pad("F1", 7) + "  tp/fp/fn")
        for field in fields {
            let s = totals[field]!
            out.append(pad(field, 16) + pad(fmt(s.precision), 7) + pad(fmt(s.recall), 7) + pad(fmt(s.f1), 7)
                       + "  \(s.truePositives)/\(s.falsePositives)/\(s.falseNegatives)")
        }
        out.append("")
        out.append(pad("document", 40) + fields.map { pad(String($0.split(separator: ".").last!.prefix(6)), 8) }.joined())
        for document in documents {
            out.append(pad(document.document, 40) + fields.map { pad(document.fields[$0].map { fmt($0.f1) } ?? "-", 8) }.joined())
        }
        guard details else { return out.joined(separator: "\n") }
        for document in documents where !document.misses.isEmpty || !document.extras.isEmpty || !document.modalityErrors.isEmpty {
            out.append("")
            out.append("== \(document.document)")
            for miss in document.misses { out.append("  missed \(miss.field)\(miss.article.map { " [\($0)]" } ?? ""): \(miss.text)") }
            for extra in document.extras { out.append("  extra  \(extra.field)\(extra.article.map { " [\($0)]" } ?? ""): \(extra.text)") }
            for error in document.modalityErrors { out.append("  modality\(error.article.map { " [\($0)]" } ?? ""): \(error.text)") }
        }
        return out.joined(separator: "\n")
    }

    private func fmt(_ value: Double) -> String { String(format: "%.2f", value) }
    private func pad(_ text: String, _ width: Int) -> String {
        text.count >= width ? text + " " : text + String(repeating: " ", count: width - text.count)
    }
}

import Foundation
