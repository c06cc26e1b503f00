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
        Jours ouvrés (Monday to Friday) and ouvrables (Monday to Saturday) leave out France's public holidays \
        (--alsace-moselle adds Vendredi saint and 26 décembre); a délai franc counts neither its first nor its last day. \
        When the convention takes effect at an event (signature, notification), give its date with --effective.
        Examples:
          clausier checklist convention.pdf --from 2025-01-01
          clausier checklist convention.pdf --format csv --bom --separator ';' --rows due-dates
          clausier checklist convention.pdf --format ics --party "Mission locale" --remind 15
        """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case markdown, csv, html, ics
    }

    @Argument(help: "A PDF, .txt or .md file ('-' reads standard input), or a stored document's id (7 or #7).")
    var source: String?

    @Option(help: "Password of an encrypted PDF.")
    var password: String?

    @Option(help: ArgumentHelp("A stored document: its checklist, with the obligations new or modified since the version it supersedes flagged.", valueName: "id"))
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

    @Option(help: ArgumentHelp("CSV: one row per obligation (default) or one row per due date.", valueName: "obligations|due-dates"))
    var rows: String?

    @Option(help: ArgumentHelp("iCalendar: the reminder of each event, this many days before it (0 to 366; default 7).", valueName: "days"))
    var remind: String?

    @Flag(help: "Count jours ouvrés and ouvrables with the public holidays of Alsace and Moselle (Vendredi saint, 26 décembre).")
    var alsaceMoselle = false

    func validate() throws {
        guard (source == nil) != (lineage == nil) else {
            throw ValidationError("donnez un FICHIER ou l'identifiant d'un document enregistré, ou --lineage ID (pas les deux)")
        }
    }

    func run() throws {
        let csvOptions = try self.csvOptions()
        let reminder = try reminderDays()
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
        case .ics: Console.write(checklist.ics(reminderDays: reminder))
        }
    }

    private func makeChecklist() throws -> Checklist {
        let source = try self.graph()
        let options = ChecklistOptions(from: try date(from, option: "--from") ?? .today(),
                                       effective: try date(effective, option: "--effective"),
                                       party: party, newObligations: source.new, modifiedObligations: source.modified,
                                       holidays: PublicHolidays(region: alsaceMoselle ? .alsaceMoselle : .metropolitan))
        return try Checklist(graph: source.graph, text: source.text, options: options)
    }

    /// What the checklist is built from: a file parsed now or a stored document, its text,
    /// and with `--lineage` the ids of its obligations that the version it supersedes did not
    /// have, and of those it had otherwise (with their previous wording).
    private struct Source {
        var graph: ConventionGraph
        var text: String
        var new: Set<String> = []
        var modified: [String: String] = [:]
    }

    private func graph() throws -> Source {
        guard let lineage else {
            let parser = try ConventionParser(lexicons: lexicons.load())
            let loaded = try ConventionReference.load(source!, parser: parser, password: password, store: storeOptions)
            return Source(graph: loaded.graph, text: loaded.text)
        }
        let store = try storeOptions.open(.readOnly)
        let current = try store.document(try ConventionStore.documentID(lineage))
        guard let previous = try ConventionReference.previousVersion(of: current.id, store: store) else {
            Console.warn("le document n° \(current.id) ne remplace aucune version antérieure : aucune obligation n'est signalée nouvelle ou modifiée")
            return Source(graph: current.graph, text: current.text)
        }
        let report = ConventionDiff.compare(old: previous.graph, oldText: previous.text, new: current.graph, newText: current.text)
        let changes = report.changes.filter { $0.field == .obligation }
        let added = Set(changes.filter { $0.kind == .added }.compactMap(\.after))
        var previousText: [String: String] = [:]
        for change in changes where change.kind == .modified {
            if let after = change.after, previousText[after] == nil { previousText[after] = change.before ?? "" }
        }
        var source = Source(graph: current.graph, text: current.text)
        for obligation in current.graph.obligations {
            if added.contains(obligation.text) {
                source.new.insert(obligation.id)
            } else if let before = previousText[obligation.text] {
                source.modified[obligation.id] = before
            }
        }
        return source
    }

    private func csvOptions() throws -> CSVOptions {
        let character: Character? = switch separator {
        case ",": ","
        case ";": ";"
        case "tab", "\\t", "\t": "\t"
        default: nil
        }
        guard let character else {
            Console.fail("--separator doit valoir ',', ';' ou 'tab', et non « \(separator) »", code: 64)
        }
        let rowKind = rows.map { value -> CSVOptions.Rows in
            guard let kind = CSVOptions.Rows(rawValue: value) else {
                Console.fail("--rows doit valoir 'obligations' ou 'due-dates', et non « \(value) »", code: 64)
            }
            return kind
        }
        if format != .csv, bom || character != "," || rowKind != nil {
            Console.fail("--bom, --separator et --rows ne s'appliquent qu'à --format csv : ajoutez --format csv", code: 64)
        }
        return CSVOptions(separator: character, byteOrderMark: bom, rows: rowKind ?? .obligations)
    }

    /// `--remind`: a whole number of days from 0 to 366, for --format ics.
    private func reminderDays() throws -> Int {
        guard let remind else { return 7 }
        guard let days = Int(remind), (0...366).contains(days) else {
            Console.fail("--remind attend un nombre de jours entre 0 et 366, et non « \(remind) »", code: 64)
        }
        if format != .ics {
            Console.fail("--remind ne s'applique qu'à --format ics : ajoutez --format ics", code: 64)
        }
        return days
    }

    private func date(_ text: String?, option: String) throws -> CalendarDate? {
        guard let text else { return nil }
        guard let date = CalendarDate(iso: text) else {
            Console.fail("\(option) : « \(text) » n'est pas une date ; écrivez-la AAAA-MM-JJ (2025-03-31) ou JJ/MM/AAAA (31/03/2025)")
        }
        return date
    }
}
