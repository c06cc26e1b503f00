import ClauseParser
import ConventionModel
import DocumentText
import Foundation

/// Runs the parser over corpus folders and compares each result with the folder's hand-coded
/// model (`expected.json`).
///
/// ```swift
/// let report = try CorpusValidator(parser: try ConventionParser()).validate(paths: ["Corpus"])
/// report.totals["obligations"]?.f1   // 0.91
/// ```
public struct CorpusValidator: Sendable {
    /// Which source of a folder is parsed.
    public enum Source: String, Sendable, CaseIterable {
        case text, pdf
    }

    private let parser: ConventionParser
    private let source: Source

    public init(parser: ConventionParser, source: Source = .text) {
        self.parser = parser
        self.source = source
    }

    /// Validates every document folder found in `paths` (a folder with `expected.json`, or a
    /// folder of such folders).
    public func validate(paths: [String]) throws -> ValidationReport {
        var comparisons: [GraphComparison] = []
        for folder in try Self.documentFolders(in: paths) {
            comparisons.append(try validate(folder: folder))
        }
        guard !comparisons.isEmpty else { throw ValidationError.nothingToValidate(paths) }
        return ValidationReport(documents: comparisons)
    }

    /// Compares the parse of one folder's source with its model.
    public func validate(folder: URL) throws -> GraphComparison {
        let modelURL = folder.appendingPathComponent("expected.json")
        let expected: ConventionGraph
        do {
            expected = try ConventionGraph.decode(Data(contentsOf: modelURL))
        } catch {
            throw ValidationError.badModel(modelURL.path, String(describing: error))
        }
        let sourceURL = try Self.source(in: folder, kind: source)
        let document = try DocumentReader.read(path: sourceURL.path)
        let (_, actual) = parser.parse(document)
        return GraphComparison(document: folder.lastPathComponent, expected: expected, actual: actual)
    }

    /// Folders holding an `expected.json`, sorted by name.
    public static func documentFolders(in paths: [String]) throws -> [URL] {
        let fm = FileManager.default
        var folders: [URL] = []
        for path in paths {
            var isDirectory: ObjCBool = false
            guard fm.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue else {
                throw ValidationError.notAFolder(path)
            }
            let url = URL(fileURLWithPath: path)
            if fm.fileExists(atPath: url.appendingPathComponent("expected.json").path) {
                folders.append(url)
                continue
            }
            let children = try fm.contentsOfDirectory(at: url, includingPropertiesForKeys: nil)
            folders += children.filter { fm.fileExists(atPath: $0.appendingPathComponent("expected.json").path) }
        }
        return folders.sorted { $0.lastPathComponent < $1.lastPathComponent }
    }

    static func source(in folder: URL, kind: Source) throws -> URL {
        let files = (try? FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil)) ?? []
        let wanted = kind == .pdf ? ["pdf"] : ["txt", "md"]
        guard let file = files.filter({ wanted.contains($0.pathExtension.lowercased()) }).sorted(by: { $0.path < $1.path }).first else {
            throw ValidationError.noSource(folder.path, kind.rawValue)
        }
        return file
    }
}

/// Why a validation could not run.
public enum ValidationError: Error, CustomStringConvertible, Equatable {
    case notAFolder(String)
    case nothingToValidate([String])
    case badModel(String, String)
    case noSource(String, String)

    public var description: String {
        switch self {
        case .notAFolder(let path): return "\(path): not a folder; give Corpus/ or a document folder holding expected.json"
        case .nothingToValidate(let paths): return "\(paths.joined(separator: ", ")): no folder with an expected.json"
        case .badModel(let path, let why): return "\(path): not a valid model (\(why)); fix the JSON"
        case .noSource(let path, let kind): return "\(path): no \(kind) source beside expected.json"
        }
    }
}
