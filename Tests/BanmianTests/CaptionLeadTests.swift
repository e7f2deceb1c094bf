import Banmian
import BanmianTestHelpers
import Testing

/// With type sizes, a caption under a picture beside the text of its module, known only by the photo credit that
/// ends it (`2：全国爱民模范廖伟兴上尉` / … / `花。（牟健为摄）`), begins with every line above the credit set in the
/// credit's size apart from the body's — four of them here — not with the last two only: the lines before are no
/// part of the text beside it.
@Suite struct CaptionLeadTests {
    static let face = TypeFace(font: "UMingCN", color: 0)

    static func line(_ text: String, x: Double, y: Double, size: Double) -> TextLine {
        let indented = text.hasPrefix("　　")
        let printed = indented ? String(text.dropFirst(2)) : text
        var line = TextLine(number: 0, text: printed, indent: indented ? 4 : 0, width: TextLine.displayWidth(of: printed))
        line.box = BoundingBox(page: 1, x: x + (indented ? 2 * size : 0), y: y, width: Double(printed.count) * size, height: size)
        line.fontSize = size
        line.face = face
        return line
    }

    @Test func aCaptionInItsOwnSizeKeepsItsLeadLines() throws {
        var lines = [Self.line("公平税负增强国力", x: 40, y: 50, size: 18)]
        let text = ["　　今年，人民日报推出财税金融", "版，这是普及财税知识的好事。", "　　按照十五大的战略部署，我国", "要积极推进财税体制改革，这对", "税收工作提出了新要求。"]
        lines += text.enumerated().map { row, text in Self.line(text, x: 40, y: 80 + Double(row) * 14, size: 9.5) }
        // The picture stands in the second column from y = 80 to 130; its caption under it.
        let caption = ["2：全国爱民模范廖伟兴上尉", "到他多年致力扶贫的木棉山", "寨，给黎族群众拜年。您瞧，", "他正在接受老阿婆贺年的木棉", "花。（牟健为摄）"]
        lines += caption.enumerated().map { row, text in Self.line(text, x: 200, y: 140 + Double(row) * 12, size: 8.8) }
        let result = Fixtures.extract(lines: lines, name: "p3.pdf")
        let article = try #require(result.articles.first)
        #expect(article.headline == "公平税负增强国力")
        #expect(article.paragraphs.last?.hasSuffix("税收工作提出了新要求。") == true)
        // Read whole as one caption (which article it goes to is the assembly's: its words are no text's here).
        let captions = result.articles.flatMap(\.captions) + result.unassigned.filter { $0.role == .caption }.map(\.text)
        #expect(captions == [caption.joined()])
    }
}
