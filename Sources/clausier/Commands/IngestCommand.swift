import ArgumentParser
import ConventionStore
import Foundation

/// `clausier ingest FILE…|DIR`: parse documents and keep them, with their lineage, in the store.
struct IngestCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ingest",
        abstract: "Parse PDF, .txt and .md files (or folders of them) into the store, linking new versions to old ones.",
        discussion: """
            Folders are searched recursively. Files are parsed on every core, in worker processes, and stored \
            one transaction each; a file already stored (same content) is not parsed again. A file that cannot \
            be read, that stops the parser or that takes longer than --file-time-limit is reported and the batch \
            goes on; the files not stored are listed again at the end, with their reason, and the exit code is then 1.
            """
    )

    @Argument(help: ArgumentHelp("Files, or folders searched for .pdf, .txt and .md files.", valueName: "file-or-folder"))
    var paths: [String]

    @Option(help: ArgumentHelp("Store the one FILE as the next version of stored document ID, whatever matching says.", valueName: "id"))
    var supersedes: String?

    @Option(help: "Files parsed at once (the default is one per core).")
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    @Option(help: ArgumentHelp("Give up a file not parsed within this many seconds (its worker is stopped).", valueName: "seconds"))
    var fileTimeLimit: Double = 300

    @OptionGroup var storeOptions: StoreOptions
    @OptionGroup var lexicons: LexiconOptions

    func validate() throws {
        guard jobs >= 1 else { throw ValidationError("--jobs must be 1 or more") }
        guard fileTimeLimit > 0 else { throw ValidationError("--file-time-limit must be more than 0 seconds") }
    }

    func run() throws {
        try StoreOptions.run {
            let earlier = try supersedes.map(ConventionStore.documentID)
            let lexiconSet = try lexicons.load()
            let store = try storeOptions.open(.createIfMissing, lexicons: lexiconSet)
            let progress = ProgressBar()
            let ingester = BatchIngester(store: store, workers: jobs, lexicons: lexiconSet,
                                         isolation: .processes(try IngestWorkerCommand.command(lexicons: lexicons.lexicons), timeLimit: fileTimeLimit))
            let summary = try ingester.ingest(paths, supersedes: earlier) { event in
                switch event {
                case .emptyFolder(let folder):
                    Console.warn("\(folder): no .pdf, .txt or .md file in this folder")
                case .started(let total):
                    progress.update(done: 0, total: total)
                case .finished(let result, let done, let total):
                    progress.clear()
                    result.warnings.forEach(Console.warn)
                    switch result.status {
                    case .failed(let message):
                        Console.error(message)
                    case .alreadyStored(let id) where earlier != nil:
                        Console.write(result.lineDescription + "\n")
                        Console.warn("--supersedes not applied: the file is already stored as #\(id); remove #\(id) and ingest it again to link it")
                    default:
                        Console.write(result.lineDescription + "\n")
                    }
                    progress.update(done: done, total: total)
                }
            }
            progress.clear()
            Console.write(summary.description + "\n")
            // Each failure was reported as it came; listed again at the end, where the batch's
            // output stops, so that none is lost among the stored files.
            if !summary.failures.isEmpty {
                Console.error("\(summary.failures.count) file\(summary.failures.count == 1 ? "" : "s") not stored:")
                summary.failures.forEach { Console.error($0.message) }
                throw ExitCode(1)
            }
        }
    }
}
