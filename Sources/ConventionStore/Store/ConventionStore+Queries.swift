import ConventionModel
import GRDB

extension ConventionStore {
    /// The summaries of the documents that `condition` (on `document d`) selects, by id.
    static func summaries(_ db: Database, where condition: String, _ arguments: StatementArguments = []) throws -> [DocumentSummary] {
        let rows = try Row.fetchAll(db, sql: """
            SELECT d.id, d.ingestedAt, d.title, d.kind, d.pages, d.obligationCount, d.fileName, d.sha256, d.parserVersion,
                   d.effectiveDate, d.endDate, d.deliberationDate, d.supersedes, d.linkReason,
                   (SELECT n.id FROM document n WHERE n.supersedes = d.id) AS supersededBy
            FROM document d WHERE \(condition) ORDER BY d.id
            """, arguments: arguments)
        var parties: [Int64: [String]] = [:]
        for row in try Row.fetchAll(db, sql: """
            SELECT documentID, name FROM party WHERE documentID IN (SELECT d.id FROM document d WHERE \(condition))
            ORDER BY documentID, position
            """, arguments: arguments) {
            parties[row["documentID"], default: []].append(row["name"])
        }
        return rows.map { row in
            let id: Int64 = row["id"]
            return DocumentSummary(
                id: id, ingestedAt: row["ingestedAt"], title: row["title"],
                kind: DocumentInfo.Kind(rawValue: row["kind"]) ?? .unknown, parties: parties[id] ?? [],
                pages: row["pages"], obligations: row["obligationCount"], fileName: row["fileName"], sha256: row["sha256"],
                parserVersion: row["parserVersion"], effectiveDate: row["effectiveDate"], endDate: row["endDate"],
                deliberationDate: row["deliberationDate"], supersedes: row["supersedes"], supersededBy: row["supersededBy"],
                linkReason: row["linkReason"])
        }
    }

    /// The ids of the lineage that holds `id`, oldest first.
    static func chain(_ db: Database, containing id: Int64) throws -> [Int64] {
        var chain = [id]
        var seen: Set<Int64> = [id]
        var current = id
        while let previous = try Int64.fetchOne(db, sql: "SELECT supersedes FROM document WHERE id = ?", arguments: [current]),
              seen.insert(previous).inserted {
            chain.insert(previous, at: 0)
            current = previous
        }
        current = id
        while let next = try Int64.fetchOne(db, sql: "SELECT id FROM document WHERE supersedes = ?", arguments: [current]),
              seen.insert(next).inserted {
            chain.append(next)
            current = next
        }
        return chain
    }

    /// The lineage facts of every stored document but `excluded`.
    static func facts(_ db: Database, excluding excluded: Int64) throws -> [LineageFacts] {
        var parties: [Int64: [String]] = [:]
        for row in try Row.fetchAll(db, sql: "SELECT documentID, name FROM party WHERE documentID != ? ORDER BY documentID, position",
                                    arguments: [excluded]) {
            parties[row["documentID"], default: []].append(row["name"])
        }
        return try Row.fetchAll(db, sql: """
            SELECT id, kind, title, objectText, effectiveDate, endDate, deliberationDate, supersedes
            FROM document WHERE id != ? ORDER BY id
            """, arguments: [excluded]).map { row in
            let id: Int64 = row["id"]
            return LineageFacts(id: id, kind: DocumentInfo.Kind(rawValue: row["kind"]) ?? .unknown, title: row["title"],
                                objectText: row["objectText"], parties: parties[id] ?? [], effectiveDate: row["effectiveDate"],
                                endDate: row["endDate"], deliberationDate: row["deliberationDate"], supersedes: row["supersedes"])
        }
    }
}
