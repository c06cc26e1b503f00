import Foundation

/// The French word lists that drive normalisation and parsing, read from plain-text files.
///
/// Each list is a file `NAME.txt`: one entry a line, `#` starts a comment, blank lines are
/// ignored. Key–value lists write `clé = valeur` (`semestriel = 2`). A user extends a list by
/// editing the file, or by passing a directory of their own (`--lexicons DIR`) whose files
/// replace the bundled files of the same name.
///
/// ```swift
/// let lexicons = try LexiconSet.bundled()
/// try lexicons.entries("compound-prefixes")   // ["après", "arrière", …, "vice", …]
/// try lexicons.pairs("frequencies")           // [("semestriel", "2"), …]
/// ```
public struct LexiconSet: Sendable {
    /// Directories searched in order; the first that has `NAME.txt` provides the list.
    public let directories: [URL]

    /// A set reading from `overrides` first (when given), then from the bundled lists.
    public init(overrides: URL? = nil) throws {
        var dirs: [URL] = []
        if let overrides {
            var isDir: ObjCBool = false
            guard FileManager.default.fileExists(atPath: overrides.path, isDirectory: &isDir), isDir.boolValue else {
                throw LexiconError.directoryMissing(overrides.path)
            }
            dirs.append(overrides)
        }
        dirs.append(try Self.bundledDirectory())
        self.directories = dirs
    }

    /// The bundled lists (or `$CLAUSIER_LEXICONS` when set), loaded once per process.
    public static func bundled() throws -> LexiconSet {
        try sharedBundled.get()
    }

    private static let sharedBundled: Result<LexiconSet, Error> = Result {
        if let env = ProcessInfo.processInfo.environment["CLAUSIER_LEXICONS"], !env.isEmpty {
            return try LexiconSet(overrides: URL(fileURLWithPath: env))
        }
        return try LexiconSet()
    }

    /// The entries of list `name`, comments and blank lines removed, in file order.
    public func entries(_ name: String) throws -> [String] {
        let text = try contents(of: name)
        var result: [String] = []
        for rawLine in text.split(whereSeparator: \.isNewline) {
            var line = Substring(rawLine)
            if let hash = line.firstIndex(of: "#"), hash == line.startIndex || line[line.index(before: hash)] == " " {
                line = line[..<hash]
            }
            let entry = line.trimmingCharacters(in: .whitespaces)
            if !entry.isEmpty { result.append(entry) }
        }
        return result
    }

    /// The `clé = valeur` entries of list `name`; an entry without `=` has an empty value.
    public func pairs(_ name: String) throws -> [(key: String, value: String)] {
        try entries(name).map { entry in
            guard let eq = entry.range(of: " = ") else { return (entry, "") }
            return (String(entry[..<eq.lowerBound]).trimmingCharacters(in: .whitespaces),
                    String(entry[eq.upperBound...]).trimmingCharacters(in: .whitespaces))
        }
    }

    private func contents(of name: String) throws -> String {
        for dir in directories {
            let url = dir.appendingPathComponent(name + ".txt")
            if FileManager.default.fileExists(atPath: url.path) {
                do {
                    return try String(contentsOf: url, encoding: .utf8)
                } catch {
                    throw LexiconError.unreadable(url.path)
                }
            }
        }
        throw LexiconError.listMissing(name, searched: directories.map(\.path))
    }

    /// Where the lists are: beside the executable when installed (the SwiftPM resource bundle),
    /// else in the source checkout this file was compiled from.
    static func bundledDirectory() throws -> URL {
        let fm = FileManager.default
        var candidates: [URL] = []
        let exe = URL(fileURLWithPath: CommandLine.arguments.first ?? "").resolvingSymlinksInPath()
        let exeDir = exe.deletingLastPathComponent()
        for bundle in ["Clausier_Lexicons.resources", "Clausier_Lexicons.bundle/Contents/Resources"] {
            candidates.append(exeDir.appendingPathComponent(bundle).appendingPathComponent("lists"))
        }
        candidates.append(exeDir.appendingPathComponent("lexicons"))
        candidates.append(URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("lists"))
        for candidate in candidates where fm.fileExists(atPath: candidate.appendingPathComponent("bullets.txt").path) {
            return candidate
        }
        throw LexiconError.bundleMissing(searched: candidates.map(\.path))
    }
}

/// A word list could not be found or read.
public enum LexiconError: Error, CustomStringConvertible, Equatable {
    case directoryMissing(String)
    case unreadable(String)
    case listMissing(String, searched: [String])
    case bundleMissing(searched: [String])

    public var description: String {
        switch self {
        case .directoryMissing(let path):
            return "lexicons: \(path) is not a directory; pass --lexicons with a folder of NAME.txt word lists"
        case .unreadable(let path):
            return "lexicons: cannot read \(path) as UTF-8 text; fix the file or remove it to use the bundled list"
        case .listMissing(let name, let searched):
            return "lexicons: no list \(name).txt in \(searched.joined(separator: ", ")); copy it from the Lexicons/lists folder of Clausier"
        case .bundleMissing(let searched):
            return "lexicons: the bundled word lists are not installed (looked in \(searched.joined(separator: ", "))); copy Lexicons/lists beside the clausier binary as 'lexicons', or pass --lexicons DIR"
        }
    }
}
