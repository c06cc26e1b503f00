import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A page image for OCR, borrowed from the renderer for the time of one reading: rows top to
/// bottom, `bytesPerPixel` bytes a pixel (1: grey; 4: cairo's 32-bit pixels, which Tesseract
/// reads as colour and turns to grey itself).
struct PageImage {
    var width: Int
    var height: Int
    var bytesPerPixel: Int
    var bytesPerLine: Int
    var pixels: UnsafeBufferPointer<UInt8>
    /// Pixels per inch of the rendering, to turn boxes back into PDF points.
    var dpi: Double
}

/// Tesseract's French model reading one page image at a time: the only file of Clausier that
/// touches Tesseract's C API (`tesseract/capi.h`).
///
/// The library is opened at run time (`dlopen`), not linked: Clausier builds and runs without
/// it, and a scan met without it gives one line naming the package to install instead of a
/// loader error. Every object it gets from Tesseract is released before the function returns
/// (iterators, strings) or in `deinit` (the engine). One engine is used by one thread.
///
/// ```swift
/// let engine = try TesseractEngine()
/// let page = engine.read(image)      // OCRPage: text, words with their boxes, confidence
/// page.text                          // "Article 1 – Objet\nLa Commune s'engage à …"
/// ```
final class TesseractEngine {
    /// Why OCR cannot run; the reader turns it into a ``DocumentTextError`` naming the file.
    enum Unavailable: Error {
        case library, model
    }

    private let api: OpaquePointer
    private let c: CAPI

    init(language: String = "fra") throws {
        guard let c = CAPI.shared else { throw Unavailable.library }
        guard let folder = Self.modelFolder(language: language) else { throw Unavailable.model }
        guard let api = c.create() else { throw Unavailable.library }
        // The LSTM recogniser alone: the legacy one doubles the memory for no better French.
        guard c.initialize(api, folder, language, 1) == 0 else {
            c.end(api)
            c.delete(api)
            throw Unavailable.model
        }
        _ = c.setVariable(api, "debug_file", "/dev/null")
        c.setPageSegMode(api, 3)  // PSM_AUTO: page layout analysis, no orientation detection
        self.api = api
        self.c = c
    }

    deinit {
        c.end(api)
        c.delete(api)
    }

    /// The folder holding `LANGUAGE.traineddata`: `$CLAUSIER_TESSDATA` alone when set; else
    /// `$TESSDATA_PREFIX`, then Debian's and the usual installation folders.
    static func modelFolder(language: String) -> String? {
        let environment = ProcessInfo.processInfo.environment
        if let only = environment["CLAUSIER_TESSDATA"] {
            return FileManager.default.fileExists(atPath: "\(only)/\(language).traineddata") ? only : nil
        }
        var candidates: [String] = []
        if let prefix = environment["TESSDATA_PREFIX"] {
            candidates += [prefix, prefix + "/tessdata"]
        }
        candidates += ["/usr/share/tesseract-ocr/5/tessdata", "/usr/share/tesseract-ocr/4.00/tessdata",
                       "/usr/share/tessdata", "/usr/local/share/tessdata", "/opt/homebrew/share/tessdata"]
        return candidates.first { FileManager.default.fileExists(atPath: "\($0)/\(language).traineddata") }
    }

    /// Reads `image`: the words in reading order, a line break between lines and a blank line
    /// between paragraphs, each word with its box (in PDF points) and confidence.
    func read(_ image: PageImage) -> OCRPage {
        guard image.width > 0, image.height > 0, image.pixels.count >= image.bytesPerLine * image.height else {
            return OCRPage(text: "", words: [], confidence: 0)
        }
        c.setImage(api, image.pixels.baseAddress, Int32(image.width), Int32(image.height),
                   Int32(image.bytesPerPixel), Int32(image.bytesPerLine))
        c.setSourceResolution(api, Int32(image.dpi.rounded()))
        defer { c.clear(api) }
        guard c.recognize(api, nil) == 0, let iterator = c.iterator(api) else {
            return OCRPage(text: "", words: [], confidence: 0)
        }
        defer { c.iteratorDelete(iterator) }
        let scale = 72 / image.dpi
        var text = String.UnicodeScalarView()
        var scalarCount = 0
        var words: [OCRWord] = []
        let level: Int32 = 3  // RIL_WORD
        repeat {
            let page = c.pageIterator(iterator)
            guard let cWord = c.text(iterator, level) else { continue }
            let word = String(cString: cWord)
            c.deleteText(cWord)
            guard !word.isEmpty else { continue }
            if scalarCount > 0 {
                let separator: String
                if c.isAtBeginningOf(page, 1) != 0 {  // RIL_PARA
                    separator = "\n\n"
                } else if c.isAtBeginningOf(page, 2) != 0 {  // RIL_TEXTLINE
                    separator = "\n"
                } else {
                    separator = " "
                }
                text.append(contentsOf: separator.unicodeScalars)
                scalarCount += separator.unicodeScalars.count
            }
            var left: Int32 = 0, top: Int32 = 0, right: Int32 = 0, bottom: Int32 = 0
            _ = c.boundingBox(page, level, &left, &top, &right, &bottom)
            let length = word.unicodeScalars.count
            words.append(OCRWord(offset: scalarCount, length: length,
                                 box: OCRBox(x: Double(left) * scale, y: Double(top) * scale,
                                             width: Double(right - left) * scale, height: Double(bottom - top) * scale),
                                 confidence: Double(c.confidence(iterator, level)) / 100))
            text.append(contentsOf: word.unicodeScalars)
            scalarCount += length
        } while c.next(iterator, level) != 0
        let confidence = words.isEmpty ? 0 : words.map(\.confidence).reduce(0, +) / Double(words.count)
        return OCRPage(text: String(text), words: words, confidence: confidence)
    }

    /// The functions of `libtesseract.so.5` that Clausier calls, found once.
    private struct CAPI: @unchecked Sendable {
        typealias API = OpaquePointer
        let create: @convention(c) () -> API?
        let initialize: @convention(c) (API, UnsafePointer<CChar>?, UnsafePointer<CChar>?, Int32) -> Int32
        let setVariable: @convention(c) (API, UnsafePointer<CChar>, UnsafePointer<CChar>) -> Int32
        let setPageSegMode: @convention(c) (API, Int32) -> Void
        let setImage: @convention(c) (API, UnsafePointer<UInt8>?, Int32, Int32, Int32, Int32) -> Void
        let setSourceResolution: @convention(c) (API, Int32) -> Void
        let recognize: @convention(c) (API, OpaquePointer?) -> Int32
        let iterator: @convention(c) (API) -> OpaquePointer?
        let clear: @convention(c) (API) -> Void
        let end: @convention(c) (API) -> Void
        let delete: @convention(c) (API) -> Void
        let pageIterator: @convention(c) (OpaquePointer) -> OpaquePointer
        let isAtBeginningOf: @convention(c) (OpaquePointer, Int32) -> Int32
        let boundingBox: @convention(c) (OpaquePointer, Int32, UnsafeMutablePointer<Int32>, UnsafeMutablePointer<Int32>,
                                         UnsafeMutablePointer<Int32>, UnsafeMutablePointer<Int32>) -> Int32
        let text: @convention(c) (OpaquePointer, Int32) -> UnsafeMutablePointer<CChar>?
        let deleteText: @convention(c) (UnsafeMutablePointer<CChar>) -> Void
        let confidence: @convention(c) (OpaquePointer, Int32) -> Float
        let next: @convention(c) (OpaquePointer, Int32) -> Int32
        let iteratorDelete: @convention(c) (OpaquePointer) -> Void

        static let shared: CAPI? = {
            // One thread per engine: pages are already read in parallel, and OpenMP's idle
            // threads would spin on the other cores. Read by OpenMP when the library loads.
            setenv("OMP_THREAD_LIMIT", "1", 0)
            let names = ["libtesseract.so.5", "libtesseract.so.4", "libtesseract.so", "libtesseract.5.dylib", "libtesseract.dylib"]
            guard let handle = names.lazy.compactMap({ dlopen($0, RTLD_NOW | RTLD_LOCAL) }).first else { return nil }
            func symbol<T>(_ name: String, as type: T.Type) -> T? {
                guard let pointer = dlsym(handle, name) else { return nil }
                return unsafeBitCast(pointer, to: type)
            }
            guard let create = symbol("TessBaseAPICreate", as: (@convention(c) () -> API?).self),
                  let initialize = symbol("TessBaseAPIInit2", as: (@convention(c) (API, UnsafePointer<CChar>?, UnsafePointer<CChar>?, Int32) -> Int32).self),
                  let setVariable = symbol("TessBaseAPISetVariable", as: (@convention(c) (API, UnsafePointer<CChar>, UnsafePointer<CChar>) -> Int32).self),
                  let setPageSegMode = symbol("TessBaseAPISetPageSegMode", as: (@convention(c) (API, Int32) -> Void).self),
                  let setImage = symbol("TessBaseAPISetImage", as: (@convention(c) (API, UnsafePointer<UInt8>?, Int32, Int32, Int32, Int32) -> Void).self),
                  let setSourceResolution = symbol("TessBaseAPISetSourceResolution", as: (@convention(c) (API, Int32) -> Void).self),
                  let recognize = symbol("TessBaseAPIRecognize", as: (@convention(c) (API, OpaquePointer?) -> Int32).self),
                  let iterator = symbol("TessBaseAPIGetIterator", as: (@convention(c) (API) -> OpaquePointer?).self),
                  let clear = symbol("TessBaseAPIClear", as: (@convention(c) (API) -> Void).self),
                  let end = symbol("TessBaseAPIEnd", as: (@convention(c) (API) -> Void).self),
                  let delete = symbol("TessBaseAPIDelete", as: (@convention(c) (API) -> Void).self),
                  let pageIterator = symbol("TessResultIteratorGetPageIterator", as: (@convention(c) (OpaquePointer) -> OpaquePointer).self),
                  let isAtBeginningOf = symbol("TessPageIteratorIsAtBeginningOf", as: (@convention(c) (OpaquePointer, Int32) -> Int32).self),
                  let boundingBox = symbol("TessPageIteratorBoundingBox", as: (@convention(c) (OpaquePointer, Int32, UnsafeMutablePointer<Int32>, UnsafeMutablePointer<Int32>, UnsafeMutablePointer<Int32>, UnsafeMutablePointer<Int32>) -> Int32).self),
                  let text = symbol("TessResultIteratorGetUTF8Text", as: (@convention(c) (OpaquePointer, Int32) -> UnsafeMutablePointer<CChar>?).self),
                  let deleteText = symbol("TessDeleteText", as: (@convention(c) (UnsafeMutablePointer<CChar>) -> Void).self),
                  let confidence = symbol("TessResultIteratorConfidence", as: (@convention(c) (OpaquePointer, Int32) -> Float).self),
                  let next = symbol("TessResultIteratorNext", as: (@convention(c) (OpaquePointer, Int32) -> Int32).self),
                  let iteratorDelete = symbol("TessResultIteratorDelete", as: (@convention(c) (OpaquePointer) -> Void).self)
            else { return nil }
            return CAPI(create: create, initialize: initialize, setVariable: setVariable, setPageSegMode: setPageSegMode,
                        setImage: setImage, setSourceResolution: setSourceResolution, recognize: recognize,
                        iterator: iterator, clear: clear, end: end, delete: delete, pageIterator: pageIterator,
                        isAtBeginningOf: isAtBeginningOf, boundingBox: boundingBox, text: text, deleteText: deleteText,
                        confidence: confidence, next: next, iteratorDelete: iteratorDelete)
        }()
    }
}
