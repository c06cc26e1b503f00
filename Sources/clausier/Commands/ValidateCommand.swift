import ArgumentParser
import ClauseParser
import Foundation
import Validation

/// `clausier validate [PATH…]`: compare the parser's output with the hand-coded models.
struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Score the parser against the hand-coded models of a corpus (precision, recall, F1 per field).",
        discussion: "Each PATH is a document folder holding expected.json, or a folder of them (default: Corpus). Matching rules: Corpus/README.md."
    )

    enum Format: String, ExpressibleByArgument { case text, json }

    @Argument(help: "Document folders, or folders of them.")
    var paths: [String] = ["Corpus"]

    @Option(help: "Parse the text source (txt/md) or the PDF of each folder.")
    var source: String = "text"

    @Option(help: "text (tables, then misses and extras) or json.")
    var format: Format = .text

    @Flag(help: "Only the tables, without the list of misses and extras.")
    var summary = false

    @Option(help: "A thresholds.json of floors per field; exit 1 when a field's F1 is below its floor.")
    var thresholds: String?

    @OptionGroup var lexicons: LexiconOptions

    func validate() throws {
        guard CorpusValidator.Source(rawValue: source) != nil else {
            throw ValidationError("--source must be text or pdf")
        }
    }

    func run() throws {
        let validator = CorpusValidator(parser: try ConventionParser(lexicons: lexicons.load()),
                                        source: CorpusValidator.Source(rawValue: source)!)
        let report: ValidationReport
        do {
            report = try validator.validate(paths: paths)
        } catch let error as Validation.ValidationError {
            Console.fail(error.description)
        }
        switch format {
        case .text: Console.write(report.textDescription(details: !summary) + "\n")
        case .json:
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
            Console.write(String(decoding: try encoder.encode(report), as: UTF8.self) + "\n")
        }
        if let thresholds {
            let floors = try JSONDecoder().decode([String: Double].self, from: Data(contentsOf: URL(fileURLWithPath: thresholds)))
            let failures = report.failures(against: floors)
            for failure in failures {
                Console.warn("\(failure.field): F1 \(String(format: "%.3f", failure.f1)) is below its floor \(failure.floor)")
            }
            if !failures.isEmpty { throw ExitCode(1) }
        }
    }
}
