import Foundation

/// Writing to the terminal: results on standard output, problems on standard error.
enum Console {
    static func write(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }

    static func warn(_ message: String) {
        FileHandle.standardError.write(Data("clausier: warning: \(message)\n".utf8))
    }

    /// Prints `clausier: message` on standard error and goes on (one failed file of a batch).
    static func error(_ message: String) {
        FileHandle.standardError.write(Data("clausier: \(message)\n".utf8))
    }

    /// Prints `clausier: message` on standard error and exits with `code`.
    static func fail(_ message: String, code: Int32 = 1) -> Never {
        FileHandle.standardError.write(Data("clausier: \(message)\n".utf8))
        exit(code)
    }

    /// Whether standard output is a terminal (for defaults such as the readable tree).
    static var isTerminal: Bool { isatty(STDOUT_FILENO) == 1 }
}
