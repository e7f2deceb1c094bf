import Foundation
import Testing

@testable import Banmian

/// The page's header and masthead as the extractors give them: the paper's and the page's names on lines of
/// their own above the date line, a date alone in a masthead's ear, the masthead set as large as a headline.
@Suite struct PageHeaderTests {
    func furniture(_ text: String, name: String) throws -> [String] {
        let page = try Pipeline().extract(PageSource(name: name, data: Data(text.utf8)))
        return page.unassigned.filter { $0.role == .pageFurniture }.map(\.text)
    }

    let body = """
        　　本报讯　今年以来，全市各级交警部门把冬季道路安全作为重点，组织警力在主要路口值守，
        确保群众出行安全。据统计，一月份全市交通事故同比下降两成，没有发生重大事故。
        　　交警们还走进社区和学校，讲解冬季行车和步行的注意事项，发放宣传材料一万多份。
        """

    @Test func namesAboveTheDateLineAreFurniture() throws {
        // pdftotext -raw: the page's name over the line with paper, date and page number.
        let raw = try furniture("文化\n江城日报 1998年1月2日 星期五 第3版\n严冬抓供热\n" + body, name: "p3.raw.txt")
        #expect(raw.prefix(2) == ["文化", "江城日报 1998年1月2日 星期五 第3版"])
        // mutool: the page number, the name and the paper each on a line, a blank line after the masthead's name.
        let mutool = try furniture("第四版\n综合新闻\n东海日报 1998年1月8日 星期四\n\n先做宣传工作\n\n" + body, name: "p4.mutool.txt")
        #expect(mutool.prefix(3) == ["第四版", "综合新闻", "东海日报 1998年1月8日 星期四"])
        let front = try furniture("江城日报\n\n1998年1月2日 星期五\n第1版 国际\n\n严冬抓供热\n\n" + body, name: "p1.mutool.txt")
        #expect(front.first == "江城日报")
        // The page's number in its box with its name beside it, over the paper's name, the date and the issue's
        // number in 号 (mutool, a page whose header Chromium drew in pieces).
        let boxed = try furniture("2 国际\n\n青峰时报\n\n1998年1月17日 星期六\n\n第10244号\n\n严冬抓供热\n\n" + body, name: "p2.mutool.txt")
        #expect(boxed.prefix(4) == ["2国际", "青峰时报", "1998年1月17日 星期六", "第10244号"])
        // The header's names on one line over the date line (`pdftotext -raw`).
        let names = try furniture("03 地方新闻 北川日报\n1998年1月31日 星期六\n严冬抓供热\n" + body, name: "p3.raw.txt")
        #expect(names.prefix(2) == ["03地方新闻 北川日报", "1998年1月31日 星期六"])
        // A date among a header's items without its weekday.
        #expect(try furniture("2 科教 江城日报 1998年1月2日\n严冬抓供热\n" + body, name: "p2.raw.txt").first == "2 科教 江城日报 1998年1月2日")
    }

    @Test func aShortHeadlineAtTheTopOfAPageWithoutHeaderStaysAHeadline() throws {
        // A short headline over a paragraph whose line ends at a date is no header.
        let text = "严冬抓供热\n　　本报讯　市政府决定，全市供热时间延长至\n1998年3月20日\n" + body
        let page = try Pipeline().extract(PageSource(name: "p2.raw.txt", data: Data(text.utf8)))
        #expect(page.unassigned.filter { $0.role == .pageFurniture }.isEmpty)
        #expect(page.articles.first?.headline == "严冬抓供热")
    }

    @Test func aDateAloneInAMastheadEarIsFurniture() throws {
        for date in ["1998年1月17日", "1998年10月17日", "１９９８年１２月２７日"] {
            let text = "晨钟日报\n\n国内统一连续出版物号 CN14-0015\n星期六\n\(date)\n农历丁丑年腊月十九\n\n严冬抓供热\n\n" + body
            #expect(try furniture(text, name: "p1.txt").contains(date))
        }
    }

    /// `pdftotext` breaks a header's year off its date when the figures are set in another font: the year alone,
    /// under the paper's name, is furniture, not a headline over the page's first article.
    @Test func aYearBrokenOffTheDateIsFurniture() throws {
        let text = "江城日报\n\n1998\n\n专版\n\n年 1 月 6 日 星期二\n\n第3版\n\n严冬抓供热\n\n" + body
        #expect(try furniture(text, name: "p3.txt").contains("1998"))
        let page = try Pipeline().extract(PageSource(name: "p3.txt", data: Data(text.utf8)))
        #expect(!page.articles.contains { $0.headline == "1998" || $0.paragraphs.contains("1998") })
    }

    @Test func aLatinPaperNameOverItsDateLineIsFurniture() throws {
        let english = """
            The Morning Gazette
            SATURDAY, JANUARY 3, 1998 Page 4 · Business
            Council Approves Parking Plan
                The city council voted on Tuesday to build two new parking garages downtown, ending a debate that has
            run for more than a year. Work on the first garage is expected to begin in the spring.
            """
        let page = try Pipeline().extract(PageSource(name: "p4.raw.txt", data: Data(english.utf8)))
        #expect(page.unassigned.filter { $0.role == .pageFurniture }.map(\.text).first == "The Morning Gazette")
        #expect(page.articles.first?.headline == "Council Approves Parking Plan")
    }

    /// A front page: the paper's name at 40 pt beside its left ear (more lines than a page header has above its
    /// date line), then an article.
    func frontPage(latinName: Bool) -> PageResult {
        var name = TypeFaceTests.headline("江城日报", x: 200, y: 30)
        name.fontSize = 40
        name.box = BoundingBox(page: 1, x: 200, y: 30, width: 160, height: 40)
        var latin = TypeFaceTests.headline("J I A N G C H E N G  D A I LY", x: 200, y: 75)
        latin.fontSize = 12
        latin.box = BoundingBox(page: 1, x: 200, y: 75, width: 160, height: 12)
        let s = TypeFaceTests.song
        let ear = TypeFaceTests.column(
            [("第10733期", s, false), ("今日4版", s, false), ("阴有小雨　5℃～11℃", s, false), ("国内统一连续出版物号 CN52-0043", s, false),
             ("1998年1月2日　星期五", s, false), ("农历丁丑年腊月初四", s, false)], x: 40, y: 20)
        let lines = [name] + (latinName ? [latin] : []) + ear + [TypeFaceTests.headline("城乡居民收入稳步增长", x: 40, y: 110)]
            + TypeFaceTests.column(TypeFaceTests.openingParagraph, x: 40, y: 150)
        return Pipeline().extract(lines: lines, source: PageSource(name: "p1.pdf", data: Data()), size: PageSize(width: 595, height: 842))
    }

    @Test(arguments: [true, false])
    func theMastheadSetLargeIsFurnitureNotAHeadline(latinName: Bool) {
        let page = frontPage(latinName: latinName)
        let furniture = page.unassigned.filter { $0.role == .pageFurniture }.map(\.text)
        #expect(furniture.contains("江城日报"))
        #expect(furniture.contains("J I A N G C H E N G  D A I LY") == latinName)
        #expect(!page.unassigned.contains { $0.role == .headline })
        #expect(page.articles.first?.headline == "城乡居民收入稳步增长" && page.articles.first?.kicker == nil)
    }
}
