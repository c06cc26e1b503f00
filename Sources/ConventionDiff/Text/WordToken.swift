/// A word of a text: its folded form as a number (`key`) and where it sits, in Unicode-scalar
/// offsets into the text. A party's name is one token whose key stands for the party, so that
/// `Pôle emploi` and `France Travail` compare equal once the rename is known.
struct WordToken: Hashable {
    var key: Int32
    var start: Int
    var end: Int
}

/// Numbers for folded words, shared by the two versions compared.
final class WordKeys {
    private var ids: [String: Int32] = [:]

    func key(_ folded: String) -> Int32 {
        if let id = ids[folded] { return id }
        let id = Int32(ids.count)
        ids[folded] = id
        return id
    }

    /// The key of a word already met, nil for a word neither version has.
    func existingKey(_ folded: String) -> Int32? { ids[folded] }

    /// The keys of the folded words of `text`.
    func keys(_ text: String) -> [Int32] { WordFolding.words(text).map(key) }

    /// Cuts `scalars[range]` into word tokens.
    func tokenize(_ scalars: [Unicode.Scalar], in range: Range<Int>) -> [WordToken] {
        var tokens: [WordToken] = []
        var index = range.lowerBound
        var folded = String.UnicodeScalarView()
        while index < range.upperBound {
            guard WordFolding.isWordScalar(scalars[index]) else { index += 1; continue }
            let start = index
            folded.removeAll(keepingCapacity: true)
            while index < range.upperBound, WordFolding.isWordScalar(scalars[index]) {
                WordFolding.append(scalars[index], to: &folded)
                index += 1
            }
            tokens.append(WordToken(key: key(String(folded)), start: start, end: index))
        }
        return tokens
    }
}

/// A text as scalars, for slicing by the offsets of the graph.
struct ScalarText {
    let scalars: [Unicode.Scalar]

    init(_ text: String) { scalars = Array(text.unicodeScalars) }

    var count: Int { scalars.count }

    /// The text between two offsets, clamped to the text.
    func slice(_ start: Int, _ end: Int) -> String {
        let lower = min(max(start, 0), scalars.count), upper = min(max(end, lower), scalars.count)
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[lower..<upper])
        return String(view)
    }

    /// The text from the first to the last of `tokens`, or "" for none.
    func text(of tokens: ArraySlice<WordToken>) -> String {
        guard let first = tokens.first, let last = tokens.last else { return "" }
        return Self.clean(slice(first.start, last.end))
    }

    /// The first offset at which `needle` occurs at or after `from`, nil when absent.
    func offset(of needle: String, from: Int = 0) -> Int? {
        let pattern = Array(needle.unicodeScalars)
        guard !pattern.isEmpty, pattern.count <= scalars.count else { return nil }
        var index = max(from, 0)
        while index + pattern.count <= scalars.count {
            if scalars[index] == pattern[0] {
                var k = 1
                while k < pattern.count, scalars[index + k] == pattern[k] { k += 1 }
                if k == pattern.count { return index }
            }
            index += 1
        }
        return nil
    }

    /// Runs of whitespace (line breaks included) read as one space.
    static func clean(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in text.unicodeScalars {
            if scalar.properties.isWhitespace {
                pendingSpace = !out.isEmpty
            } else {
                if pendingSpace { out.append(" ") }
                pendingSpace = false
                out.append(scalar)
            }
        }
        return String(out)
    }
}
