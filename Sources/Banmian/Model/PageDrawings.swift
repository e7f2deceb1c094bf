/// What a page's designer drew besides its text: the rules between columns and modules, the frames of boxes,
/// the tints behind a commentary and the pictures. Layout analysis takes a module boundary drawn on the page
/// over one guessed from white space. Boxes are in the text's coordinates (top-left origin, points).
public struct PageDrawings: Sendable, Equatable {
    /// Thin lines, drawn or filled: horizontal when wider than tall.
    public var rules: [BoundingBox] = []
    /// Rectangles drawn in outline: boxes around a module.
    public var frames: [BoundingBox] = []
    /// Rectangles filled in a light colour: a tint behind a box of text.
    public var tints: [BoundingBox] = []
    /// Images, and areas filled in a dark colour: photos and their placeholders.
    public var pictures: [BoundingBox] = []
    /// Found in a scan's picture by an OCR engine (its separators), not drawn in a PDF: rougher.
    public var foundInScan = false

    public init(rules: [BoundingBox] = [], frames: [BoundingBox] = [], tints: [BoundingBox] = [], pictures: [BoundingBox] = []) {
        self.rules = rules
        self.frames = frames
        self.tints = tints
        self.pictures = pictures
    }

    public var isEmpty: Bool { rules.isEmpty && frames.isEmpty && tints.isEmpty && pictures.isEmpty }

    /// The edges of frames and tints as rules, with the rules drawn: every line a module boundary may follow.
    public var boundaries: [BoundingBox] {
        rules + (frames + tints).flatMap { box in
            [
                BoundingBox(page: box.page, x: box.x, y: box.y, width: box.width, height: 0),
                BoundingBox(page: box.page, x: box.x, y: box.maxY, width: box.width, height: 0),
                BoundingBox(page: box.page, x: box.x, y: box.y, width: 0, height: box.height),
                BoundingBox(page: box.page, x: box.maxX, y: box.y, width: 0, height: box.height),
            ]
        }
    }

    /// The drawings with every box on page `number`.
    public func onPage(_ number: Int) -> PageDrawings {
        map { box in
            var box = box
            box.page = number
            return box
        }
    }

    /// The drawings moved by `down` points (a sheet stacked under others).
    public func moved(down: Double) -> PageDrawings {
        map { box in
            var box = box
            box.y += down
            return box
        }
    }

    public mutating func add(_ other: PageDrawings) {
        rules += other.rules
        frames += other.frames
        tints += other.tints
        pictures += other.pictures
    }

    private func map(_ transform: (BoundingBox) -> BoundingBox) -> PageDrawings {
        var drawings = PageDrawings(rules: rules.map(transform), frames: frames.map(transform), tints: tints.map(transform), pictures: pictures.map(transform))
        drawings.foundInScan = foundInScan
        return drawings
    }
}
