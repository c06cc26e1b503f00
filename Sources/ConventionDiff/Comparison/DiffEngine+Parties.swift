import ConventionModel

extension DiffEngine {
    /// Renamed, added and removed parties; for a party in both versions, a change of name,
    /// representatives, address or legal form.
    mutating func compareParties() {
        for (o, n, renamed) in parties.pairs {
            let id = parties.reportIDOfNew[n.id]!
            let oldUnit = old.unit(article: nil, offset: o.span?.start), newUnit = new.unit(article: nil, offset: n.span?.start)
            var found: [ConventionChange] = []
            if renamed {
                found.append(ConventionChange(kind: .renamed, field: .party, parties: [id], oldArticles: oldRef(oldUnit),
                                              newArticles: newRef(newUnit), before: o.name, after: n.name,
                                              wordDiff: WordDiff.compare(o.name, n.name)))
            } else if WordFolding.key(o.name) != WordFolding.key(n.name) {
                found.append(modified(id, oldUnit, newUnit, aspect: "name", o.name, n.name))
            }
            let oldPeople = o.representatives.map(Self.describe), newPeople = n.representatives.map(Self.describe)
            if oldPeople.map(old.keys(of:)) != newPeople.map(new.keys(of:)) {
                found.append(modified(id, oldUnit, newUnit, aspect: "representatives",
                                      oldPeople.isEmpty ? nil : oldPeople.joined(separator: "; "),
                                      newPeople.isEmpty ? nil : newPeople.joined(separator: "; ")))
                // The signatures at the end name them again.
                for person in o.representatives {
                    for phrase in [person.name] + (person.role.map { [$0] } ?? []) { old.occurrences(of: phrase).forEach { explain(old: $0) } }
                }
                for person in n.representatives {
                    for phrase in [person.name] + (person.role.map { [$0] } ?? []) { new.occurrences(of: phrase).forEach { explain(new: $0) } }
                }
            }
            if o.address.map(old.keys(of:)) != n.address.map(new.keys(of:)) {
                found.append(modified(id, oldUnit, newUnit, aspect: "address", o.address, n.address))
            }
            if o.legalForm.map(old.keys(of:)) != n.legalForm.map(new.keys(of:)) {
                found.append(modified(id, oldUnit, newUnit, aspect: "legalForm", o.legalForm, n.legalForm))
            }
            guard !found.isEmpty else { continue }
            explain(old: o.span.map(\.range))
            explain(new: n.span.map(\.range))
            for change in found { record(change, oldOffset: o.span?.start, newOffset: n.span?.start ?? 0) }
        }
        for entry in parties.entries where entry.status == .added || entry.status == .removed {
            if entry.status == .added, let party = new.graph.party(entry.newId ?? "") {
                let unit = new.unit(article: nil, offset: party.span?.start)
                explain(new: party.span.map(\.range))
                record(ConventionChange(kind: .added, field: .party, parties: [entry.id], newArticles: newRef(unit), after: party.name),
                       oldOffset: nil, newOffset: party.span?.start ?? 0)
            } else if let party = old.graph.party(entry.oldId ?? "") {
                let unit = old.unit(article: nil, offset: party.span?.start)
                explain(old: party.span.map(\.range))
                record(ConventionChange(kind: .removed, field: .party, parties: [entry.id], oldArticles: oldRef(unit), before: party.name),
                       oldOffset: party.span?.start ?? 0, newOffset: nil)
            }
        }
    }

    private func modified(_ id: String, _ oldUnit: Int, _ newUnit: Int, aspect: String, _ before: String?, _ after: String?) -> ConventionChange {
        ConventionChange(kind: .modified, field: .party, parties: [id], oldArticles: oldRef(oldUnit), newArticles: newRef(newUnit),
                         before: before, after: after, details: [.init(aspect: aspect, before: before, after: after)],
                         wordDiff: WordDiff.compare(before ?? "", after ?? ""))
    }

    /// `Martine VASSAL (Présidente)`.
    static func describe(_ person: Representative) -> String {
        person.role.map { "\(person.name) (\($0))" } ?? person.name
    }
}
