/// Finds lexicon phrases in a token sequence, indexed by their first word so that a line is
/// scanned once whatever the size of the list.
///
/// With `s' engage a` in the list, the tokens of `La Région s'engage à transmettre` match at
/// token 2 with length 3.
struct PhraseMatcher<Payload: Sendable>: Sendable {
    private var byFirstWord = WordTable<[(words: [Word], payload: Payload)]>()

    init(_ phrases: [(words: [Word], payload: Payload)]) {
        for phrase in phrases where !phrase.words.isEmpty {
            byFirstWord.update(phrase.words[0], default: []) { $0.append(phrase) }
        }
        byFirstWord.modifyValues { candidates in candidates.sort { $0.words.count > $1.words.count } }
    }

    /// The phrases of a word list, each tokenised like the text, with the same payload.
    init(phrases: [String], payload: Payload) {
        self.init(phrases.map { (Tokenizer.phrase($0), payload) })
    }

    /// The longest phrase starting at token `index`, with its length in tokens.
    func match<Tokens: RandomAccessCollection<Token>>(_ tokens: Tokens, at index: Int) -> (length: Int, payload: Payload)?
    where Tokens.Index == Int {
        guard index < tokens.endIndex, let candidates = byFirstWord[tokens[index].word] else { return nil }
        for candidate in candidates where index + candidate.words.count <= tokens.endIndex {
            var k = 1
            while k < candidate.words.count, tokens[index + k].word == candidate.words[k] { k += 1 }
            if k == candidate.words.count { return (candidate.words.count, candidate.payload) }
        }
        return nil
    }

    /// Whether some phrase starts at token `index`.
    func contains<Tokens: RandomAccessCollection<Token>>(_ tokens: Tokens, at index: Int) -> Bool where Tokens.Index == Int {
        match(tokens, at: index) != nil
    }
}
