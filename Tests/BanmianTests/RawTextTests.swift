import Foundation
import Testing

@testable import Banmian

/// What `pdftotext -raw` makes of a page: lines in the order they were drawn, no indents, no blank lines, no spaces
/// between names, and two punctuation marks squeezed into one em broken apart (`”` | `，况`).
@Suite struct RawTextTests {
    /// A column of a real layout as `pdftotext -raw` gives it (from a corpus page printed by Chromium).
    let column = """
        他们会一笑置之。在他们看
        来，无论是昔日的自我孤立，
        还是今天的“领导”欧洲，都
        源于英国式的“自豪感”
        ，况
        且，一个不能在近期加入欧洲
        单一货币的国家，又怎么能够
        侈谈“领导”呢？
        记者调查
        繁花似锦满目春
        □本报记者任杰娜许辉浩陈杰宏
        人们来到胶东明珠烟台的
        高新技术产业开发区里，就会
        看到区内事业兴旺，满目春
        色。目前，全区已拥有高新技
        术产品２５种，各类专业技术
        人员８９５人，７个项目被列入
        国家和省级“星火计划”、“火
        炬计划”
        。

        """

    @Test func squeezedPunctuationGoesBackToItsLine() {
        let lines = ["都源于英国式的“自豪感”", "，况", "且，一个不能", "炬计划”", "。", "“开头", "。”尾"]
            .enumerated().map { TextLine(number: $0 + 1, text: $1, indent: 0, width: CharacterClass.width(of: $1)) }
        let joined = ExtractorArtefacts.rejoiningSqueezedPunctuation(lines)
        #expect(joined.map(\.text) == ["都源于英国式的“自豪感”，况", "且，一个不能", "炬计划”。", "“开头", "。”尾"])
        #expect(joined.map(\.number) == [1, 3, 4, 6, 7])
    }

    /// A quotation mark set in another font than the body opens a line of its own (`报告中说：` | `“公有制为主`):
    /// inside a sentence, the short piece goes back to its line; after a sentence's end, a quotation may open the next
    /// paragraph, and a bracket opens a credit or a jump (`（下转第2版）`).
    @Test func aQuotationCutFromItsLineGoesBackInsideASentenceOnly() {
        let lines = ["江泽民同志在十五大", "报告中说：", "“公有制为主", "体、多种所有制经济共同", "发展，是我国社会主义初",
            "的机构，", "（下转第2版）", "级阶段的一项基本经济制", "度。", "“热”要升温，各", "发展，是我国社会主义初", "是，他说：", "“我们要把社会主义初"]
            .enumerated().map { TextLine(number: $0 + 1, text: $1, indent: 0, width: CharacterClass.width(of: $1)) }
        let joined = ExtractorArtefacts.rejoiningSplitOpenings(lines, settings: LayoutSettings())
        #expect(
            joined.map(\.text) == [
                "江泽民同志在十五大", "报告中说：“公有制为主", "体、多种所有制经济共同", "发展，是我国社会主义初", "的机构，", "（下转第2版）",
                "级阶段的一项基本经济制", "度。", "“热”要升温，各", "发展，是我国社会主义初", "是，他说：", "“我们要把社会主义初",
            ])
    }

    @Test func aRawColumnReadsAsPrinted() throws {
        let page = try Pipeline().extract(PageSource(name: "p3.raw.txt", data: Data(column.utf8)))
        let paragraphs = page.articles.flatMap(\.paragraphs)
        #expect(paragraphs.contains { $0.hasSuffix("源于英国式的“自豪感”，况且，一个不能在近期加入欧洲单一货币的国家，又怎么能够侈谈“领导”呢？") })
        let article = try #require(page.articles.first { $0.headline?.hasSuffix("繁花似锦满目春") == true })
        #expect(article.bylines == [Byline(role: "本报记者", names: ["任杰娜", "许辉浩", "陈杰宏"])])
        #expect(article.paragraphs == ["人们来到胶东明珠烟台的高新技术产业开发区里，就会看到区内事业兴旺，满目春色。目前，全区已拥有高新技术产品２５种，各类专业技术人员８９５人，７个项目被列入国家和省级“星火计划”、“火炬计划”。"])
    }

    /// Two modules in a row as `pdftotext -raw` reads them: a narrow column, then a wide one. Each paragraph's first
    /// line lost its indent and is two characters short of its own column; a headline and a subhead cut out of the
    /// running text; a line cut short to carry a character and its full stop down (`小许是个有心` / `人。一次`) is no
    /// heading.
    let twoModules = """
        第A2版　科教　华光日报　1998年1月13日
        海南看海
        如今我看到那柔
        和平静的海时，已知
        道那只是它的一个侧
        面，是一个诱人的倩
        影。
        海的大度能包容
        一切，海的柔情能感
        化一切；海的深邃能
        隐藏一切，尽收眼底。
        小许是个有心
        人。一次，他给一位
        用户送信，见门口没
        有信报箱。
        在下海的时候
        因而，在下海的时候，在海中准备
        畅游或远航的时候，千万别被海那诱人
        的微笑所迷惑，最好你只在海边走一
        走。
        看海只是看到海的表层，真正诱人
        的是它的深处，是它的无穷无尽的宝
        藏。

        """

    @Test func aRawPageOfTwoColumnWidthsKeepsItsParagraphs() throws {
        let page = try Pipeline().extract(PageSource(name: "p2.raw.txt", data: Data(twoModules.utf8)))
        let headings = page.blocks.filter { $0.role == .headline }.map(\.text)
        #expect(headings == ["海南看海", "在下海的时候"])
        let paragraphs = page.blocks.filter { $0.role == .body }.map(\.text)
        #expect(paragraphs == [
            "如今我看到那柔和平静的海时，已知道那只是它的一个侧面，是一个诱人的倩影。",
            "海的大度能包容一切，海的柔情能感化一切；海的深邃能隐藏一切，尽收眼底。小许是个有心人。一次，他给一位用户送信，见门口没有信报箱。",
            "因而，在下海的时候，在海中准备畅游或远航的时候，千万别被海那诱人的微笑所迷惑，最好你只在海边走一走。",
            "看海只是看到海的表层，真正诱人的是它的深处，是它的无穷无尽的宝藏。",
        ])
        // Left to do: the assembly takes the subhead for the headline of the text after it (its words are there, and
        // the headline's are not in the text before it), so the article splits in two.
    }

    /// A brief closes with its author's name in brackets after its last sentence: the sentence has ended there, so
    /// the short line after it is a heading, not the brief's last words.
    @Test func aBriefEndingWithItsAuthorsNameEndsASentence() throws {
        let text = """
            第1版　要闻　星河日报　1998年1月2日
            司法部领导看望基层干警
            本报讯在喜迎新春佳节之
            际，司法部领导到宁夏、贵州
            等地看望基层干警，访贫问苦，
            为广大基层司法行政干部职工
            送温暖、鼓干劲。（范菊）
            走出困境
            本报讯新疆军区各级政治
            机关注重对官兵进行民族团结
            教育，官兵和各族人民结下了
            深厚的感情。（刘传好）

            """
        let page = try Pipeline().extract(PageSource(name: "p1.raw.txt", data: Data(text.utf8)))
        #expect(page.blocks.filter { $0.role == .headline }.map(\.text) == ["司法部领导看望基层干警", "走出困境"])
        #expect(page.articles.flatMap(\.paragraphs).first == "本报讯在喜迎新春佳节之际，司法部领导到宁夏、贵州等地看望基层干警，访贫问苦，为广大基层司法行政干部职工送温暖、鼓干劲。（范菊）")
    }
}

/// `pdftotext -raw` with a kicker and a headline between two modules: no blank line, no indent, the new text's
/// first line two characters short of the column (its ideographic indent dropped).
@Suite struct RawHeadingTests {
    let column = """
        不少部队还为战士们准备了装有糖
        果、花生、瓜子、水果等的食品袋，在除
        夕夜发到每一位战士手中，让战士感到像
        在家过年一样。
        环球视点
        邓小平理论在苏南地区的实践
        １９７８年，邓小平同志在中央工
        作会议闭幕会上作的题为《解放思想，
        实事求是，团结一致向前看》的讲话，
        是一篇开辟新时期新道路、开创建设有
        中国特色社会主义新理论的宣言书。它
        极大地推动了我国思想解放运动，推动
        了经济体制改革尤其是农村改革。锡山
        市是“苏南模式”的创始者之一。

        """

    /// A dateline wrapped by the column (`新华社北京１月２２日` / `电（记者罗辉）`) still opens its text, under a
    /// two-line headline printed right after a caption's photo credit.
    @Test func aWrappedDatelineOpensTheTextUnderAHeading() throws {
        let text = """
            ２、西南第一座环行网
            架结构的全封闭人行天桥近
            日在贵阳建成，天桥占地２
            ０１６平方米。（新华社记
            者杨楹摄）
            李鹏会见
            俄罗斯客人
            新华社北京１月２２日
            电（记者罗辉）国务院总理
            李鹏今天上午在中南海紫光
            阁会见了俄罗斯联邦军事总
            监、国防会议秘书安德烈·
            科科申。

            """
        let result = try Pipeline().extract(PageSource(name: "p4.raw.txt", data: Data(text.utf8)))
        let article = try #require(result.articles.first { $0.dateline != nil })
        #expect(article.dateline == "新华社北京１月２２日电")
        #expect(article.headline == "李鹏会见俄罗斯客人")
        #expect(article.paragraphs.first?.hasPrefix("新华社北京１月２２日电（记者罗辉）国务院总理") == true)
        // The numbered caption over it ends at its wrapped photo credit.
        #expect(result.unassigned.contains { $0.role == .caption && $0.text.hasSuffix("（新华社记者杨楹摄）") })
    }

    /// A narrow column wraps a headline into three lines (two as wide as each other, the last shorter), over a text
    /// whose first line lost its indent: the three lines are the headline, not the text's opening words.
    @Test func aHeadlineWrappedIntoThreeLinesIsCutOut() throws {
        let text = """
            沿线群众的出行条件将
            得到明显改善，当地经
            济也将因此受益。
            图为港口扩建工程竣工后的码头。
            （通讯员王明摄）
            高原铁路复
            线工程全线
            开工
            本报讯高原铁路复
            线工程今天全线开工，
            全长４２０公里，预计
            三年建成。工程建成后
            ，这条铁路的运输能力
            将提高一倍，沿线的矿
            产也将更快运出山区。

            """
        let result = try Pipeline().extract(PageSource(name: "p2.raw.txt", data: Data(text.utf8)))
        let article = try #require(result.articles.first { $0.dateline != nil })
        #expect(article.headline == "高原铁路复线工程全线开工")
        #expect(article.paragraphs.first?.hasPrefix("本报讯高原铁路复线工程") == true)
    }

    /// The same mid-column, after a sentence's end, the dateline under it: three heading lines, not one line over
    /// two of text.
    @Test func aHeadlineWrappedIntoThreeLinesInsideAColumnIsCutOut() throws {
        let text = """
            年关将近，各地的年货市场
            货源充足，价格平稳，群众购
            物十分方便，节日气氛日渐浓
            厚。
            省城新建三座
            过街天桥交付
            使用
            本报讯记者从市政部门获
            悉，省城新建的三座过街天
            桥今天交付使用，行人过街
            更加安全便捷。

            """
        let result = try Pipeline().extract(PageSource(name: "p3.raw.txt", data: Data(text.utf8)))
        let article = try #require(result.articles.first { $0.dateline != nil })
        #expect(article.headline == "省城新建三座过街天桥交付使用")
        #expect(article.paragraphs.first?.hasPrefix("本报讯记者从市政部门") == true)
    }

    /// A brief's title run into its first line, cut off it, gives that line an indent: the text around it is still
    /// unindented text, where a short line after a sentence's end over a paragraph's first line is a heading.
    @Test func aRunInTitleAboveLeavesTheTextUnindented() throws {
        let text = """
            年关将近，各地的年货市场货源充足，价格平稳，群
            众购物十分方便，节日的气氛一天比一天浓厚起来。
            机场新航站楼启用 本报讯本市机场新航站楼今天
            正式启用，首批旅客从这里登上飞往各地的航班。新
            航站楼面积十二万平方米，可满足年旅客吞吐量两千
            万人次的需要。
            据介绍，新航站楼设有值机柜台一百二十个，安
            检通道三十条，登机桥二十八座，旅客从进入航站楼
            到登机平均只需要二十分钟，比原来节省了一半。
            城郊公交新线开通
            从明天起，城郊公交新开
            三条线路，连接城区与东部五
            个乡镇，每天发车二百余班
            次，方便沿线群众进城办事。

            """
        let result = try Pipeline().extract(PageSource(name: "p4.raw.txt", data: Data(text.utf8)))
        let paragraphs = result.articles.flatMap(\.paragraphs)
        #expect(result.articles.contains { $0.headline == "机场新航站楼启用" })
        #expect(!paragraphs.contains { $0.contains("城郊公交新线开通") })
        #expect(paragraphs.contains { $0.hasPrefix("从明天起，城郊公交") })
        #expect(paragraphs.contains { $0.hasSuffix("比原来节省了一半。") })
    }

    /// `pdftotext -raw` drops the space between two names: alone on its line under a headline, a role and a run
    /// that splits into names opening with family names is the byline.
    @Test func namesRunTogetherAloneOnTheirLineAreTheByline() throws {
        let text = """
            年关将近，各地的年货市场货源
            充足，价格平稳，群众购物十分
            方便。
            山村小学有了新校舍
            本报记者贾建舟刘磊
            新学期开学第一天，山村小
            学的孩子们走进了宽敞明亮的
            新校舍。新校舍有教室十二间
            ，还有图书室和实验室。

            """
        let result = try Pipeline().extract(PageSource(name: "p5.raw.txt", data: Data(text.utf8)))
        let article = try #require(result.articles.first { $0.headline == "山村小学有了新校舍" })
        #expect(article.bylines == [Byline(role: "本报记者", names: ["贾建舟", "刘磊"])])
    }

    @Test func aTwoLineHeadingOverADroppedIndentIsCutOut() throws {
        let result = try Pipeline().extract(PageSource(name: "p1.raw.txt", data: Data(column.utf8)))
        let article = try #require(result.articles.first { $0.headline == "邓小平理论在苏南地区的实践" })
        #expect(article.kicker == "环球视点")
        #expect(article.paragraphs.first?.hasPrefix("１９７８年") == true)
        #expect(result.articles.contains { $0.paragraphs.last?.hasSuffix("在家过年一样。") == true })
    }
}

/// A caption whose photo credit wraps (`（通讯员 姜` / `辉 摄）`) ends there: the next article's dateline, broken
/// over two lines by the column, opens its own text.
@Suite struct WrappedCreditCaptionTests {
    let column = """
        出席世界经济
        论坛年会并访问欧洲
        □本报记者 徐杰睿 韩洋
        图为应世界经济论坛主席
        施瓦布邀请。（通讯员 姜
        辉 摄）
        新华社北京１月２
        ３日电外交部发言人朱
        邦造今天在此间宣布：
        应世界经济论坛主席施
        瓦布邀请，国务院副总
        理李岚清将出席在瑞士
        达沃斯举行的世界经济
        论坛年会。

        """

    @Test func theCaptionEndsAtItsWrappedCredit() throws {
        let result = try Pipeline().extract(PageSource(name: "p3.raw.txt", data: Data(column.utf8)))
        let paragraphs = result.articles.flatMap(\.paragraphs) + result.articles.flatMap(\.captions)
        #expect(paragraphs.contains { $0.hasPrefix("新华社北京１月２３日电外交部发言人朱邦造") })
        #expect(paragraphs.contains("图为应世界经济论坛主席施瓦布邀请。（通讯员 姜辉 摄）"))
    }
}

/// What `mutool draw -F txt` makes of a narrow column: a blank line after a line whose spacing differs, even inside
/// a closing credit's brackets, and a credit wrapped inside its role word (`通讯` / `员`).
@Suite struct BrokenCreditTests {
    let column = """
        天津年货年味浓

        □记者 曾杰红 报道

          据此间报纸报道，何大一上
        周在美国宣布，他的研究小
        组用新的疗法治疗艾滋病，
        已能清除部分患者血液和淋
        巴结中的艾滋病毒。
        （记者 何博国 通讯

        员 邹林斌）

        """

    @Test func aBlankLineInsideBracketsIsDropped() {
        let reader = LineReader(settings: LayoutSettings())
        let lines = ["已能清除部分患者血液。", "（记者 何博国 通讯", "", "员 邹林斌）", "", "下一条消息"].enumerated().map { reader.line(Substring($1), number: $0 + 1) }
        let kept = LineReader.closingBlankLinesMidSentence(lines, settings: LayoutSettings()).map(\.text)
        #expect(kept == ["已能清除部分患者血液。", "（记者 何博国 通讯", "员 邹林斌）", "", "下一条消息"])
        // Brackets closed on their own line, or a line that opens another bracket first, keep their blank line.
        let closed = ["（记者 何博国）", "", "员 邹林斌）"].enumerated().map { reader.line(Substring($1), number: $0 + 1) }
        #expect(LineReader.closingBlankLinesMidSentence(closed, settings: LayoutSettings()).count == 3)
        let reopened = ["（记者 何博国", "", "（通讯员）"].enumerated().map { reader.line(Substring($1), number: $0 + 1) }
        #expect(LineReader.closingBlankLinesMidSentence(reopened, settings: LayoutSettings()).count == 3)
    }

    @Test func aCreditWrappedInsideItsRoleWordReadsAsTwoCredits() throws {
        let result = try Pipeline().extract(PageSource(name: "p3.mutool.txt", data: Data(column.utf8)))
        let article = try #require(result.articles.first)
        #expect(article.bylines.contains(Byline(role: "记者", names: ["何博国"])))
        #expect(article.bylines.contains(Byline(role: "通讯员", names: ["邹林斌"])))
        #expect(article.paragraphs.last?.hasSuffix("艾滋病毒。") == true)
    }

    /// Three items of a column as `pdftotext -raw` gives it: the first closes with its dispatch credit wrapped by the
    /// column (`（本报华盛顿１月１２` / `日电）`), the second with its author's name wrapped (`（张向` / `东）`).
    let creditsWrapped = """
        第4版　国际　华光日报　1998年1月13日
        美伊关系仍然微妙
        美国国务院发言人鲁宾今
        天在例行记者会上表示，两国
        在海湾问题上的分歧依然存在
        ，关系的真正改善尚需时日。
        （本报华盛顿１月１２
        日电）
        街道为困难家庭送温暖
        春节前夕，和平里街道办
        事处组织干部走访辖区内的困
        难家庭，为他们送去米面油和
        慰问金，并表示慰问。（张向
        东）
        港口吞吐量创新高
        去年，本市港口集装箱吞
        吐量首次突破两百万标准箱，
        比上年增长百分之十八，创历
        史新高。

        """

    @Test func aWrappedClosingCreditEndsItsItem() throws {
        let page = try Pipeline().extract(PageSource(name: "p4.raw.txt", data: Data(creditsWrapped.utf8)))
        #expect(page.articles.map(\.headline) == ["美伊关系仍然微妙", "街道为困难家庭送温暖", "港口吞吐量创新高"])
        #expect(page.articles.map(\.paragraphs) == [
            ["美国国务院发言人鲁宾今天在例行记者会上表示，两国在海湾问题上的分歧依然存在，关系的真正改善尚需时日。（本报华盛顿１月１２日电）"],
            ["春节前夕，和平里街道办事处组织干部走访辖区内的困难家庭，为他们送去米面油和慰问金，并表示慰问。（张向东）"],
            ["去年，本市港口集装箱吞吐量首次突破两百万标准箱，比上年增长百分之十八，创历史新高。"],
        ])
        #expect(page.articles.allSatisfy { $0.sections.count == 1 })
    }

    /// A headline over its subtitle spans the column (no narrower than the text), right after a caption whose
    /// credit the column wrapped (`（张` / `庆霞摄）`).
    let headlineOverSubtitle = """
        第2版　要闻　华光日报　1998年1月27日
        ２、靠绣制床上用品富裕
        起来的辽宁省海城市耿庄镇东
        耿村年轻农家妇女阎亚君，为
        了提高绣制水平，去年６月投
        资一万多元从沈阳购买了电
        脑，用于产品图案设计。（张
        庆霞摄）
        国务院办公厅举行春节团拜会
        ——李鹏向机关工作人员祝贺节日
        □记者 沈雪雪 通讯员 武浩萍 报道
        新华社北京１月２６日电
        （记者张宿堂）在中国人民的传
        统节日新春佳节即将到来之际，
        国务院办公厅今天下午举行春节
        团拜会。

        """

    @Test func aHeadlineAsWideAsItsColumnStandsOverItsSubtitle() throws {
        let page = try Pipeline().extract(PageSource(name: "p2.raw.txt", data: Data(headlineOverSubtitle.utf8)))
        let article = try #require(page.articles.first { $0.headline == "国务院办公厅举行春节团拜会" })
        #expect(article.subtitle == "李鹏向机关工作人员祝贺节日")
        #expect(article.dateline == "新华社北京１月２６日电")
        #expect(article.paragraphs == ["新华社北京１月２６日电（记者张宿堂）在中国人民的传统节日新春佳节即将到来之际，国务院办公厅今天下午举行春节团拜会。"])
        #expect(page.articles.flatMap(\.paragraphs).first == "２、靠绣制床上用品富裕起来的辽宁省海城市耿庄镇东耿村年轻农家妇女阎亚君，为了提高绣制水平，去年６月投资一万多元从沈阳购买了电脑，用于产品图案设计。（张庆霞摄）")
    }

    /// A headline wrapped inside its dash (`与人奋斗—` / `—为足球拾遗`) is one headline: a subtitle's dash opens its
    /// own line whole. A subtitle under a headline that ends in words keeps its dash line apart.
    @Test(arguments: [
        ("与人奋斗—\n—为足球拾遗", "与人奋斗——为足球拾遗", nil),
        ("与人奋斗\n——为足球拾遗", "与人奋斗", "为足球拾遗"),
    ] as [(String, String, String?)])
    func aDashCutByTheLineEndKeepsTheHeadlineWhole(_ heading: String, _ headline: String, _ subtitle: String?) throws {
        let text = "第5版　体育　华光日报　1998年1月27日\n\(heading)\n本报评论员\n"
            + "　　中国足球又一次与世界杯擦肩而过，球迷的失望可想而知。\n"
            + "　　与其抱怨运气，不如从头做起，把青少年训练抓实抓细。\n"
        let page = try Pipeline().extract(PageSource(name: "p5.raw.txt", data: Data(text.utf8)))
        let article = try #require(page.articles.first)
        #expect(article.headline == headline)
        #expect(article.subtitle == subtitle)
        #expect(page.articles.count == 1)
    }

    /// A subhead as wide as its column after a paragraph's short last line, over a first line whose curly quotes the
    /// font set half an em wide (so it holds more characters than two short of the column would allow).
    let subheadAsWideAsTheColumn = """
        第5版　综合　华光日报　1998年1月20日
        公路修到家门口
        今年，本市共新建农村公
        路三百公里，改造危桥二十座
        使沿线群众出行方便。
        农村公路建设带来沿线新活力
        “路通了，人就活了。”村
        民王大爷告诉记者，过去卖一
        车菜要走大半天，现在一个小
        时就到了城里。

        """

    @Test func aSubheadAsWideAsTheColumnIsCutOut() throws {
        let page = try Pipeline().extract(PageSource(name: "p5.raw.txt", data: Data(subheadAsWideAsTheColumn.utf8)))
        let article = try #require(page.articles.first)
        #expect(page.articles.count == 1)
        #expect(article.headline == "公路修到家门口")
        #expect(article.sections.map(\.heading) == [nil, "农村公路建设带来沿线新活力"])
        #expect(article.sections.last?.paragraphs.map(\.text) == ["“路通了，人就活了。”村民王大爷告诉记者，过去卖一车菜要走大半天，现在一个小时就到了城里。"])
    }

    @Test func aDroppedIndentCountsQuotesWideOrNarrow() {
        let settings = LayoutSettings()
        func line(_ text: String) -> TextLine { TextLine(number: 1, text: text, indent: 0, width: CharacterClass.width(of: text)) }
        // A column of 13 ideographs (26 half-width units): a first line holds 11, or 12 with two narrow quotes.
        #expect(settings.hasDroppedIndent(line("今年，本市共新建农村公"), column: 26))
        #expect(settings.hasDroppedIndent(line("“路通了，人就活了。”村"), column: 26))
        #expect(!settings.hasDroppedIndent(line("路三百公里，改造危桥二十座"), column: 26))
        #expect(!settings.hasDroppedIndent(line("使沿线群众出行方便。"), column: 26))
    }

    /// A headline as wide as its column over a byline (`□本报记者…`), after a brief closed by its credit.
    let headlineOverByline = """
        第2版　要闻　华光日报　1998年1月14日
        县医药化工厂、神威公司
        等４个企业的相关工作岗
        位。（赵中宝冀银玺）
        吴仪率团出访斐济萨摩亚
        □本报记者 毛飞力 陆博涛
        本报北京１月１３日讯
        应斐济和萨摩亚政府邀请，
        外经贸部部长吴仪今天率
        团启程，对两国进行友好访
        问。

        """

    @Test func aHeadlineAsWideAsItsColumnStandsOverItsByline() throws {
        let page = try Pipeline().extract(PageSource(name: "p2.raw.txt", data: Data(headlineOverByline.utf8)))
        let article = try #require(page.articles.first { $0.headline == "吴仪率团出访斐济萨摩亚" })
        #expect(article.bylines == [Byline(role: "本报记者", names: ["毛飞力", "陆博涛"])])
        #expect(article.dateline == "本报北京１月１３日讯")
        #expect(article.paragraphs == ["本报北京１月１３日讯应斐济和萨摩亚政府邀请，外经贸部部长吴仪今天率团启程，对两国进行友好访问。"])
        #expect(page.articles.flatMap(\.paragraphs).first == "县医药化工厂、神威公司等４个企业的相关工作岗位。（赵中宝冀银玺）")
    }

    /// A closing credit on a line of its own (`（李青）`, a dispatch's `（本报华盛顿１月１２日电）`) ends the item above
    /// it as printed: the last line of its paragraph, never a heading or a paragraph of its own, and the heading after
    /// it (two lines as wide as the credit) starts the next article.
    @Test(arguments: ["（李青）", "（李小青）", "（本报华盛顿１月１２日电）"])
    func aClosingCreditOnALineOfItsOwnEndsTheItemAbove(_ credit: String) throws {
        let text = """
            书画展开幕
            本报讯　市书画院的新春书画展昨
            天开幕，展出作品两百多幅，吸引
            了众多市民前来观赏。
            \(credit)
            县里表彰
            好村医们
            本报评论员
            据新华社北京1月19日电　县卫生
            局昨天召开大会，表彰二十名扎根
            山区的乡村医生。

            """
        let result = try Pipeline().extract(PageSource(name: "p2.raw.txt", data: Data(text.utf8)))
        #expect(result.articles.map(\.headline) == ["书画展开幕", "县里表彰好村医们"])
        #expect(result.articles.first?.paragraphs == ["本报讯　市书画院的新春书画展昨天开幕，展出作品两百多幅，吸引了众多市民前来观赏。" + credit])
        #expect(result.unassigned.isEmpty)
    }

    static func lines(_ texts: [String]) -> [TextLine] {
        texts.enumerated().map { TextLine(number: $0 + 1, text: $1, indent: 0, width: TextLine.displayWidth(of: $1)) }
    }

    /// A teaser box given as one line whose last page reference the box wrapped onto the next line (`… 详见第` / `3版`):
    /// the label and each entry a line of its own, the reference whole.
    @Test func aStripOfTeasersWhoseLastReferenceWrapsIsItsEntries() {
        let reader = BlockReader(table: .chinese, settings: LayoutSettings(), source: "p1.raw.txt")
        let strip = Self.lines(["导读 农机合作社添新机 详见第2版 城东三所幼儿园开园 详见第2版 跨江大桥开工 详见第", "3版", "春耕时节访山乡"])
        #expect(
            reader.splittingTeaserStrips(strip).map(\.text) == [
                "导读", "农机合作社添新机 详见第2版", "城东三所幼儿园开园 详见第2版", "跨江大桥开工 详见第3版", "春耕时节访山乡",
            ])
        // A line that is no strip keeps the short line under it.
        let prose = Self.lines(["他说：请大家详见第", "3版", "的说明。"])
        #expect(reader.splittingTeaserStrips(prose).map(\.text) == ["他说：请大家详见第", "3版", "的说明。"])
    }

    /// `pdftotext -raw` gives text on one baseline as one line: a paragraph's last line and the headline of the module
    /// beside it. Wider than the column, cut at its one space after a sentence's end, it is two lines; a line with the
    /// column's width, a tail with a sentence's punctuation, or a head that ends no sentence stays whole.
    @Test func aHeadlineOnAParagraphsLastBaselineIsALineOfItsOwn() {
        let reader = BlockReader(table: .chinese, settings: LayoutSettings(), source: "p3.raw.txt")
        let column = ["去年全区新增绿地三百公", "顷，建成口袋公园四十个", "，市民出门五分钟就能走", "进公园，晨练的人多了。"]
        let run = Self.lines(column + ["大家都很满意。 城东新建三所幼儿园", "本报讯城东片区三所公办"])
        #expect(reader.splittingRunOnHeadings(run).map(\.text) == column + ["大家都很满意。", "城东新建三所幼儿园", "本报讯城东片区三所公办"])
        for kept in ["大家都很满意。 他说，这很好", "大家都很满意 城东新建三所幼儿园", "满意。 城东新建"] {
            let lines = Self.lines(column + [kept])
            #expect(reader.splittingRunOnHeadings(lines).map(\.text) == column + [kept], "\(kept)")
        }
    }

    /// Steps of a list led by `▲`, the mark that also leads captions, read as text: one run on over more lines than a
    /// caption has into the text under it, one closed by a jump to another page (a caption never goes on elsewhere);
    /// a real caption led by the same mark, closed by its credit, stays a caption.
    @Test func aListLedByCaptionMarksIsText() throws {
        let page = """
            第1版 要闻 青禾日报 2026年3月5日 星期四
            你的网店如何开张
            □本报记者 李小安
            ▲选好你要卖的
            货品和价格。在你开
            张之前，先要想清楚
            卖什么、卖给谁，再
            去比价。
            ▲找一家可靠的
            快递公司。（下转第三版）
            ▲网店店主在整理货品。（记者 王青 摄）
            城东新建三所幼儿园
            本报讯城东片区三所公办幼儿园日前同时开园，新增学位九百个。

            """
        let result = try Pipeline().extract(PageSource(name: "p1.raw.txt", data: Data(page.utf8)))
        let article = try #require(result.articles.first { $0.headline == "你的网店如何开张" })
        #expect(
            article.paragraphs == [
                "▲选好你要卖的货品和价格。在你开张之前，先要想清楚卖什么、卖给谁，再去比价。", "▲找一家可靠的快递公司。",
            ])
        #expect(article.continuedOn?.number == 3)
        #expect(result.articles.flatMap(\.captions) + result.unassigned.filter { $0.role == .caption }.map(\.text) == ["▲网店店主在整理货品。（记者 王青 摄）"])
    }

    /// A headline that opens the page's text, a picture under it, then the text: the headline heads the text after the
    /// picture whatever its words (as a heading under a finished text does), the caption is that article's.
    @Test func aHeadlineOverAPictureAtTheTopOfThePageHeadsTheTextAfterIt() throws {
        let page = """
            第1版 要闻 青禾日报 2026年9月5日 星期六
            山里娃的新课堂
            图为孩子们在宽敞明亮的教室里上课。（记者 王青 摄）
            本报讯今年秋季开学，县里建成的十二所村小全部投入使
            用，三千多名孩子告别了漏雨的旧校舍。
            城东新建三所幼儿园
            本报讯城东片区三所公办幼儿园日前同时开园，新增学位九百个。

            """
        let result = try Pipeline().extract(PageSource(name: "p1.raw.txt", data: Data(page.utf8)))
        #expect(result.articles.map(\.headline) == ["山里娃的新课堂", "城东新建三所幼儿园"])
        #expect(result.articles.first?.captions == ["图为孩子们在宽敞明亮的教室里上课。（记者 王青 摄）"])
    }
}

/// `mutool` text parts a column's last lines at blank lines; a line or two right over the jump to another page are
/// the end of the text, not a heading, though each looks like one alone (short, no sentence's end).
@Suite struct LinesOverAJumpTests {
    @Test func theLinesOverAJumpEndTheText() throws {
        let text = """
            新建的码头去年底投入
            使用，港口的吞吐能力
            比原来提高了一倍多。

            今年开春以来短短

            两个月，港区又新增了
            （下转第3版）

            科技兴农
            种粮大户的新账本

            入冬以来，县里的种粮
            大户们忙着算一笔新账。

            """
        let result = try Pipeline().extract(PageSource(name: "p1.mutool.txt", data: Data(text.utf8)))
        let jumping = try #require(result.articles.first { $0.continuedOn != nil })
        #expect(jumping.paragraphs.last?.hasSuffix("今年开春以来短短两个月，港区又新增了") == true)
        #expect(!result.articles.contains { $0.headline?.contains("短短") == true })
        #expect(result.articles.contains { $0.headline == "种粮大户的新账本" })
    }
    /// A headline of exactly as many characters as a paragraph's first line (two short of a narrow column, whose
    /// indent `pdftotext -raw` drops) over a subtitle or a byline: no paragraph ends there without a mark, so it
    /// is the headline of what follows, not the opening of a paragraph (from a page of the others' generator).
    @Test func aHeadlineAsWideAsAParagraphsOpeningOverASubtitleOrBylineHeadsIt() throws {
        let text = """
            九届政协委员建议名单
            体现了广泛的代表性，
            港澳人士和非公有制经
            济代表人士大幅增加。
            从里到外顺应市场
            ——呼市乳品打开市场记
            １９８５年，呼市
            的乳制品市场是人家的
            天下，消费者对回民乳
            品厂的产品不屑一顾，
            厂里的冰棍卖不出去。
            他们千方百计筹措
            了十万元，从外地请来
            技术人员改造生产线。
            节日里的好邻居们
            本报记者 姚彩霞
            春节前夕，记者来到
            东城区一个普通居民楼
            里，老住户们正在一起
            包饺子，笑语不断。
            """
        let result = try Pipeline().extract(PageSource(name: "p3.raw.txt", data: Data(text.utf8)))
        #expect(result.articles.map(\.headline) == [nil, "从里到外顺应市场", "节日里的好邻居们"])
        #expect(result.articles.dropFirst().first?.paragraphs.first?.hasPrefix("１９８５年，呼市") == true)
        #expect(result.articles.last?.bylines.first?.names == ["姚彩霞"])
    }
    /// A dispatch's dateline that the column wrapped (`据新华社北京一月十三日` / `电（记者刘朝晖）…`) opens the text
    /// under a headline also when its first line, an indent short, is measured against a column that a line with a
    /// narrow mark (`威廉·佩里…`) makes a half-width unit wider (from a page of the others' generator).
    @Test func aWrappedDatelineAnIndentShortOfAColumnWithANarrowMarkOpensTheText() throws {
        let text = """
            帮困一年多来，就有昆明水泥
            厂、云南冶炼厂、云南新华印
            刷厂等多家企业与医院建立起
            稳固的医疗关系，七万余名职
            工有了更好的医疗保障。
            张万年会见美前国防部长
            据新华社北京一月十三日
            电（记者刘朝晖）中央军委副
            主席张万年上将今天在人民大
            会堂会见了以美国前国防部长
            威廉·佩里为团长的美国高级代
            表团。
            """
        let result = try Pipeline().extract(PageSource(name: "p1.raw.txt", data: Data(text.utf8)))
        #expect(result.articles.map(\.headline) == [nil, "张万年会见美前国防部长"])
        #expect(result.articles.last?.dateline == "据新华社北京一月十三日电")
        #expect(result.articles.last?.bylines.first?.names == ["刘朝晖"])
    }

    /// A headline the column wrapped (`张万年会见美前国` / `防部长`) over a dispatch whose line opens with its own dateline
    /// (`据新华社北京一月十三日电`), the first text after a headline printed top to bottom (one character a line): its
    /// last line and that dateline read together as one by chance (an agency's name may follow a few characters:
    /// `防部长据新华社…`), which makes no heading line a dateline's start (from a page of the others' generator).
    @Test func aWrappedHeadlineOverALineOpeningWithADatelineIsAHeadline() throws {
        let text = """
            书记王太华、方兆祥
            也纷纷下到大别山区
            的岳西县，大包干的
            发源地滁州，以及淮
            河两岸的贫困乡村，
            走村串户，慰问农民
            群众。
            不
            忘
            群
            众
            疾
            苦
            温
            暖
            送
            进
            万
            家
            张万年会见美前国
            防部长
            据新华社北京一月十三日电
            （记者刘朝晖）中央军委副主席
            张万年上将今天在人民大会堂会
            见了以美国前国防部长威廉·佩
            里为团长的美国高级代表团。
            张万年表示，影响中美关系
            健康发展最重要、最敏感的问题
            是台湾问题。这个问题处理好
            了，中美关系就稳定、就发展。
            """
        let result = try Pipeline().extract(PageSource(name: "p1.raw.txt", data: Data(text.utf8)))
        let article = try #require(result.articles.first { $0.headline == "张万年会见美前国防部长" })
        #expect(article.dateline == "据新华社北京一月十三日电")
        #expect(article.paragraphs.first?.hasPrefix("据新华社北京一月十三日电（记者刘朝晖）") == true)
        #expect(!result.articles.contains { $0.paragraphs.contains { $0.hasPrefix("张万年会见") } })
    }

    /// A headline that fills the column wraps into a line two characters short of it (`震区军民打响救灾第二战役让群` /
    /// `众在保暖房中暖暖和和过春节`) right over its subtitle (`——记者从…获悉`): no paragraph's first line stands there
    /// (its paragraph would end without a mark), so both lines are the headline, not the end of the text before.
    @Test func aHeadlineWrappedIntoALineShortOfTheColumnOverASubtitleIsWhole() throws {
        let text = """
            有预谋的政治活动，目的在于提升
            与东南亚国家的所谓“实质关
            系”，进而破坏中国与有关国家之
            间的友好合作关系。台湾当局的所
            作所为是不得人心的，也是注定要
            失败的。
            这位发言人指出，世界上只有
            一个中国。中华人民共和国政府是
            代表全中国的唯一合法政府，台湾
            是中国领土不可分割的一部分。
            震区军民打响救灾第二战役让群
            众在保暖房中暖暖和和过春节
            ——记者从抗震救灾总指挥部获悉
            新华社张家口1月15日电（记
            者陈辉）记者从抗震救灾总指挥部
            获悉，张家口地震灾区抗震救灾工
            作，已从紧急救援转入安置灾民。
            """
        let result = try Pipeline().extract(PageSource(name: "p1.raw.txt", data: Data(text.utf8)))
        #expect(result.articles.map(\.headline) == [nil, "震区军民打响救灾第二战役让群众在保暖房中暖暖和和过春节"])
        #expect(result.articles.first?.paragraphs.last?.hasSuffix("是中国领土不可分割的一部分。") == true)
        #expect(result.articles.last?.dateline == "新华社张家口1月15日电")
    }

    /// A headline as wide as the column, set larger, wraps into a short line over a dispatch's dateline
    /// (`世贸组织总干事呼吁联合对付贸易` / `保护主义` / `据新华社伦敦1月19日电…`): where a text begins (after a closing
    /// credit), both lines are its headline, not the opening of a paragraph that ends without a mark.
    @Test func aHeadlineFillingTheColumnWrappedOverADatelineIsAHeadline() throws {
        let text = """
            若要真正下功夫研制民族特色产品，
            毕竟需要较长的开发周期，还有一定
            市场风险。
            （记者雷颐通讯员王友三）
            世贸组织总干事呼吁联合对付贸易
            保护主义
            据新华社伦敦1月19日电（记者
            陶志彭）世界贸易组织总干事鲁杰罗
            近日说，世界各国领导人应采取一致
            立场，以对付因东南亚金融危机而诱
            发的贸易保护主义的威胁。
            """
        let result = try Pipeline().extract(PageSource(name: "p1.raw.txt", data: Data(text.utf8)))
        let article = try #require(result.articles.last)
        #expect(article.headline == "世贸组织总干事呼吁联合对付贸易保护主义")
        #expect(article.dateline == "据新华社伦敦1月19日电")
        #expect(result.articles.first?.paragraphs.last?.hasSuffix("市场风险。") == true)
    }

    /// Lines a picture's runaround set short in the column, each ending its paragraph within a line or two
    /// (`“我们养猪是为过年，猪` / `养得越肥脸越有光哩。”`): no heading stands over a text that ends on its next line.
    @Test func aShortLineOverAShortSentenceEndIsNoHeading() throws {
        let text = """
            山区扶贫见闻
            本报记者 李明
            一九八八年春天，县里的干部来到河西
            镇挂钩扶贫。一个星期里，他们走村串户
            上百家，竟然没有看到一栋两层楼的房
            子，没有发现一个穿新衣裳的孩子，可
            家家户户的猪圈里都饲养着一头大肥
            猪。
            “为什么不出栏卖些钱？”干部
            不解地问。
            “我们养猪是为过年，猪
            养得越肥脸越有光哩。”
            老乡笑着答道。
            乡亲们的话引起了干部们的思考。他们
            发现，山区群众守着青山绿水，却缺少致
            富的门路，缺少走出大山的勇气。
            """
        let page = try Pipeline().extract(PageSource(name: "p2.raw.txt", data: Data(text.utf8)))
        #expect(page.articles.count == 1)
        #expect(page.articles.first?.sections.compactMap(\.heading) == [])
        #expect(page.articles.first?.paragraphs.contains { $0.hasPrefix("“我们养猪是为过年，猪养得越肥") } == true)
    }
}
