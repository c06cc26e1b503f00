import ArgumentParser
import DocumentText

/// The input file of a command and how to open it.
struct DocumentOptions: ParsableArguments {
    @Argument(help: "A PDF, .docx, .odt, .txt or .md file; '-' reads standard input.")
    var file: String

    @Option(help: "Password of an encrypted PDF.")
    var password: String?

    /// Reads the file, printing warnings (such as a Windows-1252 text) on standard error.
    func read(requireTextLayer: Bool = true) throws -> ExtractedDocument {
        let document = try DocumentReader.read(path: file, password: password, requireTextLayer: requireTextLayer)
        document.warnings.forEach(Console.warn)
        return document
    }
}
