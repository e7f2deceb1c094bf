import Banmian
import Foundation
import Testing

@testable import BanmianLibrary

/// ALTO of a nineteenth-century page as a library's OCR vendor wrote it (the 1862 Evening Star of
/// `../shared/samples/real` is one): narrow columns of small type under capitals headings, sizes the engine
/// guessed line by line (`TextStyle`), a confidence on every word, and the column rules read as characters
/// run into the lines beside them.
@Suite struct HistoricalALTOTests {
    /// Pixels at 300 dpi: body type of 8 points is 33 pixels high; a small letter is about half as wide.
    static let em = 33.0
    static let columnWidth = 900.0
    static let gutter = 40.0
    static let words = """
        the committee met yesterday at noon and after a long debate resolved that the bridge over the river should be \
        repaired before the winter comes on when the roads are closed and the farmers of the county cannot bring \
        their produce to the market in the town where the prices have been rising for some weeks past and the \
        merchants have sent their orders to the city by the steamer which left on monday with a full cargo
        """.split(separator: " ").map(String.init)

    /// A line of words from `x`, each word as wide as its letters, one space apart; a column rule read as `|` a
    /// little right of the line's end when `rule` (its box reaches a few pixels into the next column).
    static func line(_ text: [String], x: Double, y: Double, style: String, rule: Bool = false) -> String {
        var position = x
        var strings: [String] = []
        for word in text {
            let width = Double(word.count) * em * (word == word.uppercased() ? 0.68 : 0.5)
            strings.append("<String CONTENT=\"\(word)\" HPOS=\"\(Int(position))\" VPOS=\"\(Int(y))\" WIDTH=\"\(Int(width))\" HEIGHT=\"\(Int(em))\" WC=\"0.9\"/>")
            position += width + em * 0.27
        }
        if rule {
            let right = x + columnWidth + gutter + 5
            strings.append("<String CONTENT=\"|\" HPOS=\"\(Int(right - 6))\" VPOS=\"\(Int(y))\" WIDTH=\"6\" HEIGHT=\"\(Int(em))\" WC=\"0.3\"/>")
            position = right
        }
        let width = max(position - x, 1)
        return "<TextLine STYLEREFS=\"\(style)\" HPOS=\"\(Int(x))\" VPOS=\"\(Int(y))\" WIDTH=\"\(Int(width))\" HEIGHT=\"\(Int(em))\">"
            + strings.joined(separator: "<SP/>") + "</TextLine>"
    }

    /// Three columns, each a story under its capitals heading: 28 body lines in three paragraphs, every fourth
    /// line run into the column rule, and the lines in `noisy` given the heading's size by the engine.
    static func page(noisy: Set<Int> = [5, 13, 21]) -> String {
        let headings = [["LATER", "FROM", "EUROPE."], ["THE", "HARVEST."], ["CITY", "AFFAIRS."]]
        var blocks: [String] = []
        for column in 0..<3 {
            let x = 100 + Double(column) * (columnWidth + gutter)
            var lines = [line(headings[column], x: x + 250, y: 300, style: "TS10")]
            var cursor = column * 7
            for row in 0..<28 {
                let opens = row == 0 || row == 10 || row == 19
                let ends = row == 9 || row == 18 || row == 27
                var text: [String] = []
                var width = opens ? 2 * em : 0
                while true {
                    let word = words[cursor % words.count]
                    let next = width + Double(word.count) * em * 0.5 + em * 0.27
                    if next > columnWidth - em { break }
                    text.append(word)
                    width = next
                    cursor += 1
                    if ends, text.count >= 5 { break }
                }
                if ends { text[text.count - 1] += "." }
                if opens { text[0] = text[0].prefix(1).uppercased() + text[0].dropFirst() }
                lines.append(
                    line(text, x: x + (opens ? 2 * em : 0), y: 380 + Double(row) * em * 1.15, style: noisy.contains(row) ? "TS10" : "TS8", rule: column < 2 && row % 4 == 1))
            }
            blocks.append("<TextBlock ID=\"TB\(column + 1)\">" + lines.joined() + "</TextBlock>")
        }
        return """
            <alto xmlns="http://www.loc.gov/standards/alto/ns-v2#"><Description><MeasurementUnit>pixel</MeasurementUnit></Description>
            <Styles><TextStyle ID="TS8" FONTSIZE="8"/><TextStyle ID="TS10" FONTSIZE="10"/></Styles>
            <Layout><Page WIDTH="3000" HEIGHT="1800"><PrintSpace>\(blocks.joined())</PrintSpace></Page></Layout></alto>
            """
    }

    static func articles(_ text: String) throws -> [Article] {
        let page = try #require(try ALTOReader.parse(Data(text.utf8), source: "1860s.xml").first)
        return Pipeline().extract(page, source: "1860s.xml").articles
    }

    /// A fifth of a column's lines reach into the gutter by the rule read at their end; the columns are still
    /// read one after the other, each story whole under its heading.
    @Test func columnsWhoseRuleTheEngineReadIntoTheLinesAreReadOneAfterTheOther() throws {
        let articles = try Self.articles(Self.page(noisy: []))
        #expect(articles.map(\.headline) == ["LATER FROM EUROPE.", "THE HARVEST.", "CITY AFFAIRS."])
        #expect(articles.map { $0.sections.flatMap(\.paragraphs).count } == [3, 3, 3])
    }

    /// Body lines the engine gave the headings' size, but set as tightly as the body: body lines, not headlines
    /// or subheads cutting the story.
    @Test func bodyLinesTheEngineGaveALargerSizeStayBody() throws {
        let articles = try Self.articles(Self.page())
        #expect(articles.map(\.headline) == ["LATER FROM EUROPE.", "THE HARVEST.", "CITY AFFAIRS."])
        #expect(articles.allSatisfy { $0.sections.count == 1 && $0.sections[0].heading == nil })
        #expect(articles.map { $0.sections.flatMap(\.paragraphs).count } == [3, 3, 3])
    }

    /// The check by width per em, on its own: a line as tight as the body takes the body's size; a line of
    /// capitals, and a line really set larger (wider for its letters), keep theirs.
    @Test func sizesAreCheckedByHowTightlyTheLineIsSet() {
        let text = "the bridge over the river should be repaired soon"
        var lines: [TextLine] = []
        var widths: [Int: Double] = [:]
        func add(_ text: String, size: Double, perEm: Double) {
            var line = TextLine(number: lines.count + 1, text: text, indent: 0, width: text.count)
            line.fontSize = size
            lines.append(line)
            widths[line.number] = perEm
        }
        for _ in 0..<12 { add(text, size: 8, perEm: 8) }
        add(text, size: 10, perEm: 8.3)
        add("LATER FROM EUROPE BY THE STEAMER", size: 10, perEm: 8.3)
        add(text, size: 10, perEm: 9.6)
        let checked = TypeSizes.checkedByDensity(lines, inkWidths: widths)
        #expect(checked[12].fontSize == 8)
        #expect(checked[13].fontSize == 10)
        #expect(checked[14].fontSize == 10)
        #expect(TypeSizes.checkedByDensity(Array(lines.suffix(5)), inkWidths: widths).map(\.fontSize) == Array(lines.suffix(5)).map(\.fontSize), "too few body lines to say")
    }
}
