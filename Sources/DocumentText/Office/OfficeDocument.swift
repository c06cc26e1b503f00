import Foundation

/// Opens a `.docx` or `.odt` file: tells the two apart by their content (a Word package holds
/// `word/document.xml`, an OpenDocument text a `mimetype` naming it), refuses a password-protected
/// one (an encrypted Word file is an OLE compound file, not a zip) and reads it with
/// ``WordDocumentReader`` or ``OpenDocumentReader``.
///
/// ```swift
/// try OfficeDocument.read(data: bytes, path: "convention.odt").format   // .odt
/// ```
enum OfficeDocument {
    static let extensions: Set<String> = ["docx", "odt"]

    /// Whether `data` starts like a zip archive.
    static func looksLikeZip(_ data: Data) -> Bool {
        data.starts(with: [0x50, 0x4B, 0x03, 0x04])
    }

    static func read(data: Data, path: String) throws -> ExtractedDocument {
        if data.starts(with: [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) {
            // An OLE compound file: an encrypted Office document keeps its package in an
            // `EncryptedPackage` stream beside `EncryptionInfo`; otherwise an old binary .doc.
            if data.range(of: Data("EncryptionInfo".utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] })) != nil {
                throw DocumentTextError(.encryptedOffice, path: path)
            }
            throw DocumentTextError(.unsupportedFormat, path: path,
                                    detail: "an old binary Word document (.doc); save it as .docx or .odt")
        }
        guard looksLikeZip(data) else {
            throw DocumentTextError(.corruptOffice, path: path, detail: "ce n'est pas une archive zip")
        }
        let archive = try OfficeArchive(data: data, path: path)
        let sha256 = SHA256.hex(of: data)
        let names = Set(archive.entryNames)
        if names.contains("word/document.xml") || names.contains("[Content_Types].xml") {
            return try WordDocumentReader.read(archive: archive, path: path, sha256: sha256)
        }
        if let mimetype = try archive.part("mimetype"), String(decoding: mimetype, as: UTF8.self).hasPrefix("application/vnd.oasis.opendocument.text") {
            return try OpenDocumentReader.read(archive: archive, path: path, sha256: sha256)
        }
        if names.contains("content.xml") {
            return try OpenDocumentReader.read(archive: archive, path: path, sha256: sha256)
        }
        if names.isEmpty {
            throw DocumentTextError(.corruptOffice, path: path, detail: "archive zip vide ou tronquée")
        }
        throw DocumentTextError(.corruptOffice, path: path, detail: "archive zip sans document Word ni OpenDocument")
    }
}
