import Foundation
import Testing

@testable import Banmian

/// Extractors write an indent set by position (CSS `text-indent`, a frame's inset) as one ASCII space, while a
/// stray space also leads headings on real pages (` 青岛开发区将实施`, `SamplePageTests`). One space before running
/// text (commas, stops) is an indent; on a page where two or more such lines say one space is its indent, every
/// line led by one space opens a paragraph, commas or not.
@Suite struct LoneSpaceIndentTests {
    func page(_ text: String) throws -> PageResult {
        try Pipeline().extract(PageSource(name: "p3.mutool.txt", data: Data(text.utf8)))
    }

    /// Two modules of one column, as `mutool draw -F txt` gives them: the first ends with a full stop, the second's
    /// headline stands between them and its text opens with a short line.
    let twoModules = """
        欧洲十九国巴黎签约克隆
        人明令禁止

         本报巴黎1月13日电记者王芳报道：在
        欧洲委员会的倡议下，19个欧洲国家12日
        晚在巴黎签署了全球第一项禁止克隆人的
        国际公约。
         该公约允许用于研究目的的无性繁
        殖，但坚决禁止任何利用该技术对人类进
        行的基因复制，否则予以重罚。

        在《罗荣桓军事文选》出版座
        谈会上江泽民同志的讲话

         同志们：
         罗荣桓同志是中国人民的忠诚战士，
        是我党我军久经考验的杰出领导人。他的
        军事著作凝结着丰富的斗争经验。

        """

    @Test func oneSpaceBeforeRunningTextOpensAParagraphAndTheTextAfterAHeadlineIsItsOwn() throws {
        let result = try page(twoModules)
        let cloning = try #require(result.articles.first { $0.headline == "欧洲十九国巴黎签约克隆人明令禁止" })
        #expect(cloning.paragraphs.count == 2)
        #expect(cloning.paragraphs.last == "该公约允许用于研究目的的无性繁殖，但坚决禁止任何利用该技术对人类进行的基因复制，否则予以重罚。")
        let speech = try #require(result.articles.first { $0.headline == "在《罗荣桓军事文选》出版座谈会上江泽民同志的讲话" })
        #expect(speech.paragraphs.first == "同志们：")
        #expect(speech.paragraphs.count == 2)
        #expect(result.unassigned.isEmpty)
    }

    /// A subhead in a narrow column wraps at the column's width, in the body's type: it stays a subhead of the
    /// article, though the texts around it share few words.
    @Test func aHeadingWrappedAtItsColumnStaysASubheadInPlace() throws {
        let result = try page(
            """
            价格工作着力促进结构调整

              各地物价部门要把
            价格工作的重点放在
            促进结构调整上，进
            一步完善价格形成机
            制，健全调控体系。

            保持经济总量的基本
            平衡

              要坚持不懈地管好
            财政货币政策，使社
            会总需求与总供给大
            体相当。

            """)
        let article = try #require(result.articles.first { $0.headline == "价格工作着力促进结构调整" })
        #expect(result.articles.count == 1)
        #expect(article.sections.map(\.heading) == [nil, "保持经济总量的基本平衡"])
    }

    /// A narrow column (nine characters a line) whose second paragraph's first line holds no comma; two others do.
    let narrowColumn = """
        野村证券舞弊交易调查

         1997年3月6日，日本
        最大的证券公司宣布：
        其两名常务董事涉嫌违
        反证券交易法。
         野村证券的舞弊交易
        行为始于80年代末期，
        此后多次被披露。
         大藏省决定从重处罚，
        勒令其停业6周。

        """

    @Test func onAPageIndentedByOneSpaceALineWithoutCommasOpensAParagraphToo() throws {
        let result = try page(narrowColumn)
        let article = try #require(result.articles.first { $0.headline == "野村证券舞弊交易调查" })
        #expect(
            article.paragraphs == [
                "1997年3月6日，日本最大的证券公司宣布：其两名常务董事涉嫌违反证券交易法。", "野村证券的舞弊交易行为始于80年代末期，此后多次被披露。",
                "大藏省决定从重处罚，勒令其停业6周。",
            ])
    }

    @Test func aLoneSpaceCountsAsAnIndentOnlyBeforeRunningTextOrOnAPageIndentedSo() {
        let reader = LineReader(settings: LayoutSettings())
        #expect(reader.line(" 同志们：", number: 1).indent == 2)
        #expect(reader.line(" 青岛开发区将实施", number: 1).indent == 1)
        let lines = reader.lines(of: [" 1997年3月6日，日本", "最大的证券公司宣布：", " 野村证券的舞弊交易", " 该公约允许用于研究，"].enumerated().map {
            ColumnShredding.NumberedLine(number: $0.offset + 1, text: $0.element)
        })
        #expect(lines.map(\.indent) == [2, 0, 2, 2])
        let heading = reader.lines(of: [" 青岛开发区将实施", "全面提质攻坚行动", " 同志们："].enumerated().map {
            ColumnShredding.NumberedLine(number: $0.offset + 1, text: $0.element)
        })
        #expect(heading.map(\.indent) == [1, 0, 2])
    }
}
