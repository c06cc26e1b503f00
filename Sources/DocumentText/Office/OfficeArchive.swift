import Foundation
internal import ZIPFoundation

/// The zip container of a `.docx` or `.odt` file, read with bounded parts: the only user of
/// ZIPFoundation.
///
/// The bytes are read from a private temporary copy on disk: ZIPFoundation's in-memory archive
/// traps when a damaged directory points past the end of the data, its file-backed one reads
/// nothing there. Each part's CRC-32 is checked, so that damaged compressed data is reported
/// rather than parsed.
///
/// A part is read only up to ``partLimit`` bytes once inflated, and the parts of one document
/// only up to ``totalLimit`` together, whatever sizes the archive declares: a zip bomb (a few
/// kilobytes that inflate to gigabytes) is refused before it fills the memory.
///
/// ```swift
/// let archive = try OfficeArchive(data: bytes, path: "convention.docx")
/// let xml = try archive.part("word/document.xml")   // Data, or nil when absent
/// ```
final class OfficeArchive {
    /// The most one part may inflate to (64 MiB: the `document.xml` of a 1,000-page convention
    /// is about 10 MiB).
    static let partLimit = 64 << 20
    /// The most all the parts read from one document may inflate to.
    static let totalLimit = 160 << 20

    private let archive: Archive
    private let path: String
    private let copy: URL
    private var inflated = 0

    init(data: Data, path: String) throws {
        self.path = path
        copy = FileManager.default.temporaryDirectory.appendingPathComponent("clausier-\(UUID().uuidString).zip")
        guard FileManager.default.createFile(atPath: copy.path, contents: data, attributes: [.posixPermissions: 0o600]) else {
            throw DocumentTextError(.unreadable, path: path,
                                    detail: "cannot write a temporary copy to \(copy.deletingLastPathComponent().path)")
        }
        do {
            archive = try Archive(url: copy, accessMode: .read)
        } catch {
            try? FileManager.default.removeItem(at: copy)
            throw DocumentTextError(.corruptOffice, path: path, detail: "archive zip illisible")
        }
    }

    deinit {
        try? FileManager.default.removeItem(at: copy)
    }

    /// The names of the archive's entries.
    var entryNames: [String] { archive.map(\.path) }

    /// The inflated bytes of the entry `name`, or nil when the archive has none.
    func part(_ name: String) throws -> Data? {
        guard let entry = archive[name] else { return nil }
        let limit = min(Self.partLimit, Self.totalLimit - inflated)
        if entry.uncompressedSize > UInt64(limit) {
            throw DocumentTextError(.oversizedOffice, path: path, detail: name)
        }
        var data = Data()
        do {
            let checksum = try archive.extract(entry, consumer: { chunk in
                guard data.count + chunk.count <= limit else { throw OversizedPart() }
                data.append(chunk)
            })
            guard entry.type != .file || checksum == entry.checksum else {
                throw DocumentTextError(.corruptOffice, path: path, detail: "\(name) : somme de contrôle fausse")
            }
        } catch let error as DocumentTextError {
            throw error
        } catch is OversizedPart {
            throw DocumentTextError(.oversizedOffice, path: path, detail: name)
        } catch {
            throw DocumentTextError(.corruptOffice, path: path, detail: "\(name) ne se décompresse pas")
        }
        inflated += data.count
        return data
    }

    /// Thrown from inside the extraction when a part outgrows its limit.
    private struct OversizedPart: Error {}
}
