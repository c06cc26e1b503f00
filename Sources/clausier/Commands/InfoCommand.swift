import ArgumentParser
import DocumentText

/// `clausier info FILE`: what the file says about itself.
struct InfoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "info",
        abstract: "Print page count, title, author, creation date and whether a text layer exists."
    )

    @OptionGroup var input: DocumentOptions

    func run() throws {
        let document = try input.read(requireTextLayer: false)
        let meta = document.metadata
        var lines = [
            "file:        \(document.path)",
            "format:      \(document.format.rawValue)",
            "pages:       \(meta.pageCount)",
            "title:       \(meta.title ?? "—")",
            "author:      \(meta.author ?? "—")",
            "created:     \(meta.creationDate ?? "—")",
            "text layer:  \(meta.hasTextLayer ? "yes" : "no (looks scanned: run OCR first)")",
            "sha256:      \(document.sha256)",
        ]
        if meta.encrypted { lines.append("encrypted:   yes (opened with the password)") }
        Console.write(lines.joined(separator: "\n") + "\n")
    }
}
