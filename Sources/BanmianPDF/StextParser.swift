import Banmian
import Foundation

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// Reads `mutool draw -F stext` XML into pages of lines, keeping per line only its text, box and type size.
final class StextParser: NSObject, XMLParserDelegate {
    private(set) var pages: [PDFPage] = []
    private var blockIndex = 0
    private var blockLines: [PDFLine] = []
    private var lineBox: [Double] = []
    private var lineText = ""
    private var sizeWeights: [Double: Int] = [:]
    private var fontSize = 0.0

    static func parse(_ data: Data) -> [PDFPage]? {
        parse(XMLParser(data: data))
    }

    /// Reads the XML from a file as a stream: only the lines found are kept, never the whole document.
    static func parse(contentsOf url: URL) -> [PDFPage]? {
        guard let stream = InputStream(url: url) else { return nil }
        return parse(XMLParser(stream: stream))
    }

    private static func parse(_ parser: XMLParser) -> [PDFPage]? {
        let delegate = StextParser()
        parser.delegate = delegate
        guard parser.parse() else { return nil }
        return delegate.pages
    }

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]) {
        switch name {
        case "page":
            pages.append(PDFPage(index: pages.count + 1, width: Double(attributes["width"] ?? "") ?? 0, height: Double(attributes["height"] ?? "") ?? 0, lines: []))
        case "block":
            blockIndex += 1
        case "line":
            lineBox = Self.numbers(attributes["bbox"])
            lineText = ""
            sizeWeights = [:]
        case "font":
            fontSize = Double(attributes["size"] ?? "") ?? 0
        case "char":
            if let c = attributes["c"] {
                lineText += c
                sizeWeights[(fontSize * 10).rounded() / 10, default: 0] += 1
            }
        default: break
        }
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        if name == "block" {
            pages[pages.count - 1].lines += Self.joiningFragments(blockLines)
            blockLines = []
        }
        guard name == "line", !pages.isEmpty, lineBox.count == 4 else { return }
        let text = lineText.trimmingCharacters(in: .whitespaces)
        guard !text.isEmpty else { return }
        let leading = lineText.prefix { $0 == " " || $0 == "\u{3000}" }.reduce(0) { $0 + ($1 == "\u{3000}" ? 2 : 1) }
        let size = sizeWeights.max { ($0.value, $0.key) < ($1.value, $1.key) }?.key ?? 0
        let box = BoundingBox(
            page: pages[pages.count - 1].index, x: lineBox[0], y: lineBox[1], width: lineBox[2] - lineBox[0], height: lineBox[3] - lineBox[1])
        blockLines.append(PDFLine(text: text, box: box, fontSize: size, block: blockIndex, leadingSpace: leading))
    }

    /// mutool cuts a justified line with wide word spaces into one line per word: pieces of one block on one
    /// baseline, at most `maximumWordGap` type sizes apart, are one line again.
    static func joiningFragments(_ lines: [PDFLine]) -> [PDFLine] {
        var joined: [PDFLine] = []
        for line in lines {
            if var last = joined.last, abs(last.box.y - line.box.y) < line.fontSize * 0.3, abs(last.box.maxY - line.box.maxY) < line.fontSize * 0.3,
                line.box.x >= last.box.maxX - line.fontSize * 0.2, line.box.x - last.box.maxX <= line.fontSize * maximumWordGap
            {
                let wide = { (c: Character?) in c.map { TextLine.displayWidth(of: String($0)) == 2 } ?? false }
                last.text += wide(last.text.last) && wide(line.text.first) ? line.text : " " + line.text
                last.box = last.box.union(line.box)
                joined[joined.count - 1] = last
            } else {
                joined.append(line)
            }
        }
        return joined
    }

    static let maximumWordGap = 2.0

    static func numbers(_ text: String?) -> [Double] {
        (text ?? "").split(separator: " ").compactMap { Double($0) }
    }
}
