import Banmian
import BanmianTestHelpers
import Testing

/// The reference page of the issue: `Fixtures/pages/sample-page-1.txt` (a copy of shared/samples/pages).
@Suite struct SamplePageTests {
    let page: PageResult

    init() throws { page = try Fixtures.extract("pages", "sample-page-1") }

    @Test func fourArticlesOnPageOne() {
        #expect(page.number == 1)
        #expect(page.articles.count == 4)
        #expect(page.articles.map(\.id) == ["p1-a1", "p1-a2", "p1-a3", "p1-a4"])
    }

    @Test func commentaryGetsItsDetachedHeadline() {
        let article = page.articles[0]
        #expect(article.headline == "在主动为国担当上示范引领")
        #expect(article.subtitle == "一论学习贯彻区第二次党代会精神")
        #expect(article.paragraphs.count == 4)
        #expect(article.paragraphs[0] == "新区新区，其命维新。")
        #expect(article.paragraphs[1].contains("其中“精准聚焦国家战略"))
        #expect(article.paragraphs[2].contains("我们深深体会到"))
        #expect(article.paragraphs[3].hasSuffix("是大政治、"))
        #expect(article.continuedOn?.number == 2)
    }

    @Test func visitReportHasBylineAndDateline() {
        let article = page.articles[1]
        #expect(article.headline == nil)
        #expect(article.bylines == [Byline(role: "记者", names: ["刘腾"])])
        #expect(article.dateline == "本报讯")
        #expect(article.paragraphs.count == 4)
        #expect(article.paragraphs[0] == "本报讯 2月23日下午，西海岸新区工委副书记、区委副书记、代区长王清源到青岛开发区、王台街道调研。")
        #expect(article.paragraphs[2].contains("带来新的机遇。要按照工委（区委）部署要求"))
        #expect(article.continuedOn?.number == 2)
    }

    @Test func feature書写HasKickerLeadAndSubheads() {
        let article = page.articles[2]
        #expect(article.kicker == "埋头苦干 勇毅前行")
        #expect(article.headline == "书写高质量发展新篇章")
        #expect(article.subtitle == "西海岸新区掀起学习贯彻区第二次党代会精神热潮")
        #expect(article.bylines == [Byline(role: "本报记者", names: ["董梅雪", "李宛遥", "宋迎迎", "谭宁", "陈蔚", "丁霞", "李涛", "周莹"])])
        #expect(article.paragraphs.first?.hasPrefix("站上新起点，开启新征程。") == true)
        #expect(article.sections.compactMap(\.heading) == ["锚定目标主动作为 开创高质量发展新局面", "以党代会精神为指引 全力抓好各项工作落实"])
        #expect(article.paragraphs.contains { $0.hasPrefix("工委组织部表示") })
        #expect(article.paragraphs.last?.hasPrefix("海洋高新区将以区第二次党代会精神为指引") == true)
        #expect(article.continuedOn?.number == 3)
    }

    @Test func websiteArticleHasTwoBylines() {
        let article = page.articles[3]
        #expect(article.headline == "区政府网站获评“中国优秀政务网站”")
        #expect(article.bylines == [Byline(role: "记者", names: ["王雪"]), Byline(role: "通讯员", names: ["薛广妍"])])
        #expect(article.paragraphs.count == 2)
        #expect(article.continuedOn?.number == 4)
    }

    @Test func closingHeadlinesAreUnassigned() {
        #expect(page.unassigned.map(\.text) == ["青岛开发区将实施全面提质攻坚行动", "“五大提质”打造全国开发区标杆"])
        #expect(page.unassigned.allSatisfy { $0.role == .headline })
        #expect(page.diagnostics.contains { $0.code == .headlineWithoutBody })
    }

    @Test func letterSpacingClosedAndRealSpacesKept() {
        let text = page.articles.flatMap(\.paragraphs).joined()
        #expect(text.contains("遇。要按照工委（区委）"))
        #expect(text.contains("勇担国家战略使命 推动更高质量发展 奋力建设"))
        #expect(!text.contains("下转"))
    }
}
