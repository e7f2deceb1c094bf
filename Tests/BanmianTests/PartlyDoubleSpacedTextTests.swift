import Foundation
import Testing

@testable import Banmian

/// `mutool draw -F txt` puts a blank line after each line of some modules only (a narrow column whose every line is
/// a block of its own) and prints others in tight blocks. Inside a long stretch of lines each followed by one blank
/// line that reads as one column (full lines of one width, running on into each other), the blank lines say nothing;
/// elsewhere on the page they still mark breaks.
@Suite struct PartlyDoubleSpacedTextTests {
    func page(_ text: String, name: String = "p2.mutool.txt") throws -> PageResult {
        try Pipeline().extract(PageSource(name: name, data: Data(text.utf8)))
    }

    /// A module printed in tight blocks, as mutool prints a wide column.
    let tightModule = MutoolModules.both

    /// A narrow column (ten characters a line), each line a block of its own.
    let narrowColumn = """
        威尼斯居民纷纷外迁

        □本报记者 夏磊

          新华社罗马１月１

        ０日电　闻名世界的意

        大利水上城市威尼斯风

        光秀丽，游人如织。然

        而，近年来当地居民却

        因为生活不便而纷纷离

        开自己美丽的家乡，迁

        往大陆。统计局公布的

        数字表明，去年全市迁

        出两千七百多人，其中

        从老城迁走的约占一半

        。居住在市中心的居民

        外出全靠船只。

        """

    @Test func aNarrowColumnWhoseEveryLineIsABlockIsOneParagraphOnAPageOfTightModules() throws {
        let result = try page(tightModule + "\n" + narrowColumn)
        let article = try #require(result.articles.first { $0.headline == "威尼斯居民纷纷外迁" })
        #expect(
            article.paragraphs == [
                "新华社罗马１月１０日电　闻名世界的意大利水上城市威尼斯风光秀丽，游人如织。然而，近年来当地居民却因为生活不便而纷纷离开自己美丽的家乡，迁往大陆。统计局公布的数字表明，去年全市迁出两千七百多人，其中从老城迁走的约占一半。居住在市中心的居民外出全靠船只。"
            ])
        #expect(!result.unassigned.contains { $0.role == .headline || $0.role == .kicker })
        // The tight modules keep their breaks.
        #expect(result.articles.contains { $0.headline == "冬季农田水利建设进展顺利" })
        #expect(result.articles.contains { $0.headline == "研讨会在京举行" && $0.paragraphs.count == 2 })
    }

    /// A stack of one-line items set apart by blank lines (a teaser box), of many widths, is not a column: each item
    /// stays apart.
    @Test func aStackOfOneLineItemsOfManyWidthsStaysApart() throws {
        let teasers = """
            今日导读

            全国春运今日拉开帷幕（第二版）

            北方地区普降大雪（第二版）

            国企改革迈出新步伐（第三版）

            春节市场供应充足货源丰富价格平稳（第三版）

            冬季长跑活动在各地展开（第四版）

            农民收入稳步增长（第四版）

            我国铁路建设成就显著（第二版）

            科技下乡活动受欢迎（第三版）

            环保产业前景广阔（第四版）

            新春文艺演出精彩纷呈（第四版）

            """
        let result = try page(tightModule + "\n" + teasers)
        #expect(result.unassigned.filter { $0.role == .teaser }.count == 10)
    }

    /// A column's lines in the middle of a paragraph, a comma closing the first: body, not a two-clause headline,
    /// when the text after them runs on unindented.
    @Test func twoBodyLinesAfterASentencesEndStayBody() throws {
        let text = """
              费县作为山区农

            业大县，特定的区位

            条件和十年九旱的气

            候特点，决定了水利

            在农业生产中的命脉

            作用。费县新建各类

            水利工程９３２处。

            然而到１９９６年，
            全县各类小型水利设

            施的灌溉面积仍为２

            １．１５万亩，几乎

            １亩也没有增加。

            """
        let result = try page(text)
        #expect(result.articles.allSatisfy { $0.headline == nil })
        #expect(result.articles.flatMap(\.paragraphs).contains { $0.contains("９３２处。然而到１９９６年，全县各类小型水利设施的灌溉面积") })
    }
}

/// A headline of two clauses set on two lines, the first closed by a comma, after a finished item and over the
/// byline or first paragraph of what it heads, is a headline, not the end of the item above; its first line is no
/// kicker.
@Suite struct TwoClauseHeadlineTests {
    func page(_ text: String, name: String) throws -> PageResult {
        try Pipeline().extract(PageSource(name: name, data: Data(text.utf8)))
    }

    @Test func inDoubleSpacedTextOverACommentarysByline() throws {
        let text = DoubleSpacedTextTests.brief + "\n坚持解放生产力不动摇，\n努力寻找公有制实现形式\n\n本报评论员\n\n" + DoubleSpacedTextTests.editorial
        let result = try page(text, name: "p2.mutool.txt")
        let article = try #require(result.articles.first { $0.headline == "坚持解放生产力不动摇，努力寻找公有制实现形式" })
        #expect(article.kicker == nil)
        #expect(article.paragraphs == ["国有企业的改革，不仅要有利于发展生产力，而且还要有利于解放生产力，努力寻找公有制的多种实现形式。"])
        #expect(result.articles.contains { $0.paragraphs.first?.hasSuffix("岗位。（赵中宝）") == true })
    }

    @Test func inTightTextOverAByline() throws {
        let text = """
              本报讯　乡里的老教师刘福印常年坚持家访，被评为县先进
            工作者。乐得清贫的刘福印常常傻得可爱。
            （记者 贾霞刚 通讯员 蔡平宏）
            老师，
            你的住房现在好吗
            □本报记者 彭玉
              春节前夕，记者走访了城区的几所中学，看望了部分教师，了解
            他们的住房情况。不少教师说，这几年住房条件有了很大改善。
            """
        let result = try page(text, name: "p1.raw.txt")
        let article = try #require(result.articles.first { $0.headline == "老师，你的住房现在好吗" })
        #expect(article.kicker == nil)
        #expect(article.paragraphs.first?.hasPrefix("春节前夕") == true)
    }
}

/// `mutool draw -F txt` gives a paragraph's indented first line as a block of its own in some modules: the line, its
/// indent dropped, then a blank line, then the rest of the paragraph. The line is the paragraph's start, not a
/// headline: exactly an indent short of the column under it, whose first line is full and goes on with the sentence.
@Suite struct FirstLineSetApartTests {
    let page = """
        山区小学用上了电脑

        □本报记者 李华

          本报讯　记者从县教育局获悉，全县
        三十六所山区小学今年秋季全部用上了
        电脑，孩子们第一次在课堂上看到了外
        面的世界。

        王校长带领年轻老师们反复调试新

        机器，终于在开学前让每间教室都接通
        了网络。他说，过去山里的孩子只能从
        课本上认识城市，如今点一点鼠标就能
        看到千里之外的博物馆。

        县里还专门请来城里的骨干教师为

        山区老师上课，手把手地教大家制作课
        件、组织网上教学。许多老师说，这是
        他们教书以来最忙也最开心的冬天。

        联系电话：0371-
        6543210

        经济观察

        全省外贸出口
        稳中
        有升

        □本报记者 张新

          本报讯　今年前十一个月，全省外贸出
        口保持平稳增长，机电产品和高新技术产
        品出口增幅明显高于全国平均水平。

        """

    @Test func aFirstLineSetApartOpensItsParagraph() throws {
        let result = try Pipeline().extract(PageSource(name: "p2.mutool.txt", data: Data(page.utf8)))
        let school = try #require(result.articles.first { $0.headline == "山区小学用上了电脑" })
        #expect(school.paragraphs.count == 3)
        #expect(school.paragraphs.dropFirst().first?.hasPrefix("王校长带领年轻老师们反复调试新机器，") == true)
        #expect(school.paragraphs.last?.hasPrefix("县里还专门请来城里的骨干教师为山区老师上课，") == true)
        #expect(!result.unassigned.contains { $0.role == .headline })
        // A kicker an indent short of the headline under it stays a kicker: that headline is no column of text.
        let trade = try #require(result.articles.first { $0.headline == "全省外贸出口稳中有升" })
        #expect(trade.kicker == "经济观察")
    }

    /// A telephone number wrapped off its contact line (`联系电话：0371-` / `6543210`) is furniture with it, never a
    /// kicker or headline of what follows.
    @Test func aNumberWrappedOffAContactLineIsFurniture() throws {
        let result = try Pipeline().extract(PageSource(name: "p2.mutool.txt", data: Data(page.utf8)))
        #expect(result.unassigned.filter { $0.role == .pageFurniture }.map(\.text) == ["联系电话：0371-", "6543210"])
        #expect(!result.articles.contains { $0.kicker == "6543210" || $0.headline == "6543210" })
    }
}
