import Banmian
import BanmianTestHelpers
import Foundation
import Testing

/// A subtitle set without a dash, in smaller type right under its headline (`成也规模败也规模` /
/// `在东亚金融危机中`): the headline's subtitle, not the headline of the text under it, which left the real
/// headline with no body.
@Suite struct StackedSubtitleTests {
    static let face = TypeFace(font: "UMingCN", color: 0)

    /// One line at `size` points, its top at `y`, starting at `x`.
    static func line(_ text: String, y: Double, size: Double, x: Double = 40) -> TextLine {
        var line = TextLine(number: 0, text: text, indent: 0, width: TextLine.displayWidth(of: text))
        line.box = BoundingBox(page: 1, x: x, y: y, width: Double(text.count) * size, height: size * 1.1)
        line.fontSize = size
        line.face = face
        return line
    }

    /// A module: the heading lines (text, size) from the top, a byline, then a column of text at 10 points.
    static func module(_ heads: [(String, Double)], top: Double, gap: Double = 4) -> [TextLine] {
        var lines: [TextLine] = []
        var y = top
        for (text, size) in heads {
            lines.append(line(text, y: y, size: size))
            y += size * 1.1 + gap
        }
        lines.append(line("□本报记者 蒋秋霞", y: y + 4, size: 10))
        y += 20
        let text = [
            "　　在东亚金融危机中，韩国的情况特", "别引人注目。韩国经济的毛病，国际", "上的看法较为一致：大企业借债过多，",
            "规模扩张过快，效益却不高。", "　　大企业在发展韩国经济中的作用", "有目共睹，但规模大并不等于实力强，",
            "一旦资金链断裂，便会牵连银行。",
        ]
        for row in text {
            lines.append(line(row, y: y, size: 10))
            y += 13
        }
        return lines
    }

    static func extract(_ lines: [TextLine]) -> PageResult { Fixtures.extract(lines: lines, name: "p4.pdf") }

    @Test func aSmallerHeadingRightUnderAHeadlineIsItsSubtitle() throws {
        let result = Self.extract(Self.module([("成也规模败也规模", 22), ("在东亚金融危机中", 14)], top: 100))
        let article = try #require(result.articles.first)
        #expect(result.articles.count == 1)
        #expect(article.headline == "成也规模败也规模")
        #expect(article.subtitle == "在东亚金融危机中")
        #expect(article.bylines == [Byline(role: "本报记者", names: ["蒋秋霞"])])
        #expect(!result.unassigned.contains { $0.role == .headline })
    }

    @Test func aKickerOverAndASubtitleUnderOneHeadline() throws {
        let result = Self.extract(Self.module([("韩国大企业的教训", 14), ("成也规模败也规模", 22), ("在东亚金融危机中", 14)], top: 100))
        let article = try #require(result.articles.first)
        #expect([article.kicker, article.headline, article.subtitle] == ["韩国大企业的教训", "成也规模败也规模", "在东亚金融危机中"])
    }

    /// A kicker wrapped onto a second line is one kicker, both its lines' words kept.
    @Test func aKickerOnTwoLinesIsWhole() throws {
        let result = Self.extract(Self.module([("世界卫生组织成立", 14), ("50年来", 14), ("成也规模败也规模", 22)], top: 100))
        let article = try #require(result.articles.first)
        #expect(article.kicker == "世界卫生组织成立50年来")
        #expect(article.headline == "成也规模败也规模")
    }

    /// A headline's second line read as a unit of its own (centred narrower under the first) goes on in it.
    @Test func aHeadlinesNextLineInItsSizeReadApartGoesOnInIt() throws {
        var lines = Self.module([("伊拉克禁止核查小组执行任务安", 22), ("克林顿称萨达姆无权决定人选", 14)], top: 100)
        var second = Self.line("南规劝巴格达不要激化矛盾", y: 100 + 24.2 + 4, size: 22, x: 60)
        second.face = TypeFace(font: "Unnamed-T3", color: 0)
        lines.insert(second, at: 1)
        for index in lines.indices.dropFirst(2) where lines[index].box != nil { lines[index].box?.y += 28 }
        let result = Self.extract(lines)
        let article = try #require(result.articles.first)
        #expect(article.headline == "伊拉克禁止核查小组执行任务安南规劝巴格达不要激化矛盾")
        #expect(article.subtitle == "克林顿称萨达姆无权决定人选")
        #expect(!result.unassigned.contains { $0.role == .headline })
    }

    /// A headline's second line in its own size is the headline still; a smaller heading far under a headline
    /// (a picture's height between) is no subtitle of it.
    @Test func sameSizeOrFarBelowIsNoSubtitle() throws {
        let twoLines = Self.extract(Self.module([("伊拉克禁止核查小组执行任务", 22), ("安南规劝巴格达不要激化矛盾", 22)], top: 100))
        #expect(twoLines.articles.first?.headline == "伊拉克禁止核查小组执行任务安南规劝巴格达不要激化矛盾")
        #expect(twoLines.articles.first?.subtitle == nil)
        let far = Self.extract(Self.module([("成也规模败也规模", 22), ("在东亚金融危机中", 14)], top: 100, gap: 120))
        #expect(far.articles.contains { $0.subtitle == "在东亚金融危机中" } == false)
    }
}

/// Dashed subtitles in text as `mutool draw -F txt` gives them: wrapped by their column, or under a headline the
/// extractor read on right after another module's text.
@Suite struct SubtitlesInTextTests {
    func page(_ text: String) throws -> PageResult {
        try Pipeline().extract(PageSource(name: "p2.mutool.txt", data: Data(text.utf8)))
    }

    let module = """
        山村里的义务茶亭

        ——一位老人守护茶亭三十
        年如一日

        □本报记者 黄智权

          永隆乡与邻省交界的山道

        上，有一座小小的茶亭，三十

        年来，过路的行人都能在这里

        喝上一碗热茶。

        """

    /// A dashed subtitle its column wrapped (`——一位老人守护茶亭三十` / `年如一日`), set apart from its headline by a
    /// blank line: one subtitle, not a subtitle and a headline of its last characters.
    @Test func theWrappedSubtitleIsOne() throws {
        let article = try #require(try page(module).articles.first)
        #expect(article.headline == "山村里的义务茶亭")
        #expect(article.subtitle == "一位老人守护茶亭三十年如一日")
        #expect(article.paragraphs.count == 1)
    }

    /// A text stopped at its semicolon, the line full (`…所需要的师资；`), and the extractor read on with the next
    /// module: heading lines without a mark right over a dashed subtitle are that module's headline, not the end of
    /// the paragraph.
    @Test func headingLinesOverASubtitleAfterASemicolonAreItsHeadline() throws {
        let result = try page("""
            教育部下达今年招生计划

              本报北京１月１３日讯 今

            年新增的招生计划主要用于

            ：积极发展职业技术教育的

            部门和地区；满足普及九年

            义务教育所需要的师资；

            江南水乡的冬
            天
            ——读散文集《水乡四季》

              冬天的江南并不寒冷，河

            边的柳树还留着几分绿意，

            石桥下的流水依旧清澈。

            """)
        #expect(result.articles.map(\.headline) == ["教育部下达今年招生计划", "江南水乡的冬天"])
        #expect(result.articles.first?.paragraphs.last?.hasSuffix("师资；") == true)
        #expect(result.articles.last?.subtitle == "读散文集《水乡四季》")
    }
}
