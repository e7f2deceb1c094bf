import Banmian
import BanmianTestHelpers
import Foundation
import Testing

/// A picture's photographer, credited at the end of its caption (`（新华社记者丁仁贵摄）`, `（牟健为摄）`), is a byline
/// of the article the picture is in: DESIGN.md counts `（记者 … 摄）` among the bylines. The caption keeps its text;
/// a name already among the article's bylines is not listed twice.
@Suite struct PhotoCreditTests {
    static func page(_ text: String, name: String = "p2.mutool.txt") throws -> PageResult {
        try Pipeline().extract(PageSource(name: name, data: Data(text.utf8)))
    }

    /// A caption between a headline and its text is that article's, whatever its words: here they are those of the
    /// article before it, which once took the caption by its words.
    @Test func aCaptionBetweenAHeadlineAndItsTextIsThatArticles() throws {
        let result = try Self.page(
            """
            国际象棋等级分公布

             新华社北京１月１１日电国际棋联
            今天公布最新等级分，中国棋手在
            最新等级分中的排名有所上升。

            中国审计代表团离京访美

            □记者 黎博 通讯员 苏梅 报道

            图为国际棋联公布的最新等级分。（记者 黄刚 摄）

             新华社北京１月１１日电应美国会
            计总署邀请，中国审计代表团今天
            离京赴美访问。
            """)
        let chess = try #require(result.articles.first { $0.headline == "国际象棋等级分公布" })
        let audit = try #require(result.articles.first { $0.headline == "中国审计代表团离京访美" })
        #expect(chess.captions.isEmpty)
        #expect(audit.captions == ["图为国际棋联公布的最新等级分。（记者 黄刚 摄）"])
        #expect(audit.bylines == [Byline(role: "记者", names: ["黎博"]), Byline(role: "通讯员", names: ["苏梅"]), Byline(role: "记者摄", names: ["黄刚"])])
    }

    /// A credit of a name alone (`（牟健为摄）`) names the photographer (role `摄`); a photographer who also wrote the
    /// story is listed once, under the role printed first.
    @Test func aNameAloneBeforeTheCreditIsThePhotographer() throws {
        let result = try Self.page(
            """
            山寨里过了个好年

            □本报记者 韦凤岚

            图为民警给黎族群众拜年。（牟健为摄）

             本报讯春节前夕，驻地民警走进
            木棉山寨，给黎族群众送去年货。

            温泉小镇迎来客流高峰

            记者 潘云杉

            图为游客在温泉池边休憩。（记者 潘云杉 摄）

             本报讯春节假期，温泉小镇接待游
            客三万余人次。
            """)
        let village = try #require(result.articles.first { $0.headline == "山寨里过了个好年" })
        #expect(village.bylines == [Byline(role: "本报记者", names: ["韦凤岚"]), Byline(role: "摄", names: ["牟健为"])])
        #expect(village.captions == ["图为民警给黎族群众拜年。（牟健为摄）"])
        let spa = try #require(result.articles.first { $0.headline == "温泉小镇迎来客流高峰" })
        #expect(spa.bylines == [Byline(role: "记者", names: ["潘云杉"])])
    }

    /// A caption's words decide its article only before its credit: `（新华社记者…摄）` shares its words with every
    /// dispatch of the agency, and a caption's last line cut off from the rest (`工女。`) says too little. Such a
    /// fragment goes to no article, and is reported.
    @Test func aCreditDecidesNoCaptionsArticle() throws {
        let result = try Self.page(
            """
            利比亚赞扬南非与我建交

             新华社突尼斯１月３日电（记者刘
            上阳）利比亚外交部发言人今天发
            表谈话，赞扬南非同中国建立外交
            关系。

            长征火箭再立新功

             本报讯我国自行研制的长征三号
            甲运载火箭今天再次发射成功。

            工女。（新华社记者刘泉龙摄）
            """, name: "p3.raw.txt")
        let libya = try #require(result.articles.first { $0.headline == "利比亚赞扬南非与我建交" })
        #expect(libya.captions.isEmpty)
        #expect(!libya.bylines.flatMap(\.names).contains("刘泉龙"))
        #expect(result.unassigned.contains { $0.role == .caption && $0.text.contains("刘泉龙") })
    }

    /// `pdftotext -raw` cuts a credit where the column wrapped it (`（记` / `者朱云洋摄）`): the photographer is read
    /// from the credit joined again (`MarkerTests` reads it joined with a space, as a line join may leave it).
    @Test func aCreditCutByTheColumnIsReadWhole() throws {
        let result = try Self.page(
            """
            美元汇率持续坚挺

            □本报记者胡建国

            图为纽约外汇市场交易员在工作。
            （记
            者朱云洋摄）

             本报讯美元对日元汇率今天继续上
            升，收于一年来的最高点。
            """, name: "p4.raw.txt")
        let article = try #require(result.articles.first)
        #expect(article.bylines.last == Byline(role: "记者摄", names: ["朱云洋"]))
    }

    static let body = TypeFace(font: "UMingCN", color: 0)
    static let head = TypeFace(font: "NotoSerifCJKsc-Bold", color: 0)

    static func line(_ text: String, x: Double, y: Double, width: Double, size: Double = 10.5, face: TypeFace = body, indent: Bool = false) -> TextLine {
        var line = TextLine(number: 0, text: text, indent: indent ? 4 : 0, width: TextLine.displayWidth(of: text))
        line.box = BoundingBox(page: 1, x: x, y: y, width: width, height: size + 0.5)
        line.fontSize = size
        line.face = face
        return line
    }

    /// A module of two columns under its headline, a picture at the foot of the second column with its caption
    /// (whose words are not the story's), and a second module under it. `captionX` places the caption.
    static func modules(captionX: Double) -> PageResult {
        var lines = [line("社会主义初级阶段与多种所有制", x: 40, y: 60, width: 300, size: 22, face: head)]
        let first = ["我国正处于并将长期处于社会主义", "初级阶段，这是我们认识和解决一", "切问题的根本依据。在这个阶段，", "必须坚持以公有制为主体、多种所", "有制经济共同发展的基本经济制度，", "这是由社会主义性质和初级阶段国", "情决定的。"]
        for (row, text) in first.enumerated() { lines.append(line(text, x: 40, y: 100 + Double(row) * 16, width: 150, indent: row == 0)) }
        let second = ["公有制经济不仅包括国有经济和集", "体经济，还包括混合所有制经济中", "的国有成分和集体成分。"]
        for (row, text) in second.enumerated() { lines.append(line(text, x: 200, y: 100 + Double(row) * 16, width: 150)) }
        lines.append(line("农民在粮库踊跃交售爱国粮。（新华社记者丁仁贵摄）", x: captionX, y: 188, width: 150, size: 9))
        lines.append(line("春运首日客流平稳", x: 40, y: 260, width: 160, size: 20, face: head))
        let other = ["本报讯春运今天开始，全市各车站", "客流平稳有序，加开列车二十对。"]
        for (row, text) in other.enumerated() { lines.append(line(text, x: 40, y: 300 + Double(row) * 16, width: 150, indent: row == 0)) }
        return Fixtures.extract(lines: lines, name: "p1.pdf")
    }

    /// With geometry, a caption set inside the area an article's headline and text cover is that article's.
    @Test func aCaptionInsideAnArticlesAreaIsItsPicturesCaption() throws {
        let result = Self.modules(captionX: 200)
        let article = try #require(result.articles.first { $0.headline == "社会主义初级阶段与多种所有制" })
        #expect(article.captions == ["农民在粮库踊跃交售爱国粮。（新华社记者丁仁贵摄）"])
        #expect(article.bylines.contains(Byline(role: "新华社记者摄", names: ["丁仁贵"])))
        #expect(result.articles.first { $0.headline == "春运首日客流平稳" }?.captions.isEmpty == true)
    }

    /// A caption no article's area holds is reported, not given to one.
    @Test func aCaptionOutsideEveryArticlesAreaIsReported() throws {
        let result = Self.modules(captionX: 40 + 700)
        #expect(result.articles.allSatisfy { $0.captions.isEmpty })
        #expect(result.unassigned.contains { $0.role == .caption })
    }
}
