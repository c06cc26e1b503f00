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
            for change in representativeChanges(o.representatives, n.representatives) {
                found.append(modified(id, oldUnit, newUnit, aspect: change.aspect, change.before, change.after))
                // The signatures at the end, and the articles naming an office, name them again.
                for phrase in change.oldPhrases { old.occurrences(of: phrase).forEach { explain(old: $0) } }
                for phrase in change.newPhrases { new.occurrences(of: phrase).forEach { explain(new: $0) } }
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
            for change in found { record(change, oldOffset: o.span?.start ?? 0, newOffset: n.span?.start ?? 0, oldEnd: o.span?.end, newEnd: n.span?.end) }
        }
        for entry in parties.entries where entry.status == .added || entry.status == .removed {
            if entry.status == .added, let party = new.graph.party(entry.newId ?? "") {
                let unit = new.unit(article: nil, offset: party.span?.start)
                explain(new: party.span.map(\.range))
                record(ConventionChange(kind: .added, field: .party, parties: [entry.id], newArticles: newRef(unit), after: party.name),
                       oldOffset: nil, newOffset: party.span?.start ?? 0, newEnd: party.span?.end)
            } else if let party = old.graph.party(entry.oldId ?? "") {
                let unit = old.unit(article: nil, offset: party.span?.start)
                explain(old: party.span.map(\.range))
                record(ConventionChange(kind: .removed, field: .party, parties: [entry.id], oldArticles: oldRef(unit), before: party.name),
                       oldOffset: party.span?.start ?? 0, newOffset: nil, oldEnd: party.span?.end)
            }
        }
    }

    private func modified(_ id: String, _ oldUnit: Int, _ newUnit: Int, aspect: String, _ before: String?, _ after: String?) -> ConventionChange {
        ConventionChange(kind: .modified, field: .party, parties: [id], oldArticles: oldRef(oldUnit), newArticles: newRef(newUnit),
                         before: before, after: after, details: [.init(aspect: aspect, before: before, after: after)],
                         wordDiff: WordDiff.compare(before ?? "", after ?? ""))
    }

    /// One change of the people who sign for a party.
    struct RepresentativeChange {
        /// `representative` (one replaced by another in the same office), `administration` (the
        /// same person, the office renamed), `role` (the same person, another office),
        /// `representativeAdded`, `representativeRemoved`.
        var aspect: String
        var before: String?
        var after: String?
        var oldPhrases: [String]
        var newPhrases: [String]
    }

    /// The representatives of a party in two versions, each change once as what it is: the same
    /// person first (an office renamed, or another office), then the same office (a person
    /// replaced), then those who left or joined.
    func representativeChanges(_ olds: [Representative], _ news: [Representative]) -> [RepresentativeChange] {
        let nameKey = { (person: Representative, version: Version) in version.keys(of: person.name) }
        // Roles read with party names as their party (`directeur régional de Pôle emploi` is
        // `directeur régional de France Travail` once the rename is known).
        let oldRoles = olds.map { $0.role.map(old.keys(of:)) ?? [] }, newRoles = news.map { $0.role.map(new.keys(of:)) ?? [] }
        var leftOld = Array(olds.indices), leftNew = Array(news.indices)
        // The same person in the same office: no change.
        for i in olds.indices {
            if let at = leftNew.firstIndex(where: { j in
                nameKey(olds[i], old) == nameKey(news[j], new) && oldRoles[i] == newRoles[j]
            }) {
                leftNew.remove(at: at)
                leftOld.removeAll { $0 == i }
            }
        }
        var changes: [RepresentativeChange] = []
        for i in leftOld {
            guard let at = leftNew.firstIndex(where: { nameKey(olds[i], old) == nameKey(news[$0], new) }) else { continue }
            let j = leftNew.remove(at: at), a = olds[i], b = news[j]
            leftOld.removeAll { $0 == i }
            let x = Set(oldRoles[i]), y = Set(newRoles[j])
            if !x.isEmpty, !y.isEmpty, x.isSubset(of: y) || y.isSubset(of: x), let before = a.role, let after = b.role {
                changes.append(.init(aspect: "administration", before: before, after: after, oldPhrases: [before], newPhrases: [after]))
            } else {
                changes.append(.init(aspect: "role", before: Self.describe(a), after: Self.describe(b),
                                     oldPhrases: a.role.map { [$0] } ?? [], newPhrases: b.role.map { [$0] } ?? []))
            }
        }
        for i in leftOld {
            guard let at = leftNew.firstIndex(where: { j in
                !oldRoles[i].isEmpty && (PartyAligner.dice(oldRoles[i], newRoles[j]) >= 0.5
                    || PartyAligner.dice(Self.stems(olds[i].role), Self.stems(news[j].role)) >= 0.5)
            }) else { continue }
            let a = olds[i], b = news[leftNew[at]]
            leftNew.remove(at: at)
            leftOld.removeAll { $0 == i }
            changes.append(.init(aspect: "representative", before: Self.describe(a), after: Self.describe(b),
                                 oldPhrases: [a.name] + (a.role.map { [$0] } ?? []), newPhrases: [b.name] + (b.role.map { [$0] } ?? [])))
        }
        for i in leftOld {
            changes.append(.init(aspect: "representativeRemoved", before: Self.describe(olds[i]), after: nil,
                                 oldPhrases: [olds[i].name] + (olds[i].role.map { [$0] } ?? []), newPhrases: []))
        }
        for j in leftNew {
            changes.append(.init(aspect: "representativeAdded", before: nil, after: Self.describe(news[j]),
                                 oldPhrases: [], newPhrases: [news[j].name] + (news[j].role.map { [$0] } ?? [])))
        }
        return changes
    }

    /// The first five letters of each word of a role, so that an office reads the same whoever
    /// holds it (`directeur territorial`, `directrice territoriale`).
    static func stems(_ role: String?) -> [String] {
        (role.map(WordFolding.words) ?? []).filter { $0.count > 2 }.map { String($0.prefix(5)) }
    }

    /// `Martine VASSAL (Présidente)`.
    static func describe(_ person: Representative) -> String {
        person.role.map { "\(person.name) (\($0))" } ?? person.name
    }
}
