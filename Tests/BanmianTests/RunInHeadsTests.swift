import Banmian
import Foundation
import Testing

/// A column of briefs whose items' titles are set in bold and run into each item's first line (`国内简讯`): each
/// item is an article under its title. An opening in bold that is a dateline, or a speaker before a colon, stays
/// in its paragraph.
@Suite struct RunInHeadsTests {
    static let body = TypeFace(font: "UMingCN", color: 0)
    static let bold = TypeFace(font: "FZHei-B01", color: 0)

    /// One line of a column 20 characters wide at 10 points, its first `head` characters in bold when given.
    static func line(_ text: String, row: Int, indented: Bool = false, head: Int? = nil, face: TypeFace = body, spaced: Bool = false) -> TextLine {
        var line = TextLine(number: 0, text: text, indent: 0, width: TextLine.displayWidth(of: text))
        let x = indented ? 60.0 : 40.0
        line.box = BoundingBox(page: 1, x: x, y: 100 + Double(row) * 13, width: Double(text.count) * 10, height: 11)
        line.fontSize = 10
        line.face = face
        if let head {
            let opening = String(text.prefix(head))
            // As the reader saw it before a letter-spaced line was closed up.
            line.runIn = TextLine.RunIn(text: spaced ? opening.map(String.init).joined(separator: " ") : opening, face: bold)
        }
        return line
    }

    static func briefs() -> [TextLine] {
        var lines = [line("国内简讯", row: 0, face: bold)]
        let items: [(title: String, text: [String])] = [
            ("广深铁路恢复通车", ["本报讯广深铁路广州段", "二十日晚恢复单线通车，旅客列车已", "陆续发出。"]),
            ("宜兴推进乡镇企业改革", ["本报讯宜兴市今年", "把乡镇企业改革作为经济工作的重", "点，已有三百家企业完成改制。"]),
            ("中国民航订购客机", ["新华社北京１月２３日电", "中国航空器材进出口总公司今天在北", "京与美国波音公司签约订购七架客机。"]),
        ]
        var row = 2
        for item in items {
            lines.append(line(item.title + "　" + item.text[0], row: row, indented: true, head: item.title.count, spaced: item.title.hasPrefix("宜兴")))
            for text in item.text.dropFirst() {
                row += 1
                lines.append(line(text, row: row))
            }
            row += 1
        }
        return lines
    }

    static func extract(_ lines: [TextLine]) -> PageResult {
        Pipeline().extract(lines: lines, source: PageSource(name: "p2.pdf", data: Data()), size: PageSize(width: 595, height: 842))
    }

    @Test func eachBriefIsAnArticleUnderItsTitle() {
        let result = Self.extract(Self.briefs())
        #expect(result.articles.map(\.headline) == ["广深铁路恢复通车", "宜兴推进乡镇企业改革", "中国民航订购客机"])
        #expect(result.articles.map(\.paragraphs) == [
            ["本报讯广深铁路广州段二十日晚恢复单线通车，旅客列车已陆续发出。"],
            ["本报讯宜兴市今年把乡镇企业改革作为经济工作的重点，已有三百家企业完成改制。"],
            ["新华社北京１月２３日电中国航空器材进出口总公司今天在北京与美国波音公司签约订购七架客机。"],
        ])
    }

    /// Fonts whose glyphs map to Kangxi radicals (`⼀` U+2F00 for `一`, `⾰` U+2FB0 for `革`) give them in the title as
    /// read and in the line: the line is repaired, and the title must be too, to be found at its start.
    @Test func aTitleWithRadicalCodePointsIsFound() {
        var lines = Self.briefs()
        lines[1] = Self.line("广深铁路⼀线恢复　本报讯广深铁路广州段", row: 2, indented: true, head: 8)
        lines[4] = Self.line("宜兴推进乡镇企业改⾰　本报讯宜兴市今年", row: 5, indented: true, head: 10)
        let result = Self.extract(lines)
        #expect(result.articles.map(\.headline) == ["广深铁路一线恢复", "宜兴推进乡镇企业改革", "中国民航订购客机"])
        #expect(result.articles.first?.paragraphs.first?.hasPrefix("本报讯广深铁路广州段") == true)
    }

    /// A title run into its text heads it whatever their words: the text starts on the title's own line
    /// (a list of names under `体育界（18人）`).
    @Test func aRunInTitleHeadsItsTextWithoutSharedWords() {
        var lines = Self.briefs()
        lines[1] = Self.line("体育界（18人）　马凤祥、马晓春、", row: 2, indented: true, head: 8)
        lines[4] = Self.line("特邀人士（26人）　马万祺、王彦、", row: 5, indented: true, head: 9)
        let result = Self.extract(lines)
        #expect(result.articles.map(\.headline) == ["体育界（18人）", "特邀人士（26人）", "中国民航订购客机"])
        #expect(!result.unassigned.contains { $0.role == .headline })
    }

    /// A title on a line of its own whose last words open the next line, the text run in after them
    /// (`中华全国归国华侨联合会` / `（31人）　马文珠（女，回族）…`): the text starts on the title's last line, right
    /// after it, though not after its wider first line.
    @Test func aTextRunInAfterATitlesSecondLineIsItsArticle() {
        var lines = [Self.line("国内简讯", row: 0, face: Self.bold)]
        lines.append(Self.line("中华全国归国华侨联合会", row: 2, face: Self.bold))
        lines.append(Self.line("（31人）　马文珠（女，回族）、卢育波、", row: 3, head: 5))
        lines.append(Self.line("叶迪生、叶佩英（女）、刘国华。", row: 4))
        lines.append(Self.line("中国民航订购客机　新华社北京１月", row: 6, indented: true, head: 8))
        lines.append(Self.line("２３日电中国航空器材进出口总公司今", row: 7))
        lines.append(Self.line("天在北京与美国波音公司签约订购七架客机。", row: 8))
        let result = Self.extract(lines)
        #expect(result.articles.map(\.headline) == ["中华全国归国华侨联合会（31人）", "中国民航订购客机"])
        #expect(result.articles.first?.paragraphs.first?.hasPrefix("马文珠") == true)
        #expect(!result.unassigned.contains { $0.role == .headline })
    }

    /// A title run into a dispatch whose dateline the column cut two characters in (`李贵鲜会见希腊客人　据新` /
    /// `华社北京一月十三日电…`): the next line's `华社…电` reads as a dateline of its own, but it goes on with the
    /// one begun above — one paragraph, its dateline whole.
    @Test func aDatelineCutAfterARunInTitleReadsOn() throws {
        var lines = [Self.line("国内简讯", row: 0, face: Self.bold)]
        lines.append(Self.line("李贵鲜会见希腊客人　据新", row: 2, indented: true, head: 9))
        lines.append(Self.line("华社北京一月十三日电（记者刘云非）国务", row: 3))
        lines.append(Self.line("委员李贵鲜今天在人民大会堂会见了希腊", row: 4))
        lines.append(Self.line("客人。", row: 5))
        let article = try #require(Self.extract(lines).articles.first)
        #expect(article.headline == "李贵鲜会见希腊客人")
        #expect(article.paragraphs == ["据新华社北京一月十三日电（记者刘云非）国务委员李贵鲜今天在人民大会堂会见了希腊客人。"])
        #expect(article.dateline == "据新华社北京一月十三日电")
    }

    /// A title too long for its line wraps: its last character opens the next line in bold, the text going on.
    @Test func aTitleWrappedOntoTheTextsFirstLineIsWhole() {
        var lines = [Self.line("要闻简报", row: 0, face: Self.bold)]
        lines.append(Self.line("《中华民族》栏目元旦献", row: 2, indented: true, face: Self.bold))
        lines.append(Self.line("礼　本报讯今年元旦是中央电视台", row: 3, head: 1))
        lines.append(Self.line("《中华民族》栏目开播一周年。", row: 4))
        lines.append(Self.line("广深铁路恢复通车　本报讯广深铁", row: 6, indented: true, head: 8))
        lines.append(Self.line("路广州段二十日晚恢复单线通车。", row: 7))
        let result = Self.extract(lines)
        #expect(result.articles.map(\.headline) == ["《中华民族》栏目元旦献礼", "广深铁路恢复通车"])
        #expect(result.articles.first?.paragraphs == ["本报讯今年元旦是中央电视台《中华民族》栏目开播一周年。"])
    }

    /// In text, the bold title comes as a phrase and a space before the item's text (the title's gap): at a
    /// paragraph's start, the line filling its column, the title is a heading — indented (`mutool`) or not
    /// (`pdftotext -raw`, which drops indents). A credit spaced inside its brackets stays in its paragraph.
    @Test(arguments: [true, false])
    func inTextATitleSpacedFromItsTextHeadsAnItem(indented: Bool) throws {
        let indent = indented ? " " : ""
        let page = """
            国内简讯
            \(indent)出租车司机看广告 在北京常见空空的出租汽车满街跑，而许多
            活动、演出结束后，又有大量的人叫不到车。在上海，一些司机就会
            天天注意看广告，根据广告信息了解哪些地方什么时候将出现叫车高
            峰，司机和乘客两相收益。
            （本报记者 方云建）
            \(indent)本赛季男篮职业联赛取消 本报讯一度推迟举行的全国男篮赛
            季男子职业篮球联赛，因推广单位迄今不能履行协议，国家体委篮球
            运动管理中心和中国篮球协会已决定取消本赛季的全部比赛。
            \(indent)听听游子心里话 故乡，有如母亲。云游四方也罢，羁旅他乡也
            罢；无论身处高位，还是平头百姓，海内外游子心中的家永远在生养
            他的故乡。
            """
        let result = try Pipeline().extract(PageSource(name: indented ? "p4.mutool.txt" : "p4.raw.txt", data: Data(page.utf8)))
        #expect(result.articles.map(\.headline) == ["出租车司机看广告", "本赛季男篮职业联赛取消", "听听游子心里话"])
        #expect(result.articles.first?.paragraphs.first?.hasPrefix("在北京常见空空的出租汽车满街跑") == true)
        #expect(result.articles.first?.bylines == [Byline(role: "本报记者", names: ["方云建"])])
        #expect(result.articles.dropFirst().first?.dateline == "本报讯")
    }

    /// A dispatch's dateline after the gap opens the item's text, however short the rest of the line and wrapped
    /// its dateline (no comma on the next line to show running text), after a sentence's end or a credit alone on
    /// its line.
    @Test func aTitleSpacedFromADispatchsDatelineHeadsIt() throws {
        let page = """
            国际简讯
            港口扩建工程竣工 本报讯沿海港口扩建工程今天竣工，新建的三
            个泊位可停靠五万吨级的货轮，港口的年吞吐能力比原来提高了一倍
            多，成为沿海地区重要的物流枢纽之一。
            （李青）
            两国签署文化交流协定 据新华社开罗1月17日电（记者王明华）两
            国文化部长今天在开罗签署了文化交流协定，双方将在今后两年里互
            派艺术团访问演出并举办展览会。
            千年古城墙修缮一新今起再次迎接八方游人 据新华社罗马1月6
            日电（记者陈立）记者今天在这里看到，修缮一新的古城墙重新向游
            人开放，吸引了许多市民和游客前来参观，城墙下的广场上人头攒动。

            """
        let result = try Pipeline().extract(PageSource(name: "p4.raw.txt", data: Data(page.utf8)))
        #expect(result.articles.map(\.headline) == ["港口扩建工程竣工", "两国签署文化交流协定", "千年古城墙修缮一新今起再次迎接八方游人"])
        #expect(result.articles.map(\.dateline) == ["本报讯", "据新华社开罗1月17日电", "据新华社罗马1月6日电"])
    }

    /// A title set larger than the text holds fewer characters to the line, so its line is short of the column:
    /// before a dispatch's dateline (`蒲公英奖出台 本报讯` / `记者王娜梅报道：…`, a dateline of three characters,
    /// or one wrapped to the next line) it still heads the item (briefs of the others' generator in `pdftotext -raw`).
    @Test func aTitleSetLargerBeforeADispatchHeadsItsItem() throws {
        let page = """
            新闻速览
            蒲公英奖出台 本报讯
            记者王娜梅报道：为进一步落实少儿
            文化工作计划，丰富广大少年儿童的
            文化生活，繁荣少儿文艺创作，文化
            部日前设立了少儿文艺创作奖项。
            万国权会见澳大利亚客人 新华社北京
            1月11日电全国政协副主席万国权今天
            在这里会见并宴请了澳大利亚工党议员
            一行，双方进行了友好的交谈。
            """
        let result = try Pipeline().extract(PageSource(name: "p3.raw.txt", data: Data(page.utf8)))
        #expect(result.articles.map(\.headline) == ["蒲公英奖出台", "万国权会见澳大利亚客人"])
        #expect(result.articles.map(\.dateline) == ["本报讯", "新华社北京1月11日电"])
    }

    /// Titles told from their text by a space alone: in the text's own face with the text after the space on the
    /// same line; wrapped, the space on the next line; or filling the line, the space at its end (as mutool gives
    /// it) and the text on the next line — each heads its item, the text opening its paragraph.
    @Test func aTitleSpacedFromItsTextWithoutAFaceOfItsOwnHeadsAnItem() {
        var lines = [Self.line("国内简讯", row: 0, face: Self.bold)]
        lines.append(Self.line("港口扩建工程竣工 本报讯沿海港口扩建", row: 2, indented: true))
        lines.append(Self.line("工程今天竣工，新建的三个泊位可停靠五万", row: 3))
        lines.append(Self.line("吨级货轮，港口的吞吐能力提高了一倍。", row: 4))
        lines.append(Self.line("两国签署文化交流协定并", row: 5, indented: true))
        lines.append(Self.line("互派艺术团 据新华社开罗１月１７日电", row: 6))
        lines.append(Self.line("两国文化部长今天在开罗签署了协定。", row: 7))
        var filling = Self.line("古城墙修缮一新今起迎客", row: 8, indented: true, face: Self.bold)
        filling.endsInGap = true
        lines.append(filling)
        lines.append(Self.line("据悉，修缮一新的古城墙重新向游人开放，", row: 9))
        lines.append(Self.line("吸引了许多市民和游客前来参观。", row: 10))
        let result = Self.extract(lines)
        #expect(result.articles.map(\.headline) == ["港口扩建工程竣工", "两国签署文化交流协定并互派艺术团", "古城墙修缮一新今起迎客"])
        #expect(result.articles.map { $0.paragraphs.first?.prefix(6) } == ["本报讯沿海港", "据新华社开罗", "据悉，修缮一"])
    }

    /// A paragraph's first line in the body's face with a space in it after a dateline or figures is no title.
    @Test func aDatelineOrFiguresBeforeASpaceAreNoTitle() {
        var lines = [Self.line("春运首日客流平稳", row: 0, face: Self.bold)]
        lines.append(Self.line("本报北京１月５日电 今天是春运的第一", row: 2, indented: true))
        lines.append(Self.line("天，各地车站秩序井然，旅客有序进站。", row: 3))
        lines.append(Self.line("１９９８ 年的春运将持续四十天，铁路", row: 4, indented: true))
        lines.append(Self.line("部门每天加开临时客车二百余列。", row: 5))
        let result = Self.extract(lines)
        #expect(result.articles.map(\.headline) == ["春运首日客流平稳"])
        #expect(result.articles.first?.sections.count == 1)
    }

    /// In text that keeps its indents (`mutool draw -F txt`), a title that fills its line and goes on to the space
    /// in the next line, or ends its line with the space (kept at the line's end), heads the text after it.
    @Test func inTextATitleWrappedToItsSpaceOrEndingItsLineHeadsAnItem() throws {
        let page = """
            要 闻 简 报

              港口扩建工程竣工交付使
            用 本报讯沿海港口扩建工程
            今天竣工，新建的三个泊位可
            停靠五万吨级的货轮，港口的
            年吞吐能力比原来提高了一倍
            多，成为重要的物流枢纽。

              古城墙修缮一新今起迎客\u{20}
            据悉，修缮一新的古城墙重新
            向游人开放，吸引了许多市民
            和游客前来参观，城墙下的广
            场上人头攒动，十分热闹。

            """
        let result = try Pipeline().extract(PageSource(name: "p3.mutool.txt", data: Data(page.utf8)))
        #expect(result.articles.map(\.headline) == ["港口扩建工程竣工交付使用", "古城墙修缮一新今起迎客"])
        #expect(result.articles.map { $0.paragraphs.first?.prefix(6) } == ["本报讯沿海港", "据悉，修缮一"])
    }

    /// A briefs column of the others' generator: each item's title, set larger, wraps to the space on the next line.
    static let wrappedTitleBriefs: [(title: String, text: [String])] = [
        ("桂林特殊年礼到", ["瑶乡 本报讯农历新", "年到来之际，桂林市", "临桂县宛田瑶族乡中", "江村的村民收到桂林", "市市委书记捎来的一", "批“年货”。", "（张捷林）"]),
        ("《三国志事典》", ["光盘问世 日前，东", "计电脑（北京）有限", "公司制作的国内大型", "文化事典光盘《三国", "志事典》由北京大学", "出版社出版发行。"]),
    ]

    /// In text that lost its indents (`pdftotext -raw`), titles wrapped to the space on the next line after a credit
    /// or a sentence's end (`（张捷林）` / `《三国志事典》` / `光盘问世 日前，东…`): each heads its item. A dispatch's
    /// dateline the column cut after the space (`李贵鲜会见希腊客人 据新` / `华社北京…电`) reads on into its line: one
    /// paragraph, its dateline whole.
    @Test func inRawTextATitleWrappedToItsSpaceHeadsAnItem() throws {
        let briefs = Self.wrappedTitleBriefs.flatMap { [$0.title] + $0.text }
        let dispatch = ["李贵鲜会见希腊客人 据新", "华社北京一月十三日电（记者刘", "云非）国务委员兼中国人民银行", "行长李贵鲜今天在这里会见了希", "腊客人。"]
        let page = (["国内简讯"] + briefs + dispatch).joined(separator: "\n") + "\n"
        let result = try Pipeline().extract(PageSource(name: "p4.raw.txt", data: Data(page.utf8)))
        #expect(result.articles.map(\.headline) == ["桂林特殊年礼到瑶乡", "《三国志事典》光盘问世", "李贵鲜会见希腊客人"])
        #expect(result.articles.map { $0.paragraphs.first?.prefix(6) } == ["本报讯农历新", "日前，东计电", "据新华社北京"])
        #expect(result.articles.last?.dateline == "据新华社北京一月十三日电")
        #expect(result.articles.last?.paragraphs.count == 1)
    }

    /// In `mutool draw -F txt`, which sets a blank line after some lines, a title wrapped to the space on the next
    /// line comes with a blank line between (` 桂林特殊年礼到` / `` / `瑶乡 本报讯农历新`): it heads its item too.
    @Test func inMutoolTextATitleWrappedOverABlankLineHeadsAnItem() throws {
        let briefs = Self.wrappedTitleBriefs.map { ([" " + $0.title, ""] + $0.text).joined(separator: "\n") }
        let page = (["国 内 简 讯"] + briefs).joined(separator: "\n\n") + "\n"
        let result = try Pipeline().extract(PageSource(name: "p4.mutool.txt", data: Data(page.utf8)))
        #expect(result.articles.map(\.headline) == ["桂林特殊年礼到瑶乡", "《三国志事典》光盘问世"])
        #expect(result.articles.map { $0.paragraphs.first?.prefix(6) } == ["本报讯农历新", "日前，东计电"])
    }

    /// A byline under a headline, its names spaced from its role (`本报记者 罗晨、许健`: a mark of running text after the
    /// space), is no title's wrapped end and its text.
    @Test func inRawTextABylineUnderAHeadlineIsNoWrappedTitle() throws {
        let page = """
            港口的年吞吐能力提高了
            一倍，成为物流枢纽。
            丹麦可恶贼三伸恶手
            本报记者 罗晨、许健
            据新华社斯德哥尔摩１月
            ６日电（记者许福瑞）丹
            麦哥本哈根港口的美人鱼
            铜像６日凌晨再次遭到破
            坏，警方正在调查此事。
            """
        let result = try Pipeline().extract(PageSource(name: "p2.raw.txt", data: Data(page.utf8)))
        let article = try #require(result.articles.last)
        #expect(article.headline == "丹麦可恶贼三伸恶手")
        #expect(article.bylines.contains(Byline(role: "本报记者", names: ["罗晨", "许健"])))
        #expect(article.dateline == "据新华社斯德哥尔摩１月６日电")
    }

    /// Where the maker ends every line with a space, a space at a line's end says nothing: a paragraph's first
    /// line without punctuation stays the start of its paragraph.
    @Test func aSpaceEndingEveryLineTellsNoTitle() throws {
        let lines = [
            "春运首日客流平稳", "", "  记者近日从市交通局获悉今年全", "市春运客流预计比去年增加一成，",
            "各车站将增开售票窗口和临时候车", "室，方便旅客购票乘车。", "  今年春运从一月十日开始至二月", "十八日结束，共四十天。",
        ]
        let page = lines.map { $0.isEmpty ? $0 : $0 + " " }.joined(separator: "\n") + "\n"
        let result = try Pipeline().extract(PageSource(name: "p3.mutool.txt", data: Data(page.utf8)))
        #expect(result.articles.map(\.headline) == ["春运首日客流平稳"])
        #expect(result.articles.first?.paragraphs.first?.hasPrefix("记者近日从市交通局获悉今年全市春运") == true)
    }

    /// A dateline set in bold, an interview's speaker, and a year in bold open their paragraphs: no titles.
    @Test func aBoldDatelineOrSpeakerIsNoTitle() {
        var lines = [Self.line("春运首日客流平稳", row: 0, face: Self.bold)]
        lines.append(Self.line("本报北京１月５日电　今天是春运", row: 2, indented: true, head: 11))
        lines.append(Self.line("第一天，各地车站秩序井然，旅客", row: 3))
        lines.append(Self.line("记者：　今年的运力够不够？", row: 4, indented: true, head: 3))
        lines.append(Self.line("比去年多了一成。", row: 5))
        lines.append(Self.line("１９９８　年的春运将持续四十天。", row: 6, indented: true, head: 4))
        let result = Self.extract(lines)
        #expect(result.articles.count == 1)
        #expect(result.articles.first?.headline == "春运首日客流平稳")
        #expect(result.articles.first?.paragraphs.first?.hasPrefix("本报北京１月５日电") == true)
        #expect(result.articles.first?.sections.count == 1, "no subhead made of the speaker or the year")
        #expect(result.articles.first?.paragraphs.contains { $0.hasPrefix("记者：") } == true)
    }
}
