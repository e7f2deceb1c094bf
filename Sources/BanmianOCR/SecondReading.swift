import Banmian
import BanmianPDF
import Foundation

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// A scan read a second time where Tesseract's first reading of the whole page is weakest. Its page analysis
/// drops a line of large type now and then (a headline across three columns, set well apart from everything),
/// taking it for noise or a picture, and reads large type worse than the body beside it; cut out of the page and
/// read alone, the same lines are read right far more often. So the page is looked at where the ALTO has
/// nothing (ink that no word, line, picture or rule covers, in the shape of a line of type larger than the
/// body), and at its lines of large type; those are cut out, stacked and read again in one more run of
/// Tesseract, and what it reads is put into the page's ALTO, in the page's pixels, before the ALTO is read.
enum SecondReading {
    /// What an ALTO page covers, in its pixels: its words, lines, pictures and rules; and its lines.
    struct Covered: Sendable {
        var boxes: [PixelBox] = []
        /// The lines with their IDs, boxes, words' mean confidence and characters.
        var lines: [Line] = []

        struct Line: Sendable, Equatable {
            var id: String
            var box: PixelBox
            var confidence: Double
            var characters: Int
        }

        /// The body's line height: the median line's (of a picture at `pixelsPerInch`, a 9-point line when none).
        func bodyLineHeight(pixelsPerInch: Double) -> Int {
            let heights = lines.map(\.box.height).filter { $0 > 0 }.sorted()
            guard !heights.isEmpty else { return Int(pixelsPerInch * 9 / 72) }
            return heights[heights.count / 2]
        }
    }

    /// Tesseract's confidence a region's words must have on average to be taken as text.
    static let confidence = 0.6
    /// At most this many regions of a page are read again, the largest first: a page with many is a page of
    /// pictures, not of missed headlines.
    static let regionLimit = 12

    /// Lines this many times the body's height or more are large type (headlines, kickers, subtitles), read again.
    static let largeLine = 1.4
    /// At most this many cuts are read again on a page (a newspaper page has a few dozen large lines at most).
    static let slotLimit = 80

    /// A part of the page read a second time: a region nothing covers, or a line of large type (`replaces`).
    struct Slot {
        var crop: PixelBox
        var replaces: Covered.Line?
        /// Where its crop stands in the picture of all crops.
        var placed = (x: 0, y: 0)
    }

    /// The ALTO `alto` (Tesseract's, in pixels) of the picture at `path`, read a second time where a first
    /// reading is weakest: the regions its page left unread (`regions`), and its lines of large type, which its
    /// page analysis reads worst (a headline's characters misread beside a column's). Each is cut out of the page
    /// (what else was read around it whitened), the cuts stacked into one picture with white space between, and
    /// that picture read by `recognizer` at once (one more run of Tesseract a page). What it reads in a region
    /// with confidence is added as a block of its own; a large line read again with no less confidence and no
    /// fewer characters replaces the first reading in its place (its block and its order in it stay). `alto` itself when there is nothing to read again, when the
    /// picture cannot be looked at, or when it holds several pages (a multi-page TIFF: its pages are read once).
    static func recovered(_ alto: Data, picture path: String, pixelsPerInch: Double, recognizer: Recognizer, source: String) -> Data {
        guard var text = String(data: alto, encoding: .utf8), segments("Page", in: text).count == 1,
            let picture = try? GreyPicture.read(path, source: source)
        else { return alto }
        let covered = covered(alto)
        let body = covered.bodyLineHeight(pixelsPerInch: pixelsPerInch)
        var slots = regions(in: picture, covered: covered, pixelsPerInch: pixelsPerInch).map { region in
            Slot(crop: region.grown(by: max(2, region.height / 6, body / 4)), replaces: nil)
        }
        slots += covered.lines.filter { Double($0.box.height) >= largeLine * Double(body) && $0.characters >= 2 }.map { line in
            Slot(crop: line.box.grown(by: max(2, line.box.height / 6)), replaces: line)
        }
        // A page of nothing but large type (a poster) keeps its first reading past the first `slotLimit` cuts.
        slots = Array(slots.prefix(slotLimit))
        guard !slots.isEmpty else { return alto }
        // The cuts, one under the other, a gap of two body lines apart.
        let gap = max(2 * body, 40)
        for index in slots.indices { slots[index].crop = slots[index].crop.clipped(width: picture.width, height: picture.height) }
        slots = slots.filter { $0.crop.width > 0 && $0.crop.height > 0 }
        let width = (slots.map(\.crop.width).max() ?? 0) + 2 * gap
        var y = gap
        for index in slots.indices {
            slots[index].placed = (gap, y)
            y += slots[index].crop.height + gap
        }
        var stacked = GreyPicture(width: width, height: y, pixels: [UInt8](repeating: 255, count: width * y))
        for slot in slots {
            let own = slot.replaces.map { line in covered.boxes.filter { $0.overlapShare(with: line.box) > 0.5 } } ?? []
            let blanked = covered.boxes.filter { box in !own.contains(box) }
            stacked.paste(picture, from: slot.crop, at: slot.placed, blanking: blanked)
        }
        guard
            let read = try? recognizer.recognizeBlock(
                stacked.pgm(of: PixelBox(x: 0, y: 0, width: width, height: y)), source: source, pixelsPerInch: pixelsPerInch),
            let reading = String(data: read, encoding: .utf8)
        else { return alto }
        // Each line read goes to the cut its middle stands in.
        var linesOfSlot: [Int: [(text: String, confidences: [Double], characters: Int)]] = [:]
        for line in Self.segments("TextLine", in: reading) {
            guard let top = Self.matches(#"VPOS="(-?[0-9]+)""#, in: line).first.flatMap({ Int($0) }),
                let height = Self.matches(#"HEIGHT="([0-9]+)""#, in: line).first.flatMap({ Int($0) }),
                let slot = slots.firstIndex(where: { ($0.placed.y..<($0.placed.y + $0.crop.height)).contains(top + height / 2) })
            else { continue }
            let moved = (x: slots[slot].crop.x - slots[slot].placed.x, y: slots[slot].crop.y - slots[slot].placed.y)
            let confidences = Self.matches(#"WC="([0-9.]+)""#, in: line).compactMap { Double($0) }
            let characters = Self.matches(#"CONTENT="([^"]*)""#, in: line).reduce(0) { $0 + $1.count }
            linesOfSlot[slot, default: []].append((Self.moved(line, by: moved, prefix: "reread\(slot)_"), confidences, characters))
        }
        var blocks: [String] = []
        var replaced = false
        for (slot, lines) in linesOfSlot.sorted(by: { $0.key < $1.key }) {
            let confidences = lines.flatMap(\.confidences)
            guard !confidences.isEmpty else { continue }
            let confidence = confidences.reduce(0, +) / Double(confidences.count)
            if let old = slots[slot].replaces {
                guard confidence >= max(Self.confidence, old.confidence), lines.reduce(0, { $0 + $1.characters }) >= old.characters,
                    let range = Self.segmentRange(ofLine: old.id, in: text)
                else { continue }
                // In the first reading's place: its block, and its order in the block, stay the page's.
                text.replaceSubrange(range, with: lines.map(\.text).joined())
                replaced = true
                continue
            } else if confidence < Self.confidence {
                continue
            }
            blocks.append("<TextBlock ID=\"reread\(slot)\">" + lines.map(\.text).joined() + "</TextBlock>")
        }
        guard !blocks.isEmpty else { return replaced ? Data(text.utf8) : alto }
        let end = text.range(of: "</PrintSpace>", options: .backwards) ?? text.range(of: "</Page>", options: .backwards)
        guard let end else { return alto }
        text.insert(contentsOf: blocks.joined(separator: "\n") + "\n", at: end.lowerBound)
        return Data(text.utf8)
    }

    /// The elements `name` of an XML text, each from its opening tag to its closing one.
    static func segments(_ name: String, in text: String) -> [String] {
        var found: [String] = []
        var searched = text.startIndex
        while let start = text.range(of: "<\(name)", range: searched..<text.endIndex),
            let end = text.range(of: "</\(name)>", range: start.upperBound..<text.endIndex)
        {
            found.append(String(text[start.lowerBound..<end.upperBound]))
            searched = end.upperBound
        }
        return found
    }

    /// Where the `TextLine` with ID `id` stands in `text`.
    static func segmentRange(ofLine id: String, in text: String) -> Range<String.Index>? {
        guard !id.isEmpty, let start = text.range(of: "<TextLine ID=\"\(id)\""),
            let end = text.range(of: "</TextLine>", range: start.upperBound..<text.endIndex)
        else {
            return nil
        }
        return start.lowerBound..<end.upperBound
    }

    /// An element's text with its positions moved by `offset` and its IDs made unique with `prefix`.
    static func moved(_ element: String, by offset: (x: Int, y: Int), prefix: String) -> String {
        var moved = replacing(#"(HPOS|VPOS)="(-?[0-9]+)""#, in: element) { name, value in
            "\(name)=\"\((Int(value) ?? 0) + (name == "HPOS" ? offset.x : offset.y))\""
        }
        moved = replacing(#"(ID)="([^"]*)""#, in: moved) { name, value in "\(name)=\"\(prefix)\(value)\"" }
        return moved
    }

    /// The boxes of an ALTO page's words, lines, pictures and rules, and its lines, in its units.
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
            let (left, right) = (max(0, grown.x / cell), min(columns, (grown.maxX + cell - 1) / cell))
            let (top, bottom) = (max(0, grown.y / cell), min(rows, (grown.maxY + cell - 1) / cell))
            guard left < right, top < bottom else { continue }  // off the picture
            for row in top..<bottom { for column in left..<right { ink[row * columns + column] = false } }
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
                    for offset in -1...1
                    where column + offset >= 0 && column + offset < columns && ink[(row + step) * columns + column + offset] {
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
            let box = PixelBox(
                x: extent.left * cell, y: extent.top * cell, width: (extent.right - extent.left + 1) * cell,
                height: (extent.bottom - extent.top + 1) * cell)
            let fill = Double(extent.cells) / Double((extent.right - extent.left + 1) * (extent.bottom - extent.top + 1))
            guard Double(box.height) >= 1.3 * Double(body), box.height <= 10 * body, box.width > box.height, (0.15...0.8).contains(fill)
            else { continue }
            regions.append((box, extent.cells))
        }
        return regions.sorted { $0.cells > $1.cells }.prefix(regionLimit).map(\.box).sorted { ($0.y, $0.x) < ($1.y, $1.x) }
    }

    static func matches(_ pattern: String, in text: String) -> [String] {
        guard let expression = try? NSRegularExpression(pattern: pattern) else { return [] }
        let range = NSRange(text.startIndex..., in: text)
        return expression.matches(in: text, range: range).compactMap { match in Range(match.range(at: 1), in: text).map { String(text[$0]) }
        }
    }

    /// `text` with each match of `pattern` (two groups: a name and a value) replaced by `replacement(name, value)`.
    static func replacing(_ pattern: String, in text: String, with replacement: (String, String) -> String) -> String {
        guard let expression = try? NSRegularExpression(pattern: pattern) else { return text }
        var result = ""
        var last = text.startIndex
        for match in expression.matches(in: text, range: NSRange(text.startIndex..., in: text)) {
            guard let whole = Range(match.range, in: text), let name = Range(match.range(at: 1), in: text),
                let value = Range(match.range(at: 2), in: text)
            else {
                continue
            }
            result += text[last..<whole.lowerBound] + replacement(String(text[name]), String(text[value]))
            last = whole.upperBound
        }
        return result + text[last...]
    }
}

/// Collects the boxes of an ALTO page's `String`s, `TextLine`s, `Illustration`s and `GraphicalElement`s, and its
/// lines' words.
private final class CoverReader: NSObject, XMLParserDelegate {
    var covered = SecondReading.Covered()
    private var line: SecondReading.Covered.Line?
    private var confidences: [Double] = []

    func parser(
        _ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]
    ) {
        let element = name.split(separator: ":").last.map(String.init) ?? name
        guard ["String", "TextLine", "Illustration", "GraphicalElement"].contains(element) else { return }
        if element == "String" {
            if let confidence = attributes["WC"].flatMap(Double.init) { confidences.append(confidence) }
            line?.characters += attributes["CONTENT"]?.count ?? 0
        }
        // Positions beyond a million pixels are no picture's: such a box is left out, never a crash.
        func number(_ key: String) -> Int? {
            attributes[key].flatMap { Double($0) }.flatMap { abs($0) < 1_000_000 ? Int($0.rounded()) : nil }
        }
        guard let x = number("HPOS"), let y = number("VPOS"), let width = number("WIDTH"), let height = number("HEIGHT"), width > 0,
            height > 0
        else { return }
        let box = PixelBox(x: x, y: y, width: width, height: height)
        covered.boxes.append(box)
        if element == "TextLine" {
            line = SecondReading.Covered.Line(id: attributes["ID"] ?? "", box: box, confidence: 0, characters: 0)
            confidences = []
        }
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        guard (name.split(separator: ":").last.map(String.init) ?? name) == "TextLine", var line else { return }
        line.confidence = confidences.isEmpty ? 0 : confidences.reduce(0, +) / Double(confidences.count)
        covered.lines.append(line)
        self.line = nil
    }
}
