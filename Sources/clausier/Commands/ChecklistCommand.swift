import ArgumentParser
import Checklist
import ClauseParser
import ConventionModel
import Foundation

/// `clausier checklist FILE`: the obligations of a convention as a checklist to act on —
/// key dates, then one row per obligation with its party, article, page, timing and next due dates.
struct ChecklistCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "checklist",
        abstract: "Export the obligations of a convention as a checklist: key dates, then one row per obligation with due dates.",
        discussion: """
        Dates are computed in the calendar unit written (a préavis de trois mois is three calendar months); \
        a result that does not exist (31 janvier + 1 mois) is marked ⚠ with both possible dates, never guessed. \
        When the convention takes effect at an event (signature, notification), give its date with --effective.
        Examples:
          clausier checklist convention.pdf --from 2025-01-01
          clausier checklist convention.pdf --format csv --bom --separator ';'
          clausier checklist convention.pdf --format ics --party "Mission locale"
        """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case markdown, csv, html, ics
    }

    @OptionGroup var input: DocumentOptions
    @OptionGroup var lexicons: LexiconOptions

    @Option(help: "markdown, csv (RFC 4180), html (printable on A4) or ics (iCalendar).")
    var format: Format = .markdown

    @Option(help: "Keep the obligations of one party: its name or an alias, case and accents ignored.")
    var party: String?

    @Option(help: "List due dates on or after this day: YYYY-MM-DD or DD/MM/YYYY (default: today).")
    var from: String?

    @Option(help: "The date the convention took effect, for a text that gives an event (« à compter de sa notification »): YYYY-MM-DD.")
    var effective: String?

    @Flag(help: "CSV: start with a UTF-8 byte order mark, so that Excel reads the accents.")
    var bom = false

    @Option(help: "CSV: the field separator: ',' (default), ';' (French spreadsheets) or 'tab'.")
    var separator: String = ","

    func run() throws {
        let csvOptions = try self.csvOptions()
        let options = ChecklistOptions(from: try date(from, option: "--from") ?? .today(),
                                       effective: try date(effective, option: "--effective"),
                                       party: party)
        let checklist: Checklist
        do {
            checklist = try Checklist(graph: try graph(), options: options)
        } catch let error as ChecklistError {
            Console.fail(error.description)
        }
        switch format {
        case .markdown: Console.write(checklist.markdown())
        case .csv: Console.write(String(decoding: checklist.csv(csvOptions), as: UTF8.self))
        case .html: Console.write(checklist.html())
        case .ics: Console.write(checklist.ics())
        }
    }

    /// The graph the checklist is built from: FILE parsed now. (The library takes a graph, so
    /// a stored version can be passed instead once the store exists.)
    private func graph() throws -> ConventionGraph {
        let parser = try ConventionParser(lexicons: lexicons.load())
        return parser.parse(try input.read()).1
    }

    private func csvOptions() throws -> CSVOptions {
        let character: Character? = switch separator {
        case ",": ","
        case ";": ";"
        case "tab", "\\t", "\t": "\t"
        default: nil
        }
        guard let character else {
            Console.fail("--separator must be ',', ';' or 'tab', not « \(separator) »")
        }
        if format != .csv, bom || character != "," {
            Console.fail("--bom and --separator apply to --format csv only; add --format csv")
        }
        return CSVOptions(separator: character, byteOrderMark: bom)
    }

    private func date(_ text: String?, option: String) throws -> CalendarDate? {
        guard let text else { return nil }
        guard let date = CalendarDate(iso: text) else {
            Console.fail("\(option): « \(text) » is not a date; write it as YYYY-MM-DD (2025-03-31) or DD/MM/YYYY (31/03/2025)")
        }
        return date
    }
}
