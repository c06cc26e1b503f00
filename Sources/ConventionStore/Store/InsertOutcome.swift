/// What storing one document did.
///
/// `.stored(id: 7, link: LineageLink(supersedes: 3, …), note: nil)`, or `.alreadyStored(id: 3)`
/// when the same file (same SHA-256) is in the store.
public enum InsertOutcome: Sendable, Hashable {
    /// A new row, with the lineage link made for it (if any) and why none was made (if one
    /// looked possible).
    case stored(id: Int64, link: LineageLink?, note: String?)
    /// The same content is stored already under this id; nothing changed.
    case alreadyStored(id: Int64)
}
