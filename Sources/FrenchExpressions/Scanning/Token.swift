/// One word, run of digits or symbol of the text, with its scalar offsets.
///
/// `"d'un an"` → `d'` (word), `un` (word), `an` (word); `"1er"` → `1` (digits), `er` (word, no gap);
/// `"1 900"` → `1`, `900` (digits, gap `.space`).
struct Token: Sendable {
    enum Kind: UInt8, Sendable { case word, digits, symbol }
    /// What separates the token from the previous one.
    enum Gap: UInt8, Sendable { case none, space, line }

    var start: Int32
    var end: Int32
    /// The id of the folded word in the lists' vocabulary, -1 when no list has it.
    var id: Int32
    var kind: Kind
    var gap: Gap
    /// Number of digits of a digits token.
    var digitCount: UInt8
    /// The value of a digits token (the first 18 digits), or the scalar of a symbol.
    var value: Int64
}
