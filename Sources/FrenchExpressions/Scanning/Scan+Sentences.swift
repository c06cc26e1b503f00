extension Scan {
    /// Cuts the tokens into sentences: at a paragraph break, and after `.`, `!`, `?` or `…`
    /// followed by a capital letter, unless the word before the period is an abbreviation
    /// (`M. Dupont`, `art. 3`).
    mutating func findSentences() {
        sentenceOf = [Int32](repeating: 0, count: count)
        sentenceStarts = [0]
        var sentence: Int32 = 0
        for i in 0..<count {
            if i > 0 && (tokens[i].gap == .line || endsSentence(after: i - 1)) {
                sentence += 1
                sentenceStarts.append(Int32(i))
            }
            sentenceOf[i] = sentence
        }
        sentenceStarts.append(Int32(count))
    }

    @inline(__always)
    private func endsSentence(after i: Int) -> Bool {
        guard tokens[i].kind == .symbol, i + 1 < count, tokens[i + 1].gap != .none else { return false }
        switch tokens[i].value {
        case 0x21, 0x3F, 0x2026: break
        case 0x2E:
            if i > 0 && tokens[i - 1].kind == .word && lexicon.abbreviations.contains(tokens[i - 1].id) { return false }
        default: return false
        }
        let next = scalars[Int(tokens[i + 1].start)]
        return next.properties.isUppercase || tokens[i + 1].kind != .word
    }

    /// The tokens of the sentence holding token `i`.
    func sentence(of i: Int) -> Range<Int> {
        let s = Int(sentenceOf[i])
        return Int(sentenceStarts[s])..<Int(sentenceStarts[s + 1])
    }
}
