import Foundation

/// Opens a convention file — PDF, Word (`.docx`), OpenDocument (`.odt`), `.txt` or `.md`, or
/// `-` for standard input — and returns its per-page text. Every failure is a ``DocumentTextError`` naming the file and what to do.
///
/// ```swift
/// let doc = try DocumentReader.read(path: "Corpus/000-metropole-pole-emploi/000_c2dadba1f96cd676.pdf")
/// doc.format   // .pdf
/// ```
public enum DocumentReader {
    /// Reads `path`. A PDF's pages without text (a scan, scanned signature pages) are read by
    /// OCR (Tesseract's French model) unless `ocr` is false; `requireTextLayer` then refuses a
    /// PDF left without any text. `workers` is the number of poppler handles (and OCR engines)
    /// used in parallel; `progress` hears of each page read by OCR (pages done, pages to do).
    /// Without an explicit `ocr`, `CLAUSIER_NO_OCR` in the environment turns OCR off (a batch
    /// ingest's workers read it).
    public static func read(path: String, password: String? = nil, requireTextLayer: Bool = true, ocr: Bool = ocrByDefault,
                            workers: Int = ProcessInfo.processInfo.activeProcessorCount,
                            progress: (@Sendable (Int, Int) -> Void)? = nil) throws -> ExtractedDocument {
        let data = try readBytes(path)
        return try read(data: data, path: path, password: password, requireTextLayer: requireTextLayer, ocr: ocr,
                        workers: workers, progress: progress)
    }

    /// Whether scanned pages are read by OCR when the caller does not say: yes, unless
    /// `CLAUSIER_NO_OCR` is set.
    public static var ocrByDefault: Bool { ProcessInfo.processInfo.environment["CLAUSIER_NO_OCR"] == nil }

    /// Reads a document already in memory; `path` names it in messages and decides the format
    /// when the bytes do not.
    public static func read(data: Data, path: String, password: String? = nil, requireTextLayer: Bool = true,
                            ocr: Bool = ocrByDefault, workers: Int = ProcessInfo.processInfo.activeProcessorCount,
                            progress: (@Sendable (Int, Int) -> Void)? = nil) throws -> ExtractedDocument {
        guard !data.isEmpty else { throw DocumentTextError(.empty, path: path) }
        let ext = (path as NSString).pathExtension.lowercased()
        if looksLikePDF(data) {
            let doc = try PDFTextExtractor.extract(path: path, data: data, password: password, workers: workers,
                                                   ocr: ocr && requireTextLayer, progress: progress)
            if requireTextLayer && !doc.pages.contains(where: { $0.unicodeScalars.contains { !$0.properties.isWhitespace } }) {
                let detail = doc.recognizedPages.isEmpty ? "\(doc.metadata.pageCount) page(s), no text"
                    : "\(doc.metadata.pageCount) page(s), no text, none found by OCR"
                throw DocumentTextError(.noTextLayer, path: path, detail: detail)
            }
            return doc
        }
        if ext == "pdf" {
            throw DocumentTextError(.notPDF, path: path, detail: Self.describeContent(data))
        }
        if OfficeDocument.extensions.contains(ext) || (path == "-" || ext.isEmpty) && OfficeDocument.looksLikeZip(data) {
            let document = try OfficeDocument.read(data: data, path: path)
            guard document.pages.contains(where: { $0.unicodeScalars.contains { !$0.properties.isWhitespace } }) else {
                throw DocumentTextError(.empty, path: path)
            }
            return document
        }
        guard textExtensions.contains(ext) || path == "-" else {
            throw DocumentTextError(.unsupportedFormat, path: path, detail: ".\(ext)")
        }
        let (text, warning) = try PlainTextDecoder.decode(data, path: path)
        guard text.unicodeScalars.contains(where: { !$0.properties.isWhitespace }) else {
            throw DocumentTextError(.empty, path: path)
        }
        let pages = text.split(separator: "\u{0C}", omittingEmptySubsequences: false).map(String.init)
        let metadata = DocumentMetadata(pageCount: pages.count, title: nil, hasTextLayer: true)
        return ExtractedDocument(path: path, format: .text, pages: pages, metadata: metadata,
                                 warnings: warning.map { [$0] } ?? [], sha256: SHA256.hex(of: data))
    }

    /// Extensions read as text; a file without extension is read as text too.
    static let textExtensions: Set<String> = ["txt", "text", "md", "markdown", ""]

    /// What the first bytes of a file that is not a PDF look like (`it looks like a PNG image`).
    static func describeContent(_ data: Data) -> String {
        let head = [UInt8](data.prefix(16))
        let signatures: [([UInt8], String)] = [
            ([0x89, 0x50, 0x4E, 0x47], "a PNG image"),
            ([0xFF, 0xD8, 0xFF], "a JPEG image"),
            ([0x47, 0x49, 0x46, 0x38], "a GIF image"),
            ([0x49, 0x49, 0x2A, 0x00], "a TIFF image"),
            ([0x4D, 0x4D, 0x00, 0x2A], "a TIFF image"),
            ([0x50, 0x4B, 0x03, 0x04], "a ZIP archive (a .docx or .odt document?)"),
            ([0xD0, 0xCF, 0x11, 0xE0], "an old Microsoft Office document (.doc?)"),
            ([0x7B, 0x5C, 0x72, 0x74, 0x66], "an RTF document"),
        ]
        for (magic, kind) in signatures where head.starts(with: magic) {
            return "it looks like \(kind); a PDF starts with %PDF-"
        }
        if let text = String(data: data.prefix(512), encoding: .utf8), text.lowercased().contains("<html") {
            return "it looks like an HTML page; a PDF starts with %PDF-"
        }
        return "it does not start with %PDF-"
    }

    static func looksLikePDF(_ data: Data) -> Bool {
        // The PDF header may follow up to 1024 bytes of junk.
        let head = data.prefix(1024)
        return head.range(of: Data("%PDF-".utf8)) != nil
    }

    static func readBytes(_ path: String) throws -> Data {
        if path == "-" {
            return FileHandle.standardInput.readDataToEndOfFile()
        }
        let fm = FileManager.default
        var isDirectory: ObjCBool = false
        guard fm.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw DocumentTextError(.missing, path: path)
        }
        if isDirectory.boolValue { throw DocumentTextError(.directory, path: path) }
        guard fm.isReadableFile(atPath: path) else {
            throw DocumentTextError(.unreadable, path: path, detail: "permission denied")
        }
        do {
            return try Data(contentsOf: URL(fileURLWithPath: path), options: .mappedIfSafe)
        } catch {
            throw DocumentTextError(.unreadable, path: path, detail: error.localizedDescription)
        }
    }
}
