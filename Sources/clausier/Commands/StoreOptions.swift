import ArgumentParser
import ConventionStore
import Lexicons

/// `--store PATH`: the store a command works on (else `$CLAUSIER_STORE`, else
/// `./.clausier/store.sqlite`).
struct StoreOptions: ParsableArguments {
    @Option(help: ArgumentHelp("The store file (default: $CLAUSIER_STORE, else ./.clausier/store.sqlite).", valueName: "path"))
    var store: String?

    func open(_ mode: ConventionStore.OpenMode, lexicons: LexiconSet? = nil) throws -> ConventionStore {
        try ConventionStore.open(StoreLocation.resolve(option: store), mode: mode, lexicons: lexicons)
    }

    /// Runs `body`; a refusal of the store is one line `clausier: …` and exit code 1.
    static func run<T>(_ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let error as StoreError {
            Console.fail(error.description)
        }
    }
}
