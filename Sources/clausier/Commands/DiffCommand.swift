import ArgumentParser
import ClauseParser
import ConventionDiff
import Foundation

/// `clausier diff OLD NEW`: what changed between two versions of a convention.
struct DiffCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "diff",
        abstract: "Compare two versions of a convention (a renewal and the one it replaces).",
        discussion: """
            Reports parties renamed, added or removed; articles renumbered, moved, split, merged, added, removed \
            or edited; obligations added, removed or modified per party (with a word diff); term, notices, amounts \
            and committees. Colours are used when standard output is a terminal (NO_COLOR turns them off).
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, markdown, json, html
    }

    @Argument(help: "The old version: a PDF, .txt or .md file ('-' reads standard input).")
    var old: String

    @Argument(help: "The new version: a PDF, .txt or .md file (or '-').")
    var new: String

    @Option(help: "text (readable, coloured on a terminal), markdown, json (keys sorted) or html (side by side, printable on A4).")
    var format: Format = .text

    @Option(help: "Password of an encrypted PDF.")
    var password: String?

    @OptionGroup var lexicons: LexiconOptions

    func validate() throws {
        if old == "-" && new == "-" { throw ValidationError("only one of OLD and NEW can be '-' (standard input)") }
    }

    func run() throws {
        let parser = try ConventionParser(lexicons: lexicons.load())
        let report = try ConventionDiff.compare(oldFile: old, newFile: new, parser: parser, password: password, warn: Console.warn)
        switch format {
        case .text:
            let colour = Console.isTerminal && ProcessInfo.processInfo.environment["NO_COLOR"].map(\.isEmpty) ?? true
            Console.write(report.textDescription(colour: colour))
        case .markdown: Console.write(report.markdownDescription())
        case .json: Console.write(String(decoding: try report.jsonData(), as: UTF8.self) + "\n")
        case .html: Console.write(report.htmlDescription())
        }
    }
}
