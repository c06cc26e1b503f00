import Foundation

/// The repository's test data, found from this file's place in the checkout (`#filePath`), so
/// that tests run from any working directory.
///
/// ```swift
/// Fixtures.badInput("encrypted.pdf")        // "/…/Tests/Fixtures/BadInput/encrypted.pdf"
/// Fixtures.corpusDocuments().map(\.name)     // ["000-metropole-pole-emploi", …]
/// ```
public enum Fixtures {
    /// The root of the checkout (the folder holding `Package.swift`).
    public static let repositoryRoot: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()  // TestSupport
        .deletingLastPathComponent()  // Tests
        .deletingLastPathComponent()

    public static var corpus: URL { repositoryRoot.appendingPathComponent("Corpus") }

    /// A file of `Tests/Fixtures/BadInput`.
    public static func badInput(_ name: String) -> String {
        repositoryRoot.appendingPathComponent("Tests/Fixtures/BadInput").appendingPathComponent(name).path
    }

    /// A file of `Tests/Fixtures/Office` (Word and OpenDocument files made by LibreOffice).
    public static func office(_ name: String) -> String {
        repositoryRoot.appendingPathComponent("Tests/Fixtures/Office").appendingPathComponent(name).path
    }

    /// The 120-page PDF of the benchmark.
    public static var benchmarkPDF: String {
        repositoryRoot.appendingPathComponent("Benchmarks/Fixtures/corpus-120-pages.pdf").path
    }

    /// Every folder of `Corpus/` that holds both a source text (`.txt`) and a PDF, in name
    /// order — new documents are picked up without changing the tests.
    public static func corpusDocuments() -> [CorpusDocument] {
        let fm = FileManager.default
        guard let folders = try? fm.contentsOfDirectory(at: corpus, includingPropertiesForKeys: [.isDirectoryKey]) else {
            return []
        }
        return folders.sorted { $0.lastPathComponent < $1.lastPathComponent }.compactMap { folder in
            guard let files = try? fm.contentsOfDirectory(atPath: folder.path) else { return nil }
            let text = files.filter { $0.hasSuffix(".txt") }.sorted().first
            let pdf = files.filter { $0.lowercased().hasSuffix(".pdf") }.sorted().first
            guard let text, let pdf else { return nil }
            let expected = folder.appendingPathComponent("expected.json")
            return CorpusDocument(name: folder.lastPathComponent,
                                  text: folder.appendingPathComponent(text).path,
                                  pdf: folder.appendingPathComponent(pdf).path,
                                  expectedModel: fm.fileExists(atPath: expected.path) ? expected.path : nil)
        }
    }
}

/// One document of the corpus: its source text, the PDF made from it, its hand-coded model.
public struct CorpusDocument: Sendable, CustomStringConvertible {
    /// The folder name (`004-departement-13-pole-emploi`).
    public let name: String
    public let text: String
    public let pdf: String
    /// `expected.json`, when the folder has one.
    public let expectedModel: String?

    public var description: String { name }
}
