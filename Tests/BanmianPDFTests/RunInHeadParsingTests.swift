import Banmian
import Foundation
import Testing

@testable import BanmianPDF

/// A line that opens in a face of its own and goes on in the text's (a brief's bold title run into its first
/// line) is read with that opening marked, the line in the text's face.
@Suite struct RunInHeadParsingTests {
    static func chars(_ text: String, from x: Int) -> String {
        text.enumerated().map { offset, c in
            let left = x + offset * 9
            return ##"<char quad="\##(left) 100 \##(left + 9) 100 \##(left) 109 \##(left + 9) 109" x="\##(left)" y="108" color="#111111" c="\##(c)"/>"##
        }.joined()
    }

    static func page(_ fonts: [(name: String, text: String)]) throws -> PDFPage {
        var x = 10
        var body = ""
        for font in fonts {
            body += "<font name=\"\(font.name)\" size=\"10\">\(chars(font.text, from: x))</font>"
            x += font.text.count * 9
        }
        let xml = """
            <document><page id="page1" width="595" height="842"><block bbox="10 100 400 110"><line bbox="10 100 \(x) 110" wmode="0" dir="1 0">\
            \(body)</line></block></page></document>
            """
        return try #require(StextParser.parse(Data(xml.utf8))?.first)
    }

    @Test func aBoldTitleRunIntoTheTextIsMarked() throws {
        let page = try Self.page([("UMingCN", "\u{3000}\u{3000}"), ("Unnamed-T3", "广州迎春套餐年年新 "), ("UMingCN", "春节将至，为适应不同")])
        let line = try #require(page.lines.first)
        #expect(line.runIn == TextLine.RunIn(text: "广州迎春套餐年年新", face: TypeFace(font: "Unnamed-T3", color: 0x111111)))
        #expect(line.face?.font == "UMingCN", "the line is in its text's face, the longer part or not")
    }

    /// Figures set in a companion Latin font inside Chinese text, or a rest shorter than four characters: no
    /// opening marked. A short opening is marked (a wrapped title's last characters, `RunInHeads` reads which).
    @Test func figuresInACompanionFontOrAShortRestAreNoTitle() throws {
        let figures = try Self.page([("UMingCN", "政府作出决定，在方圆"), ("DejaVuSans", "1000")])
        #expect(figures.lines.first?.runIn == nil)
        #expect(figures.lines.first?.face?.font == "UMingCN")
        let shortRest = try Self.page([("Unnamed-T3", "广州迎春套餐年年新"), ("UMingCN", "春节将")])
        #expect(shortRest.lines.first?.runIn == nil)
        let short = try Self.page([("Unnamed-T3", "礼"), ("UMingCN", "本报讯今年元旦是")])
        #expect(short.lines.first?.runIn?.text == "礼")
        // A space before a rest of two or three characters (a dateline the column cut) parts a title from it;
        // one character after a space is no text run in.
        for rest in [" 据新", "　本报讯"] {
            let spaced = try Self.page([("Unnamed-T3", "李贵鲜会见希腊客人"), ("UMingCN", rest)])
            #expect(spaced.lines.first?.runIn?.text == "李贵鲜会见希腊客人")
        }
        let one = try Self.page([("Unnamed-T3", "李贵鲜会见希腊客人"), ("UMingCN", " 图")])
        #expect(one.lines.first?.runIn == nil)
    }

    /// The space a title set in its text's face ends its line with (the text going on in the next line) is kept as
    /// `endsInGap`: the line's text is trimmed of it.
    @Test func aSpaceEndingTheLineIsKept() throws {
        let spaced = try Self.page([("UMingCN", "  "), ("WenQuanYiZenHei", "赞民乐走进金色大厅"), ("UMingCN", " ")])
        #expect(spaced.lines.first?.text == "赞民乐走进金色大厅")
        #expect(spaced.lines.first?.endsInGap == true)
        let plain = try Self.page([("UMingCN", "据悉，在维也纳金色大")])
        #expect(plain.lines.first?.endsInGap == false)
    }
}
