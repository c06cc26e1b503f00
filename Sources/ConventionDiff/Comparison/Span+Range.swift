import ConventionModel

extension Span {
    /// The offsets of the span; an end before the start (a graph edited by hand) reads as empty.
    var range: Range<Int> { max(start, 0)..<max(start, end, 0) }
}
