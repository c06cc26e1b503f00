import ConventionModel

/// Reads the data of a deliberation: its number (`N° DL.2019-681`, `CHL-023-14635/23/BM`), the
/// date of the sitting (`Séance publique du 16 décembre 2019`), the deliberating body (from
/// `Lexicons/lists/deliberation-bodies.txt`) and the votes (`Pour : 53`, `Contre : 0`,
/// `Abstentions : 0`, `53 voix pour`).
struct DeliberationDetector {
    /// Folded phrase → body name as written in reports.
    let bodies: PhraseMatcher<String>
    /// ISO dates found in a text, in order.
    let dates: (String) -> [String]

    /// How many lines of the opening hold the number, the date and the body.
    private let opening = 40

    func detect(lines: [TextLine]) -> Deliberation {
        let head = Array(lines.prefix(opening).filter { !$0.isBlank })
        return Deliberation(number: number(in: head), date: date(in: head), body: body(in: head), votes: votes(in: lines))
    }

    private func number(in head: [TextLine]) -> String? {
        for line in head {
            let text = line.text
            for marker in ["N° ", "n° ", "N°", "n°", "Nº "] {
                guard let r = text.range(ofExactly: marker) else { continue }
                let candidate = text[r.upperBound...].split(separator: " ").first.map(String.init) ?? ""
                if candidate.contains(where: \.isNumber) { return candidate.trimming(",;.") }
            }
        }
        // A reference code alone on its line: "CHL-023-14635/23/BM".
        for line in head {
            let text = line.text.trimming()
            let separators = text.filter { $0 == "-" || $0 == "/" || $0 == "." }.count
            if !text.contains(exactly: " "), separators >= 2, text.contains(where: \.isNumber), text.contains(where: \.isUppercase) {
                return text
            }
        }
        return nil
    }

    /// The date after `Séance … du`, on the same line or the next; else the first date of the opening.
    private func date(in head: [TextLine]) -> String? {
        for (index, line) in head.enumerated() where Folding.fold(line.text).hasPrefix("seance") {
            let window = line.text + " " + (index + 1 < head.count ? head[index + 1].text : "")
            if let date = dates(window).first { return date }
        }
        return head.lazy.compactMap { dates($0.text).first }.first
    }

    private func body(in head: [TextLine]) -> String? {
        for line in head {
            let tokens = line.tokens
            for i in tokens.indices {
                if let (_, name) = bodies.match(tokens, at: i) { return name }
            }
        }
        return nil
    }

    /// `Pour : 53` / `Contre : 0` / `Abstentions : 0`, or `53 voix pour, 2 voix contre`.
    private func votes(in lines: [TextLine]) -> Votes? {
        var counts: [String: Int] = [:]
        for line in lines where !line.isBlank {
            // Only lines that can hold a vote are spelled out: `Pour : 53`, `53 voix pour`.
            guard line.tokens.count == 3 || line.tokens.contains(where: { $0.word == "voix" }) else { continue }
            let words = line.tokens.map(line.folded)
            if words.count == 3, words[1] == ":", let n = Int(words[2]) {
                switch words[0] {
                case "pour": counts["for"] = n
                case "contre": counts["against"] = n
                case "abstentions", "abstention": counts["abstentions"] = n
                default: break
                }
            }
            for (k, word) in words.enumerated() where word == "voix" && k > 0 && k + 1 < words.count {
                guard let n = Int(words[k - 1]) else { continue }
                if words[k + 1] == "pour" { counts["for"] = n }
                if words[k + 1] == "contre" { counts["against"] = n }
            }
        }
        guard !counts.isEmpty else { return nil }
        return Votes(for: counts["for"], against: counts["against"], abstentions: counts["abstentions"])
    }
}

