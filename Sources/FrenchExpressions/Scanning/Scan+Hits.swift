extension Scan {
    /// Walks the phrase trie from every token once, recording every phrase that ends.
    /// A phrase never spans a paragraph break.
    mutating func findHits() {
        let trie = lexicon.trie
        hitStart = [Int32](repeating: 0, count: count + 1)
        roleMask = [RoleSet](repeating: [], count: count + 1)
        hits.reserveCapacity(count)
        for i in 0..<count {
            hitStart[i] = Int32(hits.count)
            var node = trie.root(tokens[i].id)
            var j = i
            while node >= 0 {
                for payload in trie.payloads[Int(node)] {
                    let role = lexicon.payloads[Int(payload)].role
                    hits.append(Hit(end: Int32(j + 1), role: role, payload: payload))
                    roleMask[i].insert(role)
                }
                j += 1
                guard j < count, tokens[j].id >= 0, tokens[j].gap != .line,
                      let next = trie.next(node, tokens[j].id) else { break }
                node = next
            }
        }
        hitStart[count] = Int32(hits.count)
    }

    /// The longest phrase with `role` starting at token `i`.
    @inline(__always)
    func hit(_ role: Role, at i: Int) -> Hit? {
        guard i >= 0, i < count, roleMask[i].contains(role) else { return nil }
        var best: Hit?
        for k in Int(hitStart[i])..<Int(hitStart[i + 1]) where hits[k].role == role {
            if best == nil || hits[k].end > best!.end { best = hits[k] }
        }
        return best
    }

    /// The longest phrase with one of `roles` starting at token `i`.
    func hit(_ roles: RoleSet, at i: Int) -> Hit? {
        guard i >= 0, i < count, roleMask[i].intersects(roles) else { return nil }
        var best: Hit?
        for k in Int(hitStart[i])..<Int(hitStart[i + 1]) where roles.contains(hits[k].role) {
            if best == nil || hits[k].end > best!.end { best = hits[k] }
        }
        return best
    }

    @inline(__always)
    func has(_ role: Role, at i: Int) -> Bool {
        hit(role, at: i) != nil
    }

    /// A phrase with `role` that ends exactly before token `end`, starting at most `back` tokens earlier.
    func hit(_ role: Role, endingAt end: Int, back: Int = 6) -> (start: Int, hit: Hit)? {
        var start = end - 1
        while start >= 0 && start >= end - back {
            guard roleMask[start].contains(role) else {
                start -= 1
                continue
            }
            for k in Int(hitStart[start])..<Int(hitStart[start + 1]) where hits[k].role == role && Int(hits[k].end) == end {
                return (start, hits[k])
            }
            start -= 1
        }
        return nil
    }

    @inline(__always)
    func payload(_ hit: Hit) -> Payload {
        lexicon.payloads[Int(hit.payload)]
    }

    /// The canonical form a list gives to the phrase of `hit` (`ouvrés`, `signature`).
    func label(_ hit: Hit) -> String {
        lexicon.labels[Int(payload(hit).label)]
    }

    /// Skips the longest phrases with one of `roles` from token `i`, at most `limit` of them.
    func skip(_ roles: RoleSet, from i: Int, limit: Int = 3) -> Int {
        var j = i
        var steps = 0
        while steps < limit, let h = hit(roles, at: j) {
            j = Int(h.end)
            steps += 1
        }
        return j
    }

    /// Whether token `i` is the symbol `c`.
    @inline(__always)
    func isSymbol(_ i: Int, _ c: Unicode.Scalar) -> Bool {
        i >= 0 && i < count && tokens[i].kind == .symbol && tokens[i].value == Int64(c.value)
    }

    /// Whether token `i` is punctuation that closes a clause: `, ; : . ( ) ! ? …`.
    func isPunctuation(_ i: Int) -> Bool {
        guard i >= 0, i < count, tokens[i].kind == .symbol else { return false }
        switch tokens[i].value {
        case 0x2C, 0x3B, 0x3A, 0x2E, 0x28, 0x29, 0x21, 0x3F, 0x2026: return true
        default: return false
        }
    }

    /// Whether token `i` starts a new paragraph or is punctuation that closes a clause.
    func isClauseBreak(_ i: Int) -> Bool {
        guard i < count else { return true }
        return tokens[i].gap == .line || isPunctuation(i)
    }
}
