/// A signatory of the convention, the names it goes by, and who signs for it.
///
/// `Le Conseil départemental des Bouches-du-Rhône, représenté par sa Présidente Martine VASSAL,
/// … Ci-après dénommé le Département` →
/// `Party(id: "P1", name: "Conseil départemental des Bouches-du-Rhône", aliases: ["le Département"],
///        representatives: [Representative(name: "Martine VASSAL", role: "Présidente")])`
public struct Party: Sendable, Hashable, Codable, Identifiable {
    public var id: String
    public var name: String
    @DefaultEmpty public var aliases: [String]
    @DefaultEmpty public var representatives: [Representative]
    @Nullable public var address: String?
    /// `établissement public administratif national`, `association loi 1901`…
    @Nullable public var legalForm: String?
    /// Whether the signature block (`Fait à …, le … Pour la Région, …`) names the party; nil
    /// when the document has no signature block.
    @Nullable public var signed: Bool?
    @Nullable public var span: Span?

    public init(id: String, name: String, aliases: [String] = [], representatives: [Representative] = [],
                address: String? = nil, legalForm: String? = nil, span: Span? = nil) {
        self.id = id
        self.name = name
        self.aliases = aliases
        self.representatives = representatives
        self.address = address
        self.legalForm = legalForm
        self.span = span
    }
}

/// A person who signs for a party: `représentée par M. Thierry LEMERLE, en sa qualité de
/// Directeur régional` → `Representative(name: "Thierry LEMERLE", role: "Directeur régional")`.
public struct Representative: Sendable, Hashable, Codable {
    public var name: String
    @Nullable public var role: String?

    public init(name: String, role: String?) {
        self.name = name
        self.role = role
    }
}
