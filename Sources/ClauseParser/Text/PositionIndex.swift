/// Values found in the text, by the offset where each starts: the first one inside a span in
/// logarithmic time (a list of 200,000 obligations, each asking for its deadline, stays linear).
///
/// `PositionIndex(found.deadlines.map { ($0.range.lowerBound, $0.value) }).first(in: 120..<300)`
struct PositionIndex<Value> {
    private let starts: [Int]
    private let values: [Value]

    init(_ items: [(start: Int, value: Value)]) {
        let sorted = items.enumerated().sorted { ($0.element.start, $0.offset) < ($1.element.start, $1.offset) }.map(\.element)
        starts = sorted.map(\.start)
        values = sorted.map(\.value)
    }

    /// The value starting first within `range`.
    func first(in range: Range<Int>) -> Value? {
        let index = firstIndex(notBefore: range.lowerBound)
        return index < starts.count && starts[index] < range.upperBound ? values[index] : nil
    }

    private func firstIndex(notBefore offset: Int) -> Int {
        var low = 0, high = starts.count
        while low < high {
            let middle = (low + high) / 2
            if starts[middle] < offset { low = middle + 1 } else { high = middle }
        }
        return low
    }
}

/// Spans of the text, possibly overlapping: whether an offset falls in one, in logarithmic time.
struct SpanCover {
    private let starts: [Int]
    /// The furthest end among the spans up to each index, in order of start.
    private let reach: [Int]

    init(_ spans: [Range<Int>]) {
        let sorted = spans.sorted { $0.lowerBound < $1.lowerBound }
        starts = sorted.map(\.lowerBound)
        var furthest = Int.min
        reach = sorted.map { span in furthest = max(furthest, span.upperBound); return furthest }
    }

    func contains(_ offset: Int) -> Bool {
        var low = 0, high = starts.count
        while low < high {
            let middle = (low + high) / 2
            if starts[middle] <= offset { low = middle + 1 } else { high = middle }
        }
        return low > 0 && reach[low - 1] > offset
    }
}
