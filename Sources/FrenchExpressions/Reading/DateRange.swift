/// `du 1er mars 2024 au 28 février 2025 inclus`: two dates, from `start` (the `du`) to `end`.
struct DateRange: Sendable {
    var start: Int
    var end: Int
    var from: DateSpan
    var to: DateSpan
}
