import Banmian
import Foundation

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// Reads `mutool draw -F trace` XML into each page's drawings: the paths it fills and strokes, sorted into rules,
/// frames, tints and pictures, and its images. Glyphs (the trace lists every one) are only counted by font: the
/// text comes from the stext. Coordinates are the device's, as the stext has them (top-left origin, points).
final class TraceParser: NSObject, XMLParserDelegate {
    /// What is a rule, a frame, a tint (`PDFSettings`).
    private let settings: PDFSettings
    private(set) var pages: [PageDrawings] = []
    /// Each page's fonts (as the trace names them, subset tags kept), with how many glyphs each draws.
    private(set) var fonts: [[String: Int]] = []
    private var current = PageDrawings()
    private var currentFonts: [String: Int] = [:]
    private var spanFont: String?
    private var inPage = false

    private enum Painting { case fill(lightness: Double), stroke(width: Double) }
    private var painting: Painting?
    private var transform = Transform.identity
    private var subpaths: [[(Double, Double)]] = []
    /// The clips in force, innermost last, each the box its path (intersected with the clip around it) encloses:
    /// a photo's shapes drawn beyond its frame and cut at it show only inside it. A clip by text, an image mask or
    /// a soft mask keeps the clip around it (`pop_clip` ends each kind).
    private var clips: [BoundingBox] = []
    private var clipping = false
    private static let unclipped = BoundingBox(page: 0, x: -.greatestFiniteMagnitude / 4, y: -.greatestFiniteMagnitude / 4, width: .greatestFiniteMagnitude / 2, height: .greatestFiniteMagnitude / 2)

    /// A trace's pages: their drawings, and the glyphs each font draws on them.
    struct Traced {
        var drawings: [PageDrawings]
        var fonts: [[String: Int]]

        /// No page traced (drawings not read, or a file mutool could not trace).
        static let none = Traced(drawings: [], fonts: [])
    }

    static func read(contentsOf url: URL, settings: PDFSettings = PDFSettings()) -> Traced {
        guard let stream = InputStream(url: url) else { return .none }
        return parse(XMLParser(stream: stream), settings: settings)
    }

    static func parse(_ data: Data, settings: PDFSettings = PDFSettings()) -> [PageDrawings] { parse(XMLParser(data: data), settings: settings).drawings }

    private init(settings: PDFSettings) { self.settings = settings }

    private static func parse(_ parser: XMLParser, settings: PDFSettings) -> Traced {
        let delegate = TraceParser(settings: settings)
        parser.delegate = delegate
        _ = parser.parse()  // a trace cut off by a broken file keeps the pages before the cut
        return Traced(drawings: delegate.pages, fonts: delegate.fonts)
    }

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]) {
        switch name {
        case "page":
            current = PageDrawings()
            clips = []
            currentFonts = [:]
            inPage = true
        case "span":
            spanFont = attributes["font"]
        case "g":
            if let spanFont { currentFonts[spanFont, default: 0] += 1 }
        case "fill_path":
            begin(.fill(lightness: Self.lightness(attributes["color"])), attributes)
        case "stroke_path":
            begin(.stroke(width: attributes["linewidth"].map { StextParser.number($0) } ?? 1), attributes)
        case "clip_path":
            clipping = true
            transform = Transform(attributes["transform"])
            subpaths = []
        case "clip_stroke_path", "clip_text", "clip_stroke_text", "clip_image_mask", "mask":
            clips.append(clips.last ?? Self.unclipped)
        case "pop_clip":
            _ = clips.popLast()
        case "moveto" where painting != nil || clipping:
            subpaths.append([point(attributes)])
        case "lineto" where painting != nil || clipping, "curveto" where painting != nil || clipping:
            if subpaths.isEmpty { subpaths.append([]) }
            subpaths[subpaths.count - 1].append(point(attributes))
            for (x, y) in [("x1", "y1"), ("x2", "y2")] where attributes[x] != nil {
                subpaths[subpaths.count - 1].append(point(attributes, x: x, y: y))
            }
        case "fill_image", "fill_image_mask":
            // An image fills the unit square its transform maps onto the page.
            let matrix = Transform(attributes["transform"])
            let corners = [(0.0, 0.0), (1, 0), (0, 1), (1, 1)].map(matrix.apply)
            if let box = Self.box(corners).flatMap(visible), box.width >= settings.smallestBox, box.height >= settings.smallestBox {
                current.pictures.append(box)
            }
        default:
            break
        }
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        switch name {
        case "page":
            if inPage {
                pages.append(current)
                fonts.append(currentFonts)
            }
            inPage = false
        case "span":
            spanFont = nil
        case "fill_path", "stroke_path":
            if let painting { classify(painting) }
            painting = nil
        case "clip_path":
            let drawn = Self.box(subpaths.flatMap { $0 }) ?? BoundingBox(page: 0, x: 0, y: 0, width: 0, height: 0)
            clips.append(clips.last.map { Self.intersection(drawn, $0) } ?? drawn)
            clipping = false
            subpaths = []
        default:
            break
        }
    }

    private func begin(_ kind: Painting, _ attributes: [String: String]) {
        painting = kind
        transform = Transform(attributes["transform"])
        subpaths = []
    }

    private func point(_ attributes: [String: String], x: String = "x", y: String = "y") -> (Double, Double) {
        transform.apply((StextParser.number(attributes[x]), StextParser.number(attributes[y])))
    }

    /// Each subpath by its box: thin and long is a rule; a stroked rectangle a frame; a filled one a tint when
    /// light, a picture when dark.
    private func classify(_ painting: Painting) {
        for subpath in subpaths {
            guard var box = Self.box(subpath).flatMap(visible) else { continue }
            if case .stroke(let width) = painting {
                let half = width * transform.scale / 2
                box = BoundingBox(page: box.page, x: box.x - half, y: box.y - half, width: box.width + 2 * half, height: box.height + 2 * half)
            }
            let thin = min(box.width, box.height), long = max(box.width, box.height)
            if thin <= settings.ruleThickness {
                if long >= settings.shortestRule, long >= thin * settings.ruleElongation { current.rules.append(box) }
                continue
            }
            guard thin >= settings.smallestBox else { continue }
            switch painting {
            case .stroke: current.frames.append(box)
            case .fill(let lightness) where lightness >= settings.whitest: break
            case .fill(let lightness) where lightness >= settings.lightest: current.tints.append(box)
            case .fill: current.pictures.append(box)
            }
        }
    }

    /// The part of `box` inside the clip in force; nil when none of it shows (a shape that only touches the clip's
    /// edge leaves no line there; a line drawn along the edge, of no width or height itself, shows).
    private func visible(_ box: BoundingBox) -> BoundingBox? {
        guard let clip = clips.last else { return box }
        let shown = Self.intersection(box, clip)
        guard shown.width > 0 || box.width == 0, shown.height > 0 || box.height == 0, shown.width > 0 || shown.height > 0 else { return nil }
        return shown
    }

    /// Where two boxes overlap; an empty box (no width, no height) at the first's corner when they do not.
    static func intersection(_ a: BoundingBox, _ b: BoundingBox) -> BoundingBox {
        let left = max(a.x, b.x), top = max(a.y, b.y)
        let right = min(a.maxX, b.maxX), bottom = min(a.maxY, b.maxY)
        guard right >= left, bottom >= top else { return BoundingBox(page: a.page, x: a.x, y: a.y, width: 0, height: 0) }
        return BoundingBox(page: a.page, x: left, y: top, width: right - left, height: bottom - top)
    }

    static func box(_ points: [(Double, Double)]) -> BoundingBox? {
        guard let first = points.first else { return nil }
        var (left, top, right, bottom) = (first.0, first.1, first.0, first.1)
        for (x, y) in points.dropFirst() {
            (left, right) = (min(left, x), max(right, x))
            (top, bottom) = (min(top, y), max(bottom, y))
        }
        return BoundingBox(page: 0, x: left, y: top, width: right - left, height: bottom - top)
    }

    /// A colour's lightness from its components as the trace gives them (`.7333 .7333 .7333`; gray, RGB: the
    /// mean; CMYK: one minus the mean ink, black counted in full).
    static func lightness(_ color: String?) -> Double {
        let parts = (color ?? "").split(separator: " ").compactMap { Double($0) }
        switch parts.count {
        case 1, 3: return parts.reduce(0, +) / Double(parts.count)
        case 4: return max(0, 1 - (parts[0] + parts[1] + parts[2]) / 3 - parts[3])
        default: return 0
        }
    }

    /// An affine transform as the trace writes it: `a b c d e f`.
    struct Transform {
        var a = 1.0, b = 0.0, c = 0.0, d = 1.0, e = 0.0, f = 0.0
        static let identity = Transform()

        init() {}

        init(_ text: String?) {
            let values = StextParser.numbers(text)
            guard values.count == 6 else { return }
            (a, b, c, d, e, f) = (values[0], values[1], values[2], values[3], values[4], values[5])
        }

        func apply(_ point: (Double, Double)) -> (Double, Double) {
            (a * point.0 + c * point.1 + e, b * point.0 + d * point.1 + f)
        }

        /// How much lengths grow (the geometric mean of the axes' scales).
        var scale: Double { (abs(a * d - b * c)).squareRoot() }
    }
}
