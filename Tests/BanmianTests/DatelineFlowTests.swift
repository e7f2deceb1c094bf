import Banmian
import Foundation
import Testing

/// A dateline opens an article, except where it reads on in the column right under the text before it: an
/// article made of two dispatches (`据新华社巴格达1月26日电…` then `据新华社巴格达1月25日电…`). With white
/// space between them, the second is an article of its own (a brief without a headline).
@Suite struct DatelineFlowTests {
    func lines(gapBeforeSecond: Double) -> [TextLine] {
        func line(_ text: String, y: Double, indented: Bool = false, size: Double = 9) -> TextLine {
            var line = TextLine(number: 0, text: text, indent: 0, width: TextLine.displayWidth(of: text))
            line.box = BoundingBox(page: 1, x: indented ? 58 : 40, y: y, width: Double(text.count) * size, height: size * 1.2)
            line.fontSize = size
            return line
        }
        var result = [line("伊拉克议长说伊不想同美国军事对抗", y: 200, size: 18)]
        let first = ["据新华社巴格达１月２６日电　伊拉克国", "民议会议长哈马迪今天说，伊拉克不想", "同美国发生军事对抗。"]
        let second = ["据新华社巴格达１月２５日电　伊拉克官", "方报纸当天警告说，美国的威胁无助于", "问题的解决。"]
        for (offset, text) in first.enumerated() { result.append(line(text, y: 240 + Double(offset) * 13, indented: offset == 0)) }
        for (offset, text) in second.enumerated() { result.append(line(text, y: 279 + gapBeforeSecond + Double(offset) * 13, indented: offset == 0)) }
        return result
    }

    func extract(_ lines: [TextLine]) -> PageResult {
        Pipeline().extract(lines: lines, source: PageSource(name: "p1.pdf", data: Data()), size: PageSize(width: 595, height: 842))
    }

    @Test func aSecondDispatchReadingOnInTheColumnStaysInTheArticle() {
        let result = extract(lines(gapBeforeSecond: 0))
        #expect(result.articles.count == 1)
        #expect(result.articles.first?.paragraphs.count == 2)
        #expect(result.articles.first?.dateline == "据新华社巴格达１月２６日电")
    }

    /// The first dispatch ends in a line of two characters (`抗。`); the second's dateline, indented under it,
    /// overlaps it by nothing: the column goes on, one article.
    @Test func aSecondDispatchUnderATwoCharacterLastLineStaysInTheArticle() {
        var lines = lines(gapBeforeSecond: 0)
        lines[3].text = "同美国发生军事对"
        lines[3].box?.width = 8 * 9
        lines.insert(lines[3], at: 4)
        lines[4].text = "抗。"
        lines[4].box?.y += 13
        lines[4].box?.width = 18
        for index in 5..<lines.count { lines[index].box?.y += 13 }
        let result = extract(lines)
        #expect(result.articles.count == 1)
        #expect(result.articles.first?.paragraphs.count == 2)
    }

    /// A dispatch's closing credit set apart in the column, its first line flush left and the rest flush right
    /// (`（记者 郭其侨 通讯员` / `江姐）`): one byline of the article, no paragraph.
    @Test func aCreditBrokenIntoTwoBlocksIsTheArticlesByline() throws {
        var lines = Array(lines(gapBeforeSecond: 0).prefix(4))
        let credit = ["（记者 郭其侨 通讯员", "江姐）"]
        for (offset, text) in credit.enumerated() {
            var line = TextLine(number: 0, text: text, indent: 0, width: TextLine.displayWidth(of: text))
            let width = Double(text.count) * 9
            line.box = BoundingBox(page: 1, x: offset == 0 ? 48 : 40 + 18 * 9 - width, y: 279 + Double(offset) * 13, width: width, height: 9 * 1.2)
            line.fontSize = 9
            lines.append(line)
        }
        let article = try #require(extract(lines).articles.first)
        #expect(article.bylines.map(\.names) == [["郭其侨"], ["江姐"]])
        #expect(article.paragraphs.count == 1)
    }

    /// A credit under a headline whose last name the column cut, the rest set flush right on the next line with
    /// the closer (`□记者 邵景均 吴` / `刚 报道`): the article's byline, not the first of its text.
    @Test func aCreditClosedOnAFlushRightLineIsTheArticlesByline() throws {
        var lines = [lines(gapBeforeSecond: 0)[0]]
        for (offset, text) in ["□记者 邵景均 吴", "刚 报道"].enumerated() {
            var line = TextLine(number: 0, text: text, indent: 0, width: TextLine.displayWidth(of: text))
            let width = Double(text.count) * 9
            line.box = BoundingBox(page: 1, x: offset == 0 ? 40 : 40 + 18 * 9 - width, y: 230 + Double(offset) * 13, width: width, height: 9 * 1.2)
            line.fontSize = 9
            lines.append(line)
        }
        lines += self.lines(gapBeforeSecond: 0)[1...3].map { line in
            var line = line
            line.box?.y += 20
            return line
        }
        let article = try #require(extract(lines).articles.first)
        #expect(article.bylines.map(\.names) == [["邵景均", "吴刚"]])
        #expect(article.paragraphs.first?.hasPrefix("据新华社") == true)
    }

    @Test func aDatelineAfterWhiteSpaceOpensAnArticle() {
        let result = extract(lines(gapBeforeSecond: 20))
        #expect(result.articles.count == 2)
        #expect(result.articles.last?.dateline == "据新华社巴格达１月２５日电")
    }

    /// In text, where no white space can be measured, a dateline opens an article as before.
    @Test func inTextADatelineOpensAnArticle() throws {
        let text = "伊拉克议长说伊不想同美国军事对抗\n\n　　据新华社巴格达１月２６日电　伊拉克国民议会议长哈马迪今天说，伊拉克不想同美国发生军事对抗。\n　　据新华社巴格达１月２５日电　伊拉克官方报纸当天警告说，美国的威胁无助于问题的解决。\n"
        let result = try Pipeline().extract(PageSource(name: "p1.txt", data: Data(text.utf8)))
        #expect(result.articles.count == 2)
    }
}
