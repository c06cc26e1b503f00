/// French text with numbered position markers, for tests that check where something is:
/// `"La Région 1️⃣s'engage à 2️⃣transmettre"` is the text `La Région s'engage à transmettre`
/// with marker 1 at scalar offset 10 and marker 2 at offset 21.
///
/// A marker is a keycap digit (`0️⃣`…`9️⃣`: the digit, U+FE0F, U+20E3); it is removed from the text.
public struct MarkedText: Sendable {
    /// The text without its markers.
    public let text: String
    /// Scalar offset of each marker in `text`, by marker number.
    public let offsets: [Int: Int]

    public init(_ marked: String) {
        let scalars = Array(marked.unicodeScalars)
        var view = String.UnicodeScalarView()
        var offsets: [Int: Int] = [:]
        var count = 0
        var i = 0
        while i < scalars.count {
            let c = scalars[i]
            if ("0"..."9").contains(c), i + 2 < scalars.count, scalars[i + 1] == "\u{FE0F}", scalars[i + 2] == "\u{20E3}" {
                offsets[Int(c.value - 0x30)] = count
                i += 3
                continue
            }
            view.append(c)
            count += 1
            i += 1
        }
        text = String(view)
        self.offsets = offsets
    }

    /// The offset of marker `number` (a test with a missing marker is wrong, so this traps).
    public subscript(number: Int) -> Int {
        guard let offset = offsets[number] else { preconditionFailure("no marker \(number) in the marked text") }
        return offset
    }
}
