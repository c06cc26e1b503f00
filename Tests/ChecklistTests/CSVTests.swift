import Checklist
import Foundation
import Testing
import TestSupport

/// CSV per RFC 4180 (CRLF, quoting), read back by an independent reader, and opened by
/// LibreOffice Calc the way a French spreadsheet user opens it (separator `;`, UTF-8).
@Suite("CSV")
struct CSVTests {
    private func text(_ data: Data) -> String { String(decoding: data, as: UTF8.self) }

    @Test("round trip on 101: header, one row per key date and obligation, the cells of the model")
    func roundTrip() throws {
        let checklist = try CorpusGraphs.checklist(try CorpusGraphs.graph("101-"), from: "2025-01-01", new: ["O6"])
        let data = checklist.csv()
        #expect(data.prefix(3) != Data([0xEF, 0xBB, 0xBF]))
        let rows = try RFC4180.parse(text(data))
        #expect(rows.first == Checklist.csvColumns)
        #expect(rows.count == 1 + checklist.keyDates.count + checklist.items.count + checklist.duties.count)
        #expect(rows.allSatisfy { $0.count == Checklist.csvColumns.count })
        let column = Dictionary(uniqueKeysWithValues: Checklist.csvColumns.enumerated().map { ($1, $0) })
        let byID = Dictionary(uniqueKeysWithValues: rows.dropFirst().map { ($0[column["Id"]!], $0) })

        let annualReport = try #require(byID["O19"])
        #expect(annualReport[column["Type"]!] == "obligation")
        #expect(annualReport[column["Partie"]!] == "Mission locale des Monts et Vallées du Limousin")
        #expect(annualReport[column["Obligation"]!] == "produire, avant le 31 mars de chaque année, le bilan d'activité et le compte rendu financier de l'année écoulée, certifiés par son président")
        #expect(annualReport[column["Article"]!] == "8")
        #expect(annualReport[column["Titre de l'article"]!] == "Modalités de versement")
        #expect(annualReport[column["Page"]!] == "1")
        // « … de l'année écoulée »: on 2025 by 31 March 2026, …, on 2027 by 31 March 2028, after the end.
        #expect(annualReport[column["Prochaine échéance"]!] == "2026-03-31")
        #expect(annualReport[column["Échéances"]!] == "2026-03-31 (au titre de 2025), 2027-03-31 (au titre de 2026), 2028-03-31 (au titre de 2027)")
        #expect(annualReport[column["Statut"]!] == "")
        #expect(byID["O6"]?[column["Changement"]!] == "nouvelle")
        #expect(byID["O14"]?[column["Partie"]!] == "Département de la Haute-Vienne et Mission locale des Monts et Vallées du Limousin")

        let notice = try #require(byID["termination-N1-1"])
        #expect(notice[column["Type"]!] == "date clé")
        #expect(notice[column["Prochaine échéance"]!] == "2025-09-30")
        #expect(notice[column["Échéances"]!] == "2025-09-30 ou 2025-10-01")
        #expect(notice[column["Ambiguë"]!] == "oui")
        // Every obligation of the model is there with its text.
        for item in checklist.items {
            #expect(byID[item.id]?[column["Obligation"]!] == item.text)
        }
    }

    @Test("CRLF line ends, quotes doubled, separators and line breaks quoted; BOM and ';' on request")
    func quoting() throws {
        var checklist = try CorpusGraphs.checklist(try CorpusGraphs.graph("101-"), from: "2025-01-01")
        checklist.items[0].text = "dire « oui » ; écrire \"non\", puis\r\nsigner"
        checklist.items[0].status = " en cours "
        let data = checklist.csv(CSVOptions(separator: ";", byteOrderMark: true))
        #expect(data.prefix(3) == Data([0xEF, 0xBB, 0xBF]))
        var body = text(data)
        body.removeFirst()
        #expect(body.hasPrefix("Type;Id;Changement;Partie;Obligation;Modalité;"))
        #expect(body.contains("\"dire « oui » ; écrire \"\"non\"\", puis\r\nsigner\""))
        #expect(body.contains(";\" en cours \"\r\n"))
        #expect(!body.replacingOccurrences(of: "\r\n", with: "").contains("\n"))
        let rows = try RFC4180.parse(body, separator: ";")
        #expect(rows.allSatisfy { $0.count == Checklist.csvColumns.count })
        let row = try #require(rows.first { $0[1] == checklist.items[0].id })
        #expect(row[4] == "dire « oui » ; écrire \"non\", puis\r\nsigner")
        #expect(row.last == " en cours ")

        let tabbed = try RFC4180.parse(text(checklist.csv(CSVOptions(separator: "\t"))), separator: "\t")
        #expect(tabbed.first == Checklist.csvColumns)
    }

    @Test("the page of each obligation comes from the PDF")
    func pages() throws {
        let checklist = try CorpusGraphs.checklist(try CorpusGraphs.graph("004-", pdf: true), from: "2018-01-01")
        let rows = try RFC4180.parse(text(checklist.csv()))
        let pageColumn = try #require(Checklist.csvColumns.firstIndex(of: "Page"))
        let pages = rows.dropFirst().filter { $0[0] != "obligation d'un tiers" }.compactMap { Int($0[pageColumn]) }
        #expect(pages.count == checklist.items.count)
        #expect(Set(pages).count > 5)
        #expect(pages.max()! <= 30)
    }

    @Test("LibreOffice Calc opens the ';' + BOM file in columns with the accents",
          .enabled(if: ExternalTools.soffice != nil, "LibreOffice Calc is not installed (apt-get install -y libreoffice-calc-nogui)"))
    func libreOffice() throws {
        let soffice = try #require(ExternalTools.soffice)
        var checklist = try CorpusGraphs.checklist(try CorpusGraphs.graph("101-"), from: "2025-01-01")
        checklist.items[0].text = "dire « oui » ; écrire \"non\", puis\nsigner"
        let dir = try ExternalTools.temporaryDirectory("csv")
        defer { try? FileManager.default.removeItem(at: dir) }
        let input = dir.appendingPathComponent("obligations.csv")
        try checklist.csv(CSVOptions(separator: ";", byteOrderMark: true)).write(to: input)
        // Import as a French user would (separator ;, text delimiter ", UTF-8 = 76), then save
        // the sheet as a plain comma CSV: what LibreOffice read, cell by cell.
        let result = try ProcessRunner.run(soffice, [
            "-env:UserInstallation=\(dir.appendingPathComponent("profile").absoluteString)",
            "--headless",
            "--infilter=Text - txt - csv (StarCalc):59,34,76,1",
            "--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76,1",
            "--outdir", dir.appendingPathComponent("out").path,
            input.path,
        ], timeout: 120)
        #expect(result.status == 0, "\(result)")
        let output = try String(contentsOf: dir.appendingPathComponent("out/obligations.csv"), encoding: .utf8)
        let rows = try RFC4180.parse(output, bareLineFeeds: true)
        let original = try RFC4180.parse(String(decoding: checklist.csv(CSVOptions(separator: ";")), as: UTF8.self), separator: ";")
        #expect(rows.first?.first == "Type")                        // the BOM is not read as text
        #expect(rows.count == original.count)
        #expect(rows.allSatisfy { $0.count == Checklist.csvColumns.count })
        #expect(rows == original)
        #expect(rows.contains { $0.contains("Mission locale des Monts et Vallées du Limousin") })
        #expect(rows.contains { $0.contains("dire « oui » ; écrire \"non\", puis\nsigner") })
    }
}
