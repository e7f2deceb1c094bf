import Banmian
import BanmianTestHelpers
import Testing

/// On a page with geometry, a heading right under a finished text is the next module's headline, not a subhead in
/// place of that text, when it is set as a headline is: across the gutter, over the next module's columns, or in a
/// headline's size (`北京举行新年音乐会` at 17 points under a dispatch set at 10) between texts that share no words.
@Suite struct HeadingsBetweenModulesTests {
    static let body = TypeFace(font: "UMingCN", color: 0)
    static let head = TypeFace(font: "WenQuanYiZenHei", color: 0)
    static let pitch = 16.0

    static func line(_ text: String, x: Double, y: Double, size: Double, face: TypeFace) -> TextLine {
        let indented = text.hasPrefix("　　")
        let printed = indented ? String(text.dropFirst(2)) : text
        var line = TextLine(number: 0, text: printed, indent: indented ? 4 : 0, width: TextLine.displayWidth(of: printed))
        let indent = indented ? 2 * size : 0
        line.box = BoundingBox(page: 1, x: x + indent, y: y, width: Double(printed.count) * size, height: size)
        line.fontSize = size
        line.face = face
        return line
    }

    /// Columns of text at 10 points from `top`, each 15 characters (150 points) wide, 160 points apart.
    static func columns(_ columns: [[String]], x: Double = 40, top: Double) -> [TextLine] {
        columns.enumerated().flatMap { index, rows in
            rows.enumerated().map { row, text in line(text, x: x + Double(index) * 160, y: top + Double(row) * pitch, size: 10, face: body) }
        }
    }

    /// A heading centred over both columns of the module under it, right under the last line of the text before
    /// (which ends in the second column): the texts share words (`围棋`, `聂卫平`), but a subhead stands inside
    /// its article's column.
    @Test func aHeadingAcrossTheGutterHeadsTheModuleUnderIt() {
        let first = [Self.line("天元战产生八强", x: 125, y: 50, size: 20, face: Self.head)]
            + Self.columns([
                ["　　本报讯中国围棋天元战今天", "在北京结束第二轮比赛，陈祖德", "、聂卫平等八位棋手进入八强。", "　　围棋界人士认为，今年比赛"],
                ["的水平明显提高，年轻棋手表现", "出色，围棋运动后继有人。", "　　聂卫平说，这盘棋胜之不易", "。"],
            ], top: 80)
        let heading = Self.line("围棋走进中小学课堂", x: 105, y: 80 + 3 * Self.pitch + 20, size: 20, face: Self.head)
        let second = Self.columns([
            ["　　围棋进课堂活动今天在北京", "启动，首批二十所中小学开设围", "棋课，聂卫平到场指导小棋手。"],
            ["　　主办方说，围棋有助于培养", "学生的思考能力和耐心，明年还", "将有更多学校参加。"],
        ], top: 80 + 3 * Self.pitch + 50)
        let result = Fixtures.extract(lines: first + [heading] + second, name: "p4.pdf")
        #expect(result.articles.map(\.headline) == ["天元战产生八强", "围棋走进中小学课堂"])
        #expect(result.articles.map(\.paragraphs.count) == [3, 2])
    }

    /// One column: a dispatch under its headline, then a heading in the column set at 17 points (the body at 10),
    /// then a text that shares no words with the dispatch: the next article.
    @Test func aHeadingInAHeadlinesSizeBetweenUnrelatedTextsHeadsTheTextUnderIt() {
        let first = [Self.line("金大中会见绍罗什", x: 40, y: 50, size: 17, face: Self.head)]
            + Self.columns([["　　本报汉城１月４日电美国投资", "家绍罗什今天在汉城会见了韩国", "当选总统金大中，双方就金融合", "作交换了意见。"]], top: 80)
        let heading = Self.line("北京举行新年音乐会", x: 40, y: 80 + 4 * Self.pitch + 14, size: 17, face: Self.head)
        let second = Self.columns([["　　新年音乐会今晚在人民大会堂", "举行，中央乐团演奏了《红旗颂》", "等十余首乐曲。"]], top: 80 + 4 * Self.pitch + 44)
        let result = Fixtures.extract(lines: first + [heading] + second, name: "p4.pdf")
        #expect(result.articles.map(\.headline) == ["金大中会见绍罗什", "北京举行新年音乐会"])
        #expect(result.articles.map(\.paragraphs.count) == [1, 1])
    }
}
