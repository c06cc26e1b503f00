import Foundation

/// What a finished (or stopped) process left.
public struct ProcessResult: Sendable, CustomStringConvertible {
    /// The exit status, or the signal number when `signaled`.
    public let status: Int32
    /// Killed by a signal (a crash: SIGSEGV, SIGABRT, SIGILL…, or the timeout's SIGKILL).
    public let signaled: Bool
    /// Stopped because it ran longer than the timeout.
    public let timedOut: Bool
    public let stdout: String
    public let stderr: String

    /// The lines written on standard error, without empty ones.
    public var stderrLines: [String] { stderr.split(whereSeparator: \.isNewline).map(String.init) }

    public var description: String {
        let how = timedOut ? "timed out" : signaled ? "killed by signal \(status)" : "exit \(status)"
        return "\(how); stderr: \(stderr.prefix(600)); stdout: \(stdout.prefix(300))"
    }
}

/// Runs a program to completion with a time limit, feeding it standard input and collecting
/// both outputs (read concurrently, so a chatty child cannot block on a full pipe).
///
/// ```swift
/// let result = try ProcessRunner.run(ClausierBinary.url(), ["info", "a.pdf"], timeout: 30)
/// result.status   // 0
/// ```
public enum ProcessRunner {
    public static func run(_ executable: URL, _ arguments: [String], stdin: Data? = nil,
                           timeout: TimeInterval = 60, environment: [String: String]? = nil) throws -> ProcessResult {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        if let environment { process.environment = environment }
        let outPipe = Pipe(), errPipe = Pipe(), inPipe = Pipe()
        process.standardOutput = outPipe
        process.standardError = errPipe
        process.standardInput = stdin == nil ? FileHandle.nullDevice : inPipe

        let finished = DispatchSemaphore(value: 0)
        process.terminationHandler = { _ in finished.signal() }
        try process.run()

        let out = Collected(), err = Collected()
        let readers = DispatchGroup()
        for (handle, sink) in [(outPipe.fileHandleForReading, out), (errPipe.fileHandleForReading, err)] {
            DispatchQueue.global().async(group: readers) {
                sink.set(handle.readDataToEndOfFile())
            }
        }
        if let stdin {
            DispatchQueue.global().async {
                inPipe.fileHandleForWriting.write(stdin)
                try? inPipe.fileHandleForWriting.close()
            }
        }

        var timedOut = false
        if finished.wait(timeout: .now() + timeout) == .timedOut {
            timedOut = true
            process.terminate()
            if finished.wait(timeout: .now() + 5) == .timedOut {
                kill(process.processIdentifier, SIGKILL)
                finished.wait()
            }
        }
        readers.wait()
        return ProcessResult(status: process.terminationStatus,
                             signaled: process.terminationReason == .uncaughtSignal,
                             timedOut: timedOut,
                             stdout: String(decoding: out.data, as: UTF8.self),
                             stderr: String(decoding: err.data, as: UTF8.self))
    }
}

/// Bytes written by a reader thread, read once it is done.
private final class Collected: @unchecked Sendable {
    private let lock = NSLock()
    private var storage = Data()

    func set(_ data: Data) {
        lock.lock(); defer { lock.unlock() }
        storage = data
    }

    var data: Data {
        lock.lock(); defer { lock.unlock() }
        return storage
    }
}
