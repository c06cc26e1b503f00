import Foundation

extension ConventionDiffReport {
    /// The report as JSON: pretty-printed, keys sorted, so that equal reports give equal bytes.
    ///
    /// `{"changes": [{"after": "3 ans", "before": "1 an", "field": "term.duration", "kind": "modified", …}], …}`
    public func jsonData() throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(self)
    }

    /// Reads a report written by ``jsonData()``.
    public static func decode(_ data: Data) throws -> ConventionDiffReport {
        try JSONDecoder().decode(ConventionDiffReport.self, from: data)
    }
}
