import Banmian
import Foundation

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// A page of an ALTO file: its size and its lines, in points, as the rest of Banmian reads a PDF page's.
public struct ALTOPage: Sendable, Equatable {
    /// A word the OCR was unsure of: kept in its line, and reported.
    public struct DoubtfulWord: Sendable, Equatable {
        public var line: Int
        public var word: String
        public var confidence: Double

        public init(line: Int, word: String, confidence: Double) {
            self.line = line
            self.word = word
            self.confidence = confidence
        }
    }

    /// The page's place in the file (1-based).
    public var index: Int
    public var size: PageSize
    /// The lines in the file's order, each with its box, and its type size and face where the file gives them.
    public var lines: [TextLine]
    /// The words whose confidence (`WC`) is under `ALTOReader.doubtfulConfidence`.
    public var doubtfulWords: [DoubtfulWord]
    /// An OCR engine's words with their boxes (straightened as the lines are): what its reading is checked
    /// against a page's text word by word (`banmian eval`'s character error rate).
    public var recognizedWords: [RecognizedWord] = []

    public struct RecognizedWord: Sendable, Equatable {
        public var text: String
        public var box: BoundingBox
    }
    /// Its words carry confidences: an OCR engine read them from a picture.
    public var isRecognized: Bool
    /// The type size each line of an OCR engine's reading looks set in (by line number), measured from its
    /// characters' heights where the file gives no sizes: approximate, `TypeSizes.clustered` makes them sizes.
    public var measuredSizes: [Int: Double] = [:]
    /// How wide one em of each recognized line's type is (by line number): its words' widths over their letters'
    /// (`TypeSizes.ems(of:)`), to check the sizes the engine wrote (`TypeSizes.checkedByDensity`).
    public var inkWidths: [Int: Double] = [:]
    /// The `ID` of the `TextBlock` each line is in (by line number): what a METS document's areas point to.
    public var lineBlocks: [Int: String] = [:]
    /// The picture the file was read from, as its `sourceImageInformation` names it (`0007.jp2`), if it does.
    public var sourceImage: String?
    /// The rules and pictures the file marks (`GraphicalElement`, `Illustration`): module boundaries, as a PDF's
    /// drawings are.
    public var drawings = PageDrawings()
}

/// Reads ALTO (versions 2, 3 and 4: the namespace is not checked, the elements are the same): `Page`s of
/// `TextBlock`s of `TextLine`s of `String`s with `HPOS`/`VPOS`/`WIDTH`/`HEIGHT` in the file's `MeasurementUnit`
/// (`pixel`, taken at 300 dpi; `mm10`; `inch1200`), spaces (`SP`) and hyphens (`HYP`) between and after them, type
/// sizes, families and styles from `TextStyle` (and a `String`'s own `STYLE`), word confidence `WC`; thin
/// `GraphicalElement`s as rules, the others and `Illustration`s as pictures.
public enum ALTOReader {
    /// Below this word confidence a word is reported as doubtful (it is kept, never dropped).
    public static let doubtfulConfidence = 0.5

    /// The pixel size a file in `pixel` units is taken at when its producer does not say (a library's scans).
    public static let defaultPixelsPerInch = 300.0

    public static func read(path: String, maximumBytes: Int = 256 << 20, pixelsPerInch: Double = defaultPixelsPerInch) throws(BanmianError) -> [ALTOPage] {
        let file = try InputFile.open(path)
        if let size = file.size, size > maximumBytes {
            throw BanmianError(.tooLarge, source: path, detail: "is \(size >> 20) MiB, more than an ALTO page should be", advice: "check that it is one page's ALTO")
        }
        return try parse(try file.read(upTo: maximumBytes + 1), source: path, pixelsPerInch: pixelsPerInch)
    }

    /// `pixelsPerInch`: the resolution of the picture a file in `pixel` units measures (an OCR engine's ALTO
    /// of a 200 dpi scan).
    public static func parse(_ data: Data, source: String, pixelsPerInch: Double = defaultPixelsPerInch) throws(BanmianError) -> [ALTOPage] {
        let reader = Reader(pixelScale: 72 / (pixelsPerInch > 0 ? pixelsPerInch : defaultPixelsPerInch))
        let parser = XMLParser(data: data)
        parser.delegate = reader
        parser.shouldResolveExternalEntities = false
        let parsed = parser.parse()
        guard parsed, reader.sawRoot, reader.closedRoot else {
            let reason =
                !reader.sawRoot ? "its root element is not alto"
                : !parsed ? (parser.parserError.map { "\($0.localizedDescription) at line \(parser.lineNumber)" } ?? "it is not well-formed XML")
                : "it is cut short: no closing </alto>"
            throw BanmianError(.undecodable, source: source, detail: "is not a readable ALTO file (\(reason))", advice: "give the page's ALTO XML as the library delivered it")
        }
        guard !reader.pages.isEmpty else {
            throw BanmianError(.empty, source: source, detail: "is an ALTO file without a Page", advice: "give an ALTO file with the page's layout")
        }
        return reader.pages
    }

    /// How high a recognized word's box would be set in letters that rise to the capitals' height and none that
    /// fall below the line, so that the lines of one size measure one size whatever their words: in Latin script
    /// a box is as high as its tallest and lowest letters (`milking,` a third higher than `the`, `on a` lower
    /// still; the dot of an `i` rises nearly as high as an ascender, a `t` not). A word with descenders and
    /// ascenders counts `descenderShare` of its height, one with descenders only (its x-height and descenders,
    /// about the capitals' height) all of it; a word of x-height letters only says nothing (nil). Other scripts
    /// (a CJK character fills its em) as measured.
    static func ascenderHeight(of text: String, boxHeight: Double) -> Double? {
        let letters = text.unicodeScalars.filter { $0.properties.isAlphabetic || $0.properties.numericType != nil }
        guard !letters.isEmpty, letters.allSatisfy({ $0.isASCII }) else { return boxHeight }
        let rises = letters.contains { $0.properties.isUppercase || $0.properties.numericType != nil || "bdfhijkl".unicodeScalars.contains($0) }
        let falls = text.unicodeScalars.contains { "gjpqy,;".unicodeScalars.contains($0) }
        switch (rises, falls) {
        case (true, true): return boxHeight * descenderShare
        case (true, false), (false, true): return boxHeight
        case (false, false): return nil
        }
    }

    /// The share of a Latin word's box that its ascenders and x-height take when it has descenders too.
    static let descenderShare = 0.78
}

/// The SAX reader behind `ALTOReader`: styles first (they come before the layout), then each page's lines.
private final class Reader: NSObject, XMLParserDelegate {
    struct Style {
        var size: Double?
        var family: String?
        var bold = false
        var italic = false
        var color: Int?
    }

    struct Word: MisreadWord {
        var text: String
        var box: (x: Double, y: Double, width: Double, height: Double)?
        var style: Style
        /// An OCR engine's confidence in it (`WC`).
        var confidence: Double?
        /// An `SP` stands before it: a space, kept even between CJK characters (`本报记者 张三`), except where
        /// an OCR engine put one between every two characters (`Reader.recognizedRuns`).
        var spaced: Bool
        /// No `SP`, but a gap before it: a space between Latin words, none between CJK characters.
        var apart: Bool
    }

    var sawRoot = false
    var closedRoot = false
    var pages: [ALTOPage] = []
    /// Points per pixel.
    private let pixelScale: Double
    private var unitScale: Double  // pixel, until the file says otherwise
    private var inUnit = false
    private var inFileName = false
    private var block: String?
    private var fileName = ""
    private var unitText = ""
    private var styles: [String: Style] = [:]
    private var page: ALTOPage?
    private var lineAttributes: [String: String]?
    private var words: [Word] = []
    private var spacePending = false
    /// A quotation opened in the block's lines before this one (`OCRMisreadings.quotesRepaired`).
    private var quoteOpen = false
    private var hyphen: String?
    /// The page's rules and pictures (`isElement`: a `GraphicalElement`), told apart once its skew is known.
    private var graphics: [(box: BoundingBox, isElement: Bool)] = []
    /// The slopes of the page's recognized lines (`PageSkew`), and what each line's size is measured from.
    private var slopes: [Double] = []
    private var measures: [Int: PageSkew.LineMeasure] = [:]

    init(pixelScale: Double) {
        self.pixelScale = pixelScale
        unitScale = pixelScale
    }

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]) {
        let element = name.split(separator: ":").last.map(String.init) ?? name
        switch element {
        case "alto": sawRoot = true
        case "MeasurementUnit":
            inUnit = true
            unitText = ""
        case "fileName":
            inFileName = true
            fileName = ""
        case "TextStyle":
            if let id = attributes["ID"] { styles[id] = Self.style(attributes) }
        case "Page":
            let index = pages.count + 1
            let width = Self.number(attributes["WIDTH"]).map { $0 * unitScale } ?? 0
            let height = Self.number(attributes["HEIGHT"]).map { $0 * unitScale } ?? 0
            page = ALTOPage(index: index, size: PageSize(width: width, height: height), lines: [], doubtfulWords: [], isRecognized: false)
            let named = fileName.trimmingCharacters(in: .whitespacesAndNewlines)
            page?.sourceImage = named.isEmpty ? nil : named
        case "TextBlock":
            block = attributes["ID"]
            quoteOpen = false
        case "TextLine":
            lineAttributes = attributes
            words = []
            spacePending = false
            hyphen = nil
        case "String":
            guard lineAttributes != nil, let content = attributes["CONTENT"], !content.isEmpty else { return }
            var style = lineStyle
            for id in (attributes["STYLEREFS"] ?? "").split(separator: " ") {
                if let own = styles[String(id)] { style = Self.merged(style, own) }
            }
            let inline = (attributes["STYLE"] ?? "").lowercased()
            if inline.contains("bold") { style.bold = true }
            if inline.contains("italic") { style.italic = true }
            let box = box(attributes)
            let confidence = Self.number(attributes["WC"])
            words.append(
                Word(text: content, box: box, style: style, confidence: confidence, spaced: spacePending && !words.isEmpty, apart: Self.standsApart(box, from: words.last?.box)))
            spacePending = false
            if let confidence {
                page?.isRecognized = true
                if confidence < ALTOReader.doubtfulConfidence, let number = page.map({ $0.lines.count + 1 }) {
                    page?.doubtfulWords.append(ALTOPage.DoubtfulWord(line: number, word: content, confidence: confidence))
                }
            }
        case "SP": spacePending = true
        case "GraphicalElement", "Illustration":
            guard page != nil, let box = box(attributes), box.width > 0, box.height > 0 else { return }
            graphics.append((BoundingBox(page: pages.count + 1, x: box.x, y: box.y, width: box.width, height: box.height, origin: .topLeft), element == "GraphicalElement"))
        case "HYP": hyphen = attributes["CONTENT"].flatMap { $0.isEmpty ? nil : $0 } ?? "-"
        default: break
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if inUnit { unitText += string }
        if inFileName { fileName += string }
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        let element = name.split(separator: ":").last.map(String.init) ?? name
        switch element {
        case "MeasurementUnit":
            inUnit = false
            switch unitText.trimmingCharacters(in: .whitespacesAndNewlines).lowercased() {
            case "mm10": unitScale = 72.0 / 254
            case "inch1200": unitScale = 72.0 / 1200
            default: unitScale = pixelScale
            }
        case "fileName": inFileName = false
        case "TextBlock": block = nil
        case "TextLine": closeLine()
        case "alto": closedRoot = true
        case "Page":
            if var page {
                let skew = PageSkew(slopes: slopes)
                page.drawings = skew.drawings(graphics, pageSize: page.size)
                if page.isRecognized {
                    page.lines = page.lines.map { skew.straightened($0, pageSize: page.size) }
                    page.recognizedWords = page.recognizedWords.map { ALTOPage.RecognizedWord(text: $0.text, box: skew.straightened($0.box, pageSize: page.size)) }
                    for (number, measure) in measures { page.measuredSizes[number] = skew.size(measure) }
                }
                pages.append(page)
            }
            page = nil
            graphics = []
            slopes = []
            measures = [:]
        default: break
        }
    }

    /// The line's style: its own `STYLEREFS`, which its words may override.
    private var lineStyle: Style {
        var style = Style()
        for id in (lineAttributes?["STYLEREFS"] ?? "").split(separator: " ") {
            if let own = styles[String(id)] { style = Self.merged(style, own) }
        }
        return style
    }

    /// A line of the page: its words joined (a space between them, none between two CJK characters), a hyphen
    /// kept at its end, its box (the line's, else its words'), and the size and face most of its characters have.
    /// An OCR engine's line is first cut where its words stand far apart (`Reader.recognizedRuns`).
    private func closeLine() {
        defer {
            lineAttributes = nil
            words = []
        }
        guard let attributes = lineAttributes, !words.isEmpty else { return }
        let read = OCRMisreadings.charactersRepaired(OCRMisreadings.quotesRepaired(OCRMisreadings.gapsRepaired(words), open: &quoteOpen))
        let runs = Self.recognizedRuns(read).map(OCRMisreadings.openingRepaired)
        for (offset, run) in runs.enumerated() {
            let lineBox = box(attributes)
            addLine(run, box: runs.count == 1 ? lineBox : nil, height: lineBox?.height, hyphen: offset == runs.count - 1 ? hyphen : nil)
        }
    }

    /// `height`: the height of the line in the file (which `lineBox` has unless the line was cut).
    private func addLine(_ words: [Word], box lineBox: (x: Double, y: Double, width: Double, height: Double)?, height: Double?, hyphen: String?) {
        guard var page else { return }
        var text = ""
        for word in words {
            if word.spaced {
                text += " "
            } else if word.apart, let last = text.last, let first = word.text.first, !(Self.isWide(last) && Self.isWide(first)) {
                text += " "
            }
            text += word.text
        }
        if let hyphen, !text.hasSuffix(hyphen) { text += hyphen == "¬" ? "-" : hyphen }
        // Spaces a producer left inside the words (`　　本报…`) are the line's indent, as in text.
        let lead = text.prefix { $0 == " " || $0 == "\u{3000}" }
        let indent = lead.reduce(0) { $0 + ($1 == " " ? 1 : 2) }
        text = String(text.dropFirst(lead.count)).trimmingCharacters(in: .whitespaces)
        guard !text.isEmpty else { return }
        let boxes = words.compactMap(\.box)
        var box = lineBox
        if box == nil, let first = boxes.first {
            let right = boxes.map { $0.x + $0.width }.max() ?? first.x
            let bottom = boxes.map { $0.y + $0.height }.max() ?? first.y
            let left = boxes.map(\.x).min() ?? first.x
            let top = boxes.map(\.y).min() ?? first.y
            box = (left, top, right - left, bottom - top)
        }
        var line = TextLine(
            number: page.lines.count + 1, text: text, indent: indent, width: TextLine.displayWidth(of: text),
            box: box.map { BoundingBox(page: page.index, x: $0.x, y: $0.y, width: $0.width, height: $0.height, origin: .topLeft) })
        var sizes: [Double: Int] = [:]
        var faces: [TypeFace: Int] = [:]
        for word in words {
            if let size = word.style.size { sizes[size, default: 0] += word.text.count }
            if let face = Self.face(word.style) { faces[face, default: 0] += word.text.count }
        }
        line.fontSize = sizes.max { $0.value < $1.value }?.key
        line.face = faces.max { $0.value < $1.value }?.key
        if words.allSatisfy({ $0.confidence != nil }) {
            page.recognizedWords += words.compactMap { word in
                word.box.map { ALTOPage.RecognizedWord(text: word.text, box: BoundingBox(page: page.index, x: $0.x, y: $0.y, width: $0.width, height: $0.height, origin: .topLeft)) }
            }
            let measured = words.compactMap { word in word.box.map { (width: $0.width, ems: TypeSizes.ems(of: word.text)) } }
            let ems = measured.reduce(0) { $0 + $1.ems }
            if measured.count == words.count, ems > 0 { page.inkWidths[line.number] = measured.reduce(0) { $0 + $1.width } / ems }
        }
        if line.fontSize == nil, words.allSatisfy({ $0.confidence != nil }) {
            let measured = words.compactMap { word in word.box.map { (text: word.text, height: $0.height) } }.filter { $0.height > 0 }
            let typical = measured.compactMap { ALTOReader.ascenderHeight(of: $0.text, boxHeight: $0.height) }
            let heights = (typical.isEmpty ? measured.map(\.height) : typical).sorted()
            measures[line.number] = PageSkew.LineMeasure(
                wordHeight: heights.isEmpty ? nil : heights[heights.count / 2], lineHeight: height.flatMap { $0 > 0 ? $0 : nil }, width: box?.width ?? 0)
            if let slope = PageSkew.slope(words.compactMap(\.box)) { slopes.append(slope) }
        }
        if let block { page.lineBlocks[line.number] = block }
        page.lines.append(line)
        self.page = page
    }

    /// The words of a line an OCR engine read (each with a confidence and a box), as the lines they were printed
    /// in, with the spaces they had. Its layout analysis joins words that share a baseline into one line across
    /// columns (two headlines side by side, a date and a page name in the header): a gap of more than two of the
    /// line's character heights between two words is no space inside a printed line, and cuts it. And reading
    /// Chinese it takes each character or two for a word, with an `SP` between every two, space or not: next to a
    /// CJK character a space is only where the gap is at least `recognizedSpace` of a character height (its boxes
    /// are rough: between two characters set solid it leaves gaps of up to half a height; between the names of a
    /// byline, set a space apart, 0.6 to 1), and never beside full-width punctuation (whose ink is narrow in its
    /// em); between digits where the gap is `recognizedDigitSpace` or more; between Latin words where an `SP`
    /// stands. Words of other files are one line as given.
    static let recognizedSpace = 0.6
    /// Between digits: the pieces of one number (`199` `2`, as the Chinese model cuts it) stand closer.
    static let recognizedDigitSpace = 0.2

    /// Full-width punctuation (`，。、；：“”（）《》`).
    private static func isPunctuation(_ character: Character) -> Bool {
        isWide(character) && character.isPunctuation
    }

    static func recognizedRuns(_ words: [Word]) -> [[Word]] {
        guard !words.isEmpty else { return [] }
        guard words.allSatisfy({ $0.confidence != nil && $0.box != nil }) else { return [words] }
        let heights = words.compactMap { $0.box?.height }.sorted()
        guard let em = heights.isEmpty ? nil : heights[heights.count / 2], em > 0 else { return [words] }
        var runs: [[Word]] = []
        var previous: Word?
        for var word in words {
            if let previous, let before = previous.box, let box = word.box {
                let gap = box.x - (before.x + before.width)
                if gap > 2 * em {
                    runs.append([])
                    word.spaced = false
                } else if word.spaced, let last = previous.text.last, let first = word.text.first {
                    if isWide(last) || isWide(first) {
                        word.spaced = gap >= Self.recognizedSpace * em && !Self.isPunctuation(last) && !Self.isPunctuation(first)
                    } else if last.isNumber, first.isNumber {
                        word.spaced = gap >= Self.recognizedDigitSpace * em
                    }
                }
            }
            if runs.isEmpty { runs.append([]) }
            runs[runs.count - 1].append(word)
            previous = word
        }
        return runs
    }

    private func box(_ attributes: [String: String]) -> (x: Double, y: Double, width: Double, height: Double)? {
        guard let x = Self.number(attributes["HPOS"]), let y = Self.number(attributes["VPOS"]), let width = Self.number(attributes["WIDTH"]),
            let height = Self.number(attributes["HEIGHT"])
        else { return nil }
        return (x * unitScale, y * unitScale, width * unitScale, height * unitScale)
    }

    /// Two words without an `SP` between them are apart when a gap of a fifth of their height or more separates
    /// them, or when their places are not known; touching, they are one run of text (`北京` `1月5日电`).
    private static func standsApart(_ box: (x: Double, y: Double, width: Double, height: Double)?, from previous: (x: Double, y: Double, width: Double, height: Double)??) -> Bool {
        guard let previous else { return false }  // the line's first word
        guard let box, let previous else { return true }
        return box.x - (previous.x + previous.width) >= max(box.height, previous.height) / 5
    }

    /// A character set on a full em (CJK): no space is written between two of them.
    private static func isWide(_ character: Character) -> Bool { TextLine.displayWidth(of: String(character)) > 1 }

    private static func number(_ text: String?) -> Double? {
        guard let text, let value = Double(text.trimmingCharacters(in: .whitespaces)), value.isFinite else { return nil }
        return value
    }

    private static func style(_ attributes: [String: String]) -> Style {
        let font = (attributes["FONTSTYLE"] ?? "").lowercased()
        return Style(
            size: number(attributes["FONTSIZE"]).flatMap { $0 > 0 ? $0 : nil }, family: attributes["FONTFAMILY"], bold: font.contains("bold"),
            italic: font.contains("italic"), color: attributes["FONTCOLOR"].flatMap { Int($0, radix: 16) })
    }

    private static func merged(_ base: Style, _ own: Style) -> Style {
        Style(
            size: own.size ?? base.size, family: own.family ?? base.family, bold: base.bold || own.bold, italic: base.italic || own.italic,
            color: own.color ?? base.color)
    }

    /// A face only where the file names one (a family, a weight or a slant, a colour): an OCR layer without styles
    /// gives the pipeline nothing to set lines apart by, rather than one made-up face for all.
    private static func face(_ style: Style) -> TypeFace? {
        guard style.family != nil || style.bold || style.italic || style.color != nil else { return nil }
        let name = (style.family ?? "ALTO") + (style.bold ? "-Bold" : "") + (style.italic ? "-Italic" : "")
        return TypeFace(font: name, color: style.color ?? 0)
    }
}
