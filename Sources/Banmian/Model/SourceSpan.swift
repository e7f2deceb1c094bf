/// Where a piece of a page came from: the input, its 1-based line range, and a box when the input had geometry.
public struct SourceSpan: Sendable, Codable, Equatable, Hashable {
    public var source: String
    public var firstLine: Int
    public var lastLine: Int
    public var box: BoundingBox?

    public init(source: String, firstLine: Int, lastLine: Int, box: BoundingBox? = nil) {
        self.source = source
        self.firstLine = firstLine
        self.lastLine = lastLine
        self.box = box
    }

    /// The span covering both `self` and `other`; its box holds both boxes (none when either has none, or
    /// when they are on different pages).
    public func union(_ other: SourceSpan) -> SourceSpan {
        SourceSpan(
            source: source, firstLine: min(firstLine, other.firstLine), lastLine: max(lastLine, other.lastLine),
            box: box.flatMap { box in other.box.flatMap { BoundingBox.enclosing([box, $0]) } })
    }
}
