import Banmian
import Foundation

/// How far a scanned page is turned, read from its recognized lines, and its lines' boxes turned back. A page
/// scanned a degree askew has its column's left edges drifting across the page, its rules' boxes as wide as they
/// are slanted and its lines' boxes higher than their type: the reading order would see none of them.
struct PageSkew {
    /// The page's slope (down per across), the median of its lines' (0 with fewer than `fewestLines`).
    let slope: Double
    static let fewestLines = 5

    init(slopes: [Double]) {
        let sorted = slopes.sorted()
        slope = sorted.count >= Self.fewestLines ? sorted[sorted.count / 2] : 0
    }

    /// What a recognized line's size is measured from: its words' median height, its own height, its width.
    struct LineMeasure {
        var wordHeight: Double?
        var lineHeight: Double?
        var width: Double
    }

    /// The slope of one line of recognized words: the median of the slopes between its typical words' bottoms
    /// (Theil–Sen; words within a sixth of the median height, an OCR engine's single characters being rough);
    /// nil for a line too short or with too few such words to say.
    static func slope(_ boxes: [(x: Double, y: Double, width: Double, height: Double)]) -> Double? {
        guard boxes.count >= 8 else { return nil }
        let heights = boxes.map(\.height).sorted()
        let median = heights[heights.count / 2]
        let points = boxes.filter { abs($0.height - median) <= median / 6 }.map { (x: $0.x + $0.width / 2, y: $0.y + $0.height) }
        guard points.count >= 6, let first = points.map(\.x).min(), let last = points.map(\.x).max(), last - first >= 8 * median else { return nil }
        var slopes: [Double] = []
        for i in points.indices {
            for j in points.indices where j > i && points[j].x != points[i].x {
                slopes.append((points[j].y - points[i].y) / (points[j].x - points[i].x))
            }
        }
        slopes.sort()
        return slopes.isEmpty ? nil : slopes[slopes.count / 2]
    }

    /// A size in points for a line: the smaller of its height less what the slant adds over its width, and its
    /// words' median height. An OCR engine's boxes are rough either way: in one line most characters are half as
    /// high again as printed and the line's height is right; in another a few tall ones make the line as high,
    /// and the median is right.
    func size(_ measure: LineMeasure) -> Double? {
        let straight = measure.lineHeight.map { max($0 - measure.width * abs(slope), $0 / 2) }
        switch (measure.wordHeight, straight) {
        case let (word?, line?): return min(word, line)
        case let (word, line): return word ?? line
        }
    }

    /// `line` with its box turned back about the page's centre, as high as its type again.
    func straightened(_ line: TextLine, pageSize: PageSize) -> TextLine {
        guard let box = line.box else { return line }
        var line = line
        line.box = straightened(box, pageSize: pageSize)
        return line
    }

    /// A box of text turned back about the page's centre, as high as its type again.
    func straightened(_ box: BoundingBox, pageSize: PageSize) -> BoundingBox {
        guard slope != 0 else { return box }
        let height = max(box.height - box.width * abs(slope), box.height / 2)
        return centred(box, at: turnedBack(box, pageSize: pageSize), width: box.width, height: height)
    }

    /// The page's rules (thin and long once the slant is taken out, as a PDF's are told) and pictures, their
    /// boxes turned back.
    func drawings(_ graphics: [(box: BoundingBox, isElement: Bool)], pageSize: PageSize) -> PageDrawings {
        let settings = PDFSettings()
        var drawings = PageDrawings()
        for (box, isElement) in graphics {
            let long = max(box.width, box.height)
            let thin = max(min(box.width, box.height) - long * abs(slope), 0.5)
            let centre = turnedBack(box, pageSize: pageSize)
            if isElement, thin <= settings.ruleThickness, long >= settings.shortestRule, long >= settings.ruleElongation * thin {
                drawings.rules.append(box.width >= box.height ? centred(box, at: centre, width: long, height: thin) : centred(box, at: centre, width: thin, height: long))
            } else {
                drawings.pictures.append(slope == 0 ? box : centred(box, at: centre, width: box.width, height: box.height))
            }
        }
        return drawings
    }

    private func turnedBack(_ box: BoundingBox, pageSize: PageSize) -> (x: Double, y: Double) {
        let angle = atan(slope)
        let (dx, dy) = (box.x + box.width / 2 - pageSize.width / 2, box.y + box.height / 2 - pageSize.height / 2)
        return (pageSize.width / 2 + dx * cos(angle) + dy * sin(angle), pageSize.height / 2 - dx * sin(angle) + dy * cos(angle))
    }

    private func centred(_ box: BoundingBox, at centre: (x: Double, y: Double), width: Double, height: Double) -> BoundingBox {
        BoundingBox(page: box.page, x: centre.x - width / 2, y: centre.y - height / 2, width: width, height: height, origin: .topLeft)
    }
}
