@testable import Banmian
import BanmianTestHelpers
import Foundation
import Testing

/// Text that keeps the page's reading order (`mutool draw -F txt`, `pdftotext -raw`) sets a headline over its text,
/// but the headline need not share a word with that text: its place says whose it is — over a dispatch's dateline,
/// between a finished text and a paragraph's opening, over a picture's caption — unless the text under it goes on
/// with the story above (a subhead) or its words are in another text that has no headline.
@Suite struct HeadingsInReadingOrderTests {
    func extract(_ page: String, name: String = "p2.mutool.txt") throws -> PageResult {
        try Pipeline().extract(PageSource(name: name, data: Data(page.utf8)))
    }

    /// Lines of a page of the evaluation corpus (`Benchmarks/Corpus/…`), zero-based, as its text form gives them.
    func corpusPage(_ path: String, lines range: Range<Int>? = nil) throws -> String {
        let text = try String(contentsOf: Fixtures.packageRoot.appendingPathComponent("Benchmarks/Corpus/" + path), encoding: .utf8)
        guard let range else { return text }
        return text.split(separator: "\n", omittingEmptySubsequences: false)[range].joined(separator: "\n")
    }

    /// A headline of two lines set wider than the column's text, between a finished text and a paragraph's opening,
    /// heads that paragraph though it shares none of its words.
    @Test func aHeadlineBetweenTwoTextsHeadsTheOneUnderIt() throws {
        let page = """
            春节前夕走访慰问困难群众

            本报记者 王明

              春节前夕，市委、市政府领导分别
            走访慰问了全市困难职工和农村特困
            户，给他们送去党和政府的关怀，祝
            他们节日愉快。

              慰问组一行来到下岗职工张大爷
            家中，详细询问了他的生活情况，并
            送上慰问金和年货。

            离别三十六年梦
            想终于成真

              １９９７年１２月１８日，湖南省
            永兴县城关镇居民，６３岁的叶莲美，
            与外甥女在长沙火车站相见，两人抱
            头痛哭，久久不愿分开。

              事情还得从头说起。叶莲美的姐
            姐当年随丈夫远走他乡，从此音讯
            全无，一家人四处打听也没有消息。

            """
        let result = try extract(page)
        #expect(result.articles.map(\.headline) == ["春节前夕走访慰问困难群众", "离别三十六年梦想终于成真"])
        #expect(result.articles.last?.paragraphs.first?.hasPrefix("１９９７年１２月１８日") == true)
        #expect(result.unassigned.allSatisfy { $0.role != .headline })
    }

    /// A headline over a dispatch's dateline heads the dispatch, even right under a text that ends in a semicolon
    /// (which a headline between two texts of one story might be a subhead of). Mutool's text of a page of the
    /// others' generator: each paragraph's first line in a block of its own.
    @Test func aHeadlineOverADispatchHeadsIt() throws {
        let page = """
            岗位相结合，同企业增效益、
            城乡树新风相结合。爱国主义
            教育的深入，对于两个文明的
            协调发展和社会全面进步起着
            有力的促进作用。

            （记者 赵庭智 通讯员 冯乃

            恩）

            赣州送温暖重实效

              本报讯记者程曦报道：江
            西省赣州市积极做好扶贫解困
            工作，“送温暖工程”注重实
            效，去年全市已有５万名职工
            和家属受惠。市里除及时给困
            难职工发放救济金外，还先后
            制定了一系列鼓励下岗困难职
            工自谋职业、自我发展的政策
            措施。市工商局投资近千万
            元，新建、改建了一批专业市
            场，提供就业岗位１万多个，
            并为破产企业的困难职工提供
            摊位，减半收费；

            东亚货币继续贬值

             本报曼谷１月５日电记者

            成元生报道：泰币汇率今天大
            幅下跌，首次跌破５０铢兑１
            美元大关，创历史最低纪录。

             今天，曼谷市场泰币兑美

            元汇率大幅下跌，并一度跌至
            ５１铢兑１美元，后在国家银
            行干预下，泰铢汇率略有回
            升，最后收在５０．２０铢兑
            １美元。国际外汇市场上泰铢
            兑美元的比价达到５０·３５∶
            １，为泰国自去年７月宣布实
            行浮动汇率制以来，泰铢汇率
            跌幅最大的一天。

            """
        let result = try extract(page)
        let dispatch = result.articles.first { $0.dateline == "本报曼谷１月５日电" }
        #expect(dispatch?.headline == "东亚货币继续贬值")
        #expect(dispatch?.bylines == [Byline(role: "记者", names: ["成元生"])])
        #expect(result.articles.first { $0.dateline == "本报讯" }?.headline == "赣州送温暖重实效")
    }

    /// Headings between paragraphs of one dispatch that the text under them goes on with (its words are the
    /// dispatch's) are its subheads, each over the text printed under it: a page of the `issues` corpus split as
    /// `mutool` gives it, from a column of news in brief to the dispatch and the next headline.
    @Test func subheadsHeadTheTextPrintedUnderThem() throws {
        let page = try corpusPage("issues/issue01-p1.mutool.txt", lines: 299..<484)
        let result = try extract(page, name: "p1.mutool.txt")
        let dispatch = try #require(result.articles.first { $0.headline == "阿拉伯内政部长理事会声明呼吁加强打击恐怖犯罪" })
        #expect(dispatch.sections.map(\.heading) == [nil, "新的起点", "对外交流日益扩大"])
        #expect(dispatch.sections.map(\.paragraphs.count) == [2, 3, 1])
        #expect(dispatch.sections.last?.paragraphs.first?.text.hasPrefix("会议还审议通过了阿拉伯安全战略") == true)
        #expect(!result.articles.contains { $0.headline == "新的起点" || $0.headline == "对外交流日益扩大" })
    }

    /// Photo news in text: a headline over a caption, after a text that jumps to another page or a credit in
    /// brackets that closes it, or over a text from another page under its marker (which goes on under no picture).
    @Test func aHeadlineOverACaptionAfterAFinishedTextOrOverAContinuationIsPhotoNews() throws {
        let afterJump = """
            彭楚政总是顶一头晨露来到工

            地，既当指挥员，又当战斗员。

            一天中午，他正在加班突击上房

            梁，（下转第2版）

            春运进入高峰

            图为：为确保旅客按时回家过年，北京铁路分局抽调人力投入春运工作。（本报记者陶源明摄）

            进京施工『不扰民』

              江苏省金坛市现有４万多名建

            筑工人在北京施工，他们在施工

            过程中坚持文明施工，不扰民。

            """
        let first = try extract(afterJump)
        let photo = first.articles.first { $0.headline == "春运进入高峰" }
        #expect(photo?.paragraphs.first?.hasPrefix("图为：为确保旅客按时回家过年") == true)
        #expect(photo?.bylines == [Byline(role: "本报记者摄", names: ["陶源明"])])
        #expect(first.articles.first { $0.headline == "进京施工『不扰民』" }?.paragraphs.count == 1)

        let overContinuation = """
            地址：滨江路40号

            电话：2173148

            瑞雪降京城

            一月十三日，北京市区普降中雪，京城街头银装素裹。（新华社记者刘卫兵摄）

            （上接第1版）

            ◆各尽所能

              研究私有制问题，除了生产资料私有制以外，

            还要研究生活资料的私有制问题。在社会主义

            初级阶段，各尽所能、按劳分配仍是基本原则。

            """
        let second = try extract(overContinuation)
        let snow = second.articles.first { $0.headline == "瑞雪降京城" }
        #expect(snow?.paragraphs == ["一月十三日，北京市区普降中雪，京城街头银装素裹。（新华社记者刘卫兵摄）"])
        #expect(snow?.bylines == [Byline(role: "新华社记者摄", names: ["刘卫兵"])])

        let afterCredit = """
            回到住处，我们便仔细端详起这木屋，

            屋内陈设简单，却收拾得干干净净。

            （记者 吴英辅 通讯员 高苕华）

            阔步迈向新世纪

            1997年11月8日，长江三峡工程实施大江截流，成为一期工程圆满完成、二期工程进入攻坚阶段的里程碑。（李舸摄）

            读者心中的长篇

            记者 李小国

              近日，一项面向全国读者的长篇小说

            评选活动揭晓，二十部作品入选。

            """
        let third = try extract(afterCredit)
        let dam = third.articles.first { $0.headline == "阔步迈向新世纪" }
        #expect(dam?.paragraphs.first?.hasPrefix("1997年11月8日，长江三峡工程实施大江截流") == true)
        #expect(dam?.bylines == [Byline(role: "摄", names: ["李舸"])])
        #expect(third.unassigned.isEmpty)
    }

    /// A caption ends at its photo credit: the next line opening with `图为` is another picture's caption, not a
    /// credit it takes (a credit alone on the line under a caption's full stop is).
    @Test func aCaptionUnderAnotherIsOneOfItsOwn() throws {
        let page = """
            失业痼疾困扰法国
            图为辞旧迎新之际的法国街头。（通讯员 潘刚
            摄）
            图为金融是现代经济的核心。（通讯员 汤强勇 摄）
            """
        let result = try extract(page)
        let captions = result.blocks.filter { $0.role == .caption }
        #expect(captions.map(\.text) == ["图为辞旧迎新之际的法国街头。（通讯员 潘刚 摄）", "图为金融是现代经济的核心。（通讯员 汤强勇 摄）"])
        #expect(captions.map(\.bylines) == [[Byline(role: "通讯员摄", names: ["潘刚"])], [Byline(role: "通讯员摄", names: ["汤强勇"])]])
    }

    /// Lines as wide as the column of the text before them, a comma inside one, standing between blank lines
    /// (mutool sets some after every line) are running text, not a headline of three lines.
    @Test func columnWideLinesWithACommaInsideAreText() throws {
        let page = """
            民族区域自治的新发展

              我国宪法和法律对
            维护国家统一和保障民
            族自治地方自治权的明
            确规定，是正确处理统
            一与自治关系的依据。

            我国各族人民的根本利
            益是一致的，国家的整
            体利益和民族自治地方

            的局部利益本质上也是
            一致的。过去在计划经
            济体制下，由于部门所
            有、政企不分的旧体制，
            民族区域自治法规定的

            经济方面的自治权利难
            以完全落实。

            """
        let result = try extract(page)
        #expect(result.articles.map(\.headline) == ["民族区域自治的新发展"])
        #expect(result.articles.first?.paragraphs.joined().contains("我国各族人民的根本利益是一致的，国家的整体利益") == true)
        #expect(result.unassigned.isEmpty)
    }

    /// A column's lines as wide as the column, a clause mark inside one, after a one-line piece of the same
    /// unfinished text (mutool sets a blank line every line or two in some modules) go on with that text: the column
    /// is measured over the pieces in a row, not on the last piece alone. A page of the `issues` corpus split as
    /// `mutool` gives it, from a headline to the next.
    @Test func columnWideLinesAfterAPieceOfUnfinishedTextGoOnWithIt() throws {
        let result = try extract(try corpusPage("issues/issue03-p2.mutool.txt", lines: 6..<90), name: "p2.mutool.txt")
        #expect(result.articles.map(\.headline) == ["“河西千里双拥模范走廊”经验座谈会召开"])
        let text = result.articles.first?.paragraphs.joined() ?? ""
        #expect(text.contains("中央军委关于双拥工作的指示精神同本地的实际情况相结合，才能创造出双拥工作的有效形式；把群众性的创建活动"))
        #expect(!result.unassigned.contains { $0.role == .headline && $0.text.hasPrefix("神同本地") })
    }

    /// Text without indents whose blank lines fall inside the columns' running text (mutool sets one every line or
    /// two in some modules, and the text goes on after them) keeps the page's reading order, as indented text
    /// does: a column's pieces between blank lines are one text, and a public-service notice is told by its lines
    /// standing together. A page of the `varied` corpus split as `mutool` gives it.
    @Test func blankLinesInsideColumnsKeepTheReadingOrder() throws {
        let result = try extract(try corpusPage("varied/issue03-p2.mutool.txt"), name: "p2.mutool.txt")
        let kept = result.readingOrderKept
        #expect(kept)
        let text = result.articles.flatMap(\.paragraphs).joined()
        #expect(text.contains("他们找什么？他们想知道什么？当世界排名第二的美林证券首席经济学家"))
        #expect(result.unassigned.contains { $0.role == .advertisement && $0.text.hasPrefix("公益广告") })
        #expect(!result.articles.contains { $0.headline == "安全生产 警钟长鸣" })
    }

    /// Lines without a mark over a dispatch's dateline (or a byline, a subtitle) are its headline, even under a text
    /// that ends unfinished (a list of names) in a column as wide as they are. A briefs column of the `others`
    /// corpus split as `mutool` gives it.
    @Test func unmarkedLinesOverADatelineHeadIt() throws {
        let result = try extract(try corpusPage("others/issue02-p4.mutool.txt", lines: 261..<292), name: "p4.mutool.txt")
        let brief = try #require(result.articles.first { $0.dateline == "本报讯" })
        #expect(brief.headline == "太原军分区医疗队赴山区义诊")
        #expect(result.articles.first?.paragraphs.last?.hasSuffix("额尔敦陶吐格（蒙古族）") == true)
    }

    /// A text a module cut at a semicolon, its line short of the column (`条便有厚厚一沓；`), ends there when lines
    /// without a mark follow it over a byline or a text's opening: those are a headline, in `pdftotext -raw`'s text
    /// without blank lines; a list's next item after a semicolon (`1996年，该院查处国有资产流`) has its marks and stays
    /// text. A page of the `others` corpus split.
    @Test func aTextCutAtASemicolonEndsOverAHeadline() throws {
        let result = try extract(try corpusPage("others/issue02-p1.raw.txt"), name: "p1.raw.txt")
        let article = try #require(result.articles.first { $0.headline == "民族区域自治制度是中华各民族人民作出的历史选择" })
        #expect(article.paragraphs.first?.hasPrefix("中华人民共和国是全国各族人民共同缔造") == true)
        let cut = try #require(result.articles.first { $0.paragraphs.contains { $0.hasPrefix("纵观国有资产流失犯罪的黑洞") } })
        #expect(cut.paragraphs.last?.hasSuffix("条便有厚厚一沓；") == true)
        #expect(!result.articles.contains { $0.headline?.hasPrefix("1996年") == true })
        #expect(cut.paragraphs.joined().contains("万元；1996年，该院查处国有资产流失罪案48件"))
    }

    /// Without type sizes, a short phrase right over a headline that wraps (its first line its widest, its last
    /// shorter) and narrower than that first line is a kicker: a wrap fills the headline's first line
    /// (`就业状况比较好` / `今年普高招生数比去` / `年增七万人`). So is a line clearly wider than every line of a
    /// headline broken into phrases under it. Not a line with a mark, nor one across a blank line (the end of
    /// another heading may stand there), nor a dispatch's dateline cut before its mark. A page of the `others`
    /// corpus split as `mutool` gives it.
    @Test func aShortPhraseOverAWrappedHeadlineIsItsKicker() throws {
        let result = try extract(try corpusPage("others/issue01-p3.mutool.txt", lines: 145..<175), name: "p3.mutool.txt")
        let article = try #require(result.articles.first { $0.headline == "今年普高招生数比去年增七万人" })
        #expect(article.kicker == "就业状况比较好")
        let reader = BlockReader(table: .chinese, settings: LayoutSettings(), source: "p.txt")
        func stack(_ texts: [(Int, String)]) -> [TextLine] {
            texts.map { TextLine(number: $0.0, text: $0.1, indent: 0, width: CharacterClass.width(of: $0.1)) }
        }
        #expect(reader.wrappedKickerLength(stack([(1, "积极推进财税"), (2, "福建财政连续十三年"), (3, "收支平衡")])) == 1)
        #expect(reader.wrappedKickerLength(stack([(1, "见美国客人"), (3, "中法外长举行"), (4, "会谈")])) == 0)
        #expect(reader.wrappedKickerLength(stack([(1, "新华社北京一月十三"), (2, "江泽民会见美国客人时"), (3, "强调")])) == 0)
        #expect(reader.wrappedKickerLength(stack([(1, "秦华孙说，中国"), (2, "视即将举行的关于伊"), (3, "拉克")])) == 0)
        #expect(reader.wrappedKickerLength(stack([(1, "福建财政连续十三年"), (2, "收支平衡财税改革"), (3, "见效")])) == 0)
        // A headline broken into two phrases, each clearly narrower than the line right over it: that line spans
        // what the headline does not fill — not across a blank line.
        #expect(reader.wrappedKickerLength(stack([(1, "对重点人员重点教育和管理"), (2, "瑞丽打击"), (3, "社会丑恶现象")])) == 1)
        #expect(reader.wrappedKickerLength(stack([(1, "威尼斯的迎春狂欢节"), (3, "“五优”遍左"), (4, "云校校讲素质")])) == 0)
        #expect(reader.wrappedKickerLength(stack([(1, "全省外贸出口"), (2, "稳中"), (3, "有升")])) == 0)
        // Two columns' headings side by side on each line (pdftotext's default mode).
        #expect(reader.wrappedKickerLength(stack([(1, "出席世界经济论坛年 我驻越大使举"), (2, "会并访问欧洲李岚清 中越建交招待会"), (3, "议")])) == 0)
    }

    /// A heading right over an indented paragraph is cut off the text it was read with (mutool's lines without a
    /// blank between) when its lines are narrower than the text's — or clearly wider than their column, as a kicker
    /// set over several columns is (`对重点人员重点教育和管理` over `瑞丽打击` / `社会丑恶现象`).
    @Test func aHeadingWiderThanTheColumnOverAnIndentedParagraphIsCutOff() throws {
        let page = """
            据了解，奥林匹克村开村后，美
            属维尔京群岛代表团成为第一批
            入住的运动员，他们表示一定要
            为报道好长野冬奥会出力。

            图为北京最大的住宅小区———方庄小区。（宋连峰摄）

            对重点人员重点教育和管理
            瑞丽打击
            社会丑恶现象
              本报讯云南省瑞
            丽市公安局始终把打
            击社会丑恶现象当做
            一项重要工作来抓，
            通过建立健全责任制
            度、定点定人管理等
            手段加强防范，使扫
            黄打丑工作取得显著
            成效。

            """
        let result = try extract(page)
        let brief = try #require(result.articles.first { $0.dateline == "本报讯" })
        #expect(brief.kicker == "对重点人员重点教育和管理" && brief.headline == "瑞丽打击社会丑恶现象")
        #expect(brief.paragraphs.first?.hasPrefix("本报讯云南省瑞丽市公安局") == true)
        #expect(result.articles.first?.paragraphs.last?.hasSuffix("为报道好长野冬奥会出力。") == true)
        // Characters measure only extracted text: lines with boxes (an OCR layer read without type sizes) are
        // measured by their geometry, never cut off for holding more characters.
        let texts = ["对重点人员重点教育和管理", "瑞丽打击", "社会丑恶现象", "本报讯云南省瑞", "丽市公安局始终把打", "击社会丑恶现象当做", "一项重要工作来抓，"]
        let lines = texts.enumerated().map { index, text in
            TextLine(number: index + 1, text: text, indent: index == 3 ? 2 : 0, width: CharacterClass.width(of: text))
        }
        let reader = BlockReader(table: .chinese, settings: LayoutSettings(), source: "p.txt")
        #expect(reader.headlinePrefixLength(lines) == 3)
        let boxed = lines.map { line in
            var line = line
            line.box = BoundingBox(page: 1, x: 0, y: Double(line.number) * 12, width: Double(line.width) * 5, height: 10)
            return line
        }
        #expect(reader.headlinePrefixLength(boxed) == nil)
    }

    /// In text without blank lines or indents (`pdftotext -raw`), a full line and the short one its wrap left,
    /// neither with a mark, between a paragraph's end and a paragraph's first line (its indent dropped) are a subhead:
    /// no paragraph's first line is full there, and none ends without a mark (`但现在人们看到了一` / `线希望`).
    /// A page of the `varied` corpus split.
    @Test func aFullLineAndItsShortWrapBetweenParagraphsAreASubhead() throws {
        let result = try extract(try corpusPage("varied/issue08-p3.raw.txt", lines: 0..<60), name: "p3.raw.txt")
        let article = try #require(result.articles.first { $0.headline == "四年不是两年泳联不是田联" })
        #expect(article.sections.map(\.heading) == [nil, "但现在人们看到了一线希望"])
        #expect(article.sections.last?.paragraphs.first?.text.hasPrefix("澳大利亚游泳队主教练塔尔伯特说") == true)
    }

    /// A line that ends a quotation opened on a line before, a clause's mark inside the quote (`劳动改造，我真的好后`
    /// / `悔……”`), ends that text's sentence, standing between two of mutool's blank lines; a headline quoting a
    /// whole question opens its quotation too. A page of the `issues` corpus split as `mutool` gives it.
    @Test func aLineClosingAQuotationOpenedBeforeEndsItsText() throws {
        let result = try extract(try corpusPage("issues/issue02-p4.mutool.txt", lines: 171..<204), name: "p4.mutool.txt")
        #expect(result.articles.map(\.headline) == ["大墙内的法制课"])
        #expect(result.articles.first?.paragraphs.first?.hasSuffix("我真的好后悔……”") == true)
        #expect(result.unassigned.isEmpty)
        let reader = BlockReader(table: .chinese, settings: LayoutSettings(), source: "p4.mutool.txt")
        #expect(reader.endsClause("悔……”") && reader.endsClause("好后悔。"))
        #expect(!reader.endsClause("『哪种米好吃？』") && !reader.endsClause("“五大提质”打造"))
        // A headline that quotes a question over two lines opens its quotation on the first.
        let quoted = ["『哪种米", "好吃？』"].enumerated().map { TextLine(number: $0.offset + 1, text: $0.element, indent: 0, width: CharacterClass.width(of: $0.element)) }
        #expect(reader.isHeadlineLike(quoted, previousBody: nil))
        #expect(!reader.isHeadlineLike([quoted[1]], previousBody: nil))
        let saying = ["日本专家连连称赞：“中国军人了不", "起！”"].enumerated().map { TextLine(number: $0.offset + 1, text: $0.element, indent: 0, width: CharacterClass.width(of: $0.element)) }
        #expect(reader.closesQuotedClause(saying) && !reader.closesQuotedClause(quoted))
    }

    /// A headline printed after its text, a contact line between (as pdftotext and columns side by side leave them), is
    /// that text's, by the words they share, though a paragraph opens right under it: its place does not give it a
    /// text of other words.
    @Test func aHeadlineWhoseWordsAreInATextBeforeItIsThatTexts() throws {
        let page = """
              本报北京１月２２日讯 在新春佳节即将到来
            时，北京市朝阳区领导和区计生委干部到街道
            办事处和乡村给计生户送春联和年画，宣传计
            划生育。

            订购电话：0451－5692045

            朝阳区年画送到计生户

              通知说，生产、销售和购买各类烟花爆竹的
            单位，必须经所在省、自治区、直辖市公安厅
            批准，具体管理办法由各省另行制定。

            """
        let result = try extract(page)
        #expect(result.articles.first { $0.dateline == "本报北京１月２２日讯" }?.headline == "朝阳区年画送到计生户")
        #expect(result.articles.first { $0.paragraphs.first?.hasPrefix("通知说") == true }?.headline == nil)
    }

    /// A headline set beside its text in a narrow measure wraps over more lines than a headline across its text
    /// (six lines of four ideographs, the last shorter): words only, in a measure no column of text is set in.
    @Test func aHeadlineWrappedInANarrowMeasureIsWhole() throws {
        let page = """
            就反对、制止。

            （记者 刘少山 通讯员 姜克美）

            从资源性
            城市向综
            合性城市
            转型大庆
            走向全方
            位开放

              本报讯新年伊始，大庆市委市政府
            拿出６２万元，重奖一批招商引资有
            功人员，全市对外开放迈出新步伐。

            """
        let result = try extract(page)
        let daqing = result.articles.first { $0.dateline == "本报讯" }
        #expect(daqing?.headline == "从资源性城市向综合性城市转型大庆走向全方位开放")
        #expect(daqing?.paragraphs.count == 1)
        #expect(result.unassigned.isEmpty)
        // Short lines of different widths (a list of names) are no such headline.
        let list = """
            首届青年科技奖揭晓

              本报讯 首届青年科技奖日前揭晓，获奖者是：

            王明
            李华强
            张小兵
            赵四
            钱大江
            孙一

            """
        let names = try extract(list)
        #expect(names.articles.map(\.headline) == ["首届青年科技奖揭晓"])
        #expect(names.articles.first?.paragraphs.joined().contains("王明") == true)
    }

    /// A module whose paragraphs mutool gives with their indents, as it does on most pages: the page's text keeps
    /// the reading order, whatever the module after it lost.
    let indentedModule = """
        春节前夕走访慰问困难群众

        　　春节前夕，市委、市政府领导分别走访
        慰问了全市困难职工和农村特困户，给他
        们送去党和政府的关怀。
        　　慰问组一行来到下岗职工张大爷家中，
        详细询问了他的生活情况。


        """

    /// Mutool parts a paragraph's last characters from it at a blank line (`…抓偷渡抓“疯”` / `了。`): the line over them
    /// is that sentence's start, no headline — no text under a headline opens with the end of a sentence.
    @Test func aLineOverTheLastCharactersOfItsSentenceIsNoHeadline() throws {
        let page = indentedModule + """
            一次，一名西装革履的旅客费尽周折混到登机
            口处准备登机，忽然发现于居洋站在他面前。于
            居洋一眼认出这是个“冒牌货”！原来泰国男子
            到一定年龄必须当两年和尚。

            同事们都说于居洋抓偷渡抓“疯”

            了。

            """
        let result = try extract(page)
        #expect(result.articles.last?.paragraphs.last?.hasSuffix("和尚。同事们都说于居洋抓偷渡抓“疯”了。") == true)
        #expect(!result.articles.contains { $0.headline?.hasPrefix("同事们") == true })
        #expect(!result.unassigned.contains { $0.text.hasPrefix("同事们") })
    }

    /// A text under a headline and its subtitle, after a finished text, is the headline's, though mutool dropped its
    /// indent in this module (so nothing says it opens a paragraph) and it might have gone on with the text before:
    /// a subtitle stands over the text of its own headline (mutool's text of a page of the others' generator).
    @Test func theTextUnderASubtitleIsItsHeadlines() throws {
        let page = indentedModule + """
            国门“神眼”

            这名上尉警官正是人称国门“神眼”的武警北京
            边防总队检查员于居洋。参加工作五年来，于居
            洋年年被评为执勤能手。

            愿有更多的王国栋

            ——对他人又是如此慷慨

            王国栋的故事平凡朴实，感人至深。他对自

            己是如此吝啬，对他人又是如此慷慨，就像一
            团燃烧的火，默默地温暖着他人与社会。

            """
        let result = try extract(page)
        let story = try #require(result.articles.first { $0.headline == "愿有更多的王国栋" })
        #expect(story.subtitle == "对他人又是如此慷慨")
        #expect(story.paragraphs.first?.hasPrefix("王国栋的故事") == true)
        #expect(result.articles.first { $0.headline == "国门“神眼”" }?.paragraphs.last?.hasSuffix("执勤能手。") == true)
    }
}
