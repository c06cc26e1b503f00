import ArgumentParser
import ConventionStore
import Foundation

/// `clausier ingest-worker`: the worker process of `clausier ingest` (not for direct use). It
/// reads file paths on standard input and answers with the parsed documents; it never writes
/// the store.
struct IngestWorkerCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ingest-worker",
        abstract: "Worker process of clausier ingest (started by it; not for direct use).",
        shouldDisplay: false
    )

    @OptionGroup var lexicons: LexiconOptions

    func run() throws {
        try IngestWorker(lexicons: lexicons.load()).serve()
    }

    /// How `clausier ingest` starts its workers: this very binary, with the same word lists.
    static func command(lexicons: String?) throws -> WorkerCommand {
        guard let executable = Bundle.main.executableURL else {
            throw ValidationError("cannot find the clausier executable to start its worker processes")
        }
        let absolute = lexicons.map { URL(fileURLWithPath: $0).path }
        return WorkerCommand(executable: executable, arguments: ["ingest-worker"] + (absolute.map { ["--lexicons", $0] } ?? []))
    }
}
