import Foundation
import Testing

@testable import Banmian

/// `pdftotext`'s default mode where gutters are narrow: the lines of neighbouring columns that share a baseline come
/// as one line, a single space between them; a line whose columns sit a little higher or lower comes as a line of its
/// own holding only some of them.
@Suite struct JoinedColumnsTests {
    static let first = "近年来，全县经济发展迅速，农业生产和工业生产都有了很大的发展。经济发展带动了群众生活的改善，农民收入连年增长，"
        + "生活水平明显提高。县里把发展经济放在首要位置，加快工业建设，工业生产总值比去年增长两成。"
    static let second = "与此同时，全县的交通建设也有了很大的发展，新修公路三百公里，农民进城更加方便，生活更加丰富。县委书记说，今后还要"
        + "继续加快经济建设，让群众的生活水平再上一个台阶，把全县建设得更加美好，让农民的日子越过越好。"

    /// Three columns of twelve characters (a paragraph's first line two short, its indent dropped), the second
    /// paragraph opening in the middle column; the fourth row's last column a line of its own.
    static let page = """
        全县经济发展迅速

        近年来，全县经济发展 济放在首要位置，加快工业 更加方便，生活更加丰富。
        迅速，农业生产和工业生产 建设，工业生产总值比去年 县委书记说，今后还要继续
        都有了很大的发展。经济发 增长两成。 加快经济建设，让群众的生
        展带动了群众生活的改善， 与此同时，全县的交通
        活水平再上一个台阶，把全
        农民收入连年增长，生活水 建设也有了很大的发展，新 县建设得更加美好，让农民
        平明显提高。县里把发展经 修公路三百公里，农民进城 的日子越过越好。

        """

    @Test func theColumnsOfABaselineAreReadOneAfterAnother() throws {
        let result = try Pipeline().extract(PageSource(name: "p1.txt", data: Data(Self.page.utf8)))
        let article = try #require(result.articles.first)
        #expect(result.articles.count == 1)
        #expect(article.headline == "全县经济发展迅速")
        #expect(article.paragraphs == [Self.first, Self.second])
        #expect(result.diagnostics.contains { $0.code == .joinedColumns && $0.message.contains("lines 3–9") })
    }

    @Test func aLineIsCutOnlyBetweenRunsOfRunningText() {
        func pieces(_ text: String) -> [String] { ColumnUnweaving.pieces(of: text, minimumWidth: 8) }
        #expect(pieces("在发展社会主义市场经济的条件下， 不同的是这种价值体现在艺术家的身上，")
            == ["在发展社会主义市场经济的条件下，", "不同的是这种价值体现在艺术家的身上，"])
        // A justified line the extractor letter-spaced is closed up, figures and all, and ends where a run begins.
        #expect(pieces("上 年 增 长 18.2% 的 基 础 上 ， 又 增 长 元—0.90元。粮价的提高，极大地调动")
            == ["上年增长18.2%的基础上，又增长", "元—0.90元。粮价的提高，极大地调动"])
        // Short words (a byline's names, a date and its weekday) are no columns: the line stays whole.
        #expect(pieces("□本报记者 龙超华 任磊宇 钱洋玉") == ["□本报记者 龙超华 任磊宇 钱洋玉"])
        #expect(pieces("1998年1月3日 星期六") == ["1998年1月3日 星期六"])
    }

    /// One column whose lines hold a space of their own (a slogan's phrases, a byline): read as it stands.
    @Test func aColumnWithSpacesOfItsOwnIsLeftAlone() throws {
        let text = """
            区第二次党代会为新区未来五年发展擘画
            了“勇担国家战略使命 推动更高质量发展
            奋力建设新时代社会主义现代化示范引领
            区”的宏伟蓝图，明确了实施路径。
            □记者 刘腾 报道

            """
        let result = try Pipeline().extract(PageSource(name: "p1.txt", data: Data(text.utf8)))
        #expect(!result.diagnostics.contains { $0.code == .joinedColumns })
        #expect(result.articles.first?.paragraphs.first?.contains("勇担国家战略使命 推动更高质量发展") == true)
    }
}
