import Foundation
import Testing

@testable import Banmian

/// A column of briefs under its label (`综合简讯`): each heading heads an item of its own, however short, not a
/// section of the item above it; a story after the briefs, under its byline, keeps its subheads in place.
@Suite struct BriefsColumnTests {
    func page(_ text: String) throws -> PageResult {
        try Pipeline().extract(PageSource(name: "p2.raw.txt", data: Data(text.utf8)))
    }

    let briefs = """
        综合简讯
        铁路货运更方便
          人在家中坐，收发全国货。铁路货运订单取代要车计划表，货运信息实行计算机管理，货主
        在家中就能办好托运手续，铁路货运更方便了。
        同吃年夜饭
          离春节还有三天，京源中学的学生食堂已被装饰得喜气洋洋。一百名来自特困职工家庭的孩子
        与团市委的领导一同看节目、做游戏，同吃年夜饭，迎接新春佳节的到来。
        地方银行倒闭风波
          一家地方银行日前宣布停业，引起部分储户不安。金融监管部门表示，将依法保护存款人的合法
        权益，储户的存款将分期兑付。

        """

    let story = """
        中法外长举行会谈
        □本报记者 金杰涛
          据新华社北京１月２３日电　外交部长钱其琛今天同法国外长韦德里纳举行会谈，双方就中法关系
        和共同关心的国际问题交换了意见。钱其琛热烈欢迎韦德里纳访华。
        依靠合作开拓未来
          钱其琛指出，法国在欧洲和国际事务中具有重要影响，中方重视发展同法国的全面合作伙伴关系，
        希望双方共同努力，推动两国关系不断向前发展。
        他愿再次重申
          韦德里纳表示，他愿再次重申，法国政府坚持一个中国的政策，这一立场不会改变。双方还就两国
        经贸关系以及文化、科技合作交换了意见。

        """

    /// Labels name a column of briefs by their ending (`…简讯`, `…动态`: news of the regions, of a trade).
    @Test(arguments: ["综合简讯", "各地动态", "行业动态"])
    func eachBriefUnderTheLabelIsAnItemOfItsOwn(_ label: String) throws {
        let result = try page(briefs.replacingOccurrences(of: "综合简讯", with: label))
        #expect(result.articles.map(\.headline) == ["铁路货运更方便", "同吃年夜饭", "地方银行倒闭风波"])
        #expect(result.articles.allSatisfy { $0.sections.allSatisfy { $0.heading == nil } })
        #expect(result.unassigned.contains { $0.role == .pageFurniture && $0.text == label })
    }

    @Test func aStoryAfterTheBriefsKeepsItsSubheads() throws {
        let result = try page(briefs + story)
        let article = try #require(result.articles.first { $0.headline == "中法外长举行会谈" })
        #expect(article.sections.compactMap(\.heading) == ["依靠合作开拓未来", "他愿再次重申"])
        #expect(result.articles.count == 4)
    }

    /// Without the label the same headings read as subheads of one item, as the page gives no other sign.
    @Test func withoutTheLabelHeadingsAfterAHeadedItemAreSubheads() throws {
        let result = try page(String(briefs.drop { $0 != "\n" }.dropFirst()))
        #expect(result.articles.count == 1)
        #expect(result.articles.first?.sections.compactMap(\.heading) == ["同吃年夜饭", "地方银行倒闭风波"])
    }

    /// Briefs whose titles run into their first lines (`冬季运动会开幕 第九届全省…`), as a column's briefs are set alike.
    let runInBriefs = """
        新闻速览
          冬季运动会开幕 第九届全省冬季运动
        会昨天在哈尔滨开幕，来自各地的一千二
        百名运动员将在十天里角逐十二个大项的
        奖牌。
          新型客车下线 一种适合山区道路的新
        型中巴客车日前在长春下线，该车油耗低，
        爬坡能力强，首批二百辆将发往西南各省。
          古籍整理获奖 《宋代笔记丛编》日前
        获全国古籍整理图书奖一等奖，这套丛书
        历时八年编成，收录笔记一百四十余种。

        """

    /// A text far longer than any brief, its headline printed elsewhere on the page (the extractor gave it after the
    /// briefs), with subheads on lines of their own.
    let textUnderNoHeading = """
          为加强城市供水管理，保障供水安全，
        市人民代表大会常务委员会日前通过城市
        供水条例，自三月一日起施行。条例共五
        章三十条，对水源保护、供水设施和用水
        管理作了规定。
          条例明确，市水行政主管部门负责全市
        城市供水的监督管理工作，各区县水行政
        主管部门按照职责分工负责本辖区的供水
        管理。供水企业应当建立健全水质检测制
        度，保证供水水质符合国家标准。
        ■保护水源
          条例规定，在饮用水水源保护区内，禁
        止新建排污口，禁止从事可能污染水源的
        活动。违反规定的，由环境保护部门责令
        限期拆除，并处以罚款。
          供水企业应当定期检测水质，检测结果
        每月向社会公布。
        ■节约用水
          条例提倡节约用水，对工业用水实行计
        划管理，超计划用水的，加价收费。新建
        居民住宅应当安装节水型器具。

        """

    /// After briefs with titles run in, headings on lines of their own are no briefs: where the item before them
    /// runs far longer than every brief, the briefs had ended inside it and they are its text's subheads.
    @Test func headingsInAnotherFormAfterALongItemAreSubheads() throws {
        let result = try page(runInBriefs + textUnderNoHeading)
        #expect(result.articles.map(\.headline) == ["冬季运动会开幕", "新型客车下线", "古籍整理获奖"])
        let last = try #require(result.articles.last)
        #expect(last.sections.compactMap(\.heading) == ["■保护水源", "■节约用水"])
    }

    /// A heading on its own line right after the briefs heads the next module, its subheads its sections.
    @Test func aHeadingInAnotherFormAfterTheBriefsHeadsTheNextModule() throws {
        let result = try page(runInBriefs + "城市供水条例三月施行\n" + textUnderNoHeading)
        #expect(result.articles.map(\.headline) == ["冬季运动会开幕", "新型客车下线", "古籍整理获奖", "城市供水条例三月施行"])
        #expect(result.articles.last?.sections.compactMap(\.heading) == ["■保护水源", "■节约用水"])
    }
}
