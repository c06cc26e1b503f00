import Foundation

extension ConventionGraph {
    /// The graph as the JSON contract: pretty-printed, keys sorted, so that equal graphs give
    /// equal bytes.
    public func jsonData() throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(self)
    }

    /// Reads a graph (or a hand-coded model) written in the JSON contract.
    public static func decode(_ data: Data) throws -> ConventionGraph {
        try JSONDecoder().decode(ConventionGraph.self, from: data)
    }
}
