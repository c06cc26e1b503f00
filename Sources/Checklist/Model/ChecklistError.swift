import ConventionModel

/// Why a checklist cannot be built; each message says what to do.
///
/// `--party "Région"` on a convention between a Département and a Mission locale →
/// `aucune partie de convention.pdf ne correspond à « Région » ; ses parties : P1 Département de la
/// Haute-Vienne (le Département), P2 Mission locale … (la Mission locale) ; passez à --party l'un de ces noms ou alias`.
public enum ChecklistError: Error, Equatable, CustomStringConvertible {
    case unknownParty(query: String, source: String, parties: [Party])
    case ambiguousParty(query: String, source: String, matches: [Party])

    public var description: String {
        switch self {
        case .unknownParty(let query, let source, let parties):
            if parties.isEmpty {
                return "\(source) : aucune partie n'a été trouvée dans le document, --party « \(query) » ne peut pas s'appliquer ; relancez sans --party"
            }
            return "aucune partie de \(source) ne correspond à « \(query) » ; ses parties : \(Self.list(parties)) ; passez à --party l'un de ces noms ou alias"
        case .ambiguousParty(let query, let source, let matches):
            return "« \(query) » correspond à plusieurs parties de \(source) : \(Self.list(matches)) ; passez à --party un nom plus long ou un alias"
        }
    }

    private static func list(_ parties: [Party]) -> String {
        parties.map { party in
            "\(party.id) \(party.name)" + (party.aliases.isEmpty ? "" : " (\(party.aliases.joined(separator: ", ")))")
        }.joined(separator: ", ")
    }
}
