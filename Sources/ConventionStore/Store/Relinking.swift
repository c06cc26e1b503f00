/// How removing a document mended its lineage: `later` now supersedes `earlier` (or is the
/// oldest version left when `earlier` is nil).
///
/// `Relinking(removed: 5, later: 7, earlier: 3)` → `#7 now supersedes #3`.
public struct Relinking: Sendable, Hashable {
    public var removed: Int64
    public var later: Int64
    public var earlier: Int64?

    public init(removed: Int64, later: Int64, earlier: Int64?) {
        self.removed = removed
        self.later = later
        self.earlier = earlier
    }
}
