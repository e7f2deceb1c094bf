import Banmian
import Foundation
import Testing

/// A dateline opens an article, except where it reads on in the column right under the text before it: an
/// article made of two dispatches (`据新华社巴格达1月26日电…` then `据新华社巴格达1月25日电…`). With white
/// space between them, the second is an article of its own (a brief without a headline). In text, where no white
/// space can be measured, a dispatch that found no headline of its own goes on in the dated text right before it.
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

    // MARK: In text

    func page(_ text: String) throws -> PageResult {
        try Pipeline().extract(PageSource(name: "p3.mutool.txt", data: Data(text.utf8)))
    }

    /// A roundup: dispatches from several capitals under one headline, each opening with its dateline.
    let roundup = """
        东亚金融动荡波及日韩
          新华社东京１月２１日电（记者王东）
        日本一家报纸今天公布的调查结果表明，
        多数日本企业对今年的经济前景缺乏信心，
        认为经济复苏至少要等到明年下半年。
          调查对象为全国一百家主要企业，其中
        七成企业认为景气仍在恶化，九成以上的
        企业希望政府进一步扩大减税规模。
          据新华社汉城１月２１日电（记者李平）
        韩元对美元的汇率在缓慢回升十几天之
        后，今天又出现大幅下跌，收盘时一美元
        兑换一千七百多韩元。
          分析人士认为，外国投资者对韩国金融
        机构的改革进展仍有疑虑，是韩元再度下
        跌的主要原因。
          据新华社曼谷１月２１日电　泰国政府
        二十日决定组建一家新的商业银行，以接
        管此前关闭的部分金融公司的优良资产。

        """

    let nextArticle = """
        边境口岸客流创新高
          本报讯　春节临近，南方各边境口岸出
        入境旅客大幅增加，昨天经各口岸出入境
        的旅客超过十万人次，创下历史新高。

        """

    /// In text, where no column tells, a dispatch that found no headline of its own, right after the finished text
    /// of a roundup that opens with a dateline, is the roundup's next dispatch; the article after it, under its own
    /// headline, stays apart.
    @Test func inTextADispatchWithoutAHeadlineAfterARoundupGoesOnInIt() throws {
        let result = try page(roundup + nextArticle)
        #expect(result.articles.map(\.headline) == ["东亚金融动荡波及日韩", "边境口岸客流创新高"])
        #expect(result.articles.first?.paragraphs.count == 5)
        #expect(result.articles.first?.dateline == "新华社东京１月２１日电")
        // The article's byline is its first dispatch's; a later one's credit stays in its text.
        #expect(result.articles.first?.bylines.flatMap(\.names) == ["王东"])
        #expect(result.articles.first?.paragraphs[2].hasPrefix("据新华社汉城１月２１日电（记者李平）") == true)
    }

    /// A later dispatch's dateline on a line of its own, its credit read out of the text: the credit stays among
    /// the article's bylines, so that no name is lost (a fuzz finding).
    @Test func inTextALaterDispatchsCreditReadOutOfItsTextStaysAByline() throws {
        let apart = roundup.replacingOccurrences(of: "  据新华社汉城１月２１日电（记者李平）\n韩元", with: "据新华社汉城１月２１日电（记者李平）\n  韩元")
        let result = try page(apart)
        let article = try #require(result.articles.first)
        #expect(article.headline == "东亚金融动荡波及日韩")
        #expect(article.bylines.flatMap(\.names) == ["王东", "李平"])
    }

    /// After a text that opens with no dateline (a feature, a commentary), a dispatch without a headline is no
    /// next dispatch of it: it stands alone.
    @Test func inTextADispatchAfterAnUndatedTextStandsAlone() throws {
        let undated = roundup.replacingOccurrences(of: "新华社东京１月２１日电（记者王东）", with: "")
        let result = try page(undated)
        #expect(result.articles.count == 3)
        #expect(result.articles.first?.paragraphs.count == 2)
    }

    /// Under a label, dispatches without headlines are briefs, each an item of its own.
    @Test func inTextDispatchesUnderABriefsLabelStayApart() throws {
        let lines = roundup.components(separatedBy: "\n")
        let briefs = (lines[..<8] + ["综合简讯"] + lines[8...]).joined(separator: "\n")
        let result = try page(briefs)
        #expect(result.articles.count == 3)
        #expect(result.articles.first?.paragraphs.count == 2)
    }
}
