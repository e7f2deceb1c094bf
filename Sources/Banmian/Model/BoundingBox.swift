/// A rectangle on a page, in points, with its origin stated.
///
/// Plain-text pages have no geometry; PDF pages do. Every consumer treats the box as optional.
public struct BoundingBox: Sendable, Codable, Equatable, Hashable {
    /// Where (0, 0) is: PDF readers here report the top-left corner of the page, y growing downwards.
    public enum Origin: String, Sendable, Codable { case topLeft, bottomLeft }

    public var page: Int
    public var x: Double
    public var y: Double
    public var width: Double
    public var height: Double
    public var origin: Origin

    public init(page: Int, x: Double, y: Double, width: Double, height: Double, origin: Origin = .topLeft) {
        self.page = page
        self.x = x
        self.y = y
        self.width = width
        self.height = height
        self.origin = origin
    }
}

extension BoundingBox {
    public var maxX: Double { x + width }
    public var maxY: Double { y + height }

    /// The smallest box holding both (on `self`'s page).
    public func union(_ other: BoundingBox) -> BoundingBox {
        let left = min(x, other.x)
        let top = min(y, other.y)
        return BoundingBox(page: page, x: left, y: top, width: max(maxX, other.maxX) - left, height: max(maxY, other.maxY) - top, origin: origin)
    }

    /// How much of the two boxes' horizontal extents overlap, in points (negative: the gap between them).
    public func horizontalOverlap(with other: BoundingBox) -> Double { min(maxX, other.maxX) - max(x, other.x) }

    /// The box around all of `boxes` that lie on one page, or nil when there are none or they are on several.
    public static func enclosing(_ boxes: [BoundingBox]) -> BoundingBox? {
        guard let first = boxes.first, boxes.allSatisfy({ $0.page == first.page }) else { return nil }
        return boxes.dropFirst().reduce(first) { $0.union($1) }
    }
}

extension BoundingBox {
    /// The box stands centred across `outer`: in from both its edges by at least `margin`, the two margins
    /// differing by at most `imbalance` of the wider.
    public func isCentred(in outer: BoundingBox, margin: Double, imbalance: Double) -> Bool {
        let left = x - outer.x, right = outer.maxX - maxX
        return left >= margin && right >= margin && abs(left - right) <= max(left, right) * imbalance
    }

    /// The two boxes share some area (touching edges do not count).
    public func intersects(_ other: BoundingBox) -> Bool {
        horizontalOverlap(with: other) > 0 && min(maxY, other.maxY) - max(y, other.y) > 0
    }
}
