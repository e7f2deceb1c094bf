import Banmian
import Foundation

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// Reads `mutool draw -F stext` XML into pages of lines, keeping per line only its text, box and type size.
final class StextParser: NSObject, XMLParserDelegate {
    private(set) var pages: [PDFPage] = []
    private var blockIndex = 0
    private var blockLeft = 0.0
    private var lineBox: [Double] = []
    private var lineText = ""
    private var sizeWeights: [Double: Int] = [:]
    private var fontSize = 0.0

    static func parse(_ data: Data) -> [PDFPage]? {
        let delegate = StextParser()
        let parser = XMLParser(data: data)
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
            blockLeft = Self.numbers(attributes["bbox"]).first ?? 0
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
        guard name == "line", !pages.isEmpty, lineBox.count == 4 else { return }
        let text = lineText.trimmingCharacters(in: .whitespaces)
        guard !text.isEmpty else { return }
        let leading = lineText.prefix { $0 == " " || $0 == "\u{3000}" }.reduce(0) { $0 + ($1 == "\u{3000}" ? 2 : 1) }
        let size = sizeWeights.max { ($0.value, $0.key) < ($1.value, $1.key) }?.key ?? 0
        let box = BoundingBox(
            page: pages[pages.count - 1].index, x: lineBox[0], y: lineBox[1], width: lineBox[2] - lineBox[0], height: lineBox[3] - lineBox[1])
        pages[pages.count - 1].lines.append(
            PDFLine(text: text, box: box, fontSize: size, block: blockIndex, blockLeft: blockLeft, leadingSpace: leading))
    }

    static func numbers(_ text: String?) -> [Double] {
        (text ?? "").split(separator: " ").compactMap { Double($0) }
    }
}
