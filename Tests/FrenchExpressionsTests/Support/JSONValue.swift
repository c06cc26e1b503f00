/// A JSON value of the phrase suite: `{"days": 2, "anchor": null}`.
enum JSONValue: Sendable, Equatable, Decodable, CustomStringConvertible {
    case null
    case number(Double)
    case string(String)
    case bool(Bool)

    init(from decoder: Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() {
            self = .null
        } else if let value = try? container.decode(Double.self) {
            self = .number(value)
        } else if let value = try? container.decode(Bool.self) {
            self = .bool(value)
        } else {
            self = .string(try container.decode(String.self))
        }
    }

    init(_ value: Double?) { self = value.map(JSONValue.number) ?? .null }
    init(_ value: Int?) { self = value.map { .number(Double($0)) } ?? .null }
    init(_ value: String?) { self = value.map(JSONValue.string) ?? .null }

    /// Equal, numbers within a relative 1e-9.
    func matches(_ other: JSONValue) -> Bool {
        if case .number(let a) = self, case .number(let b) = other {
            return abs(a - b) <= 1e-9 * max(1, abs(a), abs(b))
        }
        return self == other
    }

    var description: String {
        switch self {
        case .null: return "null"
        case .number(let value): return value.rounded() == value && abs(value) < 1e15 ? String(Int(value)) : String(value)
        case .string(let value): return "\"\(value)\""
        case .bool(let value): return String(value)
        }
    }
}
