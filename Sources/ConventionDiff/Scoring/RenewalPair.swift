import Foundation

/// A renewal pair of `Corpus/renewals/`: a folder with the old version (`old.txt`, `old.md`
/// or `old.pdf`), the new version (`new.*`) and `expected-changes.json`, the changes its author
/// made by hand.
///
/// ```swift
/// let pairs = try RenewalPair.all(in: URL(fileURLWithPath: "Corpus/renewals"))
/// pairs.first?.expected.count   // 1
/// ```
public struct RenewalPair: Sendable {
    /// The folder name (`000-metropole-duration-3-years`).
    public let name: String
    public let folder: URL
    public let old: URL
    public let new: URL
    /// What the author changed, in a sentence or two.
    public let description: String
    public let expected: [ExpectedChange]

    private struct File: Decodable {
        var description: String?
        var changes: [ExpectedChange]
    }

    /// Reads the pair in `folder`.
    public static func load(_ folder: URL) throws -> RenewalPair {
        let expectedURL = folder.appendingPathComponent("expected-changes.json")
        guard FileManager.default.fileExists(atPath: expectedURL.path) else {
            throw RenewalPairError.noExpectedChanges(folder.path)
        }
        let file: File
        do {
            file = try JSONDecoder().decode(File.self, from: Data(contentsOf: expectedURL))
        } catch {
            throw RenewalPairError.badExpectedChanges(expectedURL.path, String(describing: error))
        }
        return RenewalPair(name: folder.lastPathComponent, folder: folder, old: try version("old", in: folder),
                           new: try version("new", in: folder), description: file.description ?? "", expected: file.changes)
    }

    /// Every pair folder of `root` (those holding an `expected-changes.json`), by name.
    public static func all(in root: URL) throws -> [RenewalPair] {
        let fm = FileManager.default
        guard let children = try? fm.contentsOfDirectory(at: root, includingPropertiesForKeys: nil) else {
            throw RenewalPairError.notAFolder(root.path)
        }
        return try children
            .filter { fm.fileExists(atPath: $0.appendingPathComponent("expected-changes.json").path) }
            .sorted { $0.lastPathComponent < $1.lastPathComponent }
            .map(load)
    }

    private static func version(_ stem: String, in folder: URL) throws -> URL {
        for ext in ["txt", "md", "pdf"] {
            let url = folder.appendingPathComponent("\(stem).\(ext)")
            if FileManager.default.fileExists(atPath: url.path) { return url }
        }
        throw RenewalPairError.missingVersion(folder.path, stem)
    }
}
