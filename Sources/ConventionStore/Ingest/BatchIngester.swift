import ClauseParser
import DocumentText
import Foundation
import Lexicons

/// Ingests many files into a store: parses them on every core — each worker with its own
/// parser and its own poppler handles — and writes them from one writer, in file order, one
/// transaction per document. A file that cannot be read or stored is reported and kept in the
/// summary's ``IngestSummary/failures`` with its reason; the batch goes on. A file whose
/// content is already stored is not parsed again.
///
/// With ``Isolation-swift.enum/processes(_:timeLimit:)`` (what `clausier ingest` uses) each worker is a
/// process of its own that parses file after file: a file that traps the parser, or keeps it
/// busy past the time limit, ends that worker only — the file is reported as failed, a new
/// worker takes the next file, and only this process writes the store.
///
/// ```swift
/// let store = try ConventionStore.open(StoreLocation.resolve(option: nil), mode: .createIfMissing)
/// let summary = try BatchIngester(store: store).ingest(["Conventions 2024"]) { event in … }
/// summary.description   // "38 documents stored, 2 already present, 412 pages, 861 obligations, 0 errors, 21.4 s"
/// ```
public struct BatchIngester: Sendable {
    public let store: ConventionStore
    /// Files parsed at once.
    public var workers: Int
    /// Word lists for the parser (the bundled ones when nil).
    public var lexicons: LexiconSet?
    public var isolation: Isolation

    /// Where the files are parsed.
    public enum Isolation: Sendable {
        /// On threads of this process: a trap in the parser ends the whole batch.
        case threads
        /// In worker processes started with `command`; a file not parsed within `timeLimit`
        /// seconds is given up (its worker is killed).
        case processes(WorkerCommand, timeLimit: TimeInterval)
    }

    public init(store: ConventionStore, workers: Int = ProcessInfo.processInfo.activeProcessorCount, lexicons: LexiconSet? = nil,
                isolation: Isolation = .threads) {
        self.store = store
        self.workers = max(1, workers)
        self.lexicons = lexicons
        self.isolation = isolation
    }

    /// Ingests the files and folders of `arguments`; `supersedes` links the one new document
    /// after that stored document (one file only). `report` is called on this thread.
    public func ingest(_ arguments: [String], supersedes: Int64? = nil, report: (IngestEvent) -> Void = { _ in }) throws -> IngestSummary {
        let start = DispatchTime.now().uptimeNanoseconds
        let (files, emptyFolders) = SourceFiles.expand(arguments)
        if let supersedes {
            guard files.count == 1, emptyFolders.isEmpty, !arguments.contains(where: Self.isFolder) else {
                throw StoreError(.supersedesNeedsOneFile, path: store.path, detail: String(supersedes))
            }
            _ = try store.summary(supersedes)
        }
        emptyFolders.forEach { report(.emptyFolder($0)) }
        report(.started(total: files.count))
        var summary = IngestSummary()
        guard !files.isEmpty else { return summary }

        let workerCount = min(workers, files.count)
        let queue = WorkQueue(count: files.count, window: workerCount * 4)
        switch isolation {
        case .threads:
            for parser in try (0..<workerCount).map({ _ in try ConventionParser(lexicons: lexicons) }) {
                Self.startThread { [store] in
                    while let index = queue.take() {
                        queue.deliver(Self.parse(files[index], parser: parser, store: store), at: index)
                    }
                }
            }
        case .processes(let command, let timeLimit):
            // A worker that died leaves a broken pipe: writing to it must fail, not kill us.
            signal(SIGPIPE, SIG_IGN)
            for _ in 0..<workerCount {
                Self.startThread { [store] in
                    let worker = WorkerProcess(command: command, timeLimit: timeLimit)
                    defer { worker.stop() }
                    while let index = queue.take() {
                        let known = Self.storedID(of: files[index], in: store).map { Parsed.known(id: $0) }
                        queue.deliver(known ?? worker.parse(files[index]).parsed, at: index)
                    }
                }
            }
        }

        for index in files.indices {
            let result = write(queue.result(at: index), path: files[index], supersedes: supersedes)
            summary.add(result)
            report(.finished(result, done: index + 1, total: files.count))
        }
        summary.seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        return summary
    }

    private static func startThread(_ body: @escaping @Sendable () -> Void) {
        let thread = Thread(block: body)
        thread.stackSize = 8 << 20
        thread.start()
    }

    /// The id of the stored document with the same content as `path`, if any.
    static func storedID(of path: String, in store: ConventionStore) -> Int64? {
        guard let data = try? Data(contentsOf: URL(fileURLWithPath: path), options: .mappedIfSafe), !data.isEmpty else { return nil }
        return try? store.id(ofSHA256: SHA256.hex(of: data))
    }

    /// What a worker made of one file.
    enum Parsed: Sendable, Codable {
        case document(IngestedDocument, warnings: [String])
        case known(id: Int64)
        case failed(String)
    }

    /// Reads and parses `path`, unless its content is in `store` already.
    static func parse(_ path: String, parser: ConventionParser, store: ConventionStore?) -> Parsed {
        do {
            let document: ExtractedDocument
            if let data = try? Data(contentsOf: URL(fileURLWithPath: path), options: .mappedIfSafe), !data.isEmpty {
                if let store, let id = try store.id(ofSHA256: SHA256.hex(of: data)) { return .known(id: id) }
                document = try DocumentReader.read(data: data, path: path, workers: 1)
            } else {
                // Let the reader say what is wrong (missing, unreadable, empty…).
                document = try DocumentReader.read(path: path, workers: 1)
            }
            let (text, graph) = parser.parse(document)
            return .document(IngestedDocument(document: document, text: text.text, graph: graph), warnings: document.warnings)
        } catch let error as DocumentTextError {
            return .failed(error.description)
        } catch let error as StoreError {
            return .failed("\(path): \(error.description)")
        } catch {
            return .failed("\(path): \(error)")
        }
    }

    private func write(_ parsed: Parsed, path: String, supersedes: Int64?) -> IngestResult {
        switch parsed {
        case .failed(let message):
            return IngestResult(path: path, status: .failed(message: message))
        case .known(let id):
            return IngestResult(path: path, status: .alreadyStored(id: id))
        case .document(let document, let warnings):
            do {
                switch try store.insert(document, supersedes: supersedes) {
                case .alreadyStored(let id):
                    return IngestResult(path: path, status: .alreadyStored(id: id), warnings: warnings)
                case .stored(let id, let link, let note):
                    return IngestResult(path: path, status: .stored(id: id, link: link, note: note), pages: document.pages,
                                        obligations: document.graph.obligations.count, title: document.graph.document.title,
                                        warnings: warnings)
                }
            } catch {
                return IngestResult(path: path, status: .failed(message: "\(path): not stored: \(error)"), warnings: warnings)
            }
        }
    }

    private static func isFolder(_ path: String) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue
    }
}

/// Hands out file indices to the workers and collects their results for the writer, which
/// takes them in order. Workers stay at most `window` files ahead of the writer, so memory
/// holds a few parsed documents, not the whole batch.
private final class WorkQueue: @unchecked Sendable {
    private let condition = NSCondition()
    private let count: Int
    private let window: Int
    private var next = 0
    private var written = 0
    private var results: [Int: BatchIngester.Parsed] = [:]

    init(count: Int, window: Int) {
        self.count = count
        self.window = window
    }

    /// The next file to parse, or nil when every file has been handed out.
    func take() -> Int? {
        condition.lock()
        defer { condition.unlock() }
        while next < count && next - written >= window { condition.wait() }
        guard next < count else { return nil }
        next += 1
        return next - 1
    }

    func deliver(_ parsed: BatchIngester.Parsed, at index: Int) {
        condition.lock()
        results[index] = parsed
        condition.broadcast()
        condition.unlock()
    }

    /// Waits for the result of file `index` and hands it to the writer.
    func result(at index: Int) -> BatchIngester.Parsed {
        condition.lock()
        defer { condition.unlock() }
        while results[index] == nil { condition.wait() }
        written = index + 1
        condition.broadcast()
        return results.removeValue(forKey: index)!
    }
}
