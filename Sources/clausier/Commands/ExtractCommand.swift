import ArgumentParser
import ClauseParser
import ConventionModel
import Foundation
import Lexicons

/// `clausier extract FILE`: the convention graph as JSON, a readable tree, or Graphviz.
struct ExtractCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Parse a convention into its graph: parties, articles, obligations, term, notices, amounts…"
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case json, text, dot, akn
    }

    @OptionGroup var input: DocumentOptions
    @OptionGroup var lexicons: LexiconOptions

    @Option(help: "Output format: json (the contract other tools read), text (a readable tree; the default on a terminal), dot (Graphviz), akn (OASIS LegalDocML / Akoma Ntoso 3.0).")
    var format: Format?

    func run() throws {
        let parser = try ConventionParser(lexicons: lexicons.load())
        let (text, graph) = parser.parse(try input.read())
        switch format ?? (Console.isTerminal ? .text : .json) {
        case .json: Console.write(String(decoding: try graph.jsonData(), as: UTF8.self) + "\n")
        case .text: Console.write(graph.treeDescription() + "\n")
        case .dot: Console.write(graph.dotDescription() + "\n")
        case .akn: Console.write(graph.akomaNtoso(text: text.text))
        }
    }
}

/// `--lexicons DIR`: word lists that replace the bundled ones of the same name.
struct LexiconOptions: ParsableArguments {
    @Option(help: "A folder of word lists (NAME.txt) that replace the bundled lists of the same name.")
    var lexicons: String?

    func load() throws -> LexiconSet {
        guard let lexicons else { return try LexiconSet.bundled() }
        return try LexiconSet(overrides: URL(fileURLWithPath: lexicons))
    }
}
