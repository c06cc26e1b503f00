import ArgumentParser
import DocumentText

/// `clausier text FILE`: the normalised text every span of the graph counts into.
struct TextCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "text",
        abstract: "Print the normalised text of a PDF, .docx, .odt, .txt or .md file.",
        discussion: "Offsets in 'clausier extract' count Unicode scalars into exactly this text."
    )

    @OptionGroup var input: DocumentOptions

    @Flag(help: "Print the extracted text before normalisation (pages separated by form feeds).")
    var raw = false

    @Flag(help: "Mark page breaks with '--- page N ---' lines.")
    var pages = false

    func run() throws {
        let document = try input.read()
        if raw {
            if pages {
                for (index, page) in document.pages.enumerated() {
                    Console.write("--- page \(index + 1) ---\n\(page)\n")
                }
            } else {
                Console.write(document.rawText + "\n")
            }
            return
        }
        let normalized = try TextNormalizer().normalize(document)
        Console.write(pages ? normalized.withPageMarks() : normalized.text + "\n")
    }
}
