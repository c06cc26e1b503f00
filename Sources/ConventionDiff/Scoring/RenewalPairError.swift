/// Why a renewal pair could not be read. Each message names the folder or file and what to do.
public enum RenewalPairError: Error, CustomStringConvertible, Equatable {
    case notAFolder(String)
    case noExpectedChanges(String)
    case badExpectedChanges(String, String)
    case missingVersion(String, String)

    public var description: String {
        switch self {
        case .notAFolder(let path):
            return "\(path): not a folder; give the folder of renewal pairs (Corpus/renewals)"
        case .noExpectedChanges(let path):
            return "\(path): no expected-changes.json; write the changes made by hand (see Corpus/renewals/README.md)"
        case .badExpectedChanges(let path, let why):
            return "\(path): not a valid list of expected changes (\(why)); fix the JSON"
        case .missingVersion(let path, let stem):
            return "\(path): no \(stem).txt, \(stem).md or \(stem).pdf; add the \(stem) version"
        }
    }
}
