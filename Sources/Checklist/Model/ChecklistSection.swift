import ConventionModel

/// The rows owed by one party, or jointly by several, in the order of the document.
///
/// `Département` → its own obligations; `Département et Mission locale` → `s'engagent conjointement à …`.
public struct ChecklistSection: Sendable, Hashable {
    /// The parties bound by every row of the section; empty for obligations whose party
    /// the parser could not resolve.
    public var parties: [Party]
    public var items: [ChecklistItem]

    public init(parties: [Party], items: [ChecklistItem]) {
        self.parties = parties
        self.items = items
    }

    /// The obligations: what to do, with a box to tick.
    public var tasks: [ChecklistItem] { items.filter { $0.modality == .obligation } }
    /// The interdictions: rules to respect throughout the convention, nothing to tick.
    public var rules: [ChecklistItem] { items.filter { $0.modality == .prohibition } }
    /// The facultés: what the parties may do.
    public var rights: [ChecklistItem] { items.filter { $0.modality == .permission } }

    /// `Département de la Haute-Vienne`, `Engagements communs : A et B`, `Partie non identifiée`.
    public var title: String {
        switch parties.count {
        case 0: "Partie non identifiée"
        case 1: parties[0].name.prefix(1).uppercased() + parties[0].name.dropFirst()
        default: "Engagements communs : " + ChecklistItem.names(parties)
        }
    }

    /// Party ids joined by `-` (`P1-P2`), for anchors and calendar ids.
    public var key: String {
        parties.isEmpty ? "none" : parties.map(\.id).joined(separator: "-")
    }
}
