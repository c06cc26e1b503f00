import ArgumentParser
import ConventionStore

/// `clausier history ID`: every stored version of a document's convention, oldest first.
struct HistoryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "history",
        abstract: "Show the lineage of a document: its versions oldest to newest, their dates, and what superseded what."
    )

    enum Format: String, ExpressibleByArgument { case text, json }

    @Argument(help: ArgumentHelp("The document's id, as clausier list shows it (7 or #7).", valueName: "id"))
    var id: String

    @Option(help: "text or json (the versions' summaries, oldest first).")
    var format: Format = .text

    @OptionGroup var storeOptions: StoreOptions

    func run() throws {
        try StoreOptions.run {
            let id = try ConventionStore.documentID(self.id)
            let chain = try storeOptions.open(.readOnly).history(of: id)
            switch format {
            case .text: Console.write(DocumentSummary.history(chain, marked: id) + "\n")
            case .json: Console.write(try StoreJSON.encode(chain) + "\n")
            }
        }
    }
}
