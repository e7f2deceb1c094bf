/// What `banmian render` draws over a picture of a page: each article's zones outlined in its own colour and
/// numbered in reading order, headline roles filled in a colour per role, text in no article outlined dashed.
/// Written as ImageMagick draw primitives (MVG) in the picture's pixels.
public struct ZoneDrawing: Sendable {
    /// Pixels per point of the picture (its dots per inch over 72).
    public var scale: Double

    public init(scale: Double) {
        self.scale = scale
    }

    /// Article outlines, cycled through.
    public static let articleColours = ["#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e", "#17becf", "#8c564b", "#e377c2", "#bcbd22", "#7f7f7f"]

    /// The fill of each headline role, and of bylines and captions (translucent: the text shows through).
    public static let roleFills: [BlockRole: String] = [
        .kicker: "#f5823166", .headline: "#e6194b55", .subtitle: "#911eb455", .byline: "#4363d844", .caption: "#3cb44b44",
    ]

    /// The draw primitives for one page's result (only boxes on `page`, the PDF page of the picture).
    public func primitives(for result: PageResult, page: Int) -> String {
        var commands: [String] = []
        for block in result.blocks {
            guard let fill = Self.roleFills[block.role], let box = block.span.box, box.page == page else { continue }
            commands += ["stroke none", "fill \(fill)", rectangle(box, grow: 1)]
        }
        for unassigned in result.unassigned {
            guard let box = unassigned.span.box, box.page == page else { continue }
            commands += [
                "push graphic-context", "fill none", "stroke #555555", "stroke-width 1", "stroke-dasharray 6 4", rectangle(box, grow: 2),
                "pop graphic-context",
            ]
        }
        for (offset, article) in result.articles.enumerated() {
            let zones = article.zones.filter { $0.page == page }
            guard let first = zones.first else { continue }
            let colour = Self.articleColours[offset % Self.articleColours.count]
            commands += ["fill none", "stroke \(colour)", "stroke-width \(format(max(2, scale * 1.5)))"]
            commands += zones.map { rectangle($0, grow: 3) }
            // The number on a tab at the first zone's top-left corner.
            let size = max(12, 11 * scale)
            let left = first.x * scale - 3 * scale
            let top = max(0, first.y * scale - 3 * scale - size * 1.3)
            let label = String(offset + 1)
            commands += [
                "stroke none", "fill \(colour)",
                "rectangle \(format(left)),\(format(top)) \(format(left + size * (0.35 + 0.62 * Double(label.count)))),\(format(top + size * 1.3))",
                "fill white", "font-size \(format(size))", "text \(format(left + size * 0.3)),\(format(top + size * 1.05)) '\(label)'",
            ]
        }
        return commands.joined(separator: "\n")
    }

    private func rectangle(_ box: BoundingBox, grow: Double) -> String {
        let g = grow * scale
        return "rectangle \(format(box.x * scale - g)),\(format(box.y * scale - g)) \(format(box.maxX * scale + g)),\(format(box.maxY * scale + g))"
    }

    private func format(_ value: Double) -> String { String((value * 10).rounded() / 10) }
}
