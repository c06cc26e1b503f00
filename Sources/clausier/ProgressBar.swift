import Foundation

/// A one-line progress bar on standard error, drawn only when standard error is a terminal
/// (never in a pipe, a log or a test): `[██████████░░░░░░░░░░] 12/40 documents`.
final class ProgressBar: @unchecked Sendable {
    private let enabled = isatty(STDERR_FILENO) == 1
    private var drawn = false
    private let width = 30
    /// What is counted (`documents`, `pages lues par OCR`).
    private let unit: String
    private let lock = NSLock()

    init(unit: String = "documents") {
        self.unit = unit
    }

    func update(done: Int, total: Int) {
        guard enabled, total > 0 else { return }
        lock.lock(); defer { lock.unlock() }
        let filled = width * min(done, total) / total
        let bar = String(repeating: "█", count: filled) + String(repeating: "░", count: width - filled)
        FileHandle.standardError.write(Data("\r\u{1B}[2K[\(bar)] \(done)/\(total) \(unit)".utf8))
        drawn = true
    }

    /// Erases the bar, so that a line can be printed in its place.
    func clear() {
        lock.lock(); defer { lock.unlock() }
        guard drawn else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[2K".utf8))
        drawn = false
    }
}
