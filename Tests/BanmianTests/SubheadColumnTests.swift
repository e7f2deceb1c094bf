import Foundation
import Testing

@testable import Banmian

/// In text, a heading between two texts set in columns of different widths opens another module: it is a headline,
/// never a subhead in place of the text before it (a subhead stands inside its article's column).
@Suite struct SubheadColumnTests {
    func page(_ text: String, name: String = "p3.mutool.txt") throws -> PageResult {
        try Pipeline().extract(PageSource(name: name, data: Data(text.utf8)))
    }

    /// A commentary in lines of 40 characters, then a feature in lines of 13 under its own heading, no byline.
    @Test func aHeadingOverANarrowerColumnHeadsAnArticle() throws {
        let text = """
            论团结一致

            本报评论员

              新的一年，是全面贯彻落实各项任务的第一年。做好今年的工作，最重要的就是团结一
            致。团结一致，首先是思想的一致，奋斗目标的一致。不同的地区和部门，有不同的情况，
            不同的形势、任务和问题，但是目标是共同的。只有这样的团结，才是有原则的团结，有力
            量的团结，才能步调一致，所向无敌。

            卖灯草的老人

              灯草，是过去湘西人传统生
            活中不可缺少的物品，把它浸在
            桐油灯盏里，晚上用来照明。随
            着时代的发展，现在已经很少有
            人用灯草了。
              可是在凤凰古城的街头，一
            位八十多岁的老人每天都来卖灯
            草，一束只要五角钱。
            """
        let result = try page(text)
        let commentary = try #require(result.articles.first { $0.headline == "论团结一致" })
        #expect(commentary.sections.count == 1)
        #expect(commentary.paragraphs.count == 1)
        let feature = try #require(result.articles.first { $0.headline == "卖灯草的老人" })
        #expect(feature.paragraphs.count == 2)
        #expect(feature.paragraphs.first?.hasPrefix("灯草，是过去湘西人传统生活中不可缺少的物品") == true)
    }

    /// A narrow column of short paragraphs (their first lines indented, their last lines short: many of its lines
    /// are not full) keeps its subhead in place.
    @Test func aSubheadInANarrowColumnOfShortParagraphsStaysASection() throws {
        let text = """
            从此天涯海角人

            本报记者 王艳

              １ ９ ５ ４ 年 的 一 个 秋
            日，农学院的校园里走着兄
            妹两人，一路说着心里话。
              “我一定要去农村，那
            里一定有好多课题在等着我
            们……”哥哥说。

              “可是，你就忍心丢下
            我和妈妈？”妹妹眼含泪花
            地央求哥哥。
              两天后，哥哥背着书
            包行李，拎着一个脸盆，踏
            上了开往铜仁的班车。

              在铜仁，他受到了热烈
            的 欢 迎 ， 因 为 在 他 到 来 之
            前，这里还没有一个专业农
            业工作者。

            前景令人鼓舞

              １９６２年仲夏，他来
            到设在许家坝区的县良种场
            ，心里十分高兴。这个农学
            院第一届毕业生，找到了自
            己理想的岗位。
              他知道，培育一个作物
            品种，没有七八年时间是不
            行的。
            """
        let result = try page(text)
        #expect(result.articles.count == 1)
        let article = try #require(result.articles.first)
        #expect(article.headline == "从此天涯海角人")
        #expect(article.sections.map(\.heading) == [nil, "前景令人鼓舞"])
        #expect(article.sections.last?.paragraphs.first?.text.hasPrefix("１９６２年仲夏，他来到设在许家坝区的县良种场") == true)
    }
}
