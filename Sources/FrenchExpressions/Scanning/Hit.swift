/// A list phrase found in the text: it starts at the token where it is stored and ends before
/// token `end`; `payload` indexes ``ExpressionLexicon/payloads``.
struct Hit: Sendable {
    var end: Int32
    var role: Role
    var payload: Int32
}
