/// Finds lexicon phrases in a token sequence, indexed by their first word so that a line is
/// scanned once whatever the size of the list.
///
/// With `s' engage a` in the list, the tokens of `La Région s'engage à transmettre` match at
/// token 2 with length 3.
struct PhraseMatcher<Payload: Sendable>: Sendable {
    /// Every phrase, grouped by first word and longest first within a group; a group is the
    /// range of `phrases` that `byFirstWord` gives for its first word.
    private var phrases: [(start: Int, count: Int, payload: Payload)] = []
    /// The words of every phrase, one after the other.
    private var words: [Word] = []
    private var byFirstWord = WordTable<Range<Int>>()
    /// The words some phrase starts with, in the order of the list.
    private(set) var firstWords: [Word] = []

    init(_ list: [(words: [Word], payload: Payload)]) {
        var groups = WordTable<[(words: [Word], payload: Payload)]>()
        var order: [Word] = []
        for phrase in list where !phrase.words.isEmpty {
            if groups[phrase.words[0]] == nil { order.append(phrase.words[0]) }
            groups.update(phrase.words[0], default: []) { $0.append(phrase) }
        }
        for first in order {
            let group = groups[first]!.sorted { $0.words.count > $1.words.count }
            let start = phrases.count
            for phrase in group {
                phrases.append((words.count, phrase.words.count, phrase.payload))
                words += phrase.words
            }
            byFirstWord[first] = start..<phrases.count
        }
        firstWords = order
    }

    /// The phrases of a word list, each tokenised like the text, with the same payload.
    init(phrases: [String], payload: Payload) {
        self.init(phrases.map { (Tokenizer.phrase($0), payload) })
    }

    /// The longest phrase starting at token `index`, with its length in tokens.
    func match<Tokens: RandomAccessCollection<Token>>(_ tokens: Tokens, at index: Int) -> (length: Int, payload: Payload)?
    where Tokens.Index == Int {
        guard index < tokens.endIndex, let group = byFirstWord.index(of: tokens[index].word) else { return nil }
        for p in byFirstWord.value(at: group) {
            let phrase = phrases[p]
            guard index + phrase.count <= tokens.endIndex else { continue }
            var k = 1
            while k < phrase.count, tokens[index + k].word == words[phrase.start + k] { k += 1 }
            if k == phrase.count { return (phrase.count, phrase.payload) }
        }
        return nil
    }

    /// Whether some phrase starts at token `index`.
    func contains<Tokens: RandomAccessCollection<Token>>(_ tokens: Tokens, at index: Int) -> Bool where Tokens.Index == Int {
        match(tokens, at: index) != nil
    }
}
