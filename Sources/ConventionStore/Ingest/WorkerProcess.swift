import Foundation

/// How a batch ingest starts a worker process: `clausier ingest-worker [--lexicons DIR]`.
///
/// `WorkerCommand(executable: URL(fileURLWithPath: "/usr/local/bin/clausier"), arguments: ["ingest-worker"])`
public struct WorkerCommand: Sendable {
    public var executable: URL
    public var arguments: [String]

    public init(executable: URL, arguments: [String]) {
        self.executable = executable
        self.arguments = arguments
    }
}

/// One worker process seen from the ingest: hands it a file, waits for its answer at most
/// the time limit, and when the worker crashed or hung, reports the file and leaves the next
/// file to a new worker. The fuzzing run uses it too, to tell a refused input from a crash.
///
/// ```swift
/// let worker = WorkerProcess(command: command, timeLimit: 2)
/// worker.read("cas-17.pdf")   // .crashed("cas-17.pdf: the parser stopped on this file (killed by signal 4, SIGILL: …) …")
/// ```
public final class WorkerProcess {
    /// What became of one file.
    public enum Outcome: Sendable {
        /// Parsed: its pages and obligations.
        case read(pages: Int, obligations: Int)
        /// Refused with a message (damaged, empty, binary…): bad input handled as it should be.
        case refused(String)
        /// The worker died on the file (a trap, a signal).
        case crashed(String)
        /// Not parsed within the time limit; the worker was killed.
        case hung(String)
    }

    /// What the worker said, or how it failed.
    enum Answer {
        case parsed(BatchIngester.Parsed)
        case crashed(String)
        case hung(String)

        var parsed: BatchIngester.Parsed {
            switch self {
            case .parsed(let parsed): return parsed
            case .crashed(let message), .hung(let message): return .failed(message)
            }
        }
    }

    private let command: WorkerCommand
    private let timeLimit: TimeInterval
    private var process: Process?
    private var requests: FileHandle?
    private var answers: FileHandle?
    private var errors = ErrorTail()

    public init(command: WorkerCommand, timeLimit: TimeInterval) {
        self.command = command
        self.timeLimit = timeLimit
    }

    deinit { stop() }

    /// What the worker made of `path`.
    public func read(_ path: String) -> Outcome {
        switch parse(path) {
        case .crashed(let message): return .crashed(message)
        case .hung(let message): return .hung(message)
        case .parsed(.failed(let message)): return .refused(message)
        case .parsed(.known): return .read(pages: 0, obligations: 0)
        case .parsed(.document(let document, _)): return .read(pages: document.pages, obligations: document.graph.obligations.count)
        }
    }

    /// What the worker made of `path`; a crash or a hang is the file's failure.
    func parse(_ path: String) -> Answer {
        do {
            try startIfNeeded()
        } catch {
            return .crashed("\(path): no worker process could be started to read it (\(error)); run the ingest with the same clausier binary again")
        }
        errors.clear()
        guard let requests, let answers, FrameChannel.write(Data(path.utf8), to: requests.fileDescriptor) else {
            return .crashed(died(path))
        }
        switch FrameChannel.read(from: answers.fileDescriptor, deadline: .now() + timeLimit) {
        case .frame(let answer):
            guard let parsed = try? JSONDecoder().decode(BatchIngester.Parsed.self, from: answer) else {
                stop(grace: 0)
                return .crashed("\(path): the worker's answer could not be read; the file was not stored")
            }
            return .parsed(parsed)
        case .endOfFile:
            return .crashed(died(path))
        case .timedOut:
            stop(grace: 0)
            return .hung("\(path): not read within \(Self.seconds(timeLimit)) (the parser seems stuck on this file); the file was not stored — report it with the file, or raise --file-time-limit if it is just very long")
        }
    }

    /// Ends the worker: closing its input ends a healthy one (which saves its caches); one that
    /// is still running after `grace` seconds is killed.
    public func stop(grace: TimeInterval = 10) {
        guard let process else { return }
        try? requests?.close()
        let deadline = Date().addingTimeInterval(grace)
        while process.isRunning && Date() < deadline { usleep(2_000) }
        if process.isRunning { kill(process.processIdentifier, SIGKILL) }
        process.waitUntilExit()
        try? answers?.close()
        self.process = nil
        requests = nil
        answers = nil
    }

    private func startIfNeeded() throws {
        if process != nil { return }
        let process = Process()
        process.executableURL = command.executable
        process.arguments = command.arguments
        var environment = ProcessInfo.processInfo.environment
        // A crash ends the worker at once, with one line, instead of a long backtrace.
        environment["SWIFT_BACKTRACE"] = "enable=no"
        process.environment = environment
        let input = Pipe(), output = Pipe(), error = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = error
        let tail = ErrorTail()
        errors = tail
        let errorOutput = error.fileHandleForReading
        let reader = Thread {
            // Blocking reads until the worker's end closes: everything it wrote is kept.
            var buffer = [UInt8](repeating: 0, count: 4096)
            while true {
                let count = buffer.withUnsafeMutableBytes { Foundation.read(errorOutput.fileDescriptor, $0.baseAddress!, $0.count) }
                if count < 0 && errno == EINTR { continue }
                guard count > 0 else { break }
                tail.append(Data(buffer[0..<count]))
            }
            try? errorOutput.close()
            tail.close()
        }
        try process.run()
        try? error.fileHandleForWriting.close()
        reader.start()
        self.process = process
        requests = input.fileHandleForWriting
        answers = output.fileHandleForReading
    }

    /// The reason for a worker that ended while reading `path`.
    private func died(_ path: String) -> String {
        let status = process.map { process -> String in
            try? requests?.close()
            process.waitUntilExit()
            return process.terminationReason == .uncaughtSignal
                ? "killed by signal \(process.terminationStatus)\(Self.signalName(process.terminationStatus))"
                : "exit status \(process.terminationStatus)"
        } ?? "not running"
        stop(grace: 0)
        errors.waitForEnd(timeout: 10)
        let detail = errors.lastMessage().map { ": \($0)" } ?? ""
        return "\(path): the parser stopped on this file (\(status)\(detail)); the file was not stored — report it with the file"
    }

    private static func signalName(_ signal: Int32) -> String {
        switch signal {
        case SIGILL: return ", SIGILL"
        case SIGTRAP: return ", SIGTRAP"
        case SIGABRT: return ", SIGABRT"
        case SIGSEGV: return ", SIGSEGV"
        case SIGBUS: return ", SIGBUS"
        case SIGKILL: return ", SIGKILL"
        default: return ""
        }
    }

    private static func seconds(_ interval: TimeInterval) -> String {
        interval == interval.rounded() ? "\(Int(interval)) s" : String(format: "%.1f s", interval)
    }
}

/// The end of what a worker wrote on standard error: the runtime's last words when it traps.
private final class ErrorTail: @unchecked Sendable {
    private let lock = NSLock()
    private var data = Data()
    private let ended = DispatchSemaphore(value: 0)

    func append(_ more: Data) {
        lock.lock(); defer { lock.unlock() }
        data.append(more)
        if data.count > 8192 { data = data.suffix(4096) }
    }

    /// The worker closed its standard error (it exited).
    func close() { ended.signal() }

    /// Waits until everything the worker wrote has been read (a dead worker's last words).
    func waitForEnd(timeout: TimeInterval) {
        _ = ended.wait(timeout: .now() + timeout)
    }

    func clear() {
        lock.lock(); defer { lock.unlock() }
        data.removeAll()
    }

    /// The runtime's `Fatal error: …` line when there is one, else the last line written.
    func lastMessage() -> String? {
        lock.lock(); defer { lock.unlock() }
        let lines = String(decoding: data, as: UTF8.self).split(whereSeparator: \.isNewline)
            .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        let message = lines.last { $0.contains("Fatal error") } ?? lines.last
        return message.map { String($0.prefix(300)) }
    }
}
