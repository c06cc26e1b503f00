import Foundation

/// A small deterministic random generator (SplitMix64): the same seed gives the same cases on
/// every machine.
public struct SeededRandom: RandomNumberGenerator {
    private var state: UInt64

    public init(seed: UInt64) { state = seed }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// One fuzzing case: its bytes, the file extension it is read with, and the mutations made.
public struct FuzzCase: Sendable {
    public var bytes: Data
    public var fileExtension: String
    public var mutations: [String]
}

/// Makes damaged and hostile inputs from corpus texts: case `n` of seed `s` is always the same.
/// Even cases are text files, odd cases PDFs (made from a text window, then damaged).
///
/// `Mutator(texts: corpus).makeCase(7, seed: 13)` → a PDF with an overprinted line and three flipped bytes.
public struct Mutator: Sendable {
    public let texts: [String]

    public init(texts: [String]) {
        precondition(!texts.isEmpty, "the mutator needs at least one seed text")
        self.texts = texts
    }

    public func makeCase(_ index: Int, seed: UInt64) -> FuzzCase {
        var random = SeededRandom(seed: seed &* 0x100_0000_01B3 &+ UInt64(index))
        var mutations: [String] = []
        var text = window(&random)
        for _ in 0..<Int.random(in: 1...3, using: &random) {
            text = mutateText(text, &random, &mutations)
        }
        if index % 2 == 0 {
            var bytes = encode(text, &random, &mutations)
            if Bool.random(using: &random) { bytes = mutateBytes(bytes, &random, &mutations) }
            return FuzzCase(bytes: bytes, fileExtension: Bool.random(using: &random) ? "txt" : "md", mutations: mutations)
        }
        var pdf = SimplePDF(text: text, width: Int.random(in: 40...140, using: &random), linesPerPage: Int.random(in: 20...80, using: &random))
        if random.next() % 4 == 0 {
            pdf.overprint = String(text.prefix(Int.random(in: 1...40, using: &random)))
            mutations.append("overprint")
        }
        if random.next() % 5 == 0, let page = pdf.pages.first {
            pdf.pages.append(page)
            mutations.append("duplicate page")
        }
        var bytes = pdf.data()
        if random.next() % 4 != 0 { bytes = mutateBytes(bytes, &random, &mutations) }
        return FuzzCase(bytes: bytes, fileExtension: "pdf", mutations: mutations)
    }

    /// A window of a corpus text: 200 to 2,500 characters.
    private func window(_ random: inout SeededRandom) -> String {
        let text = Array(texts[Int.random(in: 0..<texts.count, using: &random)].unicodeScalars)
        let length = min(text.count, Int.random(in: 200...2_500, using: &random))
        let start = Int.random(in: 0...(text.count - length), using: &random)
        return String(String.UnicodeScalarView(text[start..<start + length]))
    }

    private func mutateText(_ text: String, _ random: inout SeededRandom, _ mutations: inout [String]) -> String {
        var scalars = Array(text.unicodeScalars)
        switch Int.random(in: 0..<9, using: &random) {
        case 0:
            let ending = ["\r", "\r\n", "\u{85}", "\u{2028}", "\u{0B}", "\u{0C}", "\n\n\n\n"].randomElement(using: &random)!
            mutations.append("line ends \(ending.unicodeScalars.map { String($0.value, radix: 16) })")
            return text.replacingOccurrences(of: "\n", with: ending)
        case 1:
            mutations.append("huge numbers")
            let huge = ["9223372036854775808", "99999999999999999999999999", "18446744073709551616", "0000000000000000000001", "1e308"]
            return text.replacingOccurrences(of: "1", with: huge.randomElement(using: &random)!)
        case 2:
            let depth = Int.random(in: 20...600, using: &random)
            mutations.append("deep list \(depth)")
            let bullets = ["-", "•", "a)", "1.", "I.", "1.1.1", "–", "*"]
            let list = (0..<depth).map { "\(String(repeating: " ", count: $0 % 40))\(bullets[$0 % bullets.count]) la partie s'engage à fournir le bilan n° \($0) :" }
            let cut = Int.random(in: 0...scalars.count, using: &random)
            return String(String.UnicodeScalarView(scalars[..<cut])) + "\n" + list.joined(separator: "\n") + "\n" + String(String.UnicodeScalarView(scalars[cut...]))
        case 3:
            let count = Int.random(in: 10...200, using: &random)
            mutations.append("long line ×\(count)")
            return text.replacingOccurrences(of: "\n", with: " ") + String(repeating: " et s'engage à verser 12 000 euros dans un délai de 3 mois", count: count)
        case 4:
            guard scalars.count > 10 else { return text }
            let start = Int.random(in: 0..<scalars.count, using: &random)
            let end = min(scalars.count, start + Int.random(in: 1...500, using: &random))
            let times = Int.random(in: 2...20, using: &random)
            mutations.append("duplicated \(end - start) × \(times)")
            scalars.insert(contentsOf: Array(repeating: Array(scalars[start..<end]), count: times).joined(), at: end)
        case 5:
            mutations.append("truncated")
            scalars = Array(scalars.prefix(Int.random(in: 0...scalars.count, using: &random)))
        case 6:
            let odd: [Unicode.Scalar] = ["\u{0}", "\u{FEFF}", "\u{200B}", "\u{301}", "\u{FFFD}", "\u{D7FF}", "\u{10FFFF}", "\u{1F600}", "\u{202E}", "\u{AD}", "\u{A0}", "«", "»", ":", "(", ")", "§"]
            let count = Int.random(in: 1...50, using: &random)
            mutations.append("odd characters ×\(count)")
            for _ in 0..<count where !scalars.isEmpty {
                scalars.insert(odd.randomElement(using: &random)!, at: Int.random(in: 0...scalars.count, using: &random))
            }
        case 7:
            let count = Int.random(in: 100...5_000, using: &random)
            mutations.append("blank lines ×\(count)")
            return String(repeating: "\n", count: count) + text
        default:
            mutations.append("dates and durations")
            let values = ["le 31 février 99999", "pour une durée de 9999999999999999999 ans", "le 0/0/0", "dans un délai de -3 jours",
                          "à compter du 1er janvier 10000", "préavis de 18446744073709551617 mois", "au plus tard le 29 février 2100"]
            let cut = Int.random(in: 0...scalars.count, using: &random)
            return String(String.UnicodeScalarView(scalars[..<cut])) + " " + values.randomElement(using: &random)! + " " + String(String.UnicodeScalarView(scalars[cut...]))
        }
        return String(String.UnicodeScalarView(scalars))
    }

    /// The text's bytes in UTF-8 mostly, else another encoding, with or without a byte-order mark.
    private func encode(_ text: String, _ random: inout SeededRandom, _ mutations: inout [String]) -> Data {
        switch Int.random(in: 0..<8, using: &random) {
        case 0:
            mutations.append("UTF-16LE")
            return text.data(using: .utf16LittleEndian) ?? Data(text.utf8)
        case 1:
            mutations.append("UTF-16BE with BOM")
            return Data([0xFE, 0xFF]) + (text.data(using: .utf16BigEndian) ?? Data(text.utf8))
        case 2:
            mutations.append("UTF-32LE")
            return text.data(using: .utf32LittleEndian) ?? Data(text.utf8)
        case 3:
            mutations.append("Latin-1")
            return text.data(using: .isoLatin1, allowLossyConversion: true) ?? Data(text.utf8)
        default:
            return Data(text.utf8)
        }
    }

    /// Flipped bytes, a truncation, or a duplicated range.
    private func mutateBytes(_ data: Data, _ random: inout SeededRandom, _ mutations: inout [String]) -> Data {
        var bytes = [UInt8](data)
        guard !bytes.isEmpty else { return data }
        switch Int.random(in: 0..<3, using: &random) {
        case 0:
            let count = Int.random(in: 1...20, using: &random)
            mutations.append("\(count) bytes flipped")
            for _ in 0..<count {
                bytes[Int.random(in: 0..<bytes.count, using: &random)] ^= UInt8.random(in: 1...255, using: &random)
            }
        case 1:
            mutations.append("bytes truncated")
            bytes = Array(bytes.prefix(Int.random(in: 0..<bytes.count, using: &random)))
        default:
            let start = Int.random(in: 0..<bytes.count, using: &random)
            let end = min(bytes.count, start + Int.random(in: 1...2_000, using: &random))
            mutations.append("bytes \(start)..<\(end) duplicated")
            bytes.insert(contentsOf: bytes[start..<end], at: end)
        }
        return Data(bytes)
    }
}
