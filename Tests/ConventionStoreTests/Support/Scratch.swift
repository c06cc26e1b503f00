import ConventionModel
import DocumentText
import Foundation
import GRDB
import Testing
import TestSupport

/// A temporary folder for one test: a store path inside it, and documents written into it
/// (corpus texts and variants of them), removed when the test ends.
final class Scratch {
    let folder: URL

    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("clausier-store-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    deinit {
        try? FileManager.default.removeItem(at: folder)
    }

    var storePath: String { folder.appendingPathComponent("store.sqlite").path }

    /// Writes `text` to `name` (inside a subfolder when the name has one) and returns its path.
    @discardableResult
    func write(_ name: String, _ text: String) throws -> String {
        let url = folder.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
        return url.path
    }

    /// Writes a copy of a file under `name` and returns its path.
    @discardableResult
    func copy(_ path: String, to name: String) throws -> String {
        try write(name, try String(contentsOfFile: path, encoding: .utf8))
    }

    /// `count` distinct documents in `subfolder`: the corpus texts in turn, each with a
    /// distinguishing line appended so that no two have the same SHA-256.
    @discardableResult
    func corpusCopies(_ count: Int, in subfolder: String, numberedFrom first: Int = 1) throws -> [String] {
        let texts = try Fixtures.corpusDocuments().map { try String(contentsOfFile: $0.text, encoding: .utf8) }
        return try (0..<count).map { index in
            let number = first + index
            return try write("\(subfolder)/copie-\(number).txt", texts[index % texts.count] + "\n\nCopie de travail n° \(number)\n")
        }
    }

    /// Reads the store's file directly, as another program would.
    func database() throws -> DatabaseQueue {
        var configuration = Configuration()
        configuration.readonly = true
        configuration.busyMode = .timeout(10)
        return try DatabaseQueue(path: storePath, configuration: configuration)
    }
}

/// The text of corpus document `prefix` (`004` → `Corpus/004-departement-13-pole-emploi/004_….txt`).
func corpusText(_ prefix: String) throws -> (path: String, text: String) {
    let document = try #require(Fixtures.corpusDocuments().first { $0.name.hasPrefix(prefix) })
    return (document.text, try String(contentsOfFile: document.text, encoding: .utf8))
}

/// The 2018–2020 convention of the Département des Bouches-du-Rhône with Pôle emploi, and its
/// renewal as a user would receive it: France Travail instead of Pôle emploi, dates moved on.
enum Renewal {
    /// `text` with the convention's dates moved by `years` and Pôle emploi renamed France Travail.
    static func of004(_ text: String, years: Int, renamed: Bool = true) -> String {
        var result = text
            .replacingOccurrences(of: "prend effet le 1er janvier 2018", with: "prend effet le 1er janvier \(2018 + years)")
            .replacingOccurrences(of: "le 31 décembre 2020", with: "le 31 décembre \(2020 + years)")
        if renamed {
            result = result.replacingOccurrences(of: "Pôle emploi", with: "France Travail")
                .replacingOccurrences(of: "POLE EMPLOI", with: "FRANCE TRAVAIL")
        }
        return result
    }
}

/// The SHA-256 the store keys documents by.
enum DocumentTextSHA {
    static func hex(_ data: Data) -> String { DocumentText.SHA256.hex(of: data) }
}
