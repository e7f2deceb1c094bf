import Banmian
import Foundation
import Testing

/// Type too small to be running text (a map's labels, microprint: here hundreds of 1.5 pt glyphs outnumbering the
/// text's characters) stays out of the articles, listed as unassigned fine print with a diagnostic.
@Suite struct FinePrintTests {
    func line(_ text: String, x: Double, y: Double, size: Double, width: Double) -> TextLine {
        var line = TextLine(number: 0, text: text, indent: 0, width: TextLine.displayWidth(of: text))
        line.box = BoundingBox(page: 1, x: x, y: y, width: width, height: size * 1.2)
        line.fontSize = size
        return line
    }

    @Test func tinyGlyphsAreSetApart() {
        var lines = [line("Council Approves New Budget", x: 40, y: 40, size: 18, width: 300)]
        let words = "the council voted on tuesday night to approve a budget that adds money for roads".split(separator: " ")
        for row in 0..<30 {
            let text = (0..<6).map { words[(row * 6 + $0) % words.count] }.joined(separator: " ")
            lines.append(line(row % 10 == 0 ? "   " + text : text, x: 40, y: 80 + Double(row) * 12, size: 9, width: 200))
        }
        for index in 0..<600 {
            lines.append(line(String("abcdefgh".randomElement()!), x: 300 + Double(index % 30) * 8, y: 500 + Double(index / 30) * 6, size: 1.5, width: 1))
        }
        let result = Pipeline().extract(lines: lines.shuffled(), source: PageSource(name: "map.pdf", data: Data()), size: PageSize(width: 595, height: 842))
        #expect(result.articles.count == 1)
        #expect(result.articles.first?.headline == "Council Approves New Budget")
        #expect(result.articles.flatMap(\.paragraphs).joined().count > 900)
        let vocabulary = Set(words.map(String.init))
        #expect(result.articles.flatMap(\.paragraphs).flatMap { $0.split(separator: " ").map(String.init) }.allSatisfy(vocabulary.contains))
        let finePrint = result.unassigned.filter { $0.role == .finePrint }
        #expect(finePrint.count == 1)
        #expect(finePrint.first?.text.split(separator: " ").count == 600)
        #expect(result.diagnostics.contains { $0.code == .finePrint && $0.message.contains("600 lines") })
    }
}
