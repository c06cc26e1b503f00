import FrenchExpressions
import Lexicons

/// The readers built once from the bundled word lists.
enum Expressions {
    static let shared: FrenchExpressions = {
        do {
            return try FrenchExpressions(lexicons: LexiconSet.bundled())
        } catch {
            fatalError("cannot load the word lists: \(error)")
        }
    }()
}
