@testable import ClauseParser
import ConventionModel
import DocumentText
import Foundation

/// Parses a French text as `clausier extract` does a `.txt` file.
func parse(_ text: String, parser: ConventionParser = sharedParser) throws -> ConventionGraph {
    let document = try DocumentReader.read(data: Data(text.utf8), path: "convention.txt")
    return parser.parse(document).graph
}

let sharedParser: ConventionParser = try! ConventionParser()

extension ConventionGraph {
    /// The obligations as `[debtor names] text`, for readable expectations.
    func obligationSummaries() -> [String] {
        obligations.map { o in
            let names = o.debtors.compactMap { party($0)?.name }.joined(separator: " + ")
            return "[\(names)] \(o.text)"
        }
    }
}
