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
