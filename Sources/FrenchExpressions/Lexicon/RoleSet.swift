/// A set of roles as two bit words, so that "does a phrase of these roles start here?" costs
/// two AND operations (every token carries the set of roles starting at it).
struct RoleSet: Sendable, ExpressibleByArrayLiteral {
    private var low: UInt64 = 0
    private var high: UInt64 = 0

    init(arrayLiteral roles: Role...) {
        for role in roles { insert(role) }
    }

    @inline(__always)
    mutating func insert(_ role: Role) {
        let bit = role.rawValue
        if bit < 64 { low |= 1 << UInt64(bit) } else { high |= 1 << UInt64(bit - 64) }
    }

    @inline(__always)
    func contains(_ role: Role) -> Bool {
        let bit = role.rawValue
        return bit < 64 ? low & (1 << UInt64(bit)) != 0 : high & (1 << UInt64(bit - 64)) != 0
    }

    @inline(__always)
    func intersects(_ other: RoleSet) -> Bool {
        low & other.low != 0 || high & other.high != 0
    }

    // The sets the readers ask for, built once.
    static let percentSigns: RoleSet = [.percent, .permille]
    /// What a written day starts with (`premier`, `trente et un`).
    static let dayWords: RoleSet = [.cardinal, .ordinal]
    static let sides: RoleSet = [.before, .after]
    static let noticeLeads: RoleSet = [.noticeLead, .deadlineWithin]
    static let delays: RoleSet = [.deadlineWithin, .deadlineWithinOne]
    static let latest: RoleSet = [.deadlineLatest, .before]
    static let articles: RoleSet = [.article]
    static let determiners: RoleSet = [.determiner]
    static let effectiveLinks: RoleSet = [.effectiveFrom, .effectiveConnector, .determiner, .article, .rangeTo, .of]
    static let effectiveFromLinks: RoleSet = [.determiner, .article, .effectiveConnector]
    static let deadlineStarts: RoleSet = [.deadlineDuring, .deadlineWithin, .deadlineWithinOne, .deadlineLatest, .before]
    static let noticeStarts: RoleSet = [.noticeNone, .noticeImmediate, .noticeWord, .noticeDelay]
    static let effectiveStarts: RoleSet = [.effectiveVerb, .effectiveFrom]
    static let endStarts: RoleSet = [.endUntil, .endVerb]
    static let frequencyStarts: RoleSet = [.frequencyEach, .frequencyEvery, .frequencyRate, .frequency]
    static let numberWords: RoleSet = [.cardinal, .ordinal]
    static let renewalCues: RoleSet = [.renewalWord, .renewalTacit, .renewalExpress]
}
