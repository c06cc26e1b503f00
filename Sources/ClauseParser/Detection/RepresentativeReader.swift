import ConventionModel

/// Reads who signs for a party from its description: `représentée par Madame Martine Vassal, en
/// sa qualité de Présidente` → `[Representative(name: "Martine Vassal", role: "Présidente")]`;
/// `représenté par M. Thierry LEMERLE, directeur régional … et M. Michel CIOCCI, directeur
/// territorial …` → two representatives; `Représentée par Madame le maire Maryse Joissains-Masini`
/// → `Representative(name: "Maryse Joissains-Masini", role: "maire")`.
struct RepresentativeReader {
    /// Folded words that belong to a role, never to a name (`presidente`, `maire`).
    let roleWords: Set<String>

    private static let civilities: Set<String> = ["m.", "mme", "mme.", "monsieur", "madame", "mlle", "mademoiselle", "mm.", "messieurs", "mesdames"]
    private static let determiners: Set<String> = ["sa", "son", "ses", "leur", "le", "la", "l'", "par"]

    func representatives(in body: String) -> [Representative] {
        let text = FoldedText(body)
        guard let cue = text.offset(of: "represente") else { return [] }
        var tail = text.slice(cue, text.count)
        guard let par = tail.range(ofExactly: " par ") else { return [] }
        tail = String(tail[par.upperBound...])
        for stop in [", domicilié", " domicilié", ", sis ", ", ci-après", " ci-après", "Ci-après", "Désigné", ". "] {
            if let r = tail.range(ofExactly: stop) { tail = String(tail[..<r.lowerBound]) }
        }
        // Several signatories: "M. X, directeur … et M. Y, directeur …".
        var people: [String] = []
        var rest = tail
        while let r = Self.nextPerson(in: rest) {
            people.append(String(rest[..<r.lowerBound]))
            rest = String(rest[rest.index(r.lowerBound, offsetBy: 4)...])
        }
        people.append(rest)
        return people.compactMap(representative)
    }

    /// The first " et M. " / " et Mme " / " et Madame " / " et Monsieur " in `text`.
    private static func nextPerson(in text: String) -> Range<String.Index>? {
        [" et M. ", " et Mme ", " et Madame ", " et Monsieur "].compactMap { text.range(ofExactly: $0) }.min { $0.lowerBound < $1.lowerBound }
    }

    private func representative(_ text: String) -> Representative? {
        let clause = text.trimming(" ,")
        let head: String, after: String?
        if let comma = clause.firstIndex(of: ",") {
            head = String(clause[..<comma])
            after = String(clause[clause.index(after: comma)...]).trimming()
        } else {
            head = clause
            after = nil
        }
        var roleBefore: [String] = []
        var name: [String] = []
        for word in head.split(separator: " ").map(String.init) {
            let folded = Folding.fold(word)
            if name.isEmpty {
                if Self.civilities.contains(folded) || Self.determiners.contains(folded) { continue }
                if roleWords.contains(folded) || word.first?.isLowercase == true {
                    roleBefore.append(word)
                    continue
                }
            }
            guard word.first?.isUppercase == true || !name.isEmpty && word.first?.isLowercase == false else {
                if !name.isEmpty { break }
                roleBefore.append(word)
                continue
            }
            name.append(word)
        }
        guard !name.isEmpty else { return nil }
        var role: String? = roleBefore.isEmpty ? nil : roleBefore.joined(separator: " ")
        if let after, !after.isEmpty {
            var described = after
            for lead in ["en sa qualité de ", "en qualité de ", "agissant en qualité de "] where described.hasPrefix(lead) {
                described = String(described.dropFirst(lead.count))
            }
            if role == nil { role = described.trimming(" ,.") }
        }
        if role?.isEmpty == true { role = nil }
        return Representative(name: name.joined(separator: " "), role: role)
    }
}
