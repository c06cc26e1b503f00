import ClauseParser
import DocumentText
import Foundation
import Lexicons

/// The worker side of an isolated batch ingest (`clausier ingest-worker`, started by
/// `clausier ingest`): reads file paths from standard input, one frame each, parses each file
/// and answers with its parsed document or its reason for failing, until standard input ends.
/// It never writes the store; a trap or a hang while parsing ends this process only, and the
/// ingest reports the file and starts another worker.
///
/// ```swift
/// try IngestWorker(lexicons: nil).serve()   // « lot/a.pdf » in → the parsed document out, in JSON
/// ```
public struct IngestWorker {
    /// Name of the environment variable of the test-only fault hook (debug builds only).
    ///
    /// `CLAUSIER_TEST_WORKER_FAULTS="crash:casse.pdf,hang:bloque.txt"` makes a debug-built
    /// worker trap on a file named `casse.pdf` and never finish one named `bloque.txt`, so that
    /// the tests can check that the ingest survives both. Release builds do not contain the
    /// hook at all.
    public static let testFaultsVariable = "CLAUSIER_TEST_WORKER_FAULTS"

    let parser: ConventionParser

    public init(lexicons: LexiconSet?) throws {
        parser = try ConventionParser(lexicons: lexicons)
    }

    /// Serves requests on standard input until it ends. Whatever the parser or a library might
    /// print on standard output goes to standard error instead: standard output carries the
    /// answers only.
    public func serve() throws {
        let answers = dup(STDOUT_FILENO)
        guard answers >= 0, dup2(STDERR_FILENO, STDOUT_FILENO) >= 0 else {
            throw StoreError(.database, path: "", detail: "the ingest worker cannot set up its output (errno \(errno))")
        }
        let encoder = JSONEncoder()
        while case .frame(let request) = FrameChannel.read(from: STDIN_FILENO) {
            let path = String(decoding: request, as: UTF8.self)
            Self.injectTestFault(for: path)
            let parsed = BatchIngester.parse(path, parser: parser, store: nil)
            let fallback = BatchIngester.Parsed.failed("\(path): the parsed document could not be handed over to the ingest")
            let answer = try (try? encoder.encode(parsed)) ?? encoder.encode(fallback)
            guard FrameChannel.write(answer, to: answers) else { return }
        }
    }

    /// The test-only fault hook (see ``testFaultsVariable``); nothing in release builds.
    private static func injectTestFault(for path: String) {
        #if DEBUG
        guard let faults = ProcessInfo.processInfo.environment[testFaultsVariable] else { return }
        let name = (path as NSString).lastPathComponent
        for fault in faults.split(separator: ",") {
            let parts = fault.split(separator: ":", maxSplits: 1).map(String.init)
            guard parts.count == 2, parts[1] == name else { continue }
            switch parts[0] {
            case "crash": fatalError("test fault: crash on \(name)")
            case "hang": while true { sleep(60) }
            default: continue
            }
        }
        #endif
    }
}
