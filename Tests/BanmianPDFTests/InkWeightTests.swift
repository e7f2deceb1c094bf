import Banmian
import Foundation
import Testing

@testable import BanmianPDF

/// Where a PDF's fonts do not name their weight (Chromium embeds the CJK faces it draws as Type 3 fonts, all called
/// `Unnamed-T3`), a bold title at body size looks like the body to the text layer. Its ink does not: the strokes of
/// a bold face are about twice as thick. The page is drawn in grey and each ideograph's strokes measured against
/// the body's.
@Suite struct InkWeightTests {
    /// A picture `width` × `height`, white, with vertical strokes `stroke` pixels thick every `step` pixels inside
    /// each box of `cells` (x, y, size): ideographs drawn regular or bold.
    static func picture(width: Int, height: Int, cells: [(x: Int, y: Int, size: Int, stroke: Int)]) -> GreyPicture {
        var pixels = [UInt8](repeating: 255, count: width * height)
        for cell in cells {
            var x = cell.x + 2
            while x + cell.stroke <= cell.x + cell.size - 2 {
                for dx in 0..<cell.stroke { for y in (cell.y + 2)..<(cell.y + cell.size - 2) { pixels[y * width + x + dx] = 0 } }
                x += 4
            }
        }
        return GreyPicture(width: width, height: height, pixels: pixels)
    }

    /// The measure counts how thick strokes are, not how many: two pixels against one is twice as much, however
    /// many strokes a character has.
    @Test func strokesAreMeasuredByTheirWeightNotTheirNumber() throws {
        let picture = Self.picture(width: 60, height: 20, cells: [(0, 0, 20, 1), (20, 0, 20, 2), (40, 0, 20, 1)])
        let regular = try #require(picture.strokeWidth(in: PixelBox(x: 0, y: 0, width: 20, height: 20)))
        let bold = try #require(picture.strokeWidth(in: PixelBox(x: 20, y: 0, width: 20, height: 20)))
        #expect(bold / regular > 1.8 && bold / regular < 2.2)
        #expect(picture.strokeWidth(in: PixelBox(x: 0, y: 0, width: 1, height: 1)) == nil)
        let sparse = Self.picture(width: 40, height: 20, cells: [(0, 0, 20, 1)])
        #expect(abs((sparse.strokeWidth(in: PixelBox(x: 0, y: 0, width: 20, height: 20)) ?? 0) - regular) < 0.3)
    }

    /// A stext page in one font, `Unnamed-T3`, 10 points, its characters 10 points apart: a brief's title run into
    /// its first line and three plain lines under it; and its picture (20 pixels a character), the title's four
    /// characters drawn with strokes twice as thick.
    static func page(titleStroke: Int) throws -> PDFPage {
        let lines = [
            "国内简讯本报讯一度推迟举行的联赛将于下月开赛各队", "正在抓紧训练以迎接新赛季的到来本报记者前往采访",
            "看到队员们每天早晚两练不敢有丝毫松懈教练组也在", "研究新的战术安排力争在新赛季取得更好的成绩",
        ]
        var cells: [(x: Int, y: Int, size: Int, stroke: Int)] = []
        var xml = #"<document><page id="page1" width="300" height="100"><block>"#
        for (row, text) in lines.enumerated() {
            let y = 10.0 + Double(row) * 20
            xml += #"<line bbox="10 \#(y) \#(10 + 10 * text.count) \#(y + 10)" dir="1 0"><font name="Unnamed-T3" size="10">"#
            for (column, character) in text.enumerated() {
                let x = 10.0 + Double(column) * 10
                xml += ##"<char quad="\##(x) \##(y) \##(x + 10) \##(y) \##(x) \##(y + 10) \##(x + 10) \##(y + 10)" x="\##(x)" y="\##(y + 9)" color="#000000" c="\##(character)"/>"##
                cells.append((Int(x * 2), Int(y * 2), 20, row == 0 && column < 4 ? titleStroke : 1))
            }
            xml += "</font></line>"
        }
        xml += "</block></page></document>"
        let picture = Self.picture(width: 600, height: 200, cells: cells)
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("banmian-ink-test-\(UUID().uuidString).pgm")
        defer { try? FileManager.default.removeItem(at: file) }
        try (Data("P5\n600 200\n255\n".utf8) + Data(picture.pixels)).write(to: file)
        return try #require(StextParser.parse(Data(xml.utf8), ink: [0: file])?.first)
    }

    /// The title in bold, in the body's font, is a head run into its line; in the body's weight it is none.
    @Test func aTitleInkedBolderThanTheBodyIsRunIn() throws {
        let bold = try Self.page(titleStroke: 2)
        #expect(bold.lines.first?.runIn?.text == "国内简讯")
        #expect(bold.lines.first?.runIn?.face == TypeFace(font: "Unnamed-T3", color: 0).heavier)
        #expect(bold.lines.first?.face == TypeFace(font: "Unnamed-T3", color: 0))
        #expect(bold.lines.last?.runIn == nil)
        let regular = try Self.page(titleStroke: 1)
        #expect(regular.lines.allSatisfy { $0.runIn == nil && $0.face == TypeFace(font: "Unnamed-T3", color: 0) })
    }

    /// Only pages whose most glyphs are drawn by a font that names no weight are drawn for their ink.
    @Test func pagesInFontsWithoutWeightsAreDrawn() {
        let fonts = [["Unnamed-T3": 3000, "BAAAAA+WenQuanYiZenHei": 40], ["CAAAAA+UMingCN": 2500, "Unnamed-T3": 300], [:]]
        #expect(PDFReader.pagesWithoutWeights(fonts) == [0])
    }
}
