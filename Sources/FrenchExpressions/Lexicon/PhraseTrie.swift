/// The phrases of all lists, as paths of word ids: `à compter de` → [à, compter, de].
/// Each node holds the payloads of the phrases that end there.
struct PhraseTrie: Sendable {
    /// For each word id, the node reached from the root by that word, or -1.
    private(set) var roots: [Int32] = []
    /// The payloads of the phrases ending at each node.
    private(set) var payloads: [[Int32]] = [[]]
    /// (node, word id) → next node.
    private var edges = IdTable()

    mutating func insert(_ ids: [Int32], payload: Int32) {
        guard let first = ids.first, first >= 0 else { return }
        if roots.count <= Int(first) { roots.append(contentsOf: repeatElement(-1, count: Int(first) - roots.count + 1)) }
        var node = roots[Int(first)]
        if node < 0 {
            node = newNode()
            roots[Int(first)] = node
        }
        for id in ids.dropFirst() {
            if let next = edges.value(Self.edge(node, id)) {
                node = next
            } else {
                let next = newNode()
                edges.set(Self.edge(node, id), next)
                node = next
            }
        }
        if !payloads[Int(node)].contains(payload) { payloads[Int(node)].append(payload) }
    }

    private mutating func newNode() -> Int32 {
        payloads.append([])
        return Int32(payloads.count - 1)
    }

    @inline(__always)
    private static func edge(_ node: Int32, _ id: Int32) -> UInt64 {
        UInt64(UInt32(bitPattern: node)) << 32 | UInt64(UInt32(bitPattern: id))
    }

    @inline(__always)
    func root(_ id: Int32) -> Int32 {
        id >= 0 && Int(id) < roots.count ? roots[Int(id)] : -1
    }

    @inline(__always)
    func next(_ node: Int32, _ id: Int32) -> Int32? {
        edges.value(Self.edge(node, id))
    }
}
