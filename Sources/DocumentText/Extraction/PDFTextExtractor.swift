import Foundation
import Dispatch
internal import CPoppler

/// Reads a PDF through poppler's GLib binding: per-page text and metadata.
///
/// This is the only file of Clausier that touches poppler's C API. Every object it gets from
/// poppler is released before the function returns; no C type leaves this file. Poppler
/// objects are not shared between threads: each worker opens its own document handle on the
/// same immutable bytes.
///
/// ```swift
/// let doc = try PDFTextExtractor.extract(path: "Corpus/004-…/004_d652568402a4f1ed.pdf")
/// doc.pages.count        // 26
/// doc.metadata.title     // "Convention de coopération …" (when the PDF records one)
/// ```
enum PDFTextExtractor {
    /// Extracts every page's text. `workers` > 1 splits the pages between that many handles.
    static func extract(path: String, data: Data, password: String?, workers: Int) throws -> ExtractedDocument {
        silencePopplerLog()
        let shared = SharedBytes(pointer: makeBytes(data))
        let bytes = shared.pointer
        defer { g_bytes_unref(bytes) }

        let document = try open(bytes, password: password, path: path)
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
            let slots = PageSlots(count: pageCount)
            let failure = PageSlots(count: 1)
            DispatchQueue.concurrentPerform(iterations: workerCount) { worker in
                do {
                    let handle = try open(shared.pointer, password: password, path: path)
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
        meta.hasTextLayer = pages.contains { page in page.unicodeScalars.contains { !$0.properties.isWhitespace } }
        return ExtractedDocument(path: path, format: .pdf, pages: pages, metadata: meta,
                                 sha256: SHA256.hex(of: data))
    }

    /// Below this many pages per worker a second handle costs more than it saves.
    private static let minimumPagesPerWorker = 8

    private static func makeBytes(_ data: Data) -> OpaquePointer {
        data.withUnsafeBytes { raw in g_bytes_new(raw.baseAddress, gsize(raw.count)) }
    }

    private static func open(_ bytes: OpaquePointer, password: String?, path: String) throws -> OpaquePointer {
        var error: UnsafeMutablePointer<GError>?
        let document: OpaquePointer? = password.map { pw in
            pw.withCString { poppler_document_new_from_bytes(bytes, $0, &error) }
        } ?? poppler_document_new_from_bytes(bytes, nil, &error)
        if let document { return document }
        let code = error?.pointee.code ?? -1
        let message = error.flatMap { $0.pointee.message.map { String(cString: $0) } } ?? "unknown error"
        if let error { g_error_free(error) }
        if code == Int32(POPPLER_ERROR_ENCRYPTED.rawValue) {
            throw DocumentTextError(password == nil ? .encrypted : .wrongPassword, path: path)
        }
        throw DocumentTextError(.corruptPDF, path: path, detail: message)
    }

    private static func pageText(_ document: OpaquePointer, index: Int) -> String {
        guard let page = poppler_document_get_page(document, Int32(index)) else { return "" }
        defer { g_object_unref(UnsafeMutableRawPointer(page)) }
        guard let text = poppler_page_get_text(page) else { return "" }
        defer { g_free(text) }
        return String(cString: text)
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

/// A GBytes buffer: immutable and reference-counted atomically, so workers may each open a
/// document on it.
private struct SharedBytes: @unchecked Sendable {
    let pointer: OpaquePointer
}

/// Results written by concurrent workers, one slot each.
private final class PageSlots: @unchecked Sendable {
    private let lock = NSLock()
    private var storage: [String?]

    init(count: Int) { storage = Array(repeating: nil, count: count) }

    func set(_ index: Int, _ value: String) {
        lock.lock(); defer { lock.unlock() }
        storage[index] = value
    }

    var values: [String?] {
        lock.lock(); defer { lock.unlock() }
        return storage
    }
}
