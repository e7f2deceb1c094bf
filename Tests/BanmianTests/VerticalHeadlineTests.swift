import Banmian
import BanmianTestHelpers
import Foundation
import Testing

/// A headline set top to bottom stands at the side of its module, its top level with the text's, on the left or
/// the right: the text beside it is its article's, even where the headline shares no words with it
/// (`欢欢喜喜过佳节` beside a story on family planning over the holiday).
@Suite struct VerticalHeadlineTests {
    static let body = TypeFace(font: "UMingCN", color: 0)
    static let head = TypeFace(font: "NotoSerifCJKsc-Bold", color: 0)

    static func line(_ text: String, x: Double, y: Double, width: Double, height: Double, size: Double, face: TypeFace) -> TextLine {
        var line = TextLine(number: 0, text: text, indent: 0, width: TextLine.displayWidth(of: text))
        line.box = BoundingBox(page: 1, x: x, y: y, width: width, height: height)
        line.fontSize = size
        line.face = face
        return line
    }

    static let columns = [
        ["　　一年一度的春节就要到了，", "在亲人团聚的日子里，不少家庭", "也要为新一年作些打算。计划", "生育服务站的医生提醒大家，"],
        ["注意休息和饮食，按时服药，", "有问题及时到服务站咨询。", "　　服务站春节期间照常开放，", "医生轮流值班，方便群众。"],
    ]

    /// Two columns of text at 10.5 points, the first at `x`, their tops at y = 100.
    static func textColumns(x: Double) -> [TextLine] {
        var lines: [TextLine] = []
        for (index, column) in columns.enumerated() {
            for (row, text) in column.enumerated() {
                let indented = text.hasPrefix("　　")
                var line = line(indented ? String(text.dropFirst(2)) : text, x: x + Double(index) * 160 + (indented ? 21 : 0),
                    y: 100 + Double(row) * 16, width: 150 - (indented ? 21 : 0), height: 11, size: 10.5, face: body)
                line.indent = indented ? 4 : 0
                lines.append(line)
            }
        }
        return lines
    }

    /// The next module, across the page under the first: its headline (`size` points) at `top`, its text under it.
    static func nextModule(top: Double, size: Double) -> [TextLine] {
        var lines = [line("城北新建三座停车楼", x: 40, y: top, width: 9 * size, height: size, size: size, face: head)]
        for (row, text) in ["本报讯城北片区三座停车楼已完成主体施工，年内可提供车位两千个，", "缓解老城区停车难。"].enumerated() {
            var line = line(text, x: 40, y: top + size + 10 + Double(row) * 16, width: row == 0 ? 350 : 100, height: 11, size: 10.5, face: body)
            line.indent = row == 0 ? 4 : 0
            lines.append(line)
        }
        return lines
    }

    static func extract(_ lines: [TextLine]) -> PageResult { Fixtures.extract(lines: lines, name: "p1.pdf") }

    /// A module: the headline (seven characters at 24 points, one a line) on the left or the right of two columns
    /// of text; a second module with an ordinary headline over its text under it.
    static func page(headlineOnTheLeft: Bool) -> PageResult {
        let headline = "欢欢喜喜过佳节"
        let textX = headlineOnTheLeft ? 80.0 : 40.0
        let headX = headlineOnTheLeft ? 40.0 : textX + 2 * 160 + 10
        let lines = [line(headline, x: headX, y: 100, width: 24, height: 24 * Double(headline.count), size: 24, face: head)]
            + textColumns(x: textX) + nextModule(top: 300, size: 20)
        return extract(lines)
    }

    @Test(arguments: [true, false])
    func theTextBesideAVerticalHeadlineIsItsArticle(headlineOnTheLeft: Bool) throws {
        let result = Self.page(headlineOnTheLeft: headlineOnTheLeft)
        #expect(result.articles.map(\.headline) == ["欢欢喜喜过佳节", "城北新建三座停车楼"])
        let article = try #require(result.articles.first)
        #expect(article.paragraphs.count == 2)
        #expect(article.paragraphs.first?.hasPrefix("一年一度的春节就要到了") == true)
        #expect(!result.unassigned.contains { $0.role == .headline })
    }

    /// A vertical headline read right before the next module's larger headline (it stands at the right of its own
    /// text, the next module under both) is no kicker of that headline: it heads the text beside it.
    @Test func aVerticalHeadlineIsNoKickerOfTheHeadlineAfterIt() throws {
        let headline = Self.line("欢欢喜喜过佳节", x: 370, y: 100, width: 18, height: 18 * 7, size: 18, face: Self.head)
        let result = Self.extract(Self.textColumns(x: 40) + [headline] + Self.nextModule(top: 300, size: 24))
        #expect(result.articles.map(\.kicker) == [nil, nil])
        #expect(result.articles.map(\.headline) == ["欢欢喜喜过佳节", "城北新建三座停车楼"])
    }

    /// A module of two columns under a headline set top to bottom at its right, its text parted by subheads set in
    /// its columns a point larger than the body (`■节日里按时服药`): one under a paragraph's end, one centred under
    /// a last line of two characters (`询。`) it does not reach over. The text before each has no headline yet when
    /// the subhead comes (the headline is read after the module): still one article, its subheads sections.
    @Test func subheadsInAModuleUnderAHeadlineAtItsSideAreSections() throws {
        let subheadSize = 11.5
        func subhead(_ text: String, column: Double, y: Double) -> TextLine {
            let width = Double(text.count) * subheadSize
            return Self.line(text, x: column + (150 - width) / 2, y: y, width: width, height: subheadSize, size: subheadSize, face: Self.head)
        }
        /// The lines of one column from `top`, each row a line of text at 10.5 points or a subhead (led by `■`).
        func column(_ x: Double, _ rows: [String], top: Double = 100) -> [TextLine] {
            var y = top
            var lines: [TextLine] = []
            for text in rows {
                if text.hasPrefix("■") {
                    y += 6
                    lines.append(subhead(text, column: x, y: y))
                    y += subheadSize + 8
                    continue
                }
                let indented = text.hasPrefix("　　")
                let printed = indented ? String(text.dropFirst(2)) : text
                let width = min(150, Double(TextLine.displayWidth(of: printed)) * 10.5 / 2) - (indented ? 21 : 0)
                var line = Self.line(printed, x: x + (indented ? 21 : 0), y: y, width: width, height: 11, size: 10.5, face: Self.body)
                line.indent = indented ? 4 : 0
                lines.append(line)
                y += 16
            }
            return lines
        }
        let first = column(40, [
            "　　一年一度的春节就要到了，", "在亲人团聚的日子里，不少家庭", "也要为新一年作些打算。", "■节日里按时服药",
            "　　计划生育服务站的医生提醒", "大家，注意休息和饮食，按时",
        ])
        let second = column(200, ["服药，有问题及时到服务站咨", "询。", "■服务站照常开放", "　　服务站春节期间照常开放，", "医生轮流值班，方便群众。"])
        let headline = Self.line("欢欢喜喜过佳节", x: 360, y: 100, width: 24, height: 24 * 7, size: 24, face: Self.head)
        let result = Self.extract(first + second + [headline] + Self.nextModule(top: 300, size: 20))
        #expect(result.articles.map(\.headline) == ["欢欢喜喜过佳节", "城北新建三座停车楼"])
        let article = try #require(result.articles.first)
        #expect(article.sections.map(\.heading) == [nil, "■节日里按时服药", "■服务站照常开放"])
        #expect(article.paragraphs.count == 3)
        #expect(result.unassigned.isEmpty)
    }

    /// In text (`mutool draw -F txt`, a blank line after every line of some modules), a headline printed top to bottom
    /// comes one character a line between the end of a text and the start of the next (`群` / `众` / … / `益`): it
    /// heads the text after it, never a subhead of the article before (a subhead stands in the column, across it).
    @Test func aVerticalHeadlineInTextHeadsTheNextTextNotASection() throws {
        let paragraphs = [
            ["新华社上海1月27日电（记者张", "持坚）今天上午，上海举行各界人", "士春节团拜会。原全国人大常委会", "委员长万里、全国政协副主席董寅",
                "初等和上海各界人士一起共迎新", "春。"],
            ["典型引路的方法，从哲学意义", "上讲，就是从个别到一般、再从一", "般到个别的方法，是推动工作不断", "深化的方法。在工作中，总是有先",
                "进、中间和落后的情况发生。作为", "领导者，既要分类指导，区别不同", "情况，有针对性地做工作，又要注", "意评先树优，抓两头、带中间，做",
                "好落后面的转化工作，促进工作整", "体水平的提高。"],
        ]
        let after = ["冬日的青岛，美丽、整洁", "而又多了一份宁静。为了做一", "回志愿者，记者特地选个周末", "赶赴岛城。不巧的是，此次",
            "“周日志愿行动”是以征文的", "形式举行———“周日志愿行", "动”已进行了近一年的时间，", "先后共搞了45个主题活动。为",
            "了总结过去，使将来的活动更", "趋完美，组织者特地举办“回", "首这一年”主题征文活动，群众参与、群众受益。"]
        let vertical = "群众参与︑群众受益".map(String.init).joined(separator: "\n")
        let text = (["上海春节团拜同心共\n勉"] + paragraphs.map { $0.joined(separator: "\n\n") } + [vertical, after.joined(separator: "\n\n")])
            .joined(separator: "\n\n") + "\n"
        let result = try Pipeline().extract(PageSource(name: "p2.mutool.txt", data: Data(text.utf8)))
        #expect(result.articles.map(\.headline) == ["上海春节团拜同心共勉", "群众参与、群众受益"])
        #expect(result.articles.first?.sections.compactMap(\.heading) == [])
        #expect(result.articles.last?.paragraphs.first?.hasPrefix("冬日的青岛") == true)
    }
}
