import Banmian
import Foundation

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// Reads `mutool convert -F stext` XML into pages of lines, keeping per line only its text, box, type size and
/// face (font and ink).
final class StextParser: NSObject, XMLParserDelegate {
    private let settings: PDFSettings
    private(set) var pages: [PDFPage] = []
    private var blockIndex = 0
    /// The page's lines as read, finished (faces, sizes, runs) block by block, or at the page's end where the
    /// weight of its characters is read from its picture.
    private var readLines: [ReadLine] = []
    private var line: ReadLine?
    private var blockFinished: [PDFLine] = []
    private var fontSize = 0.0
    private var fontName = ""
    /// The pictures of the pages whose fonts do not name their weight, by the page's place in the file (0 the
    /// first read), and the picture of the page being read.
    private let ink: [Int: URL]
    private var picture: (grey: GreyPicture, scale: Double)?

    /// The pages read, and whether the XML was read to its end (mutool stopped by a broken file may leave it
    /// cut off: the pages before the cut are kept).
    struct Parsed {
        var pages: [PDFPage]
        var complete: Bool
    }

    static func parse(_ data: Data, settings: PDFSettings = PDFSettings(), ink: [Int: URL] = [:]) -> [PDFPage]? {
        let parsed = parse(XMLParser(data: data), settings: settings, ink: ink)
        return parsed.complete ? parsed.pages : nil
    }

    /// Reads the XML from a file as a stream: only the lines found are kept, never the whole document. `ink` gives
    /// the grey pictures (binary PGM) of pages whose characters' weight is read from their ink, by the page's
    /// place in the file (0 the first).
    static func parse(contentsOf url: URL, settings: PDFSettings = PDFSettings(), ink: [Int: URL] = [:]) -> Parsed {
        guard let stream = InputStream(url: url) else { return Parsed(pages: [], complete: false) }
        return parse(XMLParser(stream: stream), settings: settings, ink: ink)
    }

    private init(settings: PDFSettings, ink: [Int: URL]) {
        self.settings = settings
        self.ink = ink
    }

    private static func parse(_ parser: XMLParser, settings: PDFSettings, ink: [Int: URL]) -> Parsed {
        let delegate = StextParser(settings: settings, ink: ink)
        parser.delegate = delegate
        let complete = parser.parse()
        return Parsed(pages: delegate.pages, complete: complete)
    }

    /// A copy of mutool's XML in which character references XML does not allow (control characters, lone
    /// surrogates, U+FFFE/U+FFFF: a font's Unicode map may give them) read U+FFFD; nil when it has none. The
    /// count says how many were replaced.
    static func sanitized(_ url: URL) -> (url: URL, replaced: Int)? {
        guard let input = try? FileHandle(forReadingFrom: url) else { return nil }
        defer { try? input.close() }
        let output = url.deletingPathExtension().appendingPathExtension("clean.stext")
        guard FileManager.default.createFile(atPath: output.path, contents: nil), let writer = try? FileHandle(forWritingTo: output) else { return nil }
        defer { try? writer.close() }
        var replaced = 0
        var carry = Data()
        while true {
            guard let chunk = try? input.read(upToCount: 1_048_576), !chunk.isEmpty else { break }
            var data = carry + chunk
            // Cut after the last line end: a reference never spans lines.
            if let end = data.lastIndex(of: 0x0A) {
                carry = data[(end + 1)...]
                data = data[...end]
            } else {
                carry = data
                continue
            }
            let cleaned = cleanedReferences(data, replaced: &replaced)
            guard (try? writer.write(contentsOf: cleaned)) != nil else { return nil }
        }
        guard (try? writer.write(contentsOf: cleanedReferences(carry, replaced: &replaced))) != nil else { return nil }
        guard replaced > 0 else {
            try? FileManager.default.removeItem(at: output)
            return nil
        }
        return (output, replaced)
    }

    /// `&#x1;`, `&#xd800;`, `&#65535;`… → `&#xfffd;`.
    static func cleanedReferences(_ data: Data, replaced: inout Int) -> Data {
        let text = String(decoding: data, as: UTF8.self)
        guard text.contains("&#") else { return Data(text.utf8) }
        var out = ""
        out.reserveCapacity(text.utf8.count)
        var rest = Substring(text)
        while let start = rest.range(of: "&#") {
            out += rest[..<start.lowerBound]
            let after = rest[start.upperBound...]
            guard let end = after.firstIndex(of: ";"), after.distance(from: after.startIndex, to: end) <= 10 else {
                out += "&#"
                rest = after
                continue
            }
            let body = after[..<end]
            let value = body.first == "x" || body.first == "X" ? UInt32(body.dropFirst(), radix: 16) : UInt32(body, radix: 10)
            if let value, !allowedInXML(value) {
                out += "&#xfffd;"
                replaced += 1
            } else {
                out += "&#" + body + ";"
            }
            rest = after[after.index(after: end)...]
        }
        out += rest
        return Data(out.utf8)
    }

    /// The characters XML 1.0 allows.
    static func allowedInXML(_ value: UInt32) -> Bool {
        value == 0x9 || value == 0xA || value == 0xD || (0x20...0xD7FF).contains(value) || (0xE000...0xFFFD).contains(value)
            || (0x10000...0x10FFFF).contains(value)
    }

    /// A character as the stext gives it; its face's weight is settled when its line is finished.
    struct ReadCharacter {
        var text: String
        var size: Double
        var font: String
        var color: String?
        /// How thick its strokes are for its size (stroke width over type size), where the page's picture was read
        /// and the character is an ideograph.
        var stroke: Double?
    }

    /// A line as the stext gives it: its box, direction, block and characters.
    struct ReadLine {
        var box: [Double]
        var vertical: Bool
        var block: Int
        var characters: [ReadCharacter] = []
    }

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]) {
        switch name {
        case "page":
            // `id="page7"`: its number in the file (mutool numbers the pages it was asked for as they stand).
            let number = attributes["id"].flatMap { Int($0.drop { !$0.isNumber }) } ?? (pages.last.map { $0.index + 1 } ?? 1)
            let width = Self.number(attributes["width"])
            picture = ink[pages.count].flatMap { url in
                guard let data = FileManager.default.contents(atPath: url.path), let grey = GreyPicture(pgm: data), width > 0 else { return nil }
                return (grey, Double(grey.width) / width)
            }
            pages.append(PDFPage(index: number, width: width, height: Self.number(attributes["height"]), lines: []))
            readLines = []
        case "block":
            blockIndex += 1
        case "line":
            let direction = Self.numbers(attributes["dir"])
            line = ReadLine(
                box: Self.numbers(attributes["bbox"]), vertical: direction.count == 2 && abs(direction[0]) < 0.5 && abs(direction[1]) > 0.5, block: blockIndex)
        case "font":
            fontSize = Self.number(attributes["size"])
            fontName = attributes["name"] ?? ""
        case "char":
            if let c = attributes["c"] {
                var stroke: Double?
                if let picture, let character = c.first, c.count == 1, Self.isMeasured(character), fontSize > 0 {
                    if let box = Self.pixelBox(quad: Self.numbers(attributes["quad"]), scale: picture.scale) {
                        stroke = picture.grey.strokeWidth(in: box).map { $0 / (fontSize * picture.scale) }
                    }
                }
                line?.characters.append(ReadCharacter(text: c, size: fontSize, font: fontName, color: attributes["color"], stroke: stroke))
            }
        default: break
        }
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        switch name {
        case "line":
            if let line, !pages.isEmpty {
                if picture == nil, let finished = Self.finish(line, page: pages[pages.count - 1].index, heavy: { _ in false }, settings: settings) {
                    blockFinished.append(finished)
                } else if picture != nil {
                    readLines.append(line)
                }
            }
            line = nil
        case "block":
            if !pages.isEmpty, picture == nil {
                pages[pages.count - 1].lines += Self.joiningFragments(blockFinished, settings: settings)
            }
            blockFinished = []
        case "page":
            guard !pages.isEmpty else { return }
            if picture != nil {
                // The weight of each character, against the body's, now that the whole page is read.
                let heavy = Self.heavyCharacters(readLines, settings: settings)
                var block: [PDFLine] = []
                var current: Int?
                for (index, read) in readLines.enumerated() {
                    if read.block != current, !block.isEmpty {
                        pages[pages.count - 1].lines += Self.joiningFragments(block, settings: settings)
                        block = []
                    }
                    current = read.block
                    if let finished = Self.finish(read, page: pages[pages.count - 1].index, heavy: { heavy[index].contains($0) }, settings: settings) {
                        block.append(finished)
                    }
                }
                pages[pages.count - 1].lines += Self.joiningFragments(block, settings: settings)
                readLines = []
                picture = nil
            }
            // Vertical text comes a character a line, its spaces in blocks of their own: joined on the whole page.
            pages[pages.count - 1].lines = Self.joiningStackedCharacters(pages[pages.count - 1].lines, settings: settings)
        default:
            break
        }
    }

    /// The pixels a character's quad (four corners, points) covers in a picture of `scale` pixels a point.
    static func pixelBox(quad: [Double], scale: Double) -> PixelBox? {
        guard quad.count == 8 else { return nil }
        let xs = stride(from: 0, to: 8, by: 2).map { quad[$0] * scale }, ys = stride(from: 1, to: 8, by: 2).map { quad[$0] * scale }
        guard let left = xs.min(), let right = xs.max(), let top = ys.min(), let bottom = ys.max() else { return nil }
        return PixelBox(x: Int(left), y: Int(top), width: Int(right.rounded(.up)) - Int(left), height: Int(bottom.rounded(.up)) - Int(top))
    }

    /// Whether the stext mutool wrote holds a page (it opens with it, after the document's element): a file with
    /// none is read no further.
    static func hasPage(_ url: URL) -> Bool {
        guard let handle = try? FileHandle(forReadingFrom: url) else { return false }
        defer { try? handle.close() }
        let head = (try? handle.read(upToCount: 65_536)) ?? Data()
        return head.range(of: Data("<page".utf8)) != nil
    }

    /// Whether a character's ink is measured: an ideograph, or a radical a font maps one to (`⼀`, `⻋`: repaired
    /// later, drawn as the ideograph it stands for).
    static func isMeasured(_ character: Character) -> Bool {
        TextLine.isIdeograph(character) || character.unicodeScalars.first.map { (0x2E80...0x2FDF).contains($0.value) } == true
    }

    /// The engine's line for a line as read: its text, box, commonest size and face, and a head run into it;
    /// `heavy` says which characters (by their place in the line) are set heavier than the body's face, though in
    /// its font: they are in its bold (`TypeFace.heavier`). Nil for a line of white space.
    static func finish(_ read: ReadLine, page: Int, heavy: (Int) -> Bool, settings: PDFSettings) -> PDFLine? {
        guard read.box.count == 4 else { return nil }
        var lineText = ""
        var sizeWeights: [Double: Int] = [:]
        var faceWeights: [TypeFace: Int] = [:]
        // The faces of the line's narrow characters (digits, Latin), which count only on a line without wide ones:
        // a Chinese page sets its digits and Latin words in a companion Latin font, and a line with many numbers
        // (`1.1 万吨，创汇 2500 万`) is still in the face of its ideographs.
        var narrowFaceWeights: [TypeFace: Int] = [:]
        // The line's characters in runs of one face (a space goes with the run it follows): for a run-in head.
        var faceRuns: [(face: TypeFace?, text: String)] = []
        var face: TypeFace?
        for (index, character) in read.characters.enumerated() {
            let c = character.text
            lineText += c
            sizeWeights[(character.size * 10).rounded() / 10, default: 0] += 1
            if c != " " {
                let plain = TypeFace(font: character.font, color: color(character.color))
                face = heavy(index) ? plain.heavier : plain
                if let face {
                    if TextLine.displayWidth(of: c) == 2 { faceWeights[face, default: 0] += 1 } else { narrowFaceWeights[face, default: 0] += 1 }
                }
            }
            // White space (an indent's ideographic spaces too) goes with the run before it, and so do figures
            // and Latin letters on a line with ideographs (set in a companion font); none opens a run.
            let blank = c.unicodeScalars.allSatisfy(\.properties.isWhitespace)
            let companion = TextLine.displayWidth(of: c) < 2 && !faceWeights.isEmpty
            if !blank, !companion, faceRuns.last.map({ $0.face != face }) ?? true {
                faceRuns.append((face, c))
            } else if !faceRuns.isEmpty {
                faceRuns[faceRuns.count - 1].text += c
            }
        }
        let text = lineText.trimmingCharacters(in: .whitespaces)
        let box = BoundingBox(page: page, x: read.box[0], y: read.box[1], width: read.box[2] - read.box[0], height: read.box[3] - read.box[1])
        let fontSize = read.characters.last?.size ?? 0
        if read.vertical, text.isEmpty, !lineText.isEmpty {  // a space in vertical text (`（记者 徐萍 摄）`)
            return PDFLine(text: " ", box: box, fontSize: fontSize, block: read.block, leadingSpace: 0)
        }
        guard !text.isEmpty else { return nil }
        let leading = lineText.prefix { $0 == " " || $0 == "\u{3000}" }.reduce(0) { $0 + ($1 == "\u{3000}" ? 2 : 1) }
        let size = sizeWeights.max { ($0.value, $0.key) < ($1.value, $1.key) }?.key ?? 0
        let commonest = (faceWeights.isEmpty ? narrowFaceWeights : faceWeights)
            .max { ($0.value, $0.key.font, $0.key.color) < ($1.value, $1.key.font, $1.key.color) }?.key
        var line = PDFLine(text: text, box: box, fontSize: size, face: commonest, block: read.block, leadingSpace: leading)
        line.endsInGap = lineText.last.map { $0 == " " || $0 == "\u{3000}" } ?? false
        if let runIn = Self.runIn(faceRuns, settings: settings) {
            // The line's face is its text's, whichever is longer.
            var rest: [TypeFace: Int] = [:]
            for run in faceRuns.dropFirst() { if let face = run.face { rest[face, default: 0] += run.text.count } }
            line.face = rest.max { ($0.value, $0.key.font) < ($1.value, $1.key.font) }?.key ?? commonest
            line.runIn = runIn
        }
        return line
    }

    /// Which characters of each line are set heavier than the body, in the body's own font: where a font does not
    /// name its weight (Chromium's Type 3 fonts are all `Unnamed-T3`), a brief's title in bold, a subhead or a
    /// kicker at body size looks like the body to the text layer, and only its ink tells it. Against the median
    /// stroke of the body's ideographs (the commonest font at its commonest size), a character whose stroke, with
    /// its neighbours' (the median of three; a line's first and last alone), is `PDFSettings.heavyInkRatio` times
    /// that or more is heavy;
    /// figures and punctuation go with the ideographs beside them. Other fonts are told apart by their names.
    static func heavyCharacters(_ lines: [ReadLine], settings: PDFSettings) -> [Set<Int>] {
        var fonts: [String: Int] = [:]
        for line in lines { for character in line.characters where character.stroke != nil { fonts[character.font, default: 0] += 1 } }
        guard let body = fonts.max(by: { ($0.value, $0.key) < ($1.value, $1.key) })?.key else { return lines.map { _ in [] } }
        var sizes: [Double: Int] = [:]
        for line in lines { for character in line.characters where character.font == body && character.stroke != nil { sizes[(character.size * 10).rounded(), default: 0] += 1 } }
        let bodySize = sizes.max { ($0.value, $0.key) < ($1.value, $1.key) }?.key
        let strokes = lines.flatMap { $0.characters.filter { $0.font == body && (($0.size * 10).rounded()) == bodySize }.compactMap(\.stroke) }.sorted()
        guard strokes.count >= settings.inkMinimumCharacters, strokes[strokes.count / 2] > 0 else { return lines.map { _ in [] } }
        let baseline = strokes[strokes.count / 2]
        return lines.map { line in
            let measured = line.characters.indices.filter { line.characters[$0].font == body && line.characters[$0].stroke != nil }
            var heavy = Set<Int>()
            for (position, index) in measured.enumerated() {
                // A line's first and last ideographs by their own strokes: a title wrapped onto the next line may
                // end in one character (`一九九七，文学提供了什` / `么　又是一年…`).
                let window = position == 0 || position == measured.count - 1 ? [index] : Array(measured[(position - 1)...(position + 1)])
                let strokes = window.compactMap { line.characters[$0].stroke }.sorted()
                if strokes[strokes.count / 2] >= baseline * settings.heavyInkRatio { heavy.insert(index) }
            }
            guard !heavy.isEmpty else { return heavy }
            // The body's font's other characters take the weight of the nearest ideograph before them (after them,
            // at the line's start).
            for index in line.characters.indices where line.characters[index].font == body && line.characters[index].stroke == nil {
                let before = measured.last { $0 < index }, after = measured.first { $0 > index }
                if let nearest = before ?? after, heavy.contains(nearest) { heavy.insert(index) }
            }
            return heavy
        }
    }

    /// A line that opens in one face and goes on in another (a brief's title in bold run into its text:
    /// `本赛季男篮职业联赛取消　本报讯一度推迟…`): the opening's text and face; nil when the line is in one
    /// face, or the rest is shorter than `PDFSettings.runInMinimumCharacters` — or, spaced from the opening,
    /// than `PDFSettings.spacedRunInMinimumCharacters` (a dateline the column cut: `李贵鲜会见希腊客人　据新`).
    static func runIn(_ runs: [(face: TypeFace?, text: String)], settings: PDFSettings) -> TextLine.RunIn? {
        guard runs.count >= 2, let first = runs.first, let face = first.face else { return nil }
        let head = first.text.trimmingCharacters(in: .whitespaces)
        let after = runs.dropFirst().map(\.text).joined()
        let rest = after.trimmingCharacters(in: .whitespaces)
        let spaced = first.text.last?.isWhitespace == true || after.first?.isWhitespace == true
        let minimum = spaced ? PDFSettings.spacedRunInMinimumCharacters : settings.runInMinimumCharacters
        guard !head.isEmpty, rest.count >= minimum else { return nil }
        // The rest in one face of its own (the text's), not the head's again.
        let restFaces = Set(runs.dropFirst().compactMap(\.face))
        guard !restFaces.contains(face) else { return nil }
        return TextLine.RunIn(text: head, face: face)
    }

    /// Vertical text (a caption set top to bottom) comes from mutool one character a line, in reading order, every
    /// line of the run with nearly the same box (Chromium's PDFs place them so) and a space as an empty line set
    /// vertically: lines of one character less than a line apart, which text set in lines never is. A run of at
    /// least `TextLine.verticalRun` of them is one line again, its spaces kept (`（记者 徐萍 摄）`), its box theirs.
    static func joiningStackedCharacters(_ lines: [PDFLine], settings: PDFSettings) -> [PDFLine] {
        var result: [PDFLine] = []
        var run: [PDFLine] = []
        func flush() {
            let characters = run.filter { $0.text != " " }
            if characters.count >= TextLine.verticalRun, var joined = characters.first {
                joined.text = run.map(\.text).joined().trimmingCharacters(in: .whitespaces)
                joined.box = run.dropFirst().reduce(joined.box) { $0.union($1.box) }
                if var right = result.last, isColumn(joined, leftOf: right) {
                    right.text += joined.text
                    right.box = right.box.union(joined.box)
                    result[result.count - 1] = right
                } else {
                    result.append(joined)
                }
            } else {
                result += characters
            }
            run = []
        }
        /// The next column of a vertical line set in columns (the line's box at least twice as tall as wide): as
        /// large (within 5 %), its top level with the line's (within half an em), close on its left.
        func isColumn(_ column: PDFLine, leftOf line: PDFLine) -> Bool {
            let size = line.fontSize
            return line.box.height >= line.box.width * 2 && abs(column.fontSize - size) < size * 0.05
                && abs(column.box.y - line.box.y) < size / 2 && column.box.maxX <= line.box.x + 1
                && line.box.x - column.box.maxX <= size * PDFSettings.verticalColumnMaximumGap
        }
        for line in lines {
            let stacked = line.text == " " || (line.text.count == 1 && TextLine.displayWidth(of: line.text) == 2)
            // Its punctuation lies a little off the stack (a mark of vertical text sits in the corner of its em).
            let mark = line.text.first.map { !TextLine.isIdeograph($0) } ?? false
            // After a space (`（通讯员 杜霞艳 摄）` set top to bottom) the step is measured from the space, which holds
            // less than an em.
            if stacked, let last = run.last(where: { $0.text != " " }), line.text == " "
                || (last.box.horizontalOverlap(with: line.box) * 2 >= line.box.width
                    && abs((run.last?.text == " " ? run[run.count - 1] : last).box.y - line.box.y) < line.box.height * (mark ? 2 : settings.stackedCharacterStep))
            {
                run.append(line)
                continue
            }
            flush()
            // A space outside vertical text is no text (as before vertical text was read).
            if line.text == " " { continue }
            if stacked { run = [line] } else { result.append(line) }
        }
        flush()
        return result
    }

    /// mutool cuts a justified line with wide word spaces into one line per word: pieces of one block on one
    /// baseline, at most `PDFSettings.maximumWordGap` type sizes apart, are one line again.
    static func joiningFragments(_ lines: [PDFLine], settings: PDFSettings = PDFSettings()) -> [PDFLine] {
        var joined: [PDFLine] = []
        for line in lines {
            if var last = joined.last, abs(last.box.y - line.box.y) < line.fontSize * settings.fragmentBaselineShift,
                abs(last.box.maxY - line.box.maxY) < line.fontSize * settings.fragmentBaselineShift,
                line.box.x >= last.box.maxX - line.fontSize * settings.fragmentOverlap,
                line.box.x - last.box.maxX <= line.fontSize * settings.maximumWordGap
            {
                let wide = { (c: Character?) in c.map { TextLine.displayWidth(of: String($0)) == 2 } ?? false }
                // A head in a face of its own that mutool gave as a line of its own, the text run in after it.
                if last.runIn == nil, let head = last.face, let face = line.face, head != face,
                    let runIn = runIn([(head, last.text), (face, line.text)], settings: settings)
                {
                    last.runIn = runIn
                    last.face = face
                }
                last.text += wide(last.text.last) && wide(line.text.first) ? line.text : " " + line.text
                last.box = last.box.union(line.box)
                last.endsInGap = line.endsInGap
                joined[joined.count - 1] = last
            } else {
                joined.append(line)
            }
        }
        return joined
    }

    /// `#c00000` → 0xC00000; black when mutool gives none or something unreadable.
    static func color(_ text: String?) -> Int {
        guard let text, text.hasPrefix("#"), let value = Int(text.dropFirst(), radix: 16) else { return 0 }
        return text.count == 4 ? ((value >> 8) & 0xF) * 0x110000 + ((value >> 4) & 0xF) * 0x1100 + (value & 0xF) * 0x11 : value & 0xFFFFFF
    }

    static func numbers(_ text: String?) -> [Double] {
        (text ?? "").split(separator: " ").map { number(String($0)) }
    }

    /// A number of mutool's XML; a damaged file can give `nan`, `inf` or coordinates far off any page, which no
    /// box (and no JSON) can hold: `nan` reads 0, the others are held within a million points.
    static func number(_ text: String?) -> Double {
        guard let value = text.flatMap(Double.init), !value.isNaN else { return 0 }
        return min(max(value, -largestCoordinate), largestCoordinate)
    }

    static let largestCoordinate = 1_000_000.0
}
