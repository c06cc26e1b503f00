import ArgumentParser
import Checklist
import ClauseParser
import ConventionModel
import ConventionDiff
import ConventionStore
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

    @Argument(help: "A PDF, .txt or .md file ('-' reads standard input), or a stored document's id (7 or #7).")
    var source: String?

    @Option(help: "Password of an encrypted PDF.")
    var password: String?

    @Option(help: ArgumentHelp("A stored document: its checklist, with the obligations new since the version it supersedes flagged.", valueName: "id"))
    var lineage: String?

    @OptionGroup var lexicons: LexiconOptions
    @OptionGroup var storeOptions: StoreOptions

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

    func validate() throws {
        guard (source == nil) != (lineage == nil) else {
            throw ValidationError("give a FILE or stored id, or --lineage ID (not both)")
        }
    }

    func run() throws {
        let csvOptions = try self.csvOptions()
        let checklist: Checklist
        do {
            checklist = try makeChecklist()
        } catch let error as StoreError {
            Console.fail(error.description)
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

    private func makeChecklist() throws -> Checklist {
        let (graph, newObligations) = try self.graph()
        let options = ChecklistOptions(from: try date(from, option: "--from") ?? .today(),
                                       effective: try date(effective, option: "--effective"),
                                       party: party, newObligations: newObligations)
        return try Checklist(graph: graph, options: options)
    }

    /// The graph the checklist is built from — a file parsed now, or a stored document — and,
    /// with `--lineage`, the ids of its obligations that the version it supersedes did not have.
    private func graph() throws -> (ConventionGraph, Set<String>) {
        guard let lineage else {
            let parser = try ConventionParser(lexicons: lexicons.load())
            return (try ConventionReference.load(source!, parser: parser, password: password, store: storeOptions).graph, [])
        }
        let store = try storeOptions.open(.readOnly)
        let current = try store.document(try ConventionStore.documentID(lineage))
        guard let previous = try ConventionReference.previousVersion(of: current.id, store: store) else {
            Console.warn("document #\(current.id) supersedes no earlier version: no obligation is flagged as new")
            return (current.graph, [])
        }
        let report = ConventionDiff.compare(old: previous.graph, oldText: previous.text, new: current.graph, newText: current.text)
        let added = Set(report.changes.filter { $0.field == .obligation && $0.kind == .added }.compactMap(\.after))
        return (current.graph, Set(current.graph.obligations.filter { added.contains($0.text) }.map(\.id)))
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
