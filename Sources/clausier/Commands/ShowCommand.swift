import ArgumentParser
import ConventionStore

/// `clausier show ID`: a stored document's graph, rendered as `clausier extract` renders it.
struct ShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Print the stored graph of a document: JSON, a readable tree, Graphviz or Akoma Ntoso (as clausier extract)."
    )

    @Argument(help: ArgumentHelp("The document's id, as clausier list shows it (7 or #7).", valueName: "id"))
    var id: String

    @Option(help: "json (the contract other tools read), text (a readable tree; the default on a terminal), dot (Graphviz), akn (Akoma Ntoso 3.0).")
    var format: ExtractCommand.Format?

    @OptionGroup var storeOptions: StoreOptions

    func run() throws {
        try StoreOptions.run {
            let id = try ConventionStore.documentID(self.id)
            let stored = try storeOptions.open(.readOnly).document(id)
            switch format ?? (Console.isTerminal ? .text : .json) {
            case .json: Console.write(String(decoding: try stored.graph.jsonData(), as: UTF8.self) + "\n")
            case .dot: Console.write(stored.graph.dotDescription() + "\n")
            case .akn: Console.write(stored.graph.akomaNtoso(text: stored.text))
            case .text:
                let summary = stored.summary
                Console.write("#\(summary.id) · \(summary.fileName) · ingested \(summary.ingestedMinute) UTC · parser \(summary.parserVersion) · \(summary.lineageDescription)\n")
                Console.write(stored.graph.treeDescription() + "\n")
            }
        }
    }
}
