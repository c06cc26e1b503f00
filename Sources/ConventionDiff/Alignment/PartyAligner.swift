import ConventionModel

/// Matches the parties of two versions: first by name and aliases (a shared designator such as
/// `l'opérateur` counts); then a party left on each side is the same party renamed
/// (`Pôle emploi` → `France Travail`) when two signs at least agree among: the same place in the
/// signatory block, the same legal form, the same address, the same representative or one with
/// the same role, the same commitments. A pair is a rename when neither name holds all the
/// words of the other (`Pôle emploi Bouches-du-Rhône` → `France Travail Bouches-du-Rhône`).
struct PartyAligner {
    /// The matching, with the report id of every party of each version.
    struct Result {
        var entries: [ConventionDiffReport.PartyEntry]
        var reportIDOfOld: [String: String]
        var reportIDOfNew: [String: String]
        /// Pairs of (old party, new party) matched, in new order.
        var pairs: [(old: Party, new: Party, renamed: Bool)]
    }

    private static let stopWords: Set<String> = ["la", "le", "les", "l", "de", "du", "des", "d", "et", "en", "a", "au", "aux"]

    func align(old oldGraph: ConventionGraph, new newGraph: ConventionGraph) -> Result {
        let old = oldGraph.parties, new = newGraph.parties
        let oldCommitments = Self.commitments(oldGraph), newCommitments = Self.commitments(newGraph)
        func evidence(_ i: Int, _ j: Int) -> Double {
            var evidence = Self.renameEvidence(old[i], at: i, new[j], at: j)
            let mine = oldCommitments[old[i].id] ?? []
            if !mine.isEmpty, Double(mine.intersection(newCommitments[new[j].id] ?? []).count) >= 0.5 * Double(mine.count) { evidence += 1 }
            return evidence
        }
        var newOfOld: [Int: Int] = [:]
        // Names or aliases that agree, best agreement first.
        var candidates: [(Double, Int, Int)] = []
        for (i, o) in old.enumerated() {
            for (j, n) in new.enumerated() {
                let score = Self.nameAgreement(o, n)
                if score >= 0.5 { candidates.append((score + 0.05 * evidence(i, j), i, j)) }
            }
        }
        candidates.sort { $0.0 != $1.0 ? $0.0 > $1.0 : (abs($0.1 - $0.2), $0.1) < (abs($1.1 - $1.2), $1.1) }
        var usedNew = Set<Int>()
        for (_, i, j) in candidates where newOfOld[i] == nil && !usedNew.contains(j) {
            newOfOld[i] = j
            usedNew.insert(j)
        }
        // Renamed parties among those left.
        let leftOld = old.indices.filter { newOfOld[$0] == nil }
        let leftNew = new.indices.filter { !usedNew.contains($0) }
        var renameCandidates: [(Double, Int, Int)] = []
        for i in leftOld {
            for j in leftNew {
                let signs = evidence(i, j)
                if signs >= 2 { renameCandidates.append((signs, i, j)) }
            }
        }
        renameCandidates.sort { $0.0 != $1.0 ? $0.0 > $1.0 : ($0.1, $0.2) < ($1.1, $1.2) }
        for (_, i, j) in renameCandidates where newOfOld[i] == nil && !usedNew.contains(j) {
            newOfOld[i] = j
            usedNew.insert(j)
        }
        let renamed = Set(newOfOld.filter { i, j in
            let a = Self.significantWords(old[i].name), b = Self.significantWords(new[j].name)
            return !a.isSubset(of: b) && !b.isSubset(of: a)
        }.keys)

        var result = Result(entries: [], reportIDOfOld: [:], reportIDOfNew: [:], pairs: [])
        let oldOfNew = Dictionary(uniqueKeysWithValues: newOfOld.map { ($0.value, $0.key) })
        for (j, n) in new.enumerated() {
            result.reportIDOfNew[n.id] = n.id
            if let i = oldOfNew[j] {
                let o = old[i]
                result.reportIDOfOld[o.id] = n.id
                result.entries.append(.init(id: n.id, status: renamed.contains(i) ? .renamed : .kept,
                                            oldId: o.id, newId: n.id, oldName: o.name, newName: n.name))
                result.pairs.append((o, n, renamed.contains(i)))
            } else {
                result.entries.append(.init(id: n.id, status: .added, oldId: nil, newId: n.id, oldName: nil, newName: n.name))
            }
        }
        for (i, o) in old.enumerated() where newOfOld[i] == nil {
            let id = "old:" + o.id
            result.reportIDOfOld[o.id] = id
            result.entries.append(.init(id: id, status: .removed, oldId: o.id, newId: nil, oldName: o.name, newName: nil))
        }
        return result
    }

    /// The best share of significant words that a name or alias of one has in common with a
    /// name or alias of the other (against the shorter of the two): 1 when the words of one are
    /// all in the other.
    static func nameAgreement(_ a: Party, _ b: Party) -> Double {
        var best = 0.0
        for x in [a.name] + a.aliases {
            let wx = significantWords(x)
            guard !wx.isEmpty else { continue }
            for y in [b.name] + b.aliases {
                let wy = significantWords(y)
                guard !wy.isEmpty else { continue }
                best = max(best, Double(wx.intersection(wy).count) / Double(min(wx.count, wy.count)))
            }
        }
        return best
    }

    /// How many signs in the parties themselves say that two parties with unrelated names are
    /// one party renamed: the place in the signatory block, the legal form, the address, a
    /// representative (the same person, or the same role).
    static func renameEvidence(_ o: Party, at i: Int, _ n: Party, at j: Int) -> Double {
        var evidence = 0.0
        if i == j { evidence += 1 }
        if let a = o.legalForm, let b = n.legalForm, WordFolding.key(a) == WordFolding.key(b) { evidence += 1 }
        if let a = o.address, let b = n.address, dice(WordFolding.words(a), WordFolding.words(b)) >= 0.6 { evidence += 1 }
        let samePerson = o.representatives.contains { a in n.representatives.contains { WordFolding.key($0.name) == WordFolding.key(a.name) } }
        let sameRole = o.representatives.contains { a in
            n.representatives.contains { b in
                guard let x = a.role, let y = b.role else { return false }
                return dice(WordFolding.words(x), WordFolding.words(y)) >= 0.5
            }
        }
        if samePerson || sameRole { evidence += 1 }
        return evidence
    }

    /// The folded texts of each party's obligations.
    private static func commitments(_ graph: ConventionGraph) -> [String: Set<String>] {
        var commitments: [String: Set<String>] = [:]
        for obligation in graph.obligations {
            for debtor in obligation.debtors { commitments[debtor, default: []].insert(WordFolding.key(obligation.text)) }
        }
        return commitments
    }

    static func significantWords(_ text: String) -> Set<String> {
        Set(WordFolding.words(text)).subtracting(stopWords)
    }

    /// Dice coefficient of two word multisets.
    static func dice<T: Hashable>(_ a: [T], _ b: [T]) -> Double {
        guard !a.isEmpty || !b.isEmpty else { return 1 }
        var counts: [T: Int] = [:]
        for w in a { counts[w, default: 0] += 1 }
        var shared = 0
        for w in b where counts[w, default: 0] > 0 {
            counts[w]! -= 1
            shared += 1
        }
        return 2 * Double(shared) / Double(a.count + b.count)
    }
}
