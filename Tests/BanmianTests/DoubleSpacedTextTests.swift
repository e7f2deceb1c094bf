import Foundation
import Testing

@testable import Banmian

/// `mutool draw -F txt` puts a blank line after each line of a column, and none between the lines of a headline it
/// kept together: after a sentence's end, two or three lines kept together over an indented paragraph are a block
/// of their own: a headline of three lines, which the cuts inside a unit of text (two lines at most) miss.
@Suite struct DoubleSpacedTextTests {
    func page(_ text: String) throws -> PageResult {
        try Pipeline().extract(PageSource(name: "p2.mutool.txt", data: Data(text.utf8)))
    }

    static let brief = """
          本报讯　县里多方筹措

        资金，组织各乡镇开展

        就业培训，已安置待业

        人员三百余名，充实到

        县属企业的相关工作

        岗位。（赵中宝）

        """

    static let editorial = """
          国有企业的改革，不仅

        要有利于发展生产力，

        而且还要有利于解放生

        产力，努力寻找公有制

        的多种实现形式。

        """

    @Test func aHeadlineOfThreeLinesKeptTogetherAfterABriefIsAHeadline() throws {
        let result = try page(Self.brief + "\n坚持解放生产\n力努力寻找公\n有制实现形式\n\n本报评论员\n\n" + Self.editorial)
        let article = try #require(result.articles.first { $0.headline == "坚持解放生产力努力寻找公有制实现形式" })
        #expect(article.paragraphs == ["国有企业的改革，不仅要有利于发展生产力，而且还要有利于解放生产力，努力寻找公有制的多种实现形式。"])
        #expect(result.articles.contains { $0.paragraphs == ["本报讯　县里多方筹措资金，组织各乡镇开展就业培训，已安置待业人员三百余名，充实到县属企业的相关工作岗位。（赵中宝）"] })
    }

    /// The same lines in the middle of a paragraph's text, where the column runs on, stay body.
    @Test func linesKeptTogetherInsideAParagraphStayBody() throws {
        let text = """
              本报讯　县里多方筹措

            资金，组织各乡镇开展

            就业培训。已安置待业

            人员三百余名，充实到
            县属企业的相关工作

            岗位，受到群众欢迎。

            """
        let result = try page(text + Self.editorial)
        #expect(result.articles.flatMap(\.paragraphs).first == "本报讯　县里多方筹措资金，组织各乡镇开展就业培训。已安置待业人员三百余名，充实到县属企业的相关工作岗位，受到群众欢迎。")
    }

    /// A kicker and a headline wider than the column, after a paragraph that closes a quotation (`…的“婴儿期”。`).
    @Test func aKickerAndHeadlineAfterAQuotationsFullStop() throws {
        let text = Self.brief + """
              核电界将这五年称为

            大型核电站的“婴

            儿期”。

            今日关注
            历史深处的回音——读《中国历代智囊人物丛书》

              翻读新近出版的《中国

            历代智囊人物丛书》，

            心中不禁为之一振。

            """
        let result = try page(text)
        let article = try #require(result.articles.first { $0.headline == "历史深处的回音——读《中国历代智囊人物丛书》" })
        #expect(article.kicker == "今日关注")
        #expect(article.paragraphs == ["翻读新近出版的《中国历代智囊人物丛书》，心中不禁为之一振。"])
    }

    /// A blank line mutool set inside a title mark (`…的《许` / `广平文集》…`) or inside a number (`…许广平１` /
    /// `９１７年…`) is no break, though neither line holds a comma: the paragraph runs on, and no line of it is
    /// taken for a headline.
    @Test func aBlankLineInsideATitleMarkOrANumberIsNoBreak() throws {
        let text = """
            首都纪念许广平诞辰一百周年

            本报北京１月２１日讯
            新华社记者鹿永建、本报记
            者邵建武报道：今年是鲁迅
            先生的夫人许广平诞辰一百
            周年。中国民主促进会等单
            位近日共同举办纪念会和文
            集首发式。

            长达１００万字的《许

            广平文集》辑录了许广平１

            ９１７年至１９６６年间各
            类作品３８９篇，有相当一
            部分作品是首次面世。其中
            长文《遭难前后》是首次发
            表的。

            """
        let result = try page(text)
        #expect(result.unassigned.allSatisfy { $0.role != .headline })
        #expect(result.articles.flatMap(\.paragraphs).contains("长达１００万字的《许广平文集》辑录了许广平１９１７年至１９６６年间各类作品３８９篇，有相当一部分作品是首次面世。其中长文《遭难前后》是首次发表的。"))
    }

    /// A headline a narrow column wrapped over three lines (`农村电网改` / `造工程全面` / `完工`), kept together
    /// after a sentence's end, over a byline wrapped onto a second line and a picture: one headline, not the end of
    /// the paragraph above.
    @Test func aHeadlineANarrowColumnWrappedOverThreeLinesClosesTheTextAbove() throws {
        let text = """
            众出行更加方便。

              据了解，县里明年

            还将投入资金一千多万

            元，继续改造农村公路，

            让更多的村子通上客

            车。

            农村电网改
            造工程全面
            完工

            □记者 李明 通讯员 王强
            报道


            图为电力工人在村头架设新的线路。（记者 张华 摄）

              本报讯　记者日前从县

            供电公司获悉，历时两年

            的农村电网改造工程近日

            全部完工。

            """
        let result = try page(text)
        #expect(result.articles.map(\.headline) == [nil, "农村电网改造工程全面完工"])
        #expect(result.articles.first?.paragraphs.last == "据了解，县里明年还将投入资金一千多万元，继续改造农村公路，让更多的村子通上客车。")
        // The picture's photographer is a byline of the article too (DESIGN.md: `（记者 … 摄）`).
        #expect(result.articles.last?.bylines.map(\.role) == ["记者", "通讯员", "记者摄"])
        #expect(result.articles.last?.captions.count == 1)
    }

    /// Three lines are one wrapped heading only when the first two are as wide as each other and the last no wider,
    /// none in brackets: a credit closing the text above (`（高艳华）`) or a kicker of its own width is no part of it.
    @Test(arguments: [
        (["农村电网改", "造工程全面", "完工"], true),
        (["（高艳华）", "张万年会见", "美国防部长"], false),
        (["新春走基层", "党中央国务院关心", "西藏雪灾"], false),
        (["农村电网改", "造工程全面", "完工典礼举行"], false),
    ])
    func threeLinesAreOneWrappedHeadingOnlyAsANarrowColumnWrapsThem(_ texts: [String], _ isWrapped: Bool) {
        let reader = BlockReader(table: .chinese, settings: LayoutSettings(), source: "p2.raw.txt")
        let lines = texts.map { TextLine(number: 1, text: $0, indent: 0, width: TextLine.displayWidth(of: $0)) }
        #expect(reader.isWrappedHeading(lines[...]) == isWrapped)
    }
}
