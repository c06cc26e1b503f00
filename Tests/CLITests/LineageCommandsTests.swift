import Foundation
import Testing
import TestSupport

/// The commands that work on a stored lineage: `diff --lineage`, `diff ID ID`,
/// `checklist ID`, `checklist --lineage` (obligations new or modified since the previous version).
@Suite("Lineage commands") struct LineageCommandsTests {
    private static let original = """
    ENTRE
    La Commune de Tulle, représentée par son maire, ci-après « la Ville »,
    ET
    France Travail, représenté par son directeur territorial, ci-après « France Travail »,

    Article 1 – Engagements de la Ville
    La Ville s'engage à accueillir les ateliers de recherche d'emploi.
    Article 2 – Engagements de France Travail
    France Travail s'engage à animer deux ateliers par mois.
    Article 3 – Durée
    La présente convention est conclue pour une durée d'un an à compter du 1er janvier 2024.
    """

    private static let renewal = original
        .replacingOccurrences(of: "d'un an à compter du 1er janvier 2024", with: "de trois ans à compter du 1er janvier 2025")
        .replacingOccurrences(of: "La Ville s'engage à accueillir les ateliers de recherche d'emploi.",
                              with: "La Ville s'engage à accueillir les ateliers de recherche d'emploi.\nLa Ville s'engage également à publier chaque année le bilan des ateliers.")
        .replacingOccurrences(of: "animer deux ateliers par mois", with: "animer trois ateliers par mois")

    private func store() throws -> (URL, URL) {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("lineage-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        try Self.original.write(to: dir.appendingPathComponent("2024.txt"), atomically: true, encoding: .utf8)
        try Self.renewal.write(to: dir.appendingPathComponent("2025.txt"), atomically: true, encoding: .utf8)
        let storePath = dir.appendingPathComponent("store.sqlite")
        let ingest = try ClausierBinary.run(["ingest", "--store", storePath.path,
                                             dir.appendingPathComponent("2024.txt").path, dir.appendingPathComponent("2025.txt").path])
        #expect(ingest.status == 0, "\(ingest.stderr)")
        #expect(ingest.stdout.contains("supersedes #1"))
        return (dir, storePath)
    }

    @Test func diffOfTheLastTwoVersions() throws {
        let (dir, storePath) = try store()
        defer { try? FileManager.default.removeItem(at: dir) }
        let byLineage = try ClausierBinary.run(["diff", "--store", storePath.path, "--lineage", "1", "--format", "json"])
        #expect(byLineage.status == 1, "\(byLineage.stderr)")
        let report = try #require(JSONSerialization.jsonObject(with: Data(byLineage.stdout.utf8)) as? [String: Any])
        let changes = try #require(report["changes"] as? [[String: Any]])
        #expect(changes.contains { $0["field"] as? String == "obligation" && $0["kind"] as? String == "added" })
        #expect(changes.contains { $0["field"] as? String == "term.duration" })
        let byIDs = try ClausierBinary.run(["diff", "--store", storePath.path, "#1", "2", "--format", "json"])
        #expect(byIDs.stdout == byLineage.stdout)
    }

    @Test func checklistFlagsTheObligationsNewSinceThePreviousVersion() throws {
        let (dir, storePath) = try store()
        defer { try? FileManager.default.removeItem(at: dir) }
        let result = try ClausierBinary.run(["checklist", "--store", storePath.path, "--lineage", "2", "--format", "csv", "--from", "2025-01-01"])
        #expect(result.status == 0, "\(result.stderr)")
        // Type,Id,Changement,Partie,Obligation,… — the third column says "nouvelle" or "modifiée".
        #expect(result.stdout.hasPrefix("Type,Id,Changement,"))
        let rows = result.stdout.components(separatedBy: "\r\n").filter { $0.hasPrefix("obligation,") }
        let changeColumn = Dictionary(uniqueKeysWithValues: rows.map { row -> (String, String) in
            let cells = row.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
            return (row, cells[2])
        })
        let flagged = rows.filter { changeColumn[$0] == "nouvelle" }
        #expect(flagged.count == 1)
        #expect(flagged.first?.contains("publier chaque année le bilan") == true, "\(rows)")
        // Modified like new: flagged, with the previous wording in the notes.
        let modified = rows.filter { changeColumn[$0] == "modifiée" }
        #expect(modified.count == 1)
        #expect(modified.first?.contains("animer trois ateliers par mois") == true, "\(rows)")
        #expect(modified.first?.contains("texte précédent : « animer deux ateliers par mois »") == true, "\(rows)")
        let byID = try ClausierBinary.run(["checklist", "--store", storePath.path, "#2", "--from", "2025-01-01"])
        #expect(byID.status == 0 && byID.stdout.contains("publier chaque année le bilan"))
    }

    @Test func anUnknownIdIsOneLineAndExitTwo() throws {
        let (dir, storePath) = try store()
        defer { try? FileManager.default.removeItem(at: dir) }
        let result = try ClausierBinary.run(["diff", "--store", storePath.path, "--lineage", "42"])
        #expect(result.status == 2)
        #expect(result.stderrLines.count == 1 && result.stderr.contains("42"))
    }
}
