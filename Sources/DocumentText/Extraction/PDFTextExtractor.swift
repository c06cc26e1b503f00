import Foundation
import Dispatch
internal import CPoppler

/// Reads a PDF through poppler's GLib binding: per-page text and metadata.
///
/// Each page's characters and their boxes go to ``PageLayout``, which puts them in reading
/// order; an encrypted document is opened from a temporary copy on disk (see `open`). A page
/// without text (a scan) is rendered at 300 dpi on a cairo surface and read by
/// ``TesseractEngine``, page-parallel, one rendered page a worker at a time.
///
/// This is the only file of Clausier that touches poppler's C API. Every object it gets from
/// poppler is released before the function returns; no C type leaves this file. Poppler
/// objects are not shared between threads: each worker opens its own document handle on the
/// same immutable bytes.
///
/// ```swift
/// let path = "Corpus/004-departement-13-pole-emploi/004_d652568402a4f1ed.pdf"
/// let data = try Data(contentsOf: URL(fileURLWithPath: path))
/// let doc = try PDFTextExtractor.extract(path: path, data: data, password: nil, workers: 2)
/// doc.pages.count        // 30
/// doc.metadata.title     // the title the PDF records, if any
/// ```
enum PDFTextExtractor {
    /// Extracts every page's text. `workers` > 1 splits the pages between that many handles.
    /// With `ocr`, the pages without text are read by OCR; `progress` is told after each of them
    /// (pages read, pages to read).
    static func extract(path: String, data: Data, password: String?, workers: Int, ocr: Bool = false,
                        progress: (@Sendable (Int, Int) -> Void)? = nil) throws -> ExtractedDocument {
        silencePopplerLog()
        let shared = SharedBytes(pointer: makeBytes(data))
        let bytes = shared.pointer
        defer { g_bytes_unref(bytes) }

        let file = try password.map { _ in try PasswordFile(data, path: path) }
        let document: OpaquePointer
        do {
            document = try open(bytes, password: password, path: path, file: file)
        } catch let error as DocumentTextError {
            throw explainDamage(error, data: data)
        }
        let metadata = readMetadata(document, encrypted: password != nil)
        let pageCount = metadata.pageCount
        guard pageCount > 0 else {
            g_object_unref(UnsafeMutableRawPointer(document))
            throw DocumentTextError(.corruptPDF, path: path, detail: "no readable page")
        }

        let workerCount = max(1, min(workers, pageCount / minimumPagesPerWorker))
        let pages: [String]
        if workerCount == 1 {
            defer { g_object_unref(UnsafeMutableRawPointer(document)) }
            pages = (0..<pageCount).map { pageText(document, index: $0) }
        } else {
            g_object_unref(UnsafeMutableRawPointer(document))
            let slots = Slots<String>(count: pageCount)
            let failure = Slots<String>(count: 1)
            DispatchQueue.concurrentPerform(iterations: workerCount) { worker in
                do {
                    let handle = try open(shared.pointer, password: password, path: path, file: file)
                    defer { g_object_unref(UnsafeMutableRawPointer(handle)) }
                    for index in stride(from: worker, to: pageCount, by: workerCount) {
                        slots.set(index, pageText(handle, index: index))
                    }
                } catch {
                    failure.set(0, String(describing: error))
                }
            }
            if let message = failure.values[0] {
                throw DocumentTextError(.corruptPDF, path: path, detail: message)
            }
            pages = slots.values.map { $0 ?? "" }
        }

        var meta = metadata
        meta.hasTextLayer = pages.contains { !isBlank($0) }
        let blank = pages.indices.filter { isBlank(pages[$0]) }
        var recognized: [RecognizedPage] = []
        var texts = pages
        if ocr && !blank.isEmpty {
            let results = try recognize(blank, bytes: shared, password: password, path: path, file: file,
                                        workers: workers, progress: progress)
            for (index, result) in zip(blank, results) {
                texts[index] = result.text
                recognized.append(RecognizedPage(page: index + 1, confidence: result.confidence, words: result.words))
            }
        }
        return ExtractedDocument(path: path, format: .pdf, pages: texts, metadata: meta,
                                 sha256: SHA256.hex(of: data), recognizedPages: recognized)
    }

    private static func isBlank(_ page: String) -> Bool {
        !page.unicodeScalars.contains { !$0.properties.isWhitespace }
    }

    /// The resolution pages are rendered at for OCR.
    static let ocrResolution = 300.0

    /// Reads `indices` (pages without text) by OCR: each worker opens its own poppler handle and
    /// Tesseract engine and renders one page at a time, so memory does not grow with the pages.
    private static func recognize(_ indices: [Int], bytes: SharedBytes, password: String?, path: String,
                                  file: PasswordFile?, workers: Int,
                                  progress: (@Sendable (Int, Int) -> Void)?) throws -> [OCRPage] {
        let workerCount = max(1, min(workers, indices.count))
        let slots = Slots<OCRPage>(count: indices.count)
        let failure = Slots<DocumentTextError>(count: 1)
        let done = Slots<Int>(count: 1)
        DispatchQueue.concurrentPerform(iterations: workerCount) { worker in
            do {
                let engine = try TesseractEngine()
                let handle = try open(bytes.pointer, password: password, path: path, file: file)
                defer { g_object_unref(UnsafeMutableRawPointer(handle)) }
                for k in stride(from: worker, to: indices.count, by: workerCount) {
                    if failure.values[0] != nil { return }
                    let page = render(handle, index: indices[k], dpi: ocrResolution, then: engine.read)
                    slots.set(k, page ?? OCRPage(text: "", words: [], confidence: 0))
                    let count = done.update(0) { ($0 ?? 0) + 1 }
                    progress?(count, indices.count)
                }
            } catch TesseractEngine.Unavailable.library {
                failure.set(0, DocumentTextError(.ocrUnavailable, path: path, detail: "library"))
            } catch TesseractEngine.Unavailable.model {
                failure.set(0, DocumentTextError(.ocrUnavailable, path: path, detail: "model"))
            } catch let error as DocumentTextError {
                failure.set(0, error)
            } catch {
                failure.set(0, DocumentTextError(.corruptPDF, path: path, detail: String(describing: error)))
            }
        }
        if let error = failure.values[0] { throw error }
        return slots.values.map { $0 ?? OCRPage(text: "", words: [], confidence: 0) }
    }

    /// Page `index` rendered on white at `dpi` (less for a page so large that it would pass 60
    /// million pixels), in cairo's 32-bit pixels, handed to `read` before the surface is freed.
    private static func render<T>(_ document: OpaquePointer, index: Int, dpi: Double, then read: (PageImage) -> T) -> T? {
        guard let page = poppler_document_get_page(document, Int32(index)) else { return nil }
        defer { g_object_unref(UnsafeMutableRawPointer(page)) }
        var pointsWide = 0.0, pointsHigh = 0.0
        poppler_page_get_size(page, &pointsWide, &pointsHigh)
        guard pointsWide > 0, pointsHigh > 0 else { return nil }
        let fit = (60_000_000 / (pointsWide * pointsHigh)).squareRoot() * 72
        let dpi = min(dpi, fit)
        let scale = dpi / 72
        let width = Int((pointsWide * scale).rounded()), height = Int((pointsHigh * scale).rounded())
        guard width > 0, height > 0, let surface = cairo_image_surface_create(CAIRO_FORMAT_RGB24, Int32(width), Int32(height)) else {
            return nil
        }
        defer { cairo_surface_destroy(surface) }
        guard cairo_surface_status(surface) == CAIRO_STATUS_SUCCESS, let context = cairo_create(surface) else { return nil }
        cairo_set_source_rgb(context, 1, 1, 1)
        cairo_paint(context)
        cairo_scale(context, scale, scale)
        poppler_page_render(page, context)
        cairo_destroy(context)
        cairo_surface_flush(surface)
        guard let data = cairo_image_surface_get_data(surface) else { return nil }
        let stride = Int(cairo_image_surface_get_stride(surface))
        let pixels = UnsafeBufferPointer(start: data, count: stride * height)
        return read(PageImage(width: width, height: height, bytesPerPixel: 4, bytesPerLine: stride, pixels: pixels, dpi: dpi))
    }

    /// Below this many pages per worker a second handle costs more than it saves.
    private static let minimumPagesPerWorker = 8

    private static func makeBytes(_ data: Data) -> OpaquePointer {
        data.withUnsafeBytes { raw in g_bytes_new(raw.baseAddress, gsize(raw.count)) }
    }

    /// Opens a document on `bytes`, or — with a password — on `file`, a copy of the bytes on disk.
    ///
    /// poppler-glib 22.x crashes in `poppler_document_new_from_bytes` (and `_from_data`) when a
    /// password is given and it is wrong: it retries with the password in another encoding on a
    /// stream it has already released. `poppler_document_new_from_file` retries safely, so an
    /// encrypted document is opened from a file.
    private static func open(_ bytes: OpaquePointer, password: String?, path: String,
                             file: PasswordFile? = nil) throws -> OpaquePointer {
        var error: UnsafeMutablePointer<GError>?
        let document: OpaquePointer?
        if let password, let file {
            document = password.withCString { pw in
                file.uri.withCString { poppler_document_new_from_file($0, pw, &error) }
            }
        } else {
            document = poppler_document_new_from_bytes(bytes, nil, &error)
        }
        if let document { return document }
        let code = error?.pointee.code ?? -1
        let message = error.flatMap { $0.pointee.message.map { String(cString: $0) } } ?? "unknown error"
        if let error { g_error_free(error) }
        if code == Int32(POPPLER_ERROR_ENCRYPTED.rawValue) {
            throw DocumentTextError(password == nil ? .encrypted : .wrongPassword, path: path)
        }
        throw DocumentTextError(.corruptPDF, path: path, detail: message)
    }

    /// Poppler says only "PDF document is damaged"; a missing end-of-file marker says more.
    private static func explainDamage(_ error: DocumentTextError, data: Data) -> DocumentTextError {
        guard error.kind == .corruptPDF else { return error }
        let tail = data.suffix(2048)
        if tail.range(of: Data("%%EOF".utf8)) == nil {
            return DocumentTextError(.corruptPDF, path: error.path,
                                     detail: "poppler: \(error.detail); it has no %%EOF end marker, the file looks cut short")
        }
        return DocumentTextError(.corruptPDF, path: error.path, detail: "poppler: \(error.detail)")
    }

    /// The text of one page: poppler's characters, put in reading order by ``PageLayout`` from
    /// their boxes (poppler's own order when the boxes cannot be used).
    private static func pageText(_ document: OpaquePointer, index: Int) -> String {
        guard let page = poppler_document_get_page(document, Int32(index)) else { return "" }
        defer { g_object_unref(UnsafeMutableRawPointer(page)) }
        guard let cText = poppler_page_get_text(page) else { return "" }
        defer { g_free(cText) }
        let text = String(cString: cText)

        // One rectangle per character of the text (poppler computes both from the same cached
        // text page, so this costs little).
        var rectangles: UnsafeMutablePointer<PopplerRectangle>?
        var count: guint = 0
        guard poppler_page_get_text_layout(page, &rectangles, &count) != 0, let rectangles else { return text }
        defer { g_free(rectangles) }
        var glyphs: [PageGlyph] = []
        glyphs.reserveCapacity(Int(count))
        var k = 0
        for scalar in text.unicodeScalars {
            guard k < Int(count) else { return text }
            let r = rectangles[k]
            glyphs.append(PageGlyph(scalar, x1: Float(r.x1), y1: Float(r.y1), x2: Float(r.x2), y2: Float(r.y2)))
            k += 1
        }
        guard k == Int(count) else { return text }
        return PageLayout.text(glyphs) ?? text
    }

    private static func readMetadata(_ document: OpaquePointer, encrypted: Bool) -> DocumentMetadata {
        func take(_ value: UnsafeMutablePointer<gchar>?) -> String? {
            guard let value else { return nil }
            defer { g_free(value) }
            let string = String(cString: value).trimmingCharacters(in: .whitespacesAndNewlines)
            return string.isEmpty ? nil : string
        }
        var created: String?
        if let date = poppler_document_get_creation_date_time(document) {
            created = take(g_date_time_format_iso8601(date))
            g_date_time_unref(date)
        }
        return DocumentMetadata(
            pageCount: Int(poppler_document_get_n_pages(document)),
            title: take(poppler_document_get_title(document)),
            author: take(poppler_document_get_author(document)),
            creationDate: created,
            hasTextLayer: false,
            encrypted: encrypted
        )
    }

    /// Poppler reports syntax problems of damaged files through GLib's log under the domain
    /// "Poppler"; they would spill onto the user's terminal. The reader reports its own error.
    private static let logSilenced: Bool = {
        g_log_set_handler("Poppler", GLogLevelFlags(rawValue: G_LOG_LEVEL_MASK.rawValue), { _, _, _, _ in }, nil)
        return true
    }()

    private static func silencePopplerLog() { _ = logSilenced }
}

/// A private copy of an encrypted document's bytes on disk, for `poppler_document_new_from_file`;
/// removed when the extraction ends.
private final class PasswordFile: Sendable {
    let url: URL
    let uri: String

    init(_ data: Data, path: String) throws {
        url = FileManager.default.temporaryDirectory
            .appendingPathComponent("clausier-\(UUID().uuidString).pdf")
        uri = url.absoluteString
        guard FileManager.default.createFile(atPath: url.path, contents: data,
                                             attributes: [.posixPermissions: 0o600]) else {
            throw DocumentTextError(.unreadable, path: path,
                                    detail: "cannot write a temporary copy to \(url.deletingLastPathComponent().path)")
        }
    }

    deinit { try? FileManager.default.removeItem(at: url) }
}

/// A GBytes buffer: immutable and reference-counted atomically, so workers may each open a
/// document on it.
private struct SharedBytes: @unchecked Sendable {
    let pointer: OpaquePointer
}

/// Results written by concurrent workers, one slot each.
private final class Slots<Value: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var storage: [Value?]

    init(count: Int) { storage = Array(repeating: nil, count: count) }

    func set(_ index: Int, _ value: Value) {
        lock.lock(); defer { lock.unlock() }
        storage[index] = value
    }

    /// Replaces slot `index` by `change` of its value, atomically, and returns the new value.
    func update(_ index: Int, _ change: (Value?) -> Value) -> Value {
        lock.lock(); defer { lock.unlock() }
        storage[index] = change(storage[index])
        return storage[index]!
    }

    var values: [Value?] {
        lock.lock(); defer { lock.unlock() }
        return storage
    }
}
