/// A value read by a reader, with the tokens it covers (`start ..< end`).
struct Found<Value> {
    var start: Int
    var end: Int
    var value: Value
}
