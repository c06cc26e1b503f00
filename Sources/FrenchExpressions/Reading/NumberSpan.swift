/// A number read at some tokens: `1 900 000`, `341 011,5`, `quatre-vingt-dix-sept`,
/// `trois (3)`, `1er`, `trente et unième`.
struct NumberSpan: Sendable {
    var start: Int
    var end: Int
    var value: Double
    var isOrdinal = false
    /// `dernier`: the last of a series, no value.
    var isLast = false
    /// `un` or `une` alone: as often an article as a number.
    var isArticle = false
    var isInteger = true
    /// A single run of four figures (`2019`), a possible year.
    var isFourFigures = false
    var inWords = false
}
