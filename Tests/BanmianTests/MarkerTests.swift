import Testing

@testable import Banmian

/// Each marker of the Chinese and English tables, recognized where it should be and not elsewhere.
@Suite struct MarkerTests {
    let chinese = LineClassifier(table: .chinese, settings: LayoutSettings())
    let english = LineClassifier(table: .english, settings: LayoutSettings())

    func line(_ text: String, indent: Int = 0) -> TextLine {
        TextLine(number: 1, text: text, indent: indent, width: CharacterClass.width(of: text))
    }

    @Test(arguments: [
        ("本报讯 2月23日下午，", "本报讯"),
        ("【本报讯】近日，", "本报讯"),
        ("本报北京1月1日电 记者从", "本报北京1月1日电"),
        ("本报汉州5月7日电（记者 张三）", "本报汉州5月7日电"),
        ("新华社北京5月6日电 中国", "新华社北京5月6日电"),
        ("中新社上海十月三日电 ", "中新社上海十月三日电"),
        ("据新华社电 2024年", "据新华社电"),
        ("本報訊 記者", "本報訊"),
        // A paper's own report from a place on a date ends in 讯 as often as in 电.
        ("本报北京１月１３日讯应斐济和萨摩亚政府邀请", "本报北京１月１３日讯"),
        ("本報台北3月2日訊 記者", "本報台北3月2日訊"),
        // Another agency's or paper's name.
        ("人民日报北京1月5日电（记者冯歆然）", "人民日报北京1月5日电"),
        ("美联社华盛顿1月8日电 美国", "美联社华盛顿1月8日电"),
    ])
    func chineseDatelines(_ text: String, _ dateline: String) {
        #expect(chinese.dateline(in: text) == dateline)
    }

    /// Words before a dispatch's own dateline (the end of a headline or a byline read on into it) make no agency's
    /// name: no `据` inside one, none ending in a name of its own (`新华社`, `中新社`, `本报`).
    @Test(arguments: [
        "据介绍，该项目", "据了解，今年", "本报记者从市里获悉", "2月23日，工委政法委召开", "防部长据新华社北京一月十三日电",
        "熊秀据新华社华沙１月２５日电（记者马云亮）", "勉新华社上海1月27日电（记者张", "大会本报北京1月5日电",
    ])
    func notDatelines(_ text: String) {
        #expect(chinese.dateline(in: text) == nil)
    }

    @Test func englishDatelines() {
        #expect(english.dateline(in: "MILLBROOK, May 6 — The City") == "MILLBROOK, May 6")
        #expect(english.dateline(in: "NEW HAVEN, Conn., June 3 — A") == "NEW HAVEN, Conn., June 3")
        #expect(english.dateline(in: "BEIJING (Reuters) - China") == "BEIJING (Reuters)")
        #expect(english.dateline(in: "The council voted") == nil)
        // Older papers' places in small capitals, read by OCR in small letters; an engine that writes the dash as `?`.
        #expect(english.dateline(in: "St. Paul, Minn., August 22.—It is estimated") == "St. Paul, Minn., August 22.")
        #expect(english.dateline(in: "Looisvillk, Aug. 23 ?Gen. R. W. Johnson") == "Looisvillk, Aug. 23")
        #expect(english.dateline(in: "What of Monday, Aug. 5? It rained") == nil)
        // A place in capitals before a spaced dash; words not in capitals before one are a sentence (a German paper's
        // `Die Sitzung der Kammer. — Der Minister…`).
        #expect(english.dateline(in: "WASHINGTON — The Senate voted") == "WASHINGTON")
        #expect(english.dateline(in: "Die Sitzung der Kammer. — Der Minister des") == nil)
        #expect(english.dateline(in: "Since June 3 — the day the rain") == nil)
    }

    @Test(arguments: [
        ("□记者 刘腾 报道", [Byline(role: "记者", names: ["刘腾"])]),
        ("□本报记者 董梅雪 李宛遥 宋迎迎", [Byline(role: "本报记者", names: ["董梅雪", "李宛遥", "宋迎迎"])]),
        ("通讯员 薛广妍 报道", [Byline(role: "通讯员", names: ["薛广妍"])]),
        ("记者 王　雪 通讯员 钟　毓", [Byline(role: "记者", names: ["王雪"]), Byline(role: "通讯员", names: ["钟毓"])]),
        ("（记者 张三 通讯员 李四）", [Byline(role: "记者", names: ["张三"]), Byline(role: "通讯员", names: ["李四"])]),
        ("实习生 葛　言", [Byline(role: "实习生", names: ["葛言"])]),
        // A photographer's credit keeps the role printed before the name (fuzzing found `记者` lost).
        ("（记者 张三 摄）", [Byline(role: "记者摄", names: ["张三"])]),
        ("（张三 摄）", [Byline(role: "摄", names: ["张三"])]),
        ("（本报记者 尹　舒 摄）", [Byline(role: "本报记者摄", names: ["尹舒"])]),
        ("■新华社记者 欧阳明", [Byline(role: "新华社记者", names: ["欧阳明"])]),
        ("本報記者 陳大文", [Byline(role: "本報記者", names: ["陳大文"])]),
        // `pdftotext -raw` drops the spaces between names: a run of names split in threes where it can be.
        ("□本报记者任杰娜许辉浩陈杰宏", [Byline(role: "本报记者", names: ["任杰娜", "许辉浩", "陈杰宏"])]),
        // Split two ways with as many names of three, the commoner family names decide: 彭 over 文, 余 over 桂.
        ("□本报记者林杰彭文国", [Byline(role: "本报记者", names: ["林杰", "彭文国"])]),
        ("□记者廖建余桂琳", [Byline(role: "记者", names: ["廖建", "余桂琳"])]),
        ("□记者彭文国林杰", [Byline(role: "记者", names: ["彭文国", "林杰"])]),
        ("（记者王雪冯歆然）", [Byline(role: "记者", names: ["王雪", "冯歆然"])]),
        // Alone on an unmarked line after a role longer than `记者` (bare `记者…` may open a narrow column's sentence).
        ("本报记者贾建舟刘磊", [Byline(role: "本报记者", names: ["贾建舟", "刘磊"])]),
        // Unmarked, two roles run together with their names after a role longer than `记者`.
        ("本报记者夏家骏通讯员斯大孝", [Byline(role: "本报记者", names: ["夏家骏"]), Byline(role: "通讯员", names: ["斯大孝"])]),
        // Alone on its line, a role glued to a name that opens with a family name.
        ("本报记者龙辉", [Byline(role: "本报记者", names: ["龙辉"])]),
        ("记者王雪", [Byline(role: "记者", names: ["王雪"])]),
        // A scan's reading loses the spaces of a marked line: each role word and the closer set a name apart.
        ("□记者钟海力通讯员赵蹇红报道", [Byline(role: "记者", names: ["钟海力"]), Byline(role: "通讯员", names: ["赵蹇红"])]),
        ("（记者陈霞欣摄）", [Byline(role: "记者摄", names: ["陈霞欣"])]),
        // A role word a column cut and a line join spaced (`（记` / `者朱云洋摄）`) is whole again, not half a padded name.
        ("（记 者朱云洋摄）", [Byline(role: "记者摄", names: ["朱云洋"])]),
        ("（通 讯员 白梅 摄）", [Byline(role: "通讯员摄", names: ["白梅"])]),
        ("□本报记者谭洋 戴洋洋", [Byline(role: "本报记者", names: ["谭洋", "戴洋洋"])]),
    ])
    func chineseBylines(_ text: String, _ bylines: [Byline]) {
        #expect(BylineParser(table: .chinese).parse(text) == bylines)
    }

    /// The commonest byline of national papers sits in the dateline's brackets (`新华社北京1月5日电（记者 董雪）`).
    @Test(arguments: [
        ("（记者冯歆然、曹嘉玥）今天", [Byline(role: "记者", names: ["冯歆然", "曹嘉玥"])]),
        ("（记者 董雪）记者从", [Byline(role: "记者", names: ["董雪"])]),
        (" （许群、徐灵芝）近日", [Byline(role: nil, names: ["许群", "徐灵芝"])]),
        ("（中央人民广播电台记者张东文、新华社记者马晓春）", [Byline(role: "中央人民广播电台记者", names: ["张东文"]), Byline(role: "新华社记者", names: ["马晓春"])]),
        ("（记者 王　雪 通讯员 钟　毓）", [Byline(role: "记者", names: ["王雪"]), Byline(role: "通讯员", names: ["钟毓"])]),
    ])
    func bylinesInDatelineBrackets(_ text: String, _ bylines: [Byline]) {
        #expect(BylineParser(table: .chinese).datelineCredit(after: Substring(text)) == bylines)
    }

    /// The same credit run into the sentence, closed by `报道` and a colon (`本报北京1月11日讯记者周泓洋报道：`).
    @Test(arguments: [
        ("记者周泓洋报道：针对水土流失", [Byline(role: "记者", names: ["周泓洋"])]),
        ("记者张国成、于青报道：为纪念", [Byline(role: "记者", names: ["张国成", "于青"])]),
        ("新华社记者朱幼棣、本报记者何加正报道：首都", [Byline(role: "新华社记者", names: ["朱幼棣"]), Byline(role: "本报记者", names: ["何加正"])]),
        (" 记者 任怀民 邓建胜 报道：石漫滩", [Byline(role: "记者", names: ["任怀民", "邓建胜"])]),
        // Each reporter's organisation before the role; a first name whose family name is rarer.
        (
            "中央人民广播电台记者刘振英、新华社记者张宿堂、本报记者何加正报道：中共中央",
            [Byline(role: "中央人民广播电台记者", names: ["刘振英"]), Byline(role: "新华社记者", names: ["张宿堂"]), Byline(role: "本报记者", names: ["何加正"])]
        ),
        ("记者果永毅、王芳报道：《欧洲时报》创刊", [Byline(role: "记者", names: ["果永毅", "王芳"])]),
    ])
    func bylinesRunIntoTheDateline(_ text: String, _ bylines: [Byline]) {
        #expect(BylineParser(table: .chinese).datelineCredit(after: Substring(text)) == bylines)
    }

    @Test(arguments: [
        "记者从财政部获悉，有关报道：", "记者周泓洋报道，针对", "记者周泓洋说：", "周泓洋报道：针对", "记者日前在现场报道：", "记者近日报道：",
        "记者从市交通局获悉，城北片区三座停车楼已完成主体施工。有关报道：",
        "今天上午，记者周泓洋报道：", "在省政府新闻办公室召开的发布会上记者张三报道：",
    ])
    func notBylinesRunIntoTheDateline(_ text: String) {
        #expect(BylineParser(table: .chinese).datelineCredit(after: Substring(text)) == nil)
    }

    @Test(arguments: ["（约旦河西岸）１月２５日", "（完）", "今天（1月5日）", "（北京时间1月5日晚间至6日凌晨）", "（记者"])
    func notBylinesInDatelineBrackets(_ text: String) {
        #expect(BylineParser(table: .chinese).datelineCredit(after: Substring(text)) == nil)
    }

    @Test(arguments: ["记者从市里获悉，项目进展顺利", "记者节座谈会召开", "记者任杰娜许辉浩陈杰宏", "□记者节座谈会在京隆重召开", "报道组织工作", "（下转第二版）", "通讯员队伍建设成效显著",
        "记者手记", "本报记者走基层", "记者观察", "记者节", "本报记者从市交通局获悉"])
    func notBylines(_ text: String) {
        #expect(BylineParser(table: .chinese).parse(text) == nil)
    }

    @Test func englishBylines() {
        #expect(BylineParser(table: .english).parse("By MARTA KOWALCZYK") == [Byline(role: nil, names: ["MARTA KOWALCZYK"])])
        #expect(BylineParser(table: .english).parse("By Jane Doe and John Roe") == [Byline(role: nil, names: ["Jane Doe", "John Roe"])])
        #expect(BylineParser(table: .english).parse("By the end of the year, the city") == nil)
        // What the people are is their role; words that are neither names nor roles make no byline (fuzzing found
        // `By HE and b relie schoo` read as [HE], the rest lost).
        #expect(BylineParser(table: .english).parse("By Jane Doe, Staff Writer") == [Byline(role: "Staff Writer", names: ["Jane Doe"])])
        #expect(BylineParser(table: .english).parse("By HE       and b                   relie       schoo") == nil)
    }

    /// A jump marker with a letter after it is the first line of a paragraph, not a jump line (whose extra
    /// character went with the marker: `（上接第一版）江` lost `江`).
    @Test func jumpLineWithALetterAfterIsText() {
        let line = { (text: String) in TextLine(number: 1, text: text, indent: 0, width: TextLine.displayWidth(of: text)) }
        #expect(chinese.kind(of: line("（下转第二版）")) == .jump)
        #expect(chinese.kind(of: line("（下转第二版）。")) == .jump)
        #expect(chinese.kind(of: line("（上接第一版）江")) != .jump)
        #expect(chinese.kind(of: line("江（下转第二版）")) != .jump)
    }

    /// The end of a photo credit wrapped from the line before is no byline line of its own.
    @Test func creditTailIsNotAByline() {
        let line = { (text: String) in TextLine(number: 1, text: text, indent: 0, width: TextLine.displayWidth(of: text)) }
        #expect(english.kind(of: line("by Thomas Nakamura)")) == .text)
        #expect(english.kind(of: line("By Thomas Nakamura")) == .byline([Byline(role: nil, names: ["Thomas Nakamura"])]))
        #expect(chinese.kind(of: line("报记者张雅心摄）")) != .byline([Byline(role: "记者", names: ["张雅心"])]))
        #expect(english.endsParenthesisOpenedBefore("by Thomas Nakamura)"))
        #expect(!english.endsParenthesisOpenedBefore("(Photo by Thomas Nakamura)"))
        #expect(!english.endsParenthesisOpenedBefore("Nakamura) said the fire"))
    }

    @Test(arguments: [("（下转第二版）", 2), ("（下转第A3版）", 3), ("（转第5版）", 5), ("（下轉第十二版）", 12)])
    func continuedOn(_ text: String, _ page: Int) {
        let label = MarkerTable.chinese.continuedOn.firstMatch(in: "是大政治、\(text)")?[1]
        #expect(label.flatMap(PageReference.init(label:))?.number == page)
        #expect(chinese.kind(of: line(text)) == .jump)
    }

    @Test(arguments: [("（上接第一版）", 1), ("（上接第A1版）", 1), ("（接第2版）", 2)])
    func continuedFrom(_ text: String, _ page: Int) {
        let label = MarkerTable.chinese.continuedFrom.firstMatch(in: text + "的工作")?[1]
        #expect(label.flatMap(PageReference.init(label:))?.number == page)
    }

    @Test func englishJumps() {
        #expect(MarkerTable.english.continuedOn.firstMatch(in: "(Continued on Page 4)")?[1] == "4")
        #expect(MarkerTable.english.continuedOn.firstMatch(in: "Continued on Page A6")?[1] == "A6")
        #expect(MarkerTable.english.continuedFrom.firstMatch(in: "(Continued from Page 1)")?[1] == "1")
    }

    @Test(arguments: [
        "责任编辑：赵某　美术编辑：钱某", "临川日报　2023年5月8日　星期一　第3版　要闻", "第3版", "A3", "导读", "简讯",
        "国内统一连续出版物号 CN 36-0199", "责任编辑 杜伟  版式设计 孙洋志", "本版编辑 史睿霞　美编 曾力　校对 王强",
        "联系电话：021-2164468", "咨询热线：0871-2039781",
        // Layout, typesetting and pictures credited alone on the header's lines.
        "版式：晏乐安", "照排：王芳", "图片编辑：李明", "美編：陳立",
        // A masthead's ears.
        "第14644期", "总第3321期 今日8版", "今日4版", "农历丁丑年十二月初三", "多云 1℃～11℃", "天气：晴 -3～5℃",
        "第10244号", "总第16058号", "经 济 北川日报 总第16058期",
        // The weather box's label, however large it is set.
        "今日天气", "天气预报",
        // The range as mutool extracts it, with a wave dash (U+301C).
        "雨夹雪 5℃〜10℃", "晴 -5℃〜1℃", "- 4 ℃～ 6 ℃",
        // A header whose spaces around figures were closed up: its items run together.
        "晨钟日报1998年1月2日第2版", "第3版国际1998年1月2日星期五晨钟日报",
    ])
    func chineseFurniture(_ text: String) {
        #expect(chinese.kind(of: line(text)) == .furniture)
    }

    /// Credits without colons are furniture only as a whole line of role–name pairs; a sentence naming an editor
    /// is text.
    @Test(arguments: ["责任编辑 杜伟说，这次改版", "责任编辑 杜伟", "第3期培训班开学", "今天白天多云，气温2～8℃，夜间有小雨",
                      "农历新年前夕，全市各界", "第3号台风", "第12号", "1998年1月2日第2版报道了这件事，",
                      "报纸换了新版式：图文并茂，"])
    func editorsInTextAreNotFurniture(_ text: String) {
        #expect(chinese.kind(of: line(text)) != .furniture)
    }

    @Test func englishFurniture() {
        #expect(english.kind(of: line("THE MILLBROOK COURIER · TUESDAY, MAY 7, 2024 · PAGE 3")) == .furniture)
        #expect(english.kind(of: line("said on Tuesday, May 7, 2024, that the plan would go ahead")) != .furniture)
    }

    @Test(arguments: ["二十条背街小巷换新颜　详见第3版", "北湖区课后服务实现全覆盖（第5版）", "澜江港吞吐量首破百万标箱 ▶A6版"])
    func teasers(_ text: String) {
        #expect(chinese.kind(of: line(text)) == .teaser)
    }

    @Test(arguments: [
        "图为6月9日，孩子们在市少年宫学习。", "▲澜江大桥夜景。", "市民在公园晨练。（记者 张三 摄）",
        "图⑤海拉尔：节日市场喜洋洋", "图2：新建成的澜江大桥。",  // the pictures of a set, numbered
    ])
    func captions(_ text: String) {
        #expect(chinese.kind(of: line(text)) == .caption)
    }

    /// A figure after `图` in running text (`…版图` wrapped before `１．６７幅`) opens no caption.
    @Test(arguments: ["图１．６７幅，分别", "图12幅，分别陈列在"])
    func notCaptions(_ text: String) {
        #expect(chinese.kind(of: line(text)) != .caption)
    }

    @Test func subtitleDashes() {
        #expect(chinese.kind(of: line("——— 一论学习贯彻区第二次党代会精神")) == .subtitle)
        #expect(chinese.kind(of: line("——全区68所中小学推出三百余门特色课程")) == .subtitle)
    }

    @Test func pageReferences() {
        #expect(PageReference(label: "二十四")?.number == 24)
        #expect(PageReference(label: "十")?.number == 10)
        #expect(PageReference(label: "A3")?.number == 3)
        #expect(PageReference(label: "１２")?.number == 12)
        #expect(PageReference(label: "four")?.number == 4)
        #expect(PageReference(label: "甲") == nil)
    }
}
