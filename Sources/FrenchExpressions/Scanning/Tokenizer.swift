/// Cuts a text into tokens in one pass over its scalars, hashing each folded word and looking
/// it up once. A word ends after an elided apostrophe (`d'`, `l'`, `jusqu'`, and an apostrophe
/// ending the input, as in the list entry `durée d'`); digits and
/// letters are separate tokens (`1er` → `1` `er`); every other scalar is a symbol token.
///
/// `"jusqu'au 31/12/2025"` → `jusqu'` `au` `31` `/` `12` `/` `2025`.
enum Tokenizer {
    static func tokenize(_ scalars: [Unicode.Scalar], lookup: (UInt64) -> Int32) -> [Token] {
        var tokens: [Token] = []
        tokens.reserveCapacity(scalars.count / 5 + 8)
        let n = scalars.count
        var gap = Token.Gap.line
        var i = 0
        while i < n {
            let v = scalars[i].value
            // ASCII letters and spaces, most of a text, without the full classification.
            let scalarClass: Folding.ScalarClass = (v | 0x20) >= 0x61 && (v | 0x20) <= 0x7A ? .letter : v == 0x20 ? .space : Folding.classify(v)
            switch scalarClass {
            case .space:
                if gap == .none { gap = .space }
                i += 1
            case .newline:
                gap = .line
                i += 1
            case .digit:
                let start = i
                var hash = Folding.seed
                var value: Int64 = 0
                var count = 0
                while i < n {
                    let d = scalars[i].value
                    guard d >= 0x30 && d <= 0x39 else { break }
                    if count < 18 { value = value * 10 + Int64(d - 0x30) }
                    Folding.add(d, to: &hash)
                    count += 1
                    i += 1
                }
                tokens.append(Token(start: Int32(start), end: Int32(i), id: lookup(hash), kind: .digits, gap: gap,
                                    digitCount: UInt8(min(count, 255)), value: value))
                gap = .none
            case .letter:
                let start = i
                var hash = Folding.seed
                while i < n {
                    let c = scalars[i].value
                    if c < 0x80 && ((c >= 0x61 && c <= 0x7A) || (c >= 0x41 && c <= 0x5A)) {
                        Folding.add(c | 0x20, to: &hash)
                        i += 1
                        continue
                    }
                    switch Folding.classify(c) {
                    case .letter:
                        Folding.fold(c, into: &hash)
                        i += 1
                        continue
                    case .mark:
                        i += 1
                        continue
                    case .apostrophe where i + 1 == n || Folding.classify(scalars[i + 1].value) == .letter:
                        Folding.add(0x27, to: &hash)
                        i += 1
                    default:
                        break
                    }
                    break
                }
                tokens.append(Token(start: Int32(start), end: Int32(i), id: lookup(hash), kind: .word, gap: gap,
                                    digitCount: 0, value: 0))
                gap = .none
            case .apostrophe, .mark, .other:
                var hash = Folding.seed
                Folding.fold(v, into: &hash)
                let symbol: UInt32
                switch v {
                case 0x2018, 0x2019, 0x2BC: symbol = 0x27
                case 0x2010, 0x2011: symbol = 0x2D
                default: symbol = v
                }
                tokens.append(Token(start: Int32(i), end: Int32(i + 1), id: lookup(hash), kind: .symbol, gap: gap,
                                    digitCount: 0, value: Int64(symbol)))
                gap = .none
                i += 1
            }
        }
        return tokens
    }
}
