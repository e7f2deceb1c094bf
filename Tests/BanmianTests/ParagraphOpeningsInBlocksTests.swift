import Foundation
import Testing

@testable import Banmian

/// `mutool draw -F txt` ends a block wherever a line's spacing changes: a module's running text comes in blocks of
/// one to three lines, each paragraph's first line (its indent dropped) often a block of its own, and the line after
/// it too. Such a line is a paragraph's opening, not a headline: an indent short of its column as its characters
/// tell — a justified line the extractor letter-spaced holds fewer characters than it fills, figures are set wider
/// than half an em — over text that goes on with its sentence.
@Suite struct ParagraphOpeningsInBlocksTests {
    /// A memoir in a column of eleven characters, its blocks as mutool cut them; a news brief under it.
    static let memoir = """
        一位老教师的山村岁月

        朴 实 的 山 村 教 师 李

        文山，在大山深处的小学
        教了三十八年书，把一生

        献给了山里的孩子。他因
        病医治无效，于1997年12
        月31日在县医院去世，

        终年62岁。

        李 文 山 1935 年 出 生

        在陕北米脂县一个农民家

        庭。少年时家里穷，他靠
        乡亲们接济读完了师范。

        毕业那年，他主动要求回
        到山里教书。学校只有一
        间土房和两张旧桌子，他

        就和乡亲们一起上山砍树
        、和泥打坯，盖起了三间

        新教室。三十八年里，他
        教过的学生有一千多人。

        1978年春，学校来

        了第一批城里的大学生老

        师。李文山把自己的宿舍
        让给他们住，自己搬进了

        教室后面的小仓房。年轻
        老师们说，是李老师让他

        们在山里扎下了根。

        山里的孩子上学要走

        很 远 的 山 路 。 每 到 雨 雪
        天，李文山总是早早守在

        山口，把年小的孩子一个

        个背过河去。家长们说，
        李老师就是山里孩子的亲

        人。

        县里推广节水灌溉

        本报讯　今年县里拿出专项资金，
        在十个乡镇推广滴灌和喷灌，全县节
        水灌溉面积将达到五万亩。
        """

    func page(_ text: String, name: String = "p3.mutool.txt") throws -> PageResult {
        try Pipeline().extract(PageSource(name: name, data: Data(text.utf8)))
    }

    /// A dispatch whose first paragraph is the title of a decision (`…的决定`, no stop), then a paragraph whose opening
    /// is set apart over a block with no punctuation: the punctuation comes after the next blank line.
    static let decision = """
        县人大常委会作出决定

        新华社北京1月22

        日电关于召开县人民
        代表大会第九次会议
        的决定

        县人民代表大会

        常务委员会第二十次
        会议决定县人民代表
        大会第九次会议于3

        月3日在县城召开。会
        议的主要议程为：听
        取并审议县人民政府
        工作报告。
        """

    @Test func paragraphOpeningsSetApartOpenTheirParagraphs() throws {
        let result = try page(Self.memoir)
        let memoir = try #require(result.articles.first { $0.headline == "一位老教师的山村岁月" })
        // A letter-spaced opening; a letter-spaced one over a block of one line that goes on unpunctuated; one set
        // in figures; one over a letter-spaced line.
        #expect(memoir.paragraphs.count == 4)
        #expect(memoir.paragraphs.first?.hasPrefix("朴实的山村教师李文山，在大山深处的小学") == true)
        #expect(memoir.paragraphs.dropFirst().first?.hasPrefix("李文山1935年出生在陕北米脂县一个农民家庭。少年时家里穷") == true)
        #expect(memoir.paragraphs.dropFirst(2).first?.hasPrefix("1978年春，学校来了第一批城里的大学生老师。") == true)
        #expect(memoir.paragraphs.last?.hasPrefix("山里的孩子上学要走很远的山路。每到雨雪天，") == true)
        #expect(!result.unassigned.contains { $0.role == .headline || $0.role == .kicker })
        // A headline an indent short of the column, over a dateline, stays a headline.
        #expect(result.articles.contains { $0.headline == "县里推广节水灌溉" && $0.dateline == "本报讯" })
    }

    /// A paragraph's short last line ends it though no stop does (a dispatch's title): the opening after it opens
    /// the next paragraph, even over a block whose lines hold no punctuation, where the page's blank lines fall
    /// inside its columns.
    @Test func anOpeningAfterATitleParagraphOverUnpunctuatedLinesOpensItsParagraph() throws {
        let result = try page(Self.memoir + "\n\n" + Self.decision)
        let decision = try #require(result.articles.first { $0.headline == "县人大常委会作出决定" })
        #expect(decision.dateline == "新华社北京1月22日电")
        #expect(decision.paragraphs == [
            "新华社北京1月22日电关于召开县人民代表大会第九次会议的决定",
            "县人民代表大会常务委员会第二十次会议决定县人民代表大会第九次会议于3月3日在县城召开。会议的主要议程为：听取并审议县人民政府工作报告。",
        ])
        #expect(!result.unassigned.contains { $0.role == .headline || $0.role == .kicker })
    }

    /// The blocks' text goes on after the blank lines between them (the characters on either side of a blank line
    /// stand together elsewhere on the page); given out of order, as pdftotext's default mode gives blocks, it does not.
    @Test func blankLinesFallInColumnsWhereTheTextGoesOnAfterThem() {
        let settings = LayoutSettings()
        func lines(_ text: String) -> [TextLine] {
            LineReader(settings: settings).lines(of: text.split(separator: "\n", omittingEmptySubsequences: false).enumerated().map {
                ColumnShredding.NumberedLine(number: $0.offset + 1, text: String($0.element))
            })
        }
        let interleaving = LineInterleaving(settings: settings, source: "p3.mutool.txt")
        #expect(interleaving.rebuild(lines(Self.memoir)).blanksFallInColumns)
        let reversed = Self.memoir.components(separatedBy: "\n\n").reversed().joined(separator: "\n\n")
        #expect(!interleaving.rebuild(lines(reversed)).blanksFallInColumns)
    }

    /// A narrow column each of whose lines is a block of its own, on a page of modules printed in tight blocks: its
    /// lines are full lines of one column though figures spaced by the extractor (`193 · 4`) make them unequal,
    /// and the blank lines between them say nothing.
    @Test func aDoubleSpacedColumnOfUnequalLinesIsOneParagraph() throws {
        let column = """
              本省把群众最关心的住房

            问题作为政府的民心工程来

            抓，广辟资金渠道，进行安

            居工程建设。去年全省安居

            工程竣工面积超过 220 万

            平方米，销售 193 · 4 万平

            方米，占竣工面积的 86 · 3

            ％，人均居住面积提高到

            8 · 5 平方米。今年全省将

            再建安居工程 300 万平方

            米，重点解决 1 · 2 万户困

            难家庭的住房问题。
            """
        let text = MutoolModules.seminar + "\n\n全省安居工程进展顺利\n\n本报记者 赵刚\n\n" + column + "\n\n" + MutoolModules.irrigation + "\n"
        let result = try page(text)
        let housing = try #require(result.articles.first { $0.headline == "全省安居工程进展顺利" })
        #expect(housing.paragraphs.count == 1)
        #expect(housing.paragraphs.first?.hasPrefix("本省把群众最关心的住房问题作为政府的民心工程来抓，") == true)
        #expect(housing.paragraphs.first?.hasSuffix("重点解决 1 · 2 万户困难家庭的住房问题。") == true)
        #expect(result.unassigned.isEmpty)
    }
}
