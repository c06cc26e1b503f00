/// A set of line indices of one document (the heading lines, the lines a list has taken), kept
/// as one flag per line so that asking costs an array read.
struct LineSet: Sendable {
    private var flags: [Bool]

    init(lineCount: Int) {
        flags = [Bool](repeating: false, count: lineCount)
    }

    @inline(__always)
    func contains(_ line: Int) -> Bool { line >= 0 && line < flags.count && flags[line] }

    mutating func insert(_ line: Int) {
        if line >= 0 && line < flags.count { flags[line] = true }
    }
}
