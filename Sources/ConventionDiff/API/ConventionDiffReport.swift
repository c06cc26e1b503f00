import ConventionModel

/// The differences between two versions of a convention (typically a renewal and the
/// convention it replaces), with the parties of both versions matched and a summary per party.
///
/// ```swift
/// let report = ConventionDiff.compare(old: old, oldText: oldText, new: new, newText: newText)
/// report.changes.first   // renamed party P2: "Pôle emploi" → "France Travail"
/// report.summary.parties.first { $0.party == "P2" }?.obligationsAdded   // 1
/// ```
public struct ConventionDiffReport: Sendable, Hashable, Codable {
    /// Bumped only for a breaking change of the JSON form.
    public static let currentSchemaVersion = 1

    /// One of the two documents compared.
    public struct Document: Sendable, Hashable, Codable {
        public var source: String
        @Nullable public var sha256: String?
        @Nullable public var title: String?

        public init(source: String, sha256: String?, title: String?) {
            self.source = source
            self.sha256 = sha256
            self.title = title
        }
    }

    /// A party of either version and its counterpart in the other.
    ///
    /// `id` is the party's id in the new version, or `old:` + its id in the old version when the
    /// party left (`old:P3`).
    public struct PartyEntry: Sendable, Hashable, Codable {
        public enum Status: String, Sendable, Hashable, Codable {
            case kept, renamed, added, removed
        }

        public var id: String
        public var status: Status
        @Nullable public var oldId: String?
        @Nullable public var newId: String?
        @Nullable public var oldName: String?
        @Nullable public var newName: String?

        public init(id: String, status: Status, oldId: String?, newId: String?, oldName: String?, newName: String?) {
            self.id = id
            self.status = status
            self.oldId = oldId
            self.newId = newId
            self.oldName = oldName
            self.newName = newName
        }

        /// The name in the new version, else in the old one.
        public var name: String { newName ?? oldName ?? id }
    }

    /// The changes that concern one party.
    public struct PartySummary: Sendable, Hashable, Codable {
        public var party: String
        public var name: String
        public var status: PartyEntry.Status
        /// Every change that names the party (its obligations, its renaming…).
        public var changes: Int
        public var obligationsAdded: Int
        public var obligationsRemoved: Int
        public var obligationsModified: Int
        public var obligationsMoved: Int
    }

    /// Counts of the changes.
    public struct Summary: Sendable, Hashable, Codable {
        public var total: Int
        /// Changes per field (`obligation`: 3).
        public var byField: [String: Int]
        /// Changes per kind (`modified`: 2).
        public var byKind: [String: Int]
        public var parties: [PartySummary]
    }

    /// Why two documents look unrelated: what was compared and what they lack in common.
    ///
    /// `Aucune partie commune (ancienne : Commune de Genas ; nouvelle : Etat, SGFGAS), titres sans
    /// rapport, 4 % du texte en commun`.
    public struct Unrelated: Sendable, Hashable, Codable {
        /// The sentence the renderings print first, in French.
        public var reason: String
        /// Share of the shorter text's three-word sequences found in the other (0–1).
        public var sharedText: Double
        /// Dice coefficient of the titles' words (0–1), nil when a title is missing.
        @Nullable public var titleSimilarity: Double?

        public init(reason: String, sharedText: Double, titleSimilarity: Double?) {
            self.reason = reason
            self.sharedText = sharedText
            self.titleSimilarity = titleSimilarity
        }
    }

    public var schemaVersion: Int
    public var old: Document
    public var new: Document
    public var parties: [PartyEntry]
    public var changes: [ConventionChange]
    public var summary: Summary
    /// Set when the two documents look unrelated; `changes` is then empty.
    @Nullable public var unrelated: Unrelated?
    /// The whole new text with the deletions and insertions in place, for the HTML redline;
    /// not part of the JSON form (each change carries its own locations).
    public var redline: Redline?

    private enum CodingKeys: String, CodingKey { case schemaVersion, old, new, parties, changes, summary, unrelated }

    /// A report of `changes`, its summary counted from them.
    public init(old: Document, new: Document, parties: [PartyEntry], changes: [ConventionChange]) {
        schemaVersion = Self.currentSchemaVersion
        self.old = old
        self.new = new
        self.parties = parties
        self.changes = changes
        self.unrelated = nil
        self.redline = nil
        var byField: [String: Int] = [:], byKind: [String: Int] = [:]
        for change in changes {
            byField[change.field.rawValue, default: 0] += 1
            byKind[change.kind.rawValue, default: 0] += 1
        }
        let partySummaries = parties.map { entry in
            let mine = changes.filter { $0.parties.contains(entry.id) }
            let obligations = mine.filter { $0.field == .obligation }
            return PartySummary(party: entry.id, name: entry.name, status: entry.status, changes: mine.count,
                                obligationsAdded: obligations.filter { $0.kind == .added }.count,
                                obligationsRemoved: obligations.filter { $0.kind == .removed }.count,
                                obligationsModified: obligations.filter { $0.kind == .modified }.count,
                                obligationsMoved: obligations.filter { $0.kind == .moved }.count)
        }
        summary = Summary(total: changes.count, byField: byField, byKind: byKind, parties: partySummaries)
    }

    /// Whether the two versions differ (changes found, or the documents look unrelated): the
    /// exit status of `clausier diff` is 1 then, as for `diff(1)`.
    public var hasDifferences: Bool { !changes.isEmpty || unrelated != nil }

    /// The changes of meaning (``ConventionChange/changesMeaning``), in report order.
    public var meaningChanges: [ConventionChange] { changes.filter(\.changesMeaning) }

    /// The party entry with this report id.
    public func party(_ id: String) -> PartyEntry? { parties.first { $0.id == id } }
}
