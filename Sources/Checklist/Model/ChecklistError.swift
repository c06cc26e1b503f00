import ConventionModel

/// Why a checklist cannot be built; each message says what to do.
///
/// `--party "Région"` on a convention between a Département and a Mission locale →
/// `no party of convention.pdf matches « Région »; its parties: P1 Département de la Haute-Vienne
/// (le Département), P2 Mission locale … (la Mission locale); pass one of these names or aliases to --party`.
public enum ChecklistError: Error, Equatable, CustomStringConvertible {
    case unknownParty(query: String, source: String, parties: [Party])
    case ambiguousParty(query: String, source: String, matches: [Party])

    public var description: String {
        switch self {
        case .unknownParty(let query, let source, let parties):
            if parties.isEmpty {
                return "\(source): no party was found in the document, so --party « \(query) » cannot be applied; run without --party"
            }
            return "no party of \(source) matches « \(query) »; its parties: \(Self.list(parties)); pass one of these names or aliases to --party"
        case .ambiguousParty(let query, let source, let matches):
            return "« \(query) » matches several parties of \(source): \(Self.list(matches)); pass a longer name or an alias to --party"
        }
    }

    private static func list(_ parties: [Party]) -> String {
        parties.map { party in
            "\(party.id) \(party.name)" + (party.aliases.isEmpty ? "" : " (\(party.aliases.joined(separator: ", ")))")
        }.joined(separator: ", ")
    }
}
