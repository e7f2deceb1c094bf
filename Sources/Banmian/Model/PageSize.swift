/// A page's size in points, for inputs with geometry: the frame the boxes of its lines and articles are in.
public struct PageSize: Sendable, Codable, Equatable, Hashable {
    public var width: Double
    public var height: Double

    public init(width: Double, height: Double) {
        self.width = width
        self.height = height
    }
}
