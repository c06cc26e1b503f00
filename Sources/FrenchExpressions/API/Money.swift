/// A sum of money in its currency: `2 046 069 €` → 2046069 EUR, `1 000 F` → 1000 FRF.
public struct Money: Sendable, Hashable {
    public var value: Double
    /// ISO 4217 code (`EUR`, `FRF`, `USD`).
    public var currency: String

    public init(value: Double, currency: String = "EUR") {
        self.value = value
        self.currency = currency
    }
}
