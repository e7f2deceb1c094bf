import Banmian
import Foundation

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// Ink on a scan that Tesseract's page analysis left unread, read again. Its analysis drops a line of large type
/// now and then (a headline across three columns, set well apart from everything), taking it for noise or a
/// picture; read alone, cut out of the page, the same line is read right. So the page is looked at where the
/// ALTO has nothing: ink that no word, line, picture or rule of it covers, in a shape a line of type larger
/// than the body has, is cut out (everything read around it whitened) and given to Tesseract as one block of
/// text; what it reads there with confidence is put into the page's ALTO as a block of its own, in the page's
/// pixels, before the ALTO is read. What it cannot read with confidence stays out: a picture or an ornament.
enum MissedText {
    /// What an ALTO page covers, in its pixels: its words, lines, pictures and rules; and its lines' heights.
    struct Covered: Sendable {
        var boxes: [PixelBox] = []
        var lineHeights: [Int] = []

        /// The body's line height: the median line's (of a picture at `pixelsPerInch`, a 9-point line when none).
        func bodyLineHeight(pixelsPerInch: Double) -> Int {
            let heights = lineHeights.filter { $0 > 0 }.sorted()
            guard !heights.isEmpty else { return Int(pixelsPerInch * 9 / 72) }
            return heights[heights.count / 2]
        }
    }

    /// Tesseract's confidence a region's words must have on average to be taken as text.
    static let confidence = 0.6
    /// At most this many regions of a page are read again, the largest first: a page with many is a page of
    /// pictures, not of missed headlines.
    static let regionLimit = 12

    /// The ALTO `alto` (Tesseract's, in pixels) of the picture at `path`, with what `recognizer` reads in the
    /// regions its page left unread; `alto` itself when there are none, or when the picture cannot be looked at.
    static func recovered(_ alto: Data, picture path: String, pixelsPerInch: Double, recognizer: Recognizer, source: String) -> Data {
        let covered = covered(alto)
        guard let picture = try? GreyPicture.read(path, source: source) else { return alto }
        let body = covered.bodyLineHeight(pixelsPerInch: pixelsPerInch)
        let found = regions(in: picture, covered: covered, pixelsPerInch: pixelsPerInch)
        guard !found.isEmpty else { return alto }
        var blocks: [String] = []
        for (number, region) in found.enumerated() {
            let margin = max(2, region.height / 6, body / 4)
            let crop = region.grown(by: margin)
            let origin = (x: max(0, crop.x), y: max(0, crop.y))
            guard let read = try? recognizer.recognizeBlock(picture.pgm(of: crop, blanking: covered.boxes), source: source, pixelsPerInch: pixelsPerInch) else {
                continue
            }
            blocks += Self.blocks(of: read, movedBy: origin, prefix: "missed\(number)_")
        }
        guard !blocks.isEmpty, var text = String(data: alto, encoding: .utf8) else { return alto }
        let end = text.range(of: "</PrintSpace>", options: .backwards) ?? text.range(of: "</Page>", options: .backwards)
        guard let end else { return alto }
        text.insert(contentsOf: blocks.joined(separator: "\n") + "\n", at: end.lowerBound)
        return Data(text.utf8)
    }

    /// The boxes of an ALTO page's words, lines, pictures and rules, and its lines' heights, in its units.
    static func covered(_ alto: Data) -> Covered {
        let reader = CoverReader()
        let parser = XMLParser(data: alto)
        parser.delegate = reader
        _ = parser.parse()
        return reader.covered
    }

    /// Regions of `picture` with ink none of `covered` holds, each shaped like a line (or a few lines) of type
    /// larger than the body: at least 1.3 body lines high and at most ten, wider than high, neither a speck nor
    /// a solid area. The picture is looked at in cells of about a third of a millimetre; a cell is ink where a
    /// few of its pixels are dark; cells of ink join into one region across the gaps between characters (0.6 of a
    /// body line) and between strokes (a quarter).
    static func regions(in picture: GreyPicture, covered: Covered, pixelsPerInch: Double) -> [PixelBox] {
        let body = covered.bodyLineHeight(pixelsPerInch: pixelsPerInch)
        let cell = max(2, Int((pixelsPerInch / 75).rounded()))
        let columns = (picture.width + cell - 1) / cell, rows = (picture.height + cell - 1) / cell
        guard columns > 0, rows > 0 else { return [] }
        // Ink, cell by cell.
        var ink = [Bool](repeating: false, count: columns * rows)
        let dark = max(2, cell * cell / 8)
        for row in 0..<rows {
            for column in 0..<columns {
                var count = 0
                for y in (row * cell)..<min(picture.height, (row + 1) * cell) {
                    let start = y * picture.width
                    for x in (column * cell)..<min(picture.width, (column + 1) * cell) where picture.pixels[start + x] < 128 { count += 1 }
                }
                ink[row * columns + column] = count >= dark
            }
        }
        // Less what the ALTO covers, with a margin (its boxes are rough).
        let margin = max(1, body / 4)
        for box in covered.boxes {
            let grown = box.grown(by: margin)
            let columnRange = max(0, grown.x / cell)..<min(columns, (grown.maxX + cell - 1) / cell)
            let rowRange = max(0, grown.y / cell)..<min(rows, (grown.maxY + cell - 1) / cell)
            guard !columnRange.isEmpty, !rowRange.isEmpty else { continue }
            for row in rowRange { for column in columnRange { ink[row * columns + column] = false } }
        }
        // Join cells of ink into regions.
        var parent = Array(0..<(columns * rows))
        func root(_ index: Int) -> Int {
            var index = index
            while parent[index] != index {
                parent[index] = parent[parent[index]]
                index = parent[index]
            }
            return index
        }
        func join(_ a: Int, _ b: Int) {
            let (ra, rb) = (root(a), root(b))
            if ra != rb { parent[ra] = rb }
        }
        let across = max(1, Int((0.6 * Double(body) / Double(cell)).rounded(.up)))
        let down = max(1, Int((0.25 * Double(body) / Double(cell)).rounded(.up)))
        for row in 0..<rows {
            for column in 0..<columns where ink[row * columns + column] {
                let index = row * columns + column
                for step in 1...across where column + step < columns && ink[index + step] {
                    join(index, index + step)
                    break
                }
                for step in 1...down where row + step < rows {
                    var joined = false
                    for offset in -1...1 where column + offset >= 0 && column + offset < columns && ink[(row + step) * columns + column + offset] {
                        join(index, (row + step) * columns + column + offset)
                        joined = true
                    }
                    if joined { break }
                }
            }
        }
        var extents: [Int: (left: Int, top: Int, right: Int, bottom: Int, cells: Int)] = [:]
        for row in 0..<rows {
            for column in 0..<columns where ink[row * columns + column] {
                let key = root(row * columns + column)
                if let extent = extents[key] {
                    extents[key] = (min(extent.left, column), extent.top, max(extent.right, column), row, extent.cells + 1)
                } else {
                    extents[key] = (column, row, column, row, 1)
                }
            }
        }
        var regions: [(box: PixelBox, cells: Int)] = []
        for extent in extents.values {
            let box = PixelBox(x: extent.left * cell, y: extent.top * cell, width: (extent.right - extent.left + 1) * cell, height: (extent.bottom - extent.top + 1) * cell)
            let fill = Double(extent.cells) / Double((extent.right - extent.left + 1) * (extent.bottom - extent.top + 1))
            guard Double(box.height) >= 1.3 * Double(body), box.height <= 10 * body, box.width > box.height, (0.15...0.8).contains(fill) else { continue }
            regions.append((box, extent.cells))
        }
        return regions.sorted { $0.cells > $1.cells }.prefix(regionLimit).map(\.box).sorted { ($0.y, $0.x) < ($1.y, $1.x) }
    }

    /// The `TextBlock`s of Tesseract's ALTO of a crop whose words it is confident of, moved to the crop's place on
    /// the page, their IDs made the page's own.
    static func blocks(of alto: Data, movedBy origin: (x: Int, y: Int), prefix: String) -> [String] {
        guard let text = String(data: alto, encoding: .utf8) else { return [] }
        let confidences = matches(#"WC="([0-9.]+)""#, in: text).compactMap { Double($0) }
        guard !confidences.isEmpty, confidences.reduce(0, +) / Double(confidences.count) >= confidence else { return [] }
        var blocks: [String] = []
        var searched = text.startIndex
        while let start = text.range(of: "<TextBlock", range: searched..<text.endIndex),
            let end = text.range(of: "</TextBlock>", range: start.upperBound..<text.endIndex)
        {
            var block = String(text[start.lowerBound..<end.upperBound])
            block = replacing(#"(HPOS|VPOS)="(-?[0-9]+)""#, in: block) { name, value in
                "\(name)=\"\((Int(value) ?? 0) + (name == "HPOS" ? origin.x : origin.y))\""
            }
            block = replacing(#"(ID)="([^"]*)""#, in: block) { name, value in "\(name)=\"\(prefix)\(value)\"" }
            blocks.append(block)
            searched = end.upperBound
        }
        return blocks
    }

    private static func matches(_ pattern: String, in text: String) -> [String] {
        guard let expression = try? NSRegularExpression(pattern: pattern) else { return [] }
        let range = NSRange(text.startIndex..., in: text)
        return expression.matches(in: text, range: range).compactMap { match in Range(match.range(at: 1), in: text).map { String(text[$0]) } }
    }

    /// `text` with each match of `pattern` (two groups: a name and a value) replaced by `replacement(name, value)`.
    private static func replacing(_ pattern: String, in text: String, with replacement: (String, String) -> String) -> String {
        guard let expression = try? NSRegularExpression(pattern: pattern) else { return text }
        var result = ""
        var last = text.startIndex
        for match in expression.matches(in: text, range: NSRange(text.startIndex..., in: text)) {
            guard let whole = Range(match.range, in: text), let name = Range(match.range(at: 1), in: text), let value = Range(match.range(at: 2), in: text) else {
                continue
            }
            result += text[last..<whole.lowerBound] + replacement(String(text[name]), String(text[value]))
            last = whole.upperBound
        }
        return result + text[last...]
    }
}

/// Collects the boxes of an ALTO page's `String`s, `TextLine`s, `Illustration`s and `GraphicalElement`s.
private final class CoverReader: NSObject, XMLParserDelegate {
    var covered = MissedText.Covered()

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]) {
        let element = name.split(separator: ":").last.map(String.init) ?? name
        guard ["String", "TextLine", "Illustration", "GraphicalElement"].contains(element) else { return }
        func number(_ key: String) -> Int? { attributes[key].flatMap { Double($0) }.map { Int($0.rounded()) } }
        guard let x = number("HPOS"), let y = number("VPOS"), let width = number("WIDTH"), let height = number("HEIGHT"), width > 0, height > 0 else { return }
        covered.boxes.append(PixelBox(x: x, y: y, width: width, height: height))
        if element == "TextLine" { covered.lineHeights.append(height) }
    }
}
