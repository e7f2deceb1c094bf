import Banmian
import Foundation

/// Writes a page as ALTO 4.4: its blocks as `TextBlock`s (in reading order, with IDs that METS can point to; then
/// the text the page set apart from them, such as an advertisement, a block each), their
/// lines as `TextLine`s of `String`s (words split at spaces, `SP` between them; a run of CJK text one `String`),
/// boxes in 1/1200 inch, and a `TextStyle` per type size and face. Pages read from text, without geometry, are
/// written without positions (ALTO allows it).
public enum ALTOWriter {
    /// The ALTO document of `page` (its source named as the file it was read from).
    public static func document(for page: PageResult) -> String {
        var styles: [StyleKey: String] = [:]
        var body = ""
        let pageId = "P1"
        for (blockIndex, block) in page.blocks.enumerated() {
            let lines = block.lines.filter { !$0.isBlank }.map { line in
                var line = line
                line.box = topLeft(line.box, pageHeight: page.size?.height)
                return line
            }
            guard !lines.isEmpty else { continue }
            let blockId = "\(pageId)_TB\(blockIndex + 1)"
            body += "<TextBlock ID=\"\(blockId)\"\(position(BoundingBox.enclosing(lines.compactMap(\.box))))>\n"
            for (lineIndex, line) in lines.enumerated() {
                let lineId = "\(blockId)_L\(lineIndex + 1)"
                var styleRef = ""
                if line.fontSize != nil || line.face != nil {
                    let key = StyleKey(size: line.fontSize, face: line.face)
                    let id = styles[key] ?? "TS\(styles.count + 1)"
                    styles[key] = id
                    styleRef = " STYLEREFS=\"\(id)\""
                }
                body += "<TextLine ID=\"\(lineId)\"\(styleRef)\(position(line.box))>" + strings(of: line, id: lineId) + "</TextLine>\n"
            }
            body += "</TextBlock>\n"
        }
        // Text the page set apart from its blocks (an advertisement in a frame): one block each, so that the ALTO
        // holds all of the page's text.
        let blockSpans = page.blocks.filter { !$0.lines.allSatisfy(\.isBlank) }.map(\.span)
        for (index, text) in page.unassigned.enumerated()
        where !text.text.isEmpty && !blockSpans.contains(where: { $0.firstLine <= text.span.lastLine && text.span.firstLine <= $0.lastLine }) {
            let box = topLeft(text.span.box, pageHeight: page.size?.height)
            let blockId = "\(pageId)_U\(index + 1)"
            let line = TextLine(number: 0, text: text.text, indent: 0, width: TextLine.displayWidth(of: text.text), box: box)
            body += "<TextBlock ID=\"\(blockId)\"\(position(box))><TextLine ID=\"\(blockId)_L1\"\(position(box))>"
            body += strings(of: line, id: blockId + "_L1") + "</TextLine></TextBlock>\n"
        }
        var out = """
            <?xml version="1.0" encoding="UTF-8"?>
            <alto xmlns="http://www.loc.gov/standards/alto/ns-v4#" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" \
            xsi:schemaLocation="http://www.loc.gov/standards/alto/ns-v4# http://www.loc.gov/alto/v4/alto-4-4.xsd">
            <Description>
            <MeasurementUnit>inch1200</MeasurementUnit>
            <sourceImageInformation><fileName>\(escaped(page.source))</fileName></sourceImageInformation>
            </Description>

            """
        if !styles.isEmpty {
            out += "<Styles>\n"
            for (key, id) in styles.sorted(by: { Int($0.value.dropFirst(2)) ?? 0 < Int($1.value.dropFirst(2)) ?? 0 }) {
                var attributes = " ID=\"\(id)\""
                if let face = key.face {
                    attributes += " FONTFAMILY=\"\(escaped(face.font))\" FONTCOLOR=\"\(String(format: "%06X", face.color & 0xFFFFFF))\""
                }
                // FONTSIZE is required by the schema; a face without a size gets the body's, which the reader
                // does not use (its sizes decide only where most of the text has one).
                attributes += " FONTSIZE=\"\(number(key.size ?? 0))\""
                out += "<TextStyle\(attributes)/>\n"
            }
            out += "</Styles>\n"
        }
        let size = page.size.map { " WIDTH=\"\(number($0.width * scale))\" HEIGHT=\"\(number($0.height * scale))\"" } ?? ""
        let printed = page.number.map { " PRINTED_IMG_NR=\"\($0)\"" } ?? ""
        out += "<Layout>\n<Page ID=\"\(pageId)\" PHYSICAL_IMG_NR=\"1\"\(printed)\(size)>\n<PrintSpace ID=\"\(pageId)_PS\">\n"
        out += body
        out += "</PrintSpace>\n</Page>\n</Layout>\n</alto>\n"
        return out
    }

    /// `units` half-width units of leading space: ideographic spaces, and an ASCII space for an odd one.
    static func indentation(_ units: Int) -> String {
        guard units > 0 else { return "" }
        return String(repeating: "\u{3000}", count: units / 2) + (units % 2 == 1 ? " " : "")
    }

    /// The IDs of the `TextBlock`s (as `document(for:)` writes them) that hold each part of `article`: its kicker,
    /// headline, subtitle and byline blocks, and for each paragraph the blocks its lines are in.
    public static func blocks(of article: Article, in page: PageResult) -> (
        kicker: [String], headline: [String], subtitle: [String], byline: [String], paragraphs: [[String]]
    ) {
        let written = page.blocks.enumerated().filter { !$0.element.lines.allSatisfy(\.isBlank) }
        let overlapping = { (span: SourceSpan) in
            written.filter { $0.element.span.firstLine <= span.lastLine && span.firstLine <= $0.element.span.lastLine }
        }
        let id = { (index: Int) in "P1_TB\(index + 1)" }
        let inArticle = overlapping(article.span)
        // An article's span may run over other articles' blocks (a part read on after another module): its
        // headline, kicker, subtitle and bylines are the blocks of that role in it whose text is theirs.
        let bare = { (text: String) in String(text.filter { !$0.isWhitespace }) }
        let printed = { (block: Block) in bare(block.text) }
        let ids = { (role: BlockRole, text: String) in
            inArticle.filter { block in
                let own = printed(block.element), theirs = bare(text)
                return block.element.role == role && !own.isEmpty && !theirs.isEmpty && (theirs.contains(own) || own.contains(theirs))
            }.map { id($0.offset) }
        }
        let names = article.bylines.flatMap(\.names).map(bare)
        let bylines = inArticle.filter { block in block.element.role == .byline && names.contains { printed(block.element).contains($0) } }.map { id($0.offset) }
        let paragraphs = article.sections.flatMap(\.paragraphs).map { paragraph in
            overlapping(paragraph.span).filter { ![.kicker, .headline, .subtitle, .byline].contains($0.element.role) }.map { id($0.offset) }
        }
        return (
            ids(.kicker, article.kicker ?? ""), ids(.headline, article.headline ?? ""), ids(.subtitle, article.subtitle ?? ""), bylines, paragraphs.filter { !$0.isEmpty }
        )
    }

    /// 1/1200 inch per point.
    static let scale = 1200.0 / 72

    private struct StyleKey: Hashable {
        var size: Double?
        var face: TypeFace?
    }

    /// The line's words with their boxes: split at spaces, each given a share of the line's box by its width in
    /// half-width units (the page gives line boxes, not word boxes).
    static func words(of line: TextLine) -> [(text: String, box: BoundingBox?)] {
        let pieces = line.text.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
        guard let box = line.box, pieces.count > 1 else { return pieces.map { ($0, line.box) } }
        let widths = pieces.map { Double(TextLine.displayWidth(of: $0)) }
        let total = widths.reduce(0, +) + Double(pieces.count - 1)
        var x = box.x
        return zip(pieces, widths).map { piece, width in
            let share = total > 0 ? box.width * width / total : 0
            defer { x += share + (total > 0 ? box.width / total : 0) }
            return (piece, BoundingBox(page: box.page, x: x, y: box.y, width: share, height: box.height, origin: box.origin))
        }
    }

    /// A line's `String`s with `SP` between them. A paragraph's opening spaces stay in its first word, as the
    /// page's text had them (ALTOReader reads them back as the line's indent).
    private static func strings(of line: TextLine, id: String) -> String {
        var out = ""
        for (index, word) in words(of: line).enumerated() {
            if index > 0 { out += "<SP/>" }
            let content = (index == 0 ? indentation(line.indent) : "") + word.text
            out += "<String ID=\"\(id)_S\(index + 1)\" CONTENT=\"\(escaped(content))\"\(position(word.box))/>"
        }
        return out
    }

    /// `box` measured from the page's top left, as ALTO measures.
    private static func topLeft(_ box: BoundingBox?, pageHeight: Double?) -> BoundingBox? {
        guard let box, box.origin == .bottomLeft, let pageHeight else { return box }
        return BoundingBox(page: box.page, x: box.x, y: pageHeight - box.y - box.height, width: box.width, height: box.height, origin: .topLeft)
    }

    private static func position(_ box: BoundingBox?) -> String {
        guard let box else { return "" }
        return " HPOS=\"\(number(box.x * scale))\" VPOS=\"\(number(box.y * scale))\" WIDTH=\"\(number(box.width * scale))\" HEIGHT=\"\(number(box.height * scale))\""
    }

    /// A number with at most two decimals, without trailing zeros.
    static func number(_ value: Double) -> String {
        let rounded = (value * 100).rounded() / 100
        return rounded == rounded.rounded() ? String(Int(rounded)) : String(rounded)
    }

    /// Text safe in an attribute; characters XML 1.0 cannot hold become U+FFFD.
    static func escaped(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "\t": out += "&#9;"
            case "\n": out += "&#10;"
            case "\r": out += "&#13;"
            case _ where scalar.value < 0x20 || (0xFFFE...0xFFFF).contains(scalar.value): out += "\u{FFFD}"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
