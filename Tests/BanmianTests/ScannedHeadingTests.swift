import Banmian
import Foundation
import Testing

/// Older Latin-script papers set their items' headings in the body's type, known by their place: centred in the
/// column, or a line of their own in title case after white space, most ending with a full stop. On a scan the
/// OCR engine's sizes tell nothing, so the place does.
@Suite struct ScannedHeadingTests {
    /// A column of a scanned page of 1862: three telegraphic items, each opening with its dateline. The first
    /// heading is in capitals; the second stands centred (a line under it read into a speck past the column's
    /// edge, which does not move the column); the third fills the column, in title case, under white space.
    static func column() -> [TextLine] {
        var lines: [TextLine] = []
        var y = 100.0
        func add(_ text: String, x: Double = 36, width: Double = 264, step: Double = 12) {
            var line = TextLine(number: lines.count + 1, text: text, indent: 0, width: TextLine.displayWidth(of: text), box: BoundingBox(page: 1, x: x, y: y, width: width, height: 10))
            line.number = lines.count + 1
            lines.append(line)
            y += step
        }
        add("LATER FROM EUROPE.", x: 118, width: 100, step: 16)
        add("Cape Race, Aug. 22.—The steamship Europa, from", x: 46, width: 254)
        add("Liverpool on the 14th inst., was boarded off this point")
        add("this morning by the news yacht of the press.")
        add("The Federal gunboat Tuscarora and the confederate")
        add("steamer Oreto were still at Nassau when the last")
        add("advices left, and were watching each other closely.")
        add("Cotton was quiet and steady at the close of business.", step: 18)
        add("Movements of the army in Kentucky.", x: 92, width: 152, step: 14)
        add("Louisville, Aug. 22.—General Wright's staff has", x: 46, width: 254)
        add("arrived here, and the general himself is expected", width: 330)
        add("to-morrow. General Boyle has issued orders that no")
        add("person shall leave the city without a pass from the")
        add("provost marshal, and the order is strictly enforced.")
        add("The troops are in good spirits and ready for the field.", step: 24)
        add("Terrible Indian Hostilities in Minnesota.", step: 14)
        add("St. Paul, Minn., August 22.—It is estimated that", x: 46, width: 254)
        add("five hundred whites have been murdered by the Sioux")
        add("Indians in that State. Mr. Fremer has returned from")
        add("a visit made in disguise, and reports that the people")
        add("have been murdered in their houses along the road.")
        return lines
    }

    static func read(_ lines: [TextLine], scanned: Bool) -> PageResult { ReadLines.page(lines, name: "1862.alto.xml", scanned: scanned) }

    @Test func eachItemUnderItsHeadingIsAnArticle() {
        let result = Self.read(Self.column(), scanned: true)
        let headlines = result.articles.map(\.headline)
        #expect(headlines == ["LATER FROM EUROPE.", "Movements of the army in Kentucky.", "Terrible Indian Hostilities in Minnesota."])
        let openings = result.articles.map { $0.sections.first?.paragraphs.first?.text.prefix(12) }
        #expect(openings == ["Cape Race, A", "Louisville, ", "St. Paul, Mi"])
    }

    /// A line that opens a quotation (`The Evening Courier of Aug. 15 says:`) is in title case, a paragraph of one
    /// line across the column between a sentence's end and the quotation's indented paragraph, but ends in a
    /// colon: running text, not a heading.
    @Test func aLineOpeningAQuotationIsNoHeading() {
        var lines = Array(Self.column().prefix(8))
        var y = (lines.last?.box?.maxY ?? 0) + 2
        for (text, indent) in [("The Evening Courier of Aug. 15 says:", 0), ("Several men who have been arrested at the", 4), ("lake for trying to pass the lines without a permit", 0), ("were questioned, and being found guilty, were sent", 0), ("North by the first steamer.", 0)] {
            let x = indent > 0 ? 46.0 : 36.0
            lines.append(TextLine(number: lines.count + 1, text: text, indent: indent, width: TextLine.displayWidth(of: text), box: BoundingBox(page: 1, x: x, y: y, width: 300 - x, height: 10)))
            y += 12
        }
        let result = Self.read(lines, scanned: true)
        #expect(result.articles.map(\.headline) == ["LATER FROM EUROPE."])
        #expect(result.articles.first?.sections.count == 1)
        #expect(result.articles.first?.sections.first?.paragraphs.last?.text.hasPrefix("Several men") == true)
    }

    /// German capitalizes its nouns: a line of running text after white space is in title case (`Die Nachricht vom
    /// Tode des Fürsten hat in`), with no punctuation. On a page in such a language only capitals tell a heading.
    @Test func inGermanALineInTitleCaseIsNoHeading() {
        var lines: [TextLine] = []
        var y = 100.0
        for (text, x, gap) in [
            ("Deutschland.", 138.0, 0.0), ("Der König ist gestern aus Potsdam zurückgekehrt und", 46, 0), ("hat sogleich die Minister zu einer Berathung", 36, 0),
            ("empfangen, welche bis zum späten Abend dauerte.", 36, 0), ("Die Nachricht vom Tode des Fürsten hat in", 36, 8),
            ("Wien große Trauer erregt, und die Theater sind", 36, 0), ("seit gestern geschlossen. Die Minister haben sich", 36, 0),
            ("zu einer Sitzung versammelt, um über die Anordnungen", 36, 0), ("für die Feier zu berathen, welche in der nächsten", 36, 0),
            ("Woche im Dome stattfinden soll. Die Stadt ist voll", 36, 0), ("von Fremden aus den Provinzen und den Nachbarländern.", 36, 0),
        ] {
            y += gap
            lines.append(TextLine(number: lines.count + 1, text: text, indent: x == 46 ? 4 : 0, width: TextLine.displayWidth(of: text),
                box: BoundingBox(page: 1, x: x, y: y, width: x == 138 ? 60 : 300 - x, height: 10)))
            y += 12
        }
        let result = Self.read(lines, scanned: true)
        #expect(result.articles.map(\.headline) == ["Deutschland."])
        #expect(result.articles.first?.sections.count == 1)
        #expect(result.unassigned.isEmpty)
    }

    /// Read as text laid out by a typesetter (no scan), a centred line and a line in title case stand in the body:
    /// only the heading in capitals heads an article.
    @Test func onlyAScanIsReadForItsHeadingsPlaces() {
        let result = Self.read(Self.column(), scanned: false)
        #expect(result.articles.compactMap(\.headline) == ["LATER FROM EUROPE."])
    }
}
