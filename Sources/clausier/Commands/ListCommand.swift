import ArgumentParser
import ConventionStore
import Foundation

/// `clausier list`: the documents of the store.
struct ListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List the stored documents: id, date ingested, kind, pages, obligations, lineage, title and parties."
    )

    enum Format: String, ExpressibleByArgument { case text, json }

    @Option(help: "text (a table) or json (one object per document).")
    var format: Format = .text

    @OptionGroup var storeOptions: StoreOptions

    func run() throws {
        try StoreOptions.run {
            let store = try storeOptions.open(.readOnly)
            let summaries = try store.list()
            switch format {
            case .json:
                Console.write(try StoreJSON.encode(summaries) + "\n")
            case .text where summaries.isEmpty:
                Console.write("The store \(store.path) holds no document; add some with clausier ingest FILE…\n")
            case .text:
                Console.write(DocumentSummary.table(summaries) + "\n")
            }
        }
    }
}

/// Pretty, key-sorted JSON for the store commands' `--format json`.
enum StoreJSON {
    static func encode<T: Encodable>(_ value: T) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }
}
