import ArgumentParser
import ConventionStore

/// `clausier remove ID`: takes a document out of the store, mending its lineage.
struct RemoveCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "remove",
        abstract: "Remove a document from the store; the version after it then supersedes the version before it."
    )

    @Argument(help: ArgumentHelp("The document's id, as clausier list shows it (7 or #7).", valueName: "id"))
    var id: String

    @OptionGroup var storeOptions: StoreOptions

    func run() throws {
        try StoreOptions.run {
            let id = try ConventionStore.documentID(self.id)
            let store = try storeOptions.open(.existingOnly)
            let summary = try store.summary(id)
            let relinking = try store.remove(id)
            var line = "removed #\(id): \(summary.fileName) — \(summary.displayTitle)"
            if let relinking {
                line += relinking.earlier.map { "; #\(relinking.later) now supersedes #\($0)" }
                    ?? "; #\(relinking.later) is now the oldest version of its lineage"
            }
            Console.write(line + "\n")
        }
    }
}
