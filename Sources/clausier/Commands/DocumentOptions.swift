import ArgumentParser
import DocumentText

/// The input file of a command and how to open it.
struct DocumentOptions: ParsableArguments {
    @Argument(help: "A PDF, .docx, .odt, .txt or .md file; '-' reads standard input.")
    var file: String

    @Option(help: "Password of an encrypted PDF.")
    var password: String?

    @Flag(name: .customLong("no-ocr"), help: "Refuse scanned pages instead of reading them with Tesseract (OCR).")
    var noOCR = false

    /// Reads the file, printing warnings (such as a Windows-1252 text) on standard error and,
    /// on a terminal, the progress of OCR.
    func read(requireTextLayer: Bool = true) throws -> ExtractedDocument {
        let progress = ProgressBar(unit: "pages lues par OCR")
        defer { progress.clear() }
        let document = try DocumentReader.read(path: file, password: password, requireTextLayer: requireTextLayer,
                                               ocr: !noOCR, progress: { progress.update(done: $0, total: $1) })
        document.warnings.forEach(Console.warn)
        return document
    }
}
