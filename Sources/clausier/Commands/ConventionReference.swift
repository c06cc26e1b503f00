import ClauseParser
import ConventionDiff
import ConventionModel
import ConventionStore
import Foundation

/// A convention named on the command line: a file (PDF, `.txt`, `.md`, `-`), or the id of a
/// stored document (`7`, `#7`) when no file has that name.
///
/// `clausier diff 3 7`, `clausier checklist #7`, `clausier diff old.pdf new.pdf`.
enum ConventionReference {
    struct Loaded {
        var graph: ConventionGraph
        var text: String
        /// Where each page starts in `text`, for a file just read (nil for a stored document).
        var pageStarts: [Int]? = nil
    }

    static func load(_ argument: String, parser: ConventionParser, password: String?, store: StoreOptions,
                     warn: (String) -> Void = Console.warn) throws -> Loaded {
        if argument == "-" || FileManager.default.fileExists(atPath: argument) || !looksLikeID(argument) {
            let (text, graph) = try parser.parse(file: argument, password: password, warn: warn)
            return Loaded(graph: graph, text: text.text, pageStarts: ConventionDiff.pageStarts(of: text))
        }
        let stored = try store.open(.readOnly).document(try ConventionStore.documentID(argument))
        return Loaded(graph: stored.graph, text: stored.text)
    }

    /// The last two versions of the lineage that holds document `id`: (previous, latest).
    /// A lineage of one version is one line on standard error and exit `failureCode`.
    static func lastTwoVersions(of id: String, store: StoreOptions, failureCode: Int32 = 1) throws
        -> (previous: StoredDocument, latest: StoredDocument) {
        let opened = try store.open(.readOnly)
        let chain = try opened.history(of: try ConventionStore.documentID(id))
        guard chain.count >= 2 else {
            Console.fail("document \(id) has no earlier version in its lineage; link one with clausier ingest FILE --supersedes ID",
                         code: failureCode)
        }
        return (try opened.document(chain[chain.count - 2].id), try opened.document(chain[chain.count - 1].id))
    }

    /// The version that document `id` supersedes, if any.
    static func previousVersion(of id: Int64, store: ConventionStore) throws -> StoredDocument? {
        let chain = try store.history(of: id)
        guard let index = chain.firstIndex(where: { $0.id == id }), index > 0 else { return nil }
        return try store.document(chain[index - 1].id)
    }

    static func looksLikeID(_ argument: String) -> Bool {
        let digits = argument.hasPrefix("#") ? argument.dropFirst() : Substring(argument)
        return !digits.isEmpty && digits.allSatisfy(\.isNumber)
    }
}
