import Foundation
import Testing

@testable import Banmian

/// A heading set at body size is told by its face: bold, another family or coloured ink, as designers set
/// subheads (小标题) and the headlines of briefs.
@Suite struct TypeFaceTests {
    static let song = TypeFace(font: "ABCDEF+FZShuSong-Z01", color: 0x111111)
    static let hei = TypeFace(font: "FZHei-B01", color: 0x111111)
    static let red = TypeFace(font: "FZShuSong-Z01", color: 0xC00000)

    @Test func facesAreNamedWithoutTheirSubsetTag() {
        #expect(Self.song.font == "FZShuSong-Z01")
        #expect(TypeFace(font: "NotoSerifCJKsc-Bold", color: 0).standsApart(from: TypeFace(font: "NotoSerifCJKsc-Regular", color: 0)))
        #expect(Self.red.isColoured && !Self.song.isColoured && !TypeFace(font: "X", color: 0x808080).isColoured)
        #expect(Self.hei.standsApart(from: Self.song) && Self.red.standsApart(from: Self.song))
        #expect(!TypeFace(font: "FZShuSong-Z01", color: 0x222222).standsApart(from: Self.song), "a greyer black is the body's ink")
    }

    /// A paragraph in the body's face that ends a sentence: the text before each subhead below.
    static let openingParagraph: [(String, TypeFace, Bool)] = [
        ("本报讯　今年以来，全市城乡居民收入", song, true), ("稳步增长，消费结构持续改善，居民", song, false),
        ("生活水平进一步提高，各项指标均好", song, false), ("于上年同期水平。", song, false),
    ]

    /// An indented paragraph of two lines: the text after each subhead below.
    static let nextParagraph: [(String, TypeFace, Bool)] = [("全市新增城镇就业岗位两万多个，", song, true), ("失业率控制在较低水平。", song, false)]

    /// Lines of a column from `y`, each 12.5 pt below the one before.
    static func column(_ texts: [(String, TypeFace, Bool)], x: Double, y: Double, size: Double = 9) -> [TextLine] {
        texts.enumerated().map { offset, entry in
            let (text, face, indented) = entry
            var line = TextLine(number: 0, text: text, indent: 0, width: TextLine.displayWidth(of: text))
            let shift = indented ? size * 2 : 0
            line.box = BoundingBox(page: 1, x: x + shift, y: y + Double(offset) * size * 1.4, width: Double(text.count) * size, height: size)
            line.fontSize = size
            line.face = face
            return line
        }
    }

    static func headline(_ text: String, x: Double, y: Double) -> TextLine {
        var line = TextLine(number: 0, text: text, indent: 0, width: TextLine.displayWidth(of: text))
        line.box = BoundingBox(page: 1, x: x, y: y, width: Double(text.count) * 20, height: 20)
        line.fontSize = 20
        line.face = hei
        return line
    }

    func extract(_ lines: [TextLine]) -> PageResult {
        Pipeline().extract(lines: lines, source: PageSource(name: "p2.pdf", data: Data()), size: PageSize(width: 595, height: 842))
    }

    @Test(arguments: [hei, red])
    func aSubheadAtBodySizeIsASectionOfItsArticle(_ face: TypeFace) {
        let s = Self.song
        let lines = [Self.headline("城乡居民收入稳步增长", x: 40, y: 60)]
            + Self.column(Self.openingParagraph + [
                ("就业形势保持稳定", face, false),
                ("全市新增城镇就业岗位两万多个，", s, true), ("失业率控制在较低水平，重点群体", s, false),
                ("就业得到有效保障。", s, false),
            ], x: 40, y: 100)
        let result = extract(lines)
        #expect(result.articles.count == 1)
        let article = result.articles.first
        #expect(article?.headline == "城乡居民收入稳步增长")
        #expect(article?.sections.map(\.heading) == [nil, "就业形势保持稳定"])
        #expect(article?.sections.last?.paragraphs.first?.text.hasPrefix("全市新增城镇就业岗位") == true)
    }

    /// A bold subhead at body size opening the next column, nearly as wide as the column, after the column before
    /// ended its paragraph: a section of the article, not a new one (a subhead in another face need not be short).
    @Test func aWideSubheadInAnotherFaceAtAColumnsTopIsASection() {
        let s = Self.song
        var subhead = Self.column([("华侨华人社团的职能有了新的拓展", Self.hei, false)], x: 248, y: 200)
        subhead[0].box?.x = 248
        let lines = [Self.headline("海外华侨华人社团出现新变化", x: 40, y: 160)]
            + Self.column(Self.openingParagraph, x: 40, y: 200)
            + subhead
            + Self.column([
                ("由于华侨华人社团的构成发生了变", s, true), ("化，其职能也随之有了新的拓展，", s, false),
                ("活动内容同事业发展联系在一起。", s, false),
            ], x: 240, y: 214)
        let result = extract(lines)
        #expect(result.articles.count == 1)
        #expect(result.articles.first?.headline == "海外华侨华人社团出现新变化")
        #expect(result.articles.first?.sections.map(\.heading) == [nil, "华侨华人社团的职能有了新的拓展"])
    }

    /// A subhead set in the body's size and face is told by its place: a short line without punctuation between
    /// a sentence's end and an indented paragraph. A short last line of a paragraph is none.
    @Test func aSubheadInTheBodysFaceIsToldByItsPlace() {
        let s = Self.song
        let lines = [Self.headline("城乡居民收入稳步增长", x: 40, y: 160)]
            + Self.column(Self.openingParagraph + [
                ("就业形势保持稳定", s, false),
                ("全市新增城镇就业岗位两万多个，", s, true), ("失业率控制在较低水平，重点群体", s, false),
                ("就业得到有效保障，市场总体平稳", s, false), ("有序", s, false),
                ("社会保障水平进一步提高，", s, true), ("城乡低保标准均有上调。", s, false),
            ], x: 40, y: 200)
        let result = extract(lines)
        #expect(result.articles.count == 1)
        #expect(result.articles.first?.sections.map(\.heading) == [nil, "就业形势保持稳定"])
        #expect(result.articles.first?.sections.last?.paragraphs.first?.text.hasSuffix("市场总体平稳有序") == true)
    }

    /// A subhead in the body's size and face that the column wrapped — a full line, not indented, and a short
    /// one, neither punctuated, between a sentence's end and an indented paragraph — is a subhead too, its lines
    /// read on as one phrase. A closing credit in brackets wrapped the same way stays with its paragraph.
    @Test func aSubheadWrappedByItsColumnIsOneHeading() {
        let s = Self.song
        func page(_ wrapped: [String]) -> [TextLine] {
            [Self.headline("城乡居民收入稳步增长", x: 40, y: 160)]
                + Self.column(Self.openingParagraph + wrapped.map { ($0, s, false) } + [
                    ("全市新增城镇就业岗位两万多个，", s, true), ("失业率控制在较低水平，重点群体", s, false),
                    ("就业得到有效保障。", s, false),
                ], x: 40, y: 200)
        }
        let heading = extract(page(["城乡就业形势总体保持稳定向好", "发展"]))
        #expect(heading.articles.count == 1)
        #expect(heading.articles.first?.sections.map(\.heading) == [nil, "城乡就业形势总体保持稳定向好发展"])
        let credit = extract(page(["（本报记者张治平安少兵摄影报", "道）"]))
        #expect(credit.articles.first?.sections.map(\.heading) == [nil])
    }

    /// A subhead centred at the foot of a column, in the body's size and face, heads the paragraph that opens
    /// the next column.
    @Test func aCentredSubheadAtAColumnsFootHeadsTheNextColumn() {
        let s = Self.song
        var centred = Self.column([("就业形势保持稳定", s, false)], x: 0, y: 256)
        centred[0].box?.x = 40 + (171 - 72) / 2  // the column spans 40 to 211 (its indented first line), the subhead 72
        // A one-column headline: one spanning both columns leaves no gutter to cut, and the white space under the
        // shorter column cuts the subhead off as a row of its own (left to do).
        let lines = [Self.headline("居民收入稳步增长", x: 40, y: 160)]
            + Self.column(Self.openingParagraph + [
            ], x: 40, y: 200)
            + centred
            + Self.column([
                ("全市新增城镇就业岗位两万多个，", s, true), ("失业率控制在较低水平，重点群体", s, false),
                ("就业得到有效保障。", s, false),
            ], x: 240, y: 200)
        let result = extract(lines)
        #expect(result.articles.count == 1)
        #expect(result.articles.first?.sections.map(\.heading) == [nil, "就业形势保持稳定"])
    }

    /// A subhead centred in its column with white space around it, after a paragraph that began at the foot of the
    /// column before: centred in the column the paragraph ends in, it is a section heading.
    @Test func aCentredSubheadAfterAParagraphFromTheColumnBeforeIsASection() {
        let s = Self.song
        var centred = Self.column([("就业形势保持稳定", s, false)], x: 0, y: 244)
        centred[0].box?.x = 240 + (126 - 72) / 2  // the column's lines span 240 to 366, the subhead 72
        let lines = [Self.headline("居民收入稳步增长", x: 40, y: 160)]
            + Self.column(Self.openingParagraph + [("今年全市居民人均可支配收入增长", s, true), ("百分之八，高于经济增长速度，农", s, false)], x: 40, y: 200)
            + Self.column([("村居民收入增幅继续快于城镇居", s, false), ("民。", s, false)], x: 240, y: 200)
            + centred
            + Self.column(Self.nextParagraph, x: 240, y: 263)
        let result = extract(lines)
        #expect(result.articles.count == 1)
        #expect(result.articles.first?.sections.map(\.heading) == [nil, "就业形势保持稳定"])
    }

    /// A subhead in a gothic face over Song text, as wide as its narrow column, wrapped to a last character set on
    /// its centre (`关注部队的现代化建` / `设`): one heading, a section of the article, not a headline over a
    /// one-character headline.
    @Test func aSubheadWrappedToItsCentreIsOneHeading() {
        var heading = Self.column([("关注部队的现代化建", Self.hei, false), ("设", Self.hei, false)], x: 0, y: 200 + 4 * 12.6)
        // The column's lines span 40 to 184; the heading's first line fills it but for 4.5 pt each side.
        heading[0].box?.x = 44.5
        heading[0].box?.width = 135
        heading[1].box?.x = 44.5 + (135 - 9) / 2
        let lines = [Self.headline("居民收入稳步增长", x: 40, y: 160)]
            + Self.column(Self.openingParagraph, x: 40, y: 200)
            + heading
            + Self.column(Self.nextParagraph, x: 40, y: 200 + 6 * 12.6 + 2)
        let result = extract(lines)
        #expect(result.articles.count == 1)
        // The first line fills the column: the column wrapped it, its text reads on with no space.
        #expect(result.articles.first?.sections.map(\.heading) == [nil, "关注部队的现代化建设"])
    }

    /// Two centred lines of a subhead are two phrases (one space between) unless the first fills the column but for
    /// less than two characters and the second, shorter, stands on its centre.
    @Test(arguments: [
        ("关注部队的现代化建", 135.0, "设", "关注部队的现代化建设"),  // fills 144 but for 9 pt: wrapped
        ("锚定目标主动作为", 72.0, "开创新局面", "锚定目标主动作为 开创新局面"),  // half the column: two phrases
        ("锚定目标主动作为", 135.0, "奋力开创高质量发展新局面再谱新篇", "锚定目标主动作为 奋力开创高质量发展新局面再谱新篇"),  // the second wider
    ])
    func aCentredSubheadJoinsWithoutSpaceOnlyWhereTheColumnWrappedIt(_ first: String, _ width: Double, _ second: String, _ joined: String) {
        var lines = Self.column([(first, Self.hei, false), (second, Self.hei, false)], x: 0, y: 200)
        lines[0].box?.x = 40 + (144 - width) / 2
        lines[0].box?.width = width
        lines[1].box?.x = 40 + (144 - Double(second.count) * 9) / 2
        #expect(LineJoiner.joinSubhead(lines, columnWidth: 144) == joined)
        #expect(LineJoiner.joinSubhead(lines) == first + " " + second)
    }

    /// A subhead in the body's own face centred under a full line that ends a sentence, set as close as the lines
    /// of the column: a section heading, not a line of the paragraph above (only a heading set apart by its face
    /// wraps onto a line on its centre).
    @Test func aBodyFacedSubheadCentredUnderAFullLineIsASection() {
        let s = Self.song
        var subhead = Self.column([("就业稳定", s, false)], x: 0, y: 200 + 4 * 12.6)
        subhead[0].box?.x = 40 + (144 - 36) / 2  // centred in the column, under the paragraph's last line, 144 wide
        let lines = [Self.headline("居民收入稳步增长", x: 40, y: 160)]
            + Self.column([
                ("今年以来，全市城乡居民收入稳", s, true), ("步增长，消费结构持续改善，居民的", s, false),
                ("生活水平进一步提高，各项指标好于", s, false), ("上年同期水平，居民生活明显改善。", s, false),
            ], x: 40, y: 200)
            + subhead
            + Self.column(Self.nextParagraph, x: 40, y: 200 + 5 * 12.6)
        let result = extract(lines)
        #expect(result.articles.count == 1)
        #expect(result.articles.first?.sections.map(\.heading) == [nil, "就业稳定"])
    }

    /// A subhead in the body's size and face as wide as its narrow column, between a sentence's end and an
    /// indented paragraph: no paragraph ends without punctuation, so it is a section heading however wide — set in
    /// the column's run of lines, or with a little white space over it (a break in the run), flush with the
    /// column's left edge right under the paragraph's last line.
    @Test(arguments: [0.0, 6.0])
    func aSubheadAsWideAsItsColumnIsASection(spaceOver: Double) {
        let s = Self.song
        let lines = [Self.headline("居民收入稳步增长", x: 40, y: 160)]
            + Self.column(Self.openingParagraph, x: 40, y: 200)
            + Self.column([
                ("制定了具体的政策措施与办法", s, false),
                ("全市新增城镇就业岗位两万多个，", s, true), ("失业率控制在较低水平，重点群体", s, false),
                ("就业得到有效保障。", s, false),
            ], x: 40, y: 200 + 4 * 12.6 + spaceOver)
        let result = extract(lines)
        #expect(result.articles.count == 1)
        #expect(result.articles.first?.sections.map(\.heading) == [nil, "制定了具体的政策措施与办法"])
    }

    /// A kicker in the body's size and face stands apart over a larger headline: it opens the next article
    /// instead of closing the paragraph before it.
    @Test func aKickerAtBodySizeOverAHeadlineIsAKicker() {
        let s = Self.song
        let first = [Self.headline("城乡居民收入稳步增长", x: 40, y: 160)]
            + Self.column([
                ("本报讯　今年以来，全市城乡居民收入", s, true), ("稳步增长，消费结构持续改善，各项", s, false),
                ("指标均好于上年同期水平。", s, false),
            ], x: 40, y: 200)
        let second = Self.column([("来自基层的报告", s, false)], x: 40, y: 268)
            + [Self.headline("山区小学用上电脑", x: 40, y: 283)]
            + Self.column([
                ("本报讯　全县十二所山区小学日前用上", s, true), ("了电脑，孩子们第一次上了信息课。", s, false),
            ], x: 40, y: 320)
        let result = extract(first + second)
        #expect(result.articles.map(\.headline) == ["城乡居民收入稳步增长", "山区小学用上电脑"])
        #expect(result.articles.last?.kicker == "来自基层的报告")
        #expect(result.articles.first?.paragraphs.last?.hasSuffix("水平。") == true)
    }

    /// A subtitle opening with a dash right under its headline is the headline's subtitle even at body size and
    /// in the body's face (a dash further down is a quotation or the rest of a dateline).
    @Test func aDashedLineAtBodySizeUnderAHeadlineIsItsSubtitle() {
        let s = Self.song
        let lines = [Self.headline("国务院办公厅举行春节团拜会", x: 40, y: 160)]
            + Self.column([("——李鹏向机关工作人员祝贺节日", s, false)], x: 40, y: 185)
            + Self.column([
                ("本报北京１月２６日电　国务院办公厅", s, true), ("今天上午举行春节团拜会，机关工作", s, false),
                ("人员欢聚一堂。", s, false),
                ("——这是一年来最热闹的一天。", s, true),
            ], x: 40, y: 210)
        let result = extract(lines)
        #expect(result.articles.count == 1)
        #expect(result.articles.first?.subtitle == "李鹏向机关工作人员祝贺节日")
        #expect(result.articles.first?.paragraphs.last == "——这是一年来最热闹的一天。")
    }

    /// A dashed line in the headline's own size right under it is the headline wrapped at its dash, not a subtitle.
    @Test func aHeadlineWrappedAtItsDashIsOneHeadline() {
        let lines = [Self.headline("广东群众普遍反映", x: 40, y: 160), Self.headline("——民警态度变好了", x: 40, y: 183)]
            + Self.column(Self.openingParagraph + [
                ("记者近日在广东各地走访，群众普遍反", Self.song, true), ("映民警态度变好了，办事效率提高了，", Self.song, false),
                ("治安状况也明显好转。", Self.song, false),
            ], x: 40, y: 215)
        let article = extract(lines).articles.first
        #expect(article?.headline == "广东群众普遍反映——民警态度变好了")
        #expect(article?.subtitle == nil)
    }

    /// A column of briefs: each headline at body size in bold over one paragraph is an article of its own.
    @Test func briefsHeadlinesAtBodySizeHeadArticlesOfTheirOwn() {
        let s = Self.song
        let h = Self.hei
        let lines = Self.column([
            ("城区新建三座公园", h, false),
            ("本报讯　今年城区新建三座口袋公园，", s, true), ("方便市民就近休闲健身。", s, false),
            ("老旧小区加装电梯", h, false),
            ("本报讯　全市已有一百多个老旧小区", s, true), ("完成加装电梯，居民出行更方便。", s, false),
            ("乡村公路全部硬化", h, false),
            ("本报讯　全县乡村公路日前全部完成", s, true), ("硬化改造，群众出行条件明显改善。", s, false),
        ], x: 40, y: 100)
        let result = extract(lines)
        #expect(result.articles.map(\.headline) == ["城区新建三座公园", "老旧小区加装电梯", "乡村公路全部硬化"])
    }
}

/// A column of briefs under a label, beside a story: each brief's heading set in the body's own size and face,
/// told only by its place — a short line without punctuation, white space above it, an indented paragraph under
/// it. Each brief is an article of its own; none runs into the story beside the column, nor its heading into the
/// paragraph before it.
@Suite struct BodyFacedBriefsTests {
    static let s = TypeFaceTests.song

    /// A brief at `y`: its heading (in the body's face, at `headingSize`), then its paragraph 1.4 lines under it,
    /// lines 12.6 pt apart.
    static func brief(_ heading: String, _ paragraph: [String], y: Double, headingSize: Double = 9) -> [TextLine] {
        TypeFaceTests.column([(heading, s, false)], x: 240, y: y, size: headingSize)
            + TypeFaceTests.column(paragraph.enumerated().map { ($1, s, $0 == 0) }, x: 240, y: y + 13.5)
    }

    static let briefs: [(String, [String])] = [
        ("城区新建三座公园", ["今年城区新建三座口袋公园，方", "便市民就近休闲健身，受到欢迎。"]),
        ("老旧小区加装电梯", ["全市已有一百多个老旧小区完成", "加装电梯，居民出行更加方便。"]),
        ("乡村公路全部硬化", ["全县乡村公路日前全部完成硬化", "改造，群众出行条件明显改善。"]),
    ]

    func page(gapBeforeHeadings: Double, briefs: [(String, [String])] = briefs, headingSize: Double = 9) -> [TextLine] {
        var label = TypeFaceTests.column([("新闻速递", TypeFaceTests.hei, false)], x: 240, y: 100, size: 14)
        label[0].box?.height = 14
        var lines = [TypeFaceTests.headline("城乡居民收入稳步增长", x: 40, y: 60)]
            + TypeFaceTests.column(TypeFaceTests.openingParagraph + [
                ("全市新增城镇就业岗位两万多个，", Self.s, true), ("失业率控制在较低水平，重点群体", Self.s, false),
                ("就业得到有效保障。", Self.s, false),
            ], x: 40, y: 100)
            + label
        var y = 126.0
        for (heading, paragraph) in briefs {
            lines += Self.brief(heading, paragraph, y: y, headingSize: headingSize)
            y += 13.5 + Double(paragraph.count) * 12.6 + gapBeforeHeadings
        }
        return lines
    }

    @Test func eachBriefUnderItsLabelIsAnArticle() {
        let result = TypeFaceTests().extract(page(gapBeforeHeadings: 6))
        #expect(result.articles.map(\.headline) == ["城乡居民收入稳步增长"] + Self.briefs.map(\.0))
        #expect(result.articles.dropFirst().map(\.paragraphs) == Self.briefs.map { [$0.1.joined()] })
        #expect(result.articles.first?.paragraphs.count == 2)
    }

    /// Headings as wide as the column, one with a colon, set in the body's face but a fraction of a point larger
    /// (9.2 pt over 9 pt text): the size sets them apart as a bold face would, and each heads its brief. In the
    /// body's own size only the two without punctuation do (no paragraph ends without it); the one with a colon
    /// is read as text.
    static let wideBriefs: [(String, [String])] = [
        ("昆明：邻国旅游成为新时尚", ["据新华社昆明１月１８日电　从", "昆明旅游局获悉，境外游火热。"]),
        ("古巴全国人大选举结果揭晓", ["新华社哈瓦那１月１２日电　古", "巴全国人大代表选举结果揭晓。"]),
        ("南京市民网上拜年新鲜便捷", ["据新华社南京１月２７日电　网", "上拜年在南京市民中渐成时尚。"]),
    ]

    @Test(arguments: [9.2, 9])
    func wideHeadingsSetALittleLargerHeadBriefs(_ headingSize: Double) {
        let result = TypeFaceTests().extract(page(gapBeforeHeadings: 6, briefs: Self.wideBriefs, headingSize: headingSize))
        let headings = Self.wideBriefs.map(\.0)
        if headingSize > 9 {
            #expect(result.articles.map(\.headline) == ["城乡居民收入稳步增长"] + headings)
            #expect(result.articles.dropFirst().map(\.paragraphs) == Self.wideBriefs.map { [$0.1.joined()] })
        } else {
            #expect(result.articles.map(\.headline) == ["城乡居民收入稳步增长"] + headings.dropFirst())
        }
    }

    /// Without white space over it, a short line after a sentence's end is no heading of a brief (it may end a
    /// paragraph carried over from the column before); the briefs column is then read as text.
    @Test func aShortLineWithoutWhiteSpaceOverItHeadsNoBrief() {
        let result = TypeFaceTests().extract(page(gapBeforeHeadings: 0))
        #expect(!result.articles.map(\.headline).contains("老旧小区加装电梯"))
    }
}

/// A subhead set a little larger than the body in another face at the head of a story's second column, level with
/// the top of its first (the text before it ended at that column's foot): a section of the story, not a new
/// article. A heading the size of the one over the text before it is that heading's sibling: the next brief.
@Suite struct SubheadAtAColumnHeadTests {
    static let s = TypeFaceTests.song

    func page(firstHeadingSize: Double) -> [TextLine] {
        var headline = TypeFaceTests.headline("城乡居民收入稳步增长", x: 40, y: 60)
        if firstHeadingSize < 20 {
            headline = TypeFaceTests.column([("城乡居民收入稳步增长", TypeFaceTests.hei, false)], x: 40, y: 80, size: firstHeadingSize)[0]
        }
        return [headline]
            + TypeFaceTests.column(TypeFaceTests.openingParagraph + [
                ("全市新增城镇就业岗位两万多个，", Self.s, true), ("失业率控制在较低水平，重点群体", Self.s, false),
                ("就业得到有效保障。", Self.s, false),
            ], x: 40, y: 100)
            + TypeFaceTests.column([("社会保障水平提高", TypeFaceTests.hei, false)], x: 212, y: 100, size: 9.9)
            + TypeFaceTests.column([
                ("全市养老保险参保人数继续增加，", Self.s, true), ("城乡低保标准再次提高，困难群众", Self.s, false),
                ("基本生活得到保障。", Self.s, false),
            ], x: 212, y: 116)
    }

    @Test func aSubheadHeadingTheNextColumnIsASection() {
        let result = TypeFaceTests().extract(page(firstHeadingSize: 20))
        #expect(result.articles.map(\.headline) == ["城乡居民收入稳步增长"])
        #expect(result.articles.first?.sections.map(\.heading) == [nil, "社会保障水平提高"])
    }

    @Test func aHeadingTheSizeOfTheOneBeforeHeadsItsOwnItem() {
        let result = TypeFaceTests().extract(page(firstHeadingSize: 9.9))
        #expect(result.articles.map(\.headline) == ["城乡居民收入稳步增长", "社会保障水平提高"])
    }
}

/// The masthead's ears: a weather box's label (`今日天气`) set among the issue number, the weather and the date is
/// furniture like them, not a line of text that joins the article sharing its words (the lead's weather forecast).
@Suite struct MastheadEarsTests {
    static let ears = ["第10733期", "今日4版", "今日天气", "阴有小雨 5℃～11℃", "1998年1月2日 星期五", "农历丁丑年腊月初四"]

    @Test func aLabelAmongTheEarsIsFurniture() {
        let s = TypeFaceTests.song
        var masthead = TypeFaceTests.column([("江城日报", TypeFaceTests.hei, false)], x: 40, y: 20, size: 40)
        masthead[0].box?.height = 40
        let lines = masthead
            + TypeFaceTests.column(Self.ears.map { ($0, s, false) }, x: 430, y: 20)
            + [TypeFaceTests.headline("党中央国务院关心西藏雪灾救灾工作", x: 40, y: 120)]
            + TypeFaceTests.column([
                ("据新华社北京１２月３０日电西藏自", s, true), ("治区政府副主席泽仁桑珠今天在北京", s, false),
                ("接受记者采访时介绍了灾情。", s, false),
                ("明天气象预报（１９９８年元月", s, true), ("１日２０时—元月２日２０时）", s, false),
            ], x: 40, y: 150)
        let result = TypeFaceTests().extract(lines)
        #expect(result.articles.count == 1)
        #expect(result.articles.first?.paragraphs.contains("今日天气") == false)
        #expect(result.unassigned.first { $0.text == "今日天气" }?.role == .pageFurniture)
    }
}

/// Assembly of subhead blocks (`BlockRole.subhead`) directly.
@Suite struct SubheadAssemblyTests {
    func block(_ role: BlockRole, _ text: String, number: Int, opens: Bool = false) -> Block {
        var block = Block(role: role, lines: [TextLine(number: number, text: text, indent: opens ? 4 : 0, width: TextLine.displayWidth(of: text))], text: text, source: "p.pdf")
        block.opensParagraph = opens
        return block
    }

    @Test func aSubheadHeadsTheParagraphAfterIt() {
        let blocks = [
            block(.headline, "城乡居民收入稳步增长", number: 1), block(.body, "今年以来，全市城乡居民收入稳步增长。", number: 2, opens: true),
            block(.subhead, "就业形势保持稳定", number: 3), block(.body, "全市新增城镇就业岗位两万多个。", number: 4, opens: true),
        ]
        let result = ArticleAssembler(settings: LayoutSettings(), table: .chinese).assemble(blocks, page: 1, source: "p.pdf")
        #expect(result.articles.count == 1)
        #expect(result.articles.first?.sections.map(\.heading) == [nil, "就业形势保持稳定"])
    }

    /// A subhead with no paragraph after it is listed as unassigned, never lost.
    @Test func aSubheadWithoutAParagraphIsListed() {
        let blocks = [
            block(.headline, "城乡居民收入稳步增长", number: 1), block(.body, "今年以来，全市城乡居民收入稳步增长。", number: 2, opens: true),
            block(.subhead, "就业形势保持稳定", number: 3),
        ]
        let result = ArticleAssembler(settings: LayoutSettings(), table: .chinese).assemble(blocks, page: 1, source: "p.pdf")
        #expect(result.unassigned.map(\.text) == ["就业形势保持稳定"])
    }
}

/// A byline set smaller than the body, wrapped by a narrow column in the middle of its last name (`By JAMES
/// BRANDT and JAMES` / `OKAFOR`): the line in the byline's own size and face right under it ends the byline, not
/// the text. A line in the body's size there is the text.
@Suite struct WrappedBylineTests {
    static let serif = TypeFace(font: "DejaVuSerif", color: 0x111111)

    func page(wrapSize: Double) -> [TextLine] {
        var headline = TypeFaceTests.column([("Schools Weigh Four-Day Week", TypeFace(font: "DejaVuSerif-Bold", color: 0x111111), false)], x: 20, y: 48, size: 11.7)
        headline[0].box?.width = 110
        var byline = TypeFaceTests.column([("By JAMES BRANDT and JAMES", Self.serif, false)], x: 20, y: 70, size: 6.1)
        byline += TypeFaceTests.column([("OKAFOR", Self.serif, false)], x: 20, y: 79, size: wrapSize)
        let body = TypeFaceTests.column([
            ("MILLBROOK, Jan. 4 — The district", Self.serif, true), ("will survey parents this month on", Self.serif, false),
            ("a four-day school week to keep", Self.serif, false), ("its teachers from leaving.", Self.serif, false),
        ], x: 20, y: 90, size: 6.6)
        return (headline + byline + body).map { line in
            var line = line
            let width = min(line.box?.width ?? 0, 115)
            line.box?.width = width
            return line
        }
    }

    @Test(arguments: [6.1, 6.6])
    func aBylineWrappedInItsOwnSizeKeepsItsLastName(_ wrapSize: Double) {
        let names = TypeFaceTests().extract(page(wrapSize: wrapSize)).articles.first?.bylines.flatMap(\.names) ?? []
        #expect(names.contains("JAMES OKAFOR") == (wrapSize == 6.1), "\(names)")
    }
}
