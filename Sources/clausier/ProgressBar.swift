import Foundation

/// A one-line progress bar on standard error, drawn only when standard error is a terminal
/// (never in a pipe, a log or a test): `[██████████░░░░░░░░░░] 12/40 documents`.
final class ProgressBar {
    private let enabled = isatty(STDERR_FILENO) == 1
    private var drawn = false
    private let width = 30

    func update(done: Int, total: Int) {
        guard enabled, total > 0 else { return }
        let filled = width * done / total
        let bar = String(repeating: "█", count: filled) + String(repeating: "░", count: width - filled)
        FileHandle.standardError.write(Data("\r\u{1B}[2K[\(bar)] \(done)/\(total) documents".utf8))
        drawn = true
    }

    /// Erases the bar, so that a line can be printed in its place.
    func clear() {
        guard drawn else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[2K".utf8))
        drawn = false
    }
}
