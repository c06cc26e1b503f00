import ConventionModel

/// Gives a name to the representatives the party clause only describes by their role (`représenté
/// par son président`, `Le ministre …, agissant au nom de l'Etat`), from the persons of the
/// signature block: the one under `Pour <the party>`, else the one whose role is the
/// representative's, else the one at the party's rank when the block lists one per party.
/// A person who signs `Pour <an office of a party>` (by delegation) is one more representative.
///
/// `Le département …, représenté par son président` + `Le président du conseil général, C. Belot`
/// → `Representative(name: "C. Belot", role: "président du conseil général")`.
struct SignatoryMatcher {
    let resolver: PartyResolver

    func name(_ parties: inout [Party], from signatories: [SignatureBlockReader.Signatory]) {
        guard !signatories.isEmpty else { return }
        var used = Set<Int>()
        // "Pour le ministre du budget et par délégation : Le directeur du budget, P. Martin".
        for (k, person) in signatories.enumerated() {
            guard let office = person.forParty.map(Folding.words) else { continue }
            for index in parties.indices where parties[index].representatives.contains(where: {
                $0.name == $0.role && Self.dice(Folding.words($0.role ?? ""), office) >= 0.6
            }) {
                parties[index].representatives.append(Representative(name: person.name, role: person.role))
                used.insert(k)
                break
            }
        }
        for index in parties.indices where needsName(parties[index]) {
            guard let k = match(parties[index], rank: index, of: parties.count, in: signatories, excluding: used) else { continue }
            used.insert(k)
            let person = signatories[k]
            if let placeholder = parties[index].representatives.firstIndex(where: { $0.name == $0.role }) {
                parties[index].representatives[placeholder].name = person.name
                // "son président" above, "Le président du conseil général" under the signature.
                if let role = person.role, let known = parties[index].representatives[placeholder].role,
                   Set(Folding.words(known)).isSubset(of: Folding.words(role)) {
                    parties[index].representatives[placeholder].role = role
                }
            } else {
                parties[index].representatives.append(Representative(name: person.name, role: person.role))
            }
        }
    }

    /// A party with no representative, or one known only by role.
    private func needsName(_ party: Party) -> Bool {
        party.representatives.isEmpty || party.representatives.contains { $0.name == $0.role }
    }

    private func match(_ party: Party, rank: Int, of count: Int, in signatories: [SignatureBlockReader.Signatory],
                       excluding used: Set<Int>) -> Int? {
        let free = signatories.indices.filter { !used.contains($0) }
        if let k = free.first(where: { k in
            signatories[k].forParty.map { resolver.groups(Tokenizer.tokens($0)[...]).flatMap(\.ids) == [party.id] } ?? false
        }) { return k }
        let roles = party.representatives.compactMap(\.role).map(Folding.words)
        if let k = free.first(where: { k in
            guard let role = signatories[k].role else { return false }
            let words = Folding.words(role)
            return roles.contains { Self.dice($0, words) >= 0.6 }
        }) { return k }
        if signatories.count == count, signatories.allSatisfy({ $0.forParty == nil }), !used.contains(rank) { return rank }
        return nil
    }

    private static func dice(_ a: [Word], _ b: [Word]) -> Double {
        let x = Set(a), y = Set(b)
        guard !x.isEmpty || !y.isEmpty else { return 0 }
        return 2 * Double(x.intersection(y).count) / Double(x.count + y.count)
    }
}
