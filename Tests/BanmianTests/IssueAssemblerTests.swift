import Foundation
import Testing

@testable import Banmian

/// The issue stage: pages grouped into issues by their furniture, stories joined at their jumps, teasers linked.
@Suite struct IssueAssemblerTests {
    typealias Page = IssueAssembler.PageSummary
    typealias Part = IssueAssembler.ArticleSummary

    @Test func theMastheadAndHeaderTellPaperDateNumberAndPageName() {
        let front = Masthead(furniture: ["晨钟日报", "CHENZHONG DAILY", "第10733期　今日4版", "1998年1月1日　星期四", "第1版　要闻"], pageNumber: 1)
        #expect(front == Masthead(paper: "晨钟日报", date: "1998-01-01", number: "10733", pageName: "要闻"))
        // A header on one line, full-width digits, a letter before the page number.
        let inside = Masthead(furniture: ["第A2版　科教　华光日报　１９９８年１月１３日"], pageNumber: 2)
        #expect(inside == Masthead(paper: "华光日报", date: "1998-01-13", number: nil, pageName: "科教"))
        // The page number printed alone with its name beside it; an editor's name is no page name.
        let bare = Masthead(furniture: ["2", "文化", "江城日报", "1998年1月2日", "责任编辑　贺敏梅"], pageNumber: 2)
        #expect(bare.pageName == "文化")
        // The page number alone with its section letter (`A3`), the name beside it.
        #expect(Masthead(furniture: ["A3　政法", "云岭都市报　1998年1月2日　星期五"], pageNumber: 3).pageName == "政法")
        #expect(Masthead(furniture: ["A2　政法", "云岭都市报　1998年1月2日　星期五"], pageNumber: 3).pageName == nil)
        // A box label next to the number is not the page's name; without a page number none is guessed.
        #expect(Masthead(furniture: ["文化", "江城日报", "1998年1月2日　星期五", "第3版", "简讯"], pageNumber: 3).pageName == "文化")
        #expect(Masthead(furniture: ["江城日报", "今日天气"], pageNumber: 1).pageName == nil)
        // A credit is no page name; a box label ending in 报 is no paper; 专版 is a page name.
        let credits = Masthead(furniture: ["要闻简报", "社会", "星河日报　1998年1月18日　第2版", "责任编辑　曹敏"], pageNumber: 2)
        #expect(credits == Masthead(paper: "星河日报", date: "1998-01-18", number: nil, pageName: "社会"))
        #expect(Masthead(furniture: ["1998年1月2日　江城日报　第4版　专版"], pageNumber: 4).pageName == "专版")
        // A page's name set letter-spaced across its box (`综 合`) is one name; a weekday so spaced is none.
        #expect(Masthead(furniture: ["1998年1月5日 星期一 第2版", "综 合", "金沙都市报 责任编辑：李玉光"], pageNumber: 2).pageName == "综合")
        #expect(Masthead(furniture: ["1998年1月22日 星期四 第2版", "国　际"], pageNumber: 2).pageName == "国际")
        #expect(Masthead(furniture: ["第2版", "星 期 一"], pageNumber: 2).pageName == nil)
        // …also among the header's items on one line (`pdftotext -raw`), where its second character once joined the
        // paper's name (`合金沙都市报`).
        #expect(Masthead(furniture: ["1998年1月5日星期一 第2版 综 合 金沙都市报 责任编辑：李玉光"], pageNumber: 2)
            == Masthead(paper: "金沙都市报", date: "1998-01-05", number: nil, pageName: "综合"))
        // The number in its box with the name beside it, over the paper's name and the date: furniture, and the name
        // is the page's.
        #expect(Masthead.isNumberAndPageName("2 国际") && Masthead.isNumberAndPageName("A3要闻"))
        #expect(!Masthead.isNumberAndPageName("2023年会") && !Masthead.isNumberAndPageName("三峡工程"))
        #expect(Masthead(furniture: ["2国际", "青峰时报", "1998年1月17日 星期六", "第10244号"], pageNumber: 2)
            == Masthead(paper: "青峰时报", date: "1998-01-17", number: "10244", pageName: "国际"))
    }

    @Test func headerItemsPrintedWithoutTheirSpaceAreReadApart() {
        // The page number in its box joined to the name; the paper's name joined to the date.
        #expect(Masthead(furniture: ["3视点", "星河日报 1998年1月3日"], pageNumber: 3) == Masthead(paper: "星河日报", date: "1998-01-03", pageName: "视点"))
        #expect(Masthead(furniture: ["二文化", "华光日报1998年1月9日 星期五"], pageNumber: 2) == Masthead(paper: "华光日报", date: "1998-01-09", pageName: "文化"))
        // OCR that lost the space after `第3版`, reading a stray mark in it (a Tesseract reading of a scan).
        #expect(Masthead(furniture: ["晨钟日报", "1998年1月27日星期二", "第3版”体育"], pageNumber: 3).pageName == "体育")
        #expect(Masthead(furniture: ["第12版地方新闻"], pageNumber: nil).pageName == "地方新闻")
        #expect(Masthead(furniture: ["第3版体育"], pageNumber: 4).pageName == nil)
        // Letter-spaced masthead type that OCR cut into pieces.
        let spaced = Masthead(furniture: ["晨 钟日报", "1998年1月1日星期四", "第 2版国际", "责任编辑: 冯梅校对: 李艳超"], pageNumber: 2)
        #expect(spaced == Masthead(paper: "晨钟日报", date: "1998-01-01", pageName: "国际"))
        #expect(Masthead(furniture: ["星河日 报", "第 1版　文化"], pageNumber: 1) == Masthead(paper: "星河日报", pageName: "文化"))
        // A name that opens with a numeral other than the page's is one name.
        #expect(Masthead(furniture: ["第2版　三农周刊"], pageNumber: 2).pageName == "三农周刊")
        // The spaces an extractor put around every run of figures (`晨钟日报 1998 年 1 月 2 日 第 2 版`) closed up by
        // reading: the paper, the date and the page number run together, the page's name run into the date.
        #expect(Masthead(furniture: ["视点", "晨钟日报1998年1月2日第2版"], pageNumber: 2) == Masthead(paper: "晨钟日报", date: "1998-01-02", pageName: "视点"))
        #expect(Masthead(furniture: ["第3版 国际1998年1月2日 星期五 晨钟日报"], pageNumber: 3) == Masthead(paper: "晨钟日报", date: "1998-01-02", pageName: "国际"))
        #expect(Masthead(furniture: ["第3版 三峡1998年工程"], pageNumber: 3).pageName == nil)
    }

    @Test func aLatinScriptPaperGivesItsNameDateAndPageName() {
        let apart = Masthead(furniture: ["The Morning Gazette", "SATURDAY, JANUARY 3, 1998", "Page 4 · Business", "Edited by Peter Doyle"], pageNumber: 4)
        #expect(apart == Masthead(paper: "The Morning Gazette", date: "1998-01-03", pageName: "Business"))
        let oneLine = Masthead(furniture: ["The Harbor Ledger TUESDAY, JANUARY 6, 1998 Page 4 · Local News"], pageNumber: 4)
        #expect(oneLine == Masthead(paper: "The Harbor Ledger", date: "1998-01-06", pageName: "Local News"))
    }

    @Test func pagesWithoutTheirOwnDateJoinTheIssueBefore() {
        let pages = [
            Page(source: "a1.txt", number: 1, masthead: Masthead(paper: "晨钟日报", date: "1998-01-01"), articles: []),
            Page(source: "a2.txt", number: 2, masthead: Masthead(pageName: "国际"), articles: []),
            Page(source: "b1.txt", number: 1, masthead: Masthead(paper: "晨钟日报", date: "1998-01-02"), articles: []),
        ]
        let issues = IssueAssembler().assemble(pages)
        #expect(issues.map(\.id) == ["晨钟日报-1998-01-01", "晨钟日报-1998-01-02"])
        #expect(issues[0].pages == [IssuePage(number: 1, name: nil, source: "a1.txt"), IssuePage(number: 2, name: "国际", source: "a2.txt")])
    }

    /// OCR misreads a masthead's display type now and then (`星河日报` as `是河日报`): a page of the same date whose
    /// paper reads a character or two off, and whose number the issue lacks, is a page of it, under the name most
    /// pages print. Another paper of that day, or a second page 2, opens another issue.
    @Test func aPaperNameMisreadOnOnePageKeepsItInItsIssue() {
        let pages = [
            Page(source: "a1.png", number: 1, masthead: Masthead(paper: "是河日报", date: "1998-01-04"), articles: []),
            Page(source: "a2.png", number: 2, masthead: Masthead(paper: "星河日报", date: "1998-01-04"), articles: []),
            Page(source: "a3.png", number: 3, masthead: Masthead(paper: "星河日报", date: "1998-01-04"), articles: []),
            Page(source: "b1.png", number: 1, masthead: Masthead(paper: "星海日报", date: "1998-01-04"), articles: []),
            Page(source: "c1.png", number: 1, masthead: Masthead(paper: "东海晚报", date: "1998-01-04"), articles: []),
            Page(source: "c2.png", number: 2, masthead: Masthead(paper: "东海日报", date: "1998-01-04"), articles: []),
        ]
        let issues = IssueAssembler().assemble(pages)
        #expect(issues.map(\.id) == ["星河日报-1998-01-04", "星海日报-1998-01-04", "东海晚报-1998-01-04", "东海日报-1998-01-04"])
        #expect(issues[0].pages.map(\.source) == ["a1.png", "a2.png", "a3.png"])
        #expect(!IssueAssembler.isMisread("晨钟日报", of: "晨钟晚报") && IssueAssembler.isMisread("旦订日报", of: "星河日报"))
        #expect(!IssueAssembler.isMisread("钟日报", of: "晨钟日报") && !IssueAssembler.isMisread("华光日报", of: "华光日报"))
    }

    /// Collected page by page, a long run lets each issue's pages go when the next issue starts: the same issues.
    @Test func issuesCollectedPageByPageAreTheSame() {
        let pages = [
            Page(source: "a1.txt", number: 1, masthead: Masthead(paper: "晨钟日报", date: "1998-01-01"), articles: [
                Part(id: "p1-a1", headline: "长江大桥合龙", continuedOn: 2, paragraphs: ["大桥全长"])]),
            Page(source: "a2.txt", number: 2, articles: [Part(id: "p2-a1", headline: nil, continuedFrom: 1, paragraphs: ["四千米。"])]),
            Page(source: "b1.txt", number: 1, masthead: Masthead(paper: "晨钟日报", date: "1998-01-02"), articles: []),
            Page(source: "c1.txt", number: 1, masthead: Masthead(paper: "晨钟日报", date: "1998-01-01"), articles: []),
        ]
        var collector = IssueCollector()
        for page in pages { collector.add(page) }
        let collected = collector.finish()
        #expect(collected == IssueAssembler().assemble(pages))
        #expect(collected.map(\.id) == ["晨钟日报-1998-01-01", "晨钟日报-1998-01-02", "晨钟日报-1998-01-01-2"])
        #expect(collected[0].stories.map(\.parts) == [["p1-a1", "p2-a1"]])
    }

    /// Two jumps from page 1 to page 2, printed in one order there and in the other order on page 2: the words
    /// decide, not the order.
    @Test func twoJumpsToOnePageAreJoinedByTheirWords() {
        let pages = [
            Page(source: "p1.txt", number: 1, articles: [
                Part(id: "p1-a1", headline: "港口吞吐量创新高", continuedOn: 2, paragraphs: ["今年，本市港口集装箱吞吐量首次突破两百万标准箱，码头"]),
                Part(id: "p1-a2", headline: "春节前夕慰问困难职工", continuedOn: 2, paragraphs: ["市总工会近日组织干部走访困难职工家庭，送去慰问金和"]),
            ]),
            Page(source: "p2.txt", number: 2, articles: [
                Part(id: "p2-a1", headline: nil, continuedFrom: 1, paragraphs: ["米面油。总工会表示，困难职工家庭的慰问将持续到春节以后。"]),
                Part(id: "p2-a2", headline: "港口吞吐量创新高", continuedFrom: 1, paragraphs: ["工人加班加点，集装箱吞吐量比上年增长百分之十八。"]),
            ]),
        ]
        let issue = IssueAssembler().assemble(pages)[0]
        #expect(issue.stories == [
            Story(id: "s1", headline: "港口吞吐量创新高", parts: ["p1-a1", "p2-a2"]),
            Story(id: "s2", headline: "春节前夕慰问困难职工", parts: ["p1-a2", "p2-a1"]),
        ])
        #expect(issue.diagnostics.isEmpty)
    }

    @Test func aStoryRunsOverThreePages() {
        let pages = [
            Page(source: "p1.txt", number: 1, articles: [Part(id: "p1-a1", headline: "长江大桥合龙", continuedOn: 2, paragraphs: ["大桥全长"])]),
            Page(source: "p2.txt", number: 2, articles: [Part(id: "p2-a3", headline: nil, continuedOn: 3, continuedFrom: 1, paragraphs: ["四千米"])]),
            Page(source: "p3.txt", number: 3, articles: [Part(id: "p3-a1", headline: nil, continuedFrom: 2, paragraphs: ["通车。"])]),
        ]
        #expect(IssueAssembler().assemble(pages)[0].stories == [Story(id: "s1", headline: "长江大桥合龙", parts: ["p1-a1", "p2-a3", "p3-a1"])])
    }

    @Test func jumpsAndContinuationsLeftOverAreReported() {
        let pages = [
            Page(source: "p1.txt", number: 1, articles: [
                Part(id: "p1-a1", headline: "甲", continuedOn: 4, paragraphs: ["正文"]),
                Part(id: "p1-a2", headline: "乙", continuedOn: 2, paragraphs: ["正文"]),
            ]),
            Page(source: "p2.txt", number: 2, articles: [Part(id: "p2-a1", headline: nil, continuedFrom: 3, paragraphs: ["续文"])]),
        ]
        let issue = IssueAssembler().assemble(pages)[0]
        #expect(issue.stories.isEmpty)
        #expect(issue.diagnostics.map(\.code) == [.jumpWithoutContinuation, .jumpWithoutContinuation, .continuationWithoutSource])
        #expect(issue.diagnostics[0].message.contains("p1-a2") && issue.diagnostics[0].message.contains("no part there"))
        #expect(issue.diagnostics[1].message.contains("not in this run"))
    }

    @Test func aTeaserPointsToTheArticleItAnnounces() {
        let pages = [
            Page(source: "p1.txt", number: 1, teasers: ["南京网上拜年新鲜便捷　详见第2版", "菜花西红柿橙子可抗癌（第3版）", "武汉：燃气服务进万家（第2版）"], articles: []),
            Page(source: "p2.txt", number: 2, articles: [
                Part(id: "p2-a1", headline: "低幼文学呼唤成熟艺术形象", paragraphs: []),
                Part(id: "p2-a2", headline: "南京网上拜年新鲜便捷", paragraphs: []),
                // A headline the page reading left in the text.
                Part(id: "p2-a3", headline: nil, paragraphs: ["武汉：燃气服务进万家本报讯　今年，武汉市燃气公司为三万户居民接通了管道燃气。"]),
            ]),
        ]
        let teasers = IssueAssembler().assemble(pages)[0].teasers
        #expect(teasers == [
            Teaser(text: "南京网上拜年新鲜便捷　详见第2版", page: 1, targetPage: 2, target: "p2-a2"),
            Teaser(text: "菜花西红柿橙子可抗癌（第3版）", page: 1, targetPage: 3, target: nil),
            Teaser(text: "武汉：燃气服务进万家（第2版）", page: 1, targetPage: 2, target: "p2-a3"),
        ])
    }

    /// A front page in `pdftotext -raw` form: masthead, the teaser lines given, and the lead.
    func frontPage(teasers: String) throws -> PageResult {
        let text = "江城日报\n1998年1月2日　星期五\n" + teasers
            + "\n新春走基层\n党中央国务院关心西藏雪灾救灾工作\n本报讯　党中央、国务院十分关心西藏雪灾救灾工作，\n派出工作组赶赴灾区。\n"
        return try Pipeline().extract(PageSource(name: "p1.raw.txt", data: Data(text.utf8)))
    }

    /// The front page with `teasers` and `second`, page 2 of its issue in `pdftotext -raw` form, each read alone.
    func frontAndSecondPage(teasers: String, second: String) throws -> [PageResult] {
        try [frontPage(teasers: teasers), Pipeline().extract(PageSource(name: "p2.raw.txt", data: Data(second.utf8)))]
    }

    /// A teaser wrapped in its box (`纳扎尔巴耶夫指出改革为哈发` / `展奠定基础　详见第4版`) is read whole, so that its
    /// words find its article; a line outside a teaser box is not taken into one.
    @Test func aTeaserWrappedInItsBoxIsReadWhole() throws {
        let page = try frontPage(teasers: """
            导读
            菜花西红柿橙子可抗癌　详见第3版
            纳扎尔巴耶夫指出改革为哈发
            展奠定基础　详见第4版
            对话剧发展的几点看法　详见第4版
            """)
        #expect(page.unassigned.filter { $0.role == .teaser }.map(\.text) == [
            "菜花西红柿橙子可抗癌　详见第3版", "纳扎尔巴耶夫指出改革为哈发展奠定基础　详见第4版", "对话剧发展的几点看法　详见第4版",
        ])
        #expect(page.articles.map(\.headline) == ["党中央国务院关心西藏雪灾救灾工作"])
    }

    @Test func aTeaserStripOnOneLineIsItsLabelAndItsEntries() throws {
        let page = try frontPage(teasers: "今日导读 描绘美好人生（第A3版） 哈将着力打击官员违法乱纪（第A3版） 南京网上拜年新鲜便捷（第A4版）")
        #expect(page.unassigned.filter { $0.role == .teaser }.map(\.text) == [
            "描绘美好人生（第A3版）", "哈将着力打击官员违法乱纪（第A3版）", "南京网上拜年新鲜便捷（第A4版）",
        ])
        #expect(page.unassigned.contains { $0.role == .pageFurniture && $0.text == "今日导读" })
        #expect(page.articles.map(\.headline) == ["党中央国务院关心西藏雪灾救灾工作"])
    }

    /// mutool sets a blank line after every line; a reference broken over two lines, and an entry wrapped over its
    /// reference, are read whole across it. A short line beside the box (the weather) is not taken in.
    @Test func aTeaserWrappedInDoubleSpacedTextIsReadWhole() throws {
        let lines = [
            "江城日报", "1998年1月2日　星期五", "本期导读", "云南汽笛催春到客商翩", "翩来　详见第2版", "全国清理公款电话收回资",
            "金４．８４亿元　详见第", "二版", "多云转阴", "天津年货年味浓　详见第三版", "新春走基层", "党中央国务院关心西藏雪灾救灾工作",
            "本报讯　党中央、国务院十分关心西藏雪灾救灾工作，", "派出工作组赶赴灾区。",
        ]
        let page = try Pipeline().extract(PageSource(name: "p1.mutool.txt", data: Data((lines.joined(separator: "\n\n") + "\n").utf8)))
        #expect(page.unassigned.filter { $0.role == .teaser }.map(\.text) == [
            "云南汽笛催春到客商翩翩来　详见第2版", "全国清理公款电话收回资金４．８４亿元　详见第二版", "天津年货年味浓　详见第三版",
        ])
    }

    /// An entry wrapped over two lines above its reference (a blank line between them, as mutool sets them), an
    /// entry with a headline's comma or colon, and one with enumeration commas are each read whole; a sentence
    /// above a reference (a summary printed in the box) is not taken into the entry under it.
    @Test func aTeaserWrappedOverTwoLinesOrWithAHeadlinesCommaIsReadWhole() throws {
        let lines = [
            "江城日报", "1998年1月2日　星期五", "要目", "普里马科夫重申俄", "反对波海三国加入", "", "北约　详见第3版",
            "抢占市场制高点，靠的是不", "断进取精神　详见第三版", "天津：万户文明家庭扶老助", "孤　详见第三版",
            "三、取保候审、监视居住　", "详见第三版", "本版另有春运消息十则，请读者留意。", "铁路春运今日开始　详见第2版",
        ]
        let page = try Pipeline().extract(PageSource(name: "p1.mutool.txt", data: Data((lines.joined(separator: "\n\n") + "\n").utf8)))
        #expect(page.unassigned.filter { $0.role == .teaser }.map(\.text) == [
            "普里马科夫重申俄反对波海三国加入北约　详见第3版", "抢占市场制高点，靠的是不断进取精神　详见第三版",
            "天津：万户文明家庭扶老助孤　详见第三版", "三、取保候审、监视居住详见第三版", "铁路春运今日开始　详见第2版",
        ])
        #expect(!page.unassigned.contains { $0.text.contains("请读者留意") && $0.role == .teaser })
    }

    /// A finished text does not go on after a box of teasers set in its column: what follows the box (in
    /// `pdftotext -raw` form, without indents) is not the text's last paragraph.
    @Test func aFinishedTextDoesNotGoOnAfterATeaserBox() throws {
        let text = """
            晨钟日报
            1998年1月20日　星期二
            傅全有会见美国防部长
            本报北京1月19日电　傅全有今天在北京会见了美国国防部长一行，
            双方就两军交往交换了意见，
            并请客人转达对美军参谋长的问候。
            要目
            五部门通知要求清
            理整顿警车警灯警
            报器　详见第4版
            邮递员许国富八年如一日，
            把每一封写错地址的信送到收信人手中。

            """
        let page = try Pipeline().extract(PageSource(name: "p1.raw.txt", data: Data(text.utf8)))
        let lead = try #require(page.articles.first { $0.headline == "傅全有会见美国防部长" })
        #expect(lead.sections.flatMap(\.paragraphs).allSatisfy { !$0.text.contains("许国富") })
        #expect(page.unassigned.filter { $0.role == .teaser }.map(\.text) == ["五部门通知要求清理整顿警车警灯警报器　详见第4版"])
    }

    /// A front page's teasers name the headlines of page 2. Read alone, page 2 in text takes one for a subhead
    /// printed in place (bare, between two texts) and leaves the other, over only a picture's caption after a text
    /// that jumped mid-sentence, without its text; read in its issue after the front page, each heads an article
    /// of its own, and the teasers find them.
    @Test func aHeadlineATeaserNamesHeadsAnArticleOfItsOwn() throws {
        let second = """
            江城日报
            1998年1月2日　星期五
            第2版　科教
            昆明：邻国旅游成时尚
            □本报记者 曹兰文
            据新华社昆明１月１８日电　春节将至，昆明的旅行社
            纷纷推出出境旅游线路，到邻国过年成了时尚。
            谈及跨国旅游这一新时尚，业内人士认为，这是
            人们消费观念改变的结果。
            菜花西红柿橙子可抗癌
            据波兰《法律与经济报》报道，波兰消费者医疗中心
            认为，菜花、西红柿、橙子等是最具抗癌作用的蔬菜
            和水果，大蒜、苹果也具有抗癌作用（下转第3版）
            依靠科技进步调整经济结构
            图为世界科学技术发展日新月异。（通讯员 田峰超 摄）

            """
        let pages = try frontAndSecondPage(teasers: "导读\n菜花西红柿橙子可抗癌　详见第2版\n依靠科技进步调整经济结构　详见第2版", second: second)
        // Alone: a subhead of the article before it; the headline over a caption after a text that jumps to
        // another page is photo news already.
        #expect(!pages[1].articles.contains { $0.headline == "菜花西红柿橙子可抗癌" })
        #expect(pages[1].articles.contains { $0.headline == "依靠科技进步调整经济结构" })
        let document = PageDocument(results: pages)
        let articles = document.pages[1].articles
        let cancer = try #require(articles.first { $0.headline == "菜花西红柿橙子可抗癌" })
        #expect(cancer.sections.flatMap(\.paragraphs).first?.hasPrefix("据波兰《法律与经济报》报道") == true)
        let photo = try #require(articles.first { $0.headline == "依靠科技进步调整经济结构" })
        #expect(photo.sections.flatMap(\.paragraphs) == ["图为世界科学技术发展日新月异。（通讯员 田峰超 摄）"])
        let travel = try #require(articles.first { $0.headline == "昆明：邻国旅游成时尚" })
        #expect(travel.sections.flatMap(\.paragraphs).allSatisfy { !$0.contains("波兰") })
        #expect(document.issues?.first?.teasers.map(\.target) == [cancer.id, photo.id])
        #expect(!document.pages[1].diagnostics.contains { $0.code == "headlineWithoutBody" })
    }

    /// A headline wrapped over two lines at an enumeration comma (`六、取保候审、` / `监视居住`) reads alone as a
    /// short text of its own; the front page's teaser naming it makes it the headline of the commentary under it.
    @Test func aBlockOfTextATeaserNamesIsAHeadline() throws {
        let second = "江城日报\n1998年1月2日　星期五\n第2版　法治\n六、取保候审、\n监视居住\n本报评论员\n"
            + "　　２０．刑事诉讼法第五十二条规定：被羁押的犯罪嫌疑\n人及其法定代理人、近亲属有权申请取保候审。\n"
            + "　　２１．取保候审最长不得超过十二个月，监视居住最长\n不得超过六个月。\n"
        let pages = try frontAndSecondPage(teasers: "导读\n六、取保候审、监视居住　详见第2版", second: second)
        #expect(pages[1].articles.map(\.headline) == [nil])
        let document = PageDocument(results: pages)
        let article = try #require(document.pages[1].articles.first)
        #expect(document.pages[1].articles.count == 1)
        #expect(article.headline == "六、取保候审、监视居住")
        #expect(article.sections.flatMap(\.paragraphs).first?.hasPrefix("２０．刑事诉讼法") == true)
        #expect(document.issues?.first?.teasers.map(\.target) == [article.id])
    }

    /// A narrow headline wrapped over four lines (`全省查处` / `违规收费` / `案件三百` / `余起`) is more lines than a
    /// headline is read in, and runs on from the finished paragraph over it, with its kicker or without; the teaser
    /// that quotes it cuts it out of the text, and it heads the paragraph under it.
    @Test(arguments: [nil, "经济观察"])
    func aHeadlineATeaserNamesIsCutOutOfTheTextItRanInto(_ kicker: String?) throws {
        let second = "江城日报\n1998年1月2日　星期五\n第2版　经济\n县里建起蔬菜批发市场\n□本报记者 严艳\n"
            + "　　本报讯　今年以来，县里投资建起一座蔬菜批发市场，\n菜农不出村就能把菜卖到全国各地。\n"
            + (kicker.map { $0 + "\n" } ?? "") + "全省查处\n违规收费\n案件三百\n余起\n"
            + "　　本报讯　记者从省物价局获悉，去年全省共查处违规收费\n案件三百余起，退还群众多收的费用两千多万元。\n"
        let pages = try frontAndSecondPage(teasers: "导读\n全省查处违规收费案件三百余起　详见第2版", second: second)
        #expect(pages[1].articles.first?.paragraphs.first?.hasSuffix("全省查处违规收费案件三百余起") == true)
        let document = PageDocument(results: pages)
        let articles = document.pages[1].articles
        #expect(articles.map(\.headline) == ["县里建起蔬菜批发市场", "全省查处违规收费案件三百余起"])
        // A short line in words over the headline, after the finished text, is its kicker.
        #expect(articles.last?.kicker == kicker)
        #expect(articles.first?.sections.flatMap(\.paragraphs).last?.hasSuffix("把菜卖到全国各地。") == true)
        #expect(articles.last?.sections.flatMap(\.paragraphs).first?.hasPrefix("本报讯　记者从省物价局获悉") == true)
        #expect(document.issues?.first?.teasers.map(\.target) == [articles.last?.id])
    }

    /// Text has no type sizes to tell a kicker from the first line of a headline (`岁末年初访农家` / `酒广告管理须规范`
    /// read alone is one headline); the front page's teaser quoting the headline's last line makes the line over it
    /// the kicker.
    @Test func aTeaserQuotingTheHeadlineLeavesTheLineOverItAsKicker() throws {
        let over = "岁末年初访农家"
        let second = "江城日报\n1998年1月2日　星期五\n第2版　社会\n\(over)\n酒广告管理须规范\n□本报记者 严艳\n"
            + "　　最近一个时期，在我们这里城乡交界处，酒类广告\n越来越多，有的夸大其词，有的格调不高。\n"
        let pages = try frontAndSecondPage(teasers: "导读\n酒广告管理须规范　详见第2版", second: second)
        #expect(pages[1].articles.map(\.headline) == [over + "酒广告管理须规范"])
        let document = PageDocument(results: pages)
        let article = try #require(document.pages[1].articles.first)
        #expect(article.kicker == over)
        #expect(article.headline == "酒广告管理须规范")
        #expect(document.issues?.first?.teasers.map(\.target) == [article.id])
    }

    /// Through the pipeline: two text pages of one issue, the lead jumping from the front page to page 2.
    @Test func twoPagesOfTextFormAnIssueWithItsStory() throws {
        let front = """
            晨钟日报
            1998年1月1日　星期四
            第1版　要闻

            长江大桥合龙

            　　本报讯　经过三年的紧张施工，长江大桥今天上午顺利合龙。大桥全长四千六百米，
            通车后两岸的往来将从一个小时缩短到十分钟。（下转第二版）

            """
        let second = """
            晨钟日报
            1998年1月1日　星期四
            第2版　经济

            （上接第一版）大桥的建成将带动沿江经济带的发展，预计每年可为两岸节约运输费用
            两亿多元。

            """
        let pipeline = Pipeline()
        let pages = try [pipeline.extract(PageSource(name: "p1.txt", data: Data(front.utf8))), pipeline.extract(PageSource(name: "p2.txt", data: Data(second.utf8)))]
        let document = PageDocument(results: pages)
        let issue = try #require(document.issues?.first)
        #expect(document.issues?.count == 1)
        #expect(issue.id == "晨钟日报-1998-01-01")
        #expect(issue.pages.map(\.name) == ["要闻", "经济"])
        let lead = try #require(pages[0].articles.first { $0.headline == "长江大桥合龙" })
        let continuation = try #require(pages[1].articles.first { $0.continuedFrom?.number == 1 })
        #expect(issue.stories == [Story(id: "s1", headline: "长江大桥合龙", parts: [lead.id, continuation.id])])
    }

    /// Markdown and text print the story whole after the pages (where its parts also stand in place).
    @Test func aStoryIsPrintedWholeInOnePlace() throws {
        let front = "晨钟日报\n1998年1月1日　星期四\n第1版　要闻\n\n长江大桥合龙\n\n　　本报讯　长江大桥今天上午顺利合龙，大桥全长四千六百米，通车后两岸的往来将\n缩短到十分钟。（下转第二版）\n"
        let second = "晨钟日报\n1998年1月1日　星期四\n第2版　经济\n\n（上接第一版）大桥的建成将带动沿江经济带的发展，预计每年可为两岸节约运输费用\n两亿多元。\n"
        let pipeline = Pipeline()
        let pages = try [front, second].enumerated().map { try pipeline.extract(PageSource(name: "p\($0 + 1).txt", data: Data($1.utf8))) }
        let issues = IssueAssembler().assemble(pages.map { IssueAssembler.PageSummary($0) })
        var parts: [String: [String: Article]] = [:]
        for article in pages.flatMap(\.articles) where MarkdownWriter.isStoryPart(article) { parts[issues[0].id, default: [:]][article.id] = article }
        let markdown = MarkdownWriter.write(stories: issues, articles: parts)
        let first = try #require(markdown.range(of: "大桥全长四千六百米"))
        let marker = try #require(markdown.range(of: "*Page 2 (continued from page 1)*"))
        let rest = try #require(markdown.range(of: "两岸节约运输费用两亿多元。"))
        #expect(first.upperBound < marker.lowerBound && marker.upperBound < rest.lowerBound)
        #expect(markdown.hasPrefix("# Stories — 晨钟日报 1998-01-01\n\n## 长江大桥合龙"))
        // Without a story (one page alone) nothing is added.
        #expect(MarkdownWriter.write(stories: IssueAssembler().assemble([IssueAssembler.PageSummary(pages[0])]), articles: parts).isEmpty)
        let text = PlainTextWriter.write(stories: issues, articles: parts)
        #expect(text.hasPrefix("STORIES\n\n长江大桥合龙\n") && text.contains("缩短到十分钟。") && text.contains("两亿多元。"))
        let textMarker = try #require(text.range(of: "(page 2, continued from page 1)"))
        #expect(try #require(text.range(of: "缩短到十分钟。")).upperBound < textMarker.lowerBound)
    }

    @Test func articleIdsAreUniqueInTheRun() throws {
        let body = "严冬抓供热\n　　本报讯　今年以来，全市各级供热部门把冬季供热作为重点，组织人员在主要小区值守。\n"
        func page(_ header: String, _ name: String) throws -> PageResult {
            try Pipeline().extract(PageSource(name: name, data: Data((header + "\n" + body).utf8)))
        }
        let pages = [
            try page("江城日报 1998年1月2日 星期五 第1版 要闻", "a1.txt"), try page("江城日报 1998年1月2日 星期五 第2版 国际", "a2.txt"),
            // The same page number again in the issue (a page printed over two sheets), then the next day's issue.
            try page("江城日报 1998年1月2日 星期五 第2版 国际", "a2b.txt"), try page("江城日报 1998年1月3日 星期六 第1版 要闻", "b1.txt"),
        ]
        let document = PageDocument(results: pages)
        #expect(document.pages.flatMap { $0.articles.map(\.id) } == ["p1-a1", "p2-a1", "p2.2-a1", "i2-p1-a1"])
        #expect(document.issues?.map(\.id) == ["江城日报-1998-01-02", "江城日报-1998-01-03"])
        // The streaming writer gives the same document.
        let writer = try PageDocumentWriter()
        for result in pages { try writer.append(result) }
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("banmian-ids-\(UUID().uuidString).json")
        FileManager.default.createFile(atPath: url.path, contents: nil)
        defer { try? FileManager.default.removeItem(at: url) }
        let handle = try FileHandle(forWritingTo: url)
        try writer.finish(errors: [], to: handle)
        try handle.close()
        #expect(try Data(contentsOf: url) == document.encoded())
    }

    /// Pages do not always set their continuations in the order of the jumps: the words each part has and its
    /// rival lacks decide, not the order.
    @Test func continuationsSetInAnotherOrderFollowTheirWords() {
        // Each continuation shares a few words with its own first part (华侨华人, 手机) among many it shares with
        // neither: a weak likeness, but the only evidence; the order on page 4 is the other way round.
        let pages = [
            Page(source: "p1.txt", number: 1, articles: [
                Part(id: "p1-a1", headline: nil, continuedOn: 4, paragraphs: ["本报讯　从华侨华人踏足异域他乡开始，就以各种形式建立起自己的组织，近年来出现新的变化"]),
                Part(id: "p1-a2", headline: nil, continuedOn: 4, paragraphs: ["准确名称是移动电话，用户年均增长幅度为一倍半，手机已经走进寻常百姓家"]),
            ]),
            Page(source: "p4.txt", number: 4, articles: [
                Part(id: "p4-a1", headline: nil, continuedFrom: 1, paragraphs: ["着这个市场重要目标的转移，清理用公款购买手机列为厉行节约制止奢侈浪费的一项内容，抓得很紧"]),
                Part(id: "p4-a2", headline: nil, continuedFrom: 1, paragraphs: ["华侨华人团体之间的联系也日趋密切，欧洲已召开了五届年会，上一届有两百多位代表出席"]),
            ]),
        ]
        let issue = IssueAssembler().assemble(pages)[0]
        #expect(issue.stories.map(\.parts) == [["p1-a1", "p4-a2"], ["p1-a2", "p4-a1"]])
    }

    /// Latin-script papers of the nineteenth century print no jump lines: the text cut at the foot of a page goes
    /// on at the head of the next, under no heading. The next page's first article joins the page's last when the
    /// sentence is cut there (a word in small letters ends the one or opens the other).
    @Test func aLatinTextRunOnOverThePageFootIsOneStory() {
        func page(_ number: Int, _ articles: [Part]) -> Page { Page(source: "p\(number).alto.xml", number: number, articles: articles) }
        let europe = Part(id: "p1-a1", headline: "LATER FROM EUROPE.", paragraphs: ["The steamer arrived this morning with news to the 14th."], lines: 1...20)
        let harvest = Part(id: "p1-a2", headline: "THE HARVEST.", paragraphs: ["The farmers of the county report that the"], lines: 21...40)
        let rest = Part(id: "p2-a1", headline: nil, paragraphs: ["wheat is better than in any year since the war began."], lines: 1...12)
        let local = Part(id: "p2-a2", headline: "LOCAL ITEMS.", paragraphs: ["The council met last night."], lines: 13...30)
        let stories = IssueAssembler().assemble([page(1, [europe, harvest]), page(2, [rest, local])])[0].stories
        #expect(stories == [Story(id: "s1", headline: "THE HARVEST.", parts: ["p1-a2", "p2-a1"])])
        // The sentence cut at the next page's first word alone (the page before ends in a word in capitals).
        let signed = Part(id: "p1-a2", headline: "THE HARVEST.", paragraphs: ["The farmers of the county report through Mr. Ward"], lines: 21...40)
        #expect(IssueAssembler().assemble([page(1, [europe, signed]), page(2, [rest, local])])[0].stories.map(\.parts) == [["p1-a2", "p2-a1"]])
        // No cut sentence, a heading over the next page's first text, a page between, Chinese text: no story.
        let whole = Part(id: "p1-a2", headline: "THE HARVEST.", paragraphs: ["The farmers of the county report a good year."], lines: 21...40)
        let opening = Part(id: "p2-a1", headline: nil, paragraphs: ["Wheat is better than in any year since the war began."], lines: 1...12)
        #expect(IssueAssembler().assemble([page(1, [europe, whole]), page(2, [opening, local])])[0].stories.isEmpty)
        let headed = Part(id: "p2-a1", headline: "WHEAT.", paragraphs: ["wheat is better than in any year since the war began."], lines: 1...12)
        #expect(IssueAssembler().assemble([page(1, [europe, harvest]), page(2, [headed, local])])[0].stories.isEmpty)
        #expect(IssueAssembler().assemble([page(1, [europe, harvest]), page(3, [rest, local])])[0].stories.isEmpty)
        // (An OCR engine's reading of Chinese text often ends a clause with an ASCII comma.)
        let chinese = Part(id: "p1-a2", headline: "丰收", paragraphs: ["全县农民今年的收成,"], lines: 21...40)
        let chineseRest = Part(id: "p2-a1", headline: nil, paragraphs: ["小麦收成是多年来最好的。"], lines: 1...12)
        #expect(IssueAssembler().assemble([page(1, [europe, chinese]), page(2, [chineseRest, local])])[0].stories.isEmpty)
    }
}
