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

    @Argument(help: "The old version: a PDF, .txt or .md file ('-' reads standard input), or a stored document's id (7 or #7).")
    var old: String?

    @Argument(help: "The new version: a file (or '-'), or a stored document's id.")
    var new: String?

    @Option(help: ArgumentHelp("Compare the last two versions of the lineage that holds this stored document.", valueName: "id"))
    var lineage: String?

    @OptionGroup var storeOptions: StoreOptions

    @Option(help: "text (readable, coloured on a terminal), markdown, json (keys sorted) or html (side by side, printable on A4).")
    var format: Format = .text

    @Option(help: "Password of an encrypted PDF.")
    var password: String?

    @OptionGroup var lexicons: LexiconOptions

    func validate() throws {
        if lineage != nil {
            guard old == nil && new == nil else { throw ValidationError("give either OLD NEW or --lineage ID, not both") }
            return
        }
        guard old != nil, new != nil else { throw ValidationError("give two versions to compare (OLD NEW), or --lineage ID") }
        if old == "-" && new == "-" { throw ValidationError("only one of OLD and NEW can be '-' (standard input)") }
    }

    func run() throws {
        let report = try StoreOptions.run { () throws -> ConventionDiffReport in
            if let lineage {
                let (previous, latest) = try ConventionReference.lastTwoVersions(of: lineage, store: storeOptions)
                return ConventionDiff.compare(old: previous.graph, oldText: previous.text, new: latest.graph, newText: latest.text)
            }
            let parser = try ConventionParser(lexicons: lexicons.load())
            let before = try ConventionReference.load(old!, parser: parser, password: password, store: storeOptions)
            let after = try ConventionReference.load(new!, parser: parser, password: password, store: storeOptions)
            return ConventionDiff.compare(old: before.graph, oldText: before.text, new: after.graph, newText: after.text)
        }
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
