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
    private static let particles: Set<String> = ["de", "du", "d'", "des", "le", "la", "von", "van"]

    func representatives(in body: String) -> [Representative] {
        let text = FoldedText(body)
        guard let cue = text.offset(of: "represente") else { return [] }
        var tail = text.slice(cue, text.count)
        guard let par = tail.range(ofExactly: " par ") else { return [] }
        tail = String(tail[par.upperBound...])
        for stop in [", domicilié", " domicilié", ", sis ", ", ci-après", " ci-après", "Ci-après", "Désigné", " (ci-après", " (",
                     ", dont ", ", d'une part", ", D'une part", ", d'autre part", ", dûment", ", agissant en vertu"] {
            if let r = tail.range(ofExactly: stop) { tail = String(tail[..<r.lowerBound]) }
        }
        // The sentence ends at a period that does not close a civility or an initial ("M. ", "J. ").
        var searchFrom = tail.startIndex
        while let r = tail[searchFrom...].range(ofExactly: ". ") {
            let word = tail[..<r.lowerBound].split(separator: " ").last.map(String.init) ?? ""
            if word.count <= 3, word.first?.isUppercase == true { searchFrom = r.upperBound; continue }
            tail = String(tail[..<r.lowerBound])
            break
        }
        // Several signatories: "M. X, directeur … et M. Y, directeur …".
        var people: [String] = []
        var rest = tail
        while let r = Self.nextPerson(in: rest) {
            people.append(String(rest[..<r.lowerBound]))
            rest = String(rest[rest.index(r.lowerBound, offsetBy: 4)...])
        }
        people.append(rest)
        let named = people.compactMap(representative)
        if !named.isEmpty { return named }
        // "représenté conjointement par le ministre de l'intérieur, la ministre du logement et le
        // ministre du budget": persons given by their office alone.
        return offices(in: tail)
    }

    /// Offices listed after `par`, each opened by a determiner and a role word: the office is
    /// both the name and the role (nobody is named).
    private func offices(in text: String) -> [Representative] {
        var pieces: [String] = []
        var current: [String] = []
        // "Monsieur le Préfet de la région …": the civility before an office is dropped.
        let words = Array(text.split(separator: " ").map(String.init).drop { Self.civilities.contains(Folding.fold($0)) })
        for (k, word) in words.enumerated() {
            let folded = Folding.fold(word)
            let opensOffice = ["le", "la", "l'", "son", "sa"].contains(folded) && k + 1 < words.count
                && roleWords.contains(Folding.fold(words[k + 1]).trimming(",")) 
            let joined = current.last.map { $0.hasSuffix(",") || Folding.fold($0) == "et" } ?? true
            if opensOffice, joined {
                if let last = current.last, Folding.fold(last) == "et" { current.removeLast() }
                if !current.isEmpty { pieces.append(current.joined(separator: " ")) }
                current = []
                continue
            }
            current.append(word)
        }
        if !current.isEmpty { pieces.append(current.joined(separator: " ")) }
        return pieces.compactMap { piece in
            var office = piece.trimming(" ,.")
            for article in ["le ", "la ", "Le ", "La ", "l'", "L'"] where office.hasPrefix(article) { office = String(office.dropFirst(article.count)) }
            guard let first = office.split(separator: " ").first, roleWords.contains(Folding.fold(String(first)).trimming(",")) else { return nil }
            return Representative(name: office, role: office)
        }
    }

    /// A template's blank at the start of `text`, civility aside: a run of dots or ellipses, or a
    /// bracketed or parenthesised instruction.
    private static func placeholder(in text: String) -> String? {
        var rest = Substring(text)
        while let first = rest.split(separator: " ").first, civilities.contains(Folding.fold(String(first))) {
            rest = rest.dropFirst(first.count).drop { $0 == " " }
        }
        let closers: [Character: Character] = ["[": "]", "(": ")"]
        if let open = rest.first, let close = closers[open], let end = rest.firstIndex(of: close) {
            return String(rest[...end])
        }
        let dots = rest.prefix { $0 == "." || $0 == "…" }
        return dots.count >= 2 ? String(dots) : nil
    }

    /// The role announced after a name: `agissant en qualité de président` → `président`.
    private static func role(in text: String) -> String? {
        var described = text
        for lead in ["agissant en qualité de ", "en sa qualité de ", "en qualité de "] {
            if let r = described.range(ofExactly: lead) { described = String(described[r.upperBound...]) }
        }
        if let comma = described.firstIndex(of: ",") { described = String(described[..<comma]) }
        let role = described.trimming(" ,.")
        return role.isEmpty ? nil : role
    }

    /// The person named at the start of `text` (`Madame Léa ROUX, …` → `Léa ROUX`): a civility
    /// or capitalised words up to the next comma.
    private static func person(opening text: String) -> String? {
        let clause = text.split(separator: ",", maxSplits: 1).first.map(String.init) ?? text
        var words = clause.split(separator: " ").map(String.init)
        var hadCivility = false
        while let first = words.first, civilities.contains(Folding.fold(first)) {
            words.removeFirst()
            hadCivility = true
        }
        guard !words.isEmpty, words.count <= 5, words.allSatisfy({ $0.first?.isUppercase == true || particles.contains(Folding.fold($0)) }),
              hadCivility || words.count >= 2 else { return nil }
        return words.joined(separator: " ")
    }

    /// The first " et M. " / " et Mme " / " et Madame " / " et Monsieur " in `text`.
    private static func nextPerson(in text: String) -> Range<String.Index>? {
        [" et M. ", " et Mme ", " et Madame ", " et Monsieur "].compactMap { text.range(ofExactly: $0) }.min { $0.lowerBound < $1.lowerBound }
    }

    private func representative(_ text: String) -> Representative? {
        var clause = text.trimming(" ,")
        // "Madame Sophie MARTIN agissant en qualité de directrice": the role after the name.
        for lead in [" agissant en qualité de ", " en sa qualité de ", " en qualité de "] {
            if let r = clause.range(ofExactly: lead), !clause[..<r.lowerBound].contains(",") {
                clause = String(clause[..<r.lowerBound]) + ", " + String(clause[r.upperBound...])
                break
            }
        }
        let head: String, after: String?
        if let comma = clause.firstIndex(of: ",") {
            head = String(clause[..<comma])
            after = String(clause[clause.index(after: comma)...]).trimming()
        } else {
            head = clause
            after = nil
        }
        // A template's blank stands for the name: "……", "M. ........", "[nom, prénom]", "(nom du représentant)".
        if let blank = Self.placeholder(in: clause) {
            let role = after.flatMap { Self.role(in: $0) }
            return Representative(name: blank, role: role)
        }
        var roleBefore: [String] = []
        var name: [String] = []
        let words = head.split(separator: " ").map(String.init)
        for (k, word) in words.enumerated() {
            let folded = Folding.fold(word)
            // "François de RICOLFIS": a particle inside a name.
            if !name.isEmpty, Self.particles.contains(folded), k + 1 < words.count, words[k + 1].first?.isUppercase == true {
                name.append(word)
                continue
            }
            if name.isEmpty {
                if Self.civilities.contains(folded) || Self.determiners.contains(folded) { continue }
                if roleWords.contains(folded) || word.first?.isLowercase == true {
                    roleBefore.append(word)
                    continue
                }
            }
            // "directeur des finances publiques de la Marne": a capital after "de la" is the
            // role's complement, not a person.
            if name.isEmpty, !roleBefore.isEmpty, roleBefore.contains(where: { Self.particles.contains(Folding.fold($0)) }) {
                roleBefore.append(word)
                continue
            }
            guard word.first?.isUppercase == true || !name.isEmpty && word.first?.isLowercase == false else {
                if !name.isEmpty { break }
                roleBefore.append(word)
                continue
            }
            name.append(word)
        }
        // "sa directrice, Madame Léa ROUX": the role first, the person after the comma.
        if name.isEmpty, !roleBefore.isEmpty, let after, let person = Self.person(opening: after) {
            return Representative(name: person, role: roleBefore.joined(separator: " "))
        }
        guard !name.isEmpty else { return nil }
        var role: String? = roleBefore.isEmpty ? nil : roleBefore.joined(separator: " ")
        if let after, !after.isEmpty {
            var described = after
            for lead in ["en sa qualité de ", "en qualité de ", "agissant en qualité de "] where described.hasPrefix(lead) {
                described = String(described.dropFirst(lead.count))
            }
            // The role runs to the next comma ("directeur général délégué, dûment accrédité").
            if let comma = described.firstIndex(of: ",") { described = String(described[..<comma]) }
            if role == nil { role = described.trimming(" ,.") }
        }
        if role?.isEmpty == true { role = nil }
        return Representative(name: name.joined(separator: " "), role: role)
    }
}
