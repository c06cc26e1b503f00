/// `la période 2016-2019`, `les années 2022 à 2024`: whole calendar years, from the lead word.
struct YearRange: Sendable {
    var start: Int
    var end: Int
    var first: Int
    var last: Int
}
