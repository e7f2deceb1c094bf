import Banmian
import BanmianTestHelpers
import Foundation
import Testing

@testable import BanmianPDF

/// Internals of the PDF reader: when a text layer's type sizes mean something, and word pieces of one line.
@Suite struct PDFReaderInternalsTests {
    /// A scanned page of 1862 with an OCR text layer (in the shared folder beside the repository).
    static let ocrPage = Fixtures.packageRoot.deletingLastPathComponent().appendingPathComponent(
        "shared/samples/real/evening-star-1862-08-25-p7.pdf")
    static let typesetPage = Fixtures.packageRoot.appendingPathComponent("Benchmarks/Corpus/pages/issue02-p1.pdf")

    @Test func anOCRLayerHasNoTypeSizes() throws {
        guard FileManager.default.fileExists(atPath: Self.ocrPage.path) else {
            Issue.record("\(Self.ocrPage.path) is missing: the shared folder must sit beside the repository (../shared)")
            return
        }
        let page = try #require(try PDFReader.read(path: Self.ocrPage.path).first)
        #expect(page.lines.count > 100)
        #expect(!PDFReader.hasTypeSizes(page))
        #expect(PDFReader.textLines(page).allSatisfy { $0.fontSize == nil })
    }

    @Test func aTypesetPageHasTypeSizes() throws {
        let page = try #require(try PDFReader.read(path: Self.typesetPage.path).first)
        #expect(PDFReader.hasTypeSizes(page))
        #expect(PDFReader.textLines(page).filter { !$0.isBlank }.allSatisfy { $0.fontSize != nil })
    }

    /// A typeset page with many type sizes (a lead headline, decks, kickers, captions, advertisements in sizes
    /// of their own) still has them: most of its text is in the body size. Counting sizes alone called such a
    /// page an OCR layer and dropped every size, so its lead headline was read as body text.
    @Test func aTypesetPageWithManySizesHasTypeSizes() {
        var lines: [PDFLine] = []
        for row in 0..<120 {  // body text in 9.5 pt
            lines.append(PDFLine(text: String(repeating: "字", count: 14), box: BoundingBox(page: 1, x: 30, y: Double(row) * 12, width: 133, height: 11),
                fontSize: 9.5, block: row, leadingSpace: 0))
        }
        for size in 0..<40 {  // forty other sizes, a line each
            lines.append(PDFLine(text: "标题文字", box: BoundingBox(page: 1, x: 300, y: Double(size) * 30, width: 100, height: 20),
                fontSize: 10.5 + Double(size) * 0.7, block: 200 + size, leadingSpace: 0))
        }
        #expect(PDFReader.hasTypeSizes(PDFPage(index: 1, width: 600, height: 1600, lines: lines)))
        // The same lines, each in a size of its own as an OCR layer sizes them, have none.
        for index in lines.indices { lines[index].fontSize = 8 + Double(index) * 0.1 }
        #expect(!PDFReader.hasTypeSizes(PDFPage(index: 1, width: 600, height: 1600, lines: lines)))
    }

    /// A piece of a line as mutool gives it: `size`-point type, its box from `x` on a baseline at y = 100.
    func piece(_ text: String, x: Double, width: Double, size: Double = 10) -> PDFLine {
        PDFLine(
            text: text, box: BoundingBox(page: 1, x: x, y: 100, width: width, height: size * 1.2), fontSize: size, block: 1, leadingSpace: 0
        )
    }

    @Test func wordPiecesOneEmApartAreOneLineWithSpaces() {
        let joined = StextParser.joiningFragments([
            piece("Council", x: 30, width: 35), piece("votes", x: 75, width: 25), piece("today", x: 110, width: 25),
        ])
        #expect(joined.map(\.text) == ["Council votes today"])
        #expect(joined.map(\.box) == [BoundingBox(page: 1, x: 30, y: 100, width: 105, height: 12)])
        #expect(joined.map(\.fontSize) == [10])
    }

    @Test func chinesePiecesJoinWithoutASpace() {
        let joined = StextParser.joiningFragments([piece("本报讯", x: 30, width: 30), piece("记者张三", x: 70, width: 40)])
        #expect(joined.map(\.text) == ["本报讯记者张三"])
    }

    @Test func piecesTenEmApartStayTwoLines() {
        // Two columns' lines on one baseline, 100 points (10 em) of white space between them.
        let joined = StextParser.joiningFragments([piece("left column", x: 30, width: 100), piece("right column", x: 230, width: 100)])
        #expect(joined.map(\.text) == ["left column", "right column"])
    }

    /// A headline set top to bottom comes one character a line, each line's box touching the next (the boxes one em
    /// tall, one em apart, give or take a rounding): one line again, in reading order.
    @Test func charactersSetTouchingTopToBottomAreOneLine() {
        let characters = Array("五年不寻常的进程")
        let lines = characters.enumerated().map { index, character in
            PDFLine(text: String(character), box: BoundingBox(page: 1, x: 736.18, y: 96 + Double(index) * 24.195 + (index % 2 == 0 ? 0.00001 : -0.00001),
                width: 24.195, height: 24.195), fontSize: 24.195, block: index + 1, leadingSpace: 0)
        }
        let joined = StextParser.joiningStackedCharacters(lines, settings: PDFSettings())
        #expect(joined.map(\.text) == ["五年不寻常的进程"])
        #expect(joined.first?.box.height ?? 0 > 24.195 * 7)
        // Lines of one character a line's leading apart (a column of single characters set in lines) stay apart.
        let spaced = lines.enumerated().map { index, line in
            var line = line
            line.box.y = 96 + Double(index) * 24.195 * 1.3
            return line
        }
        #expect(StextParser.joiningStackedCharacters(spaced, settings: PDFSettings()).count == characters.count)
    }

    /// A headline set top to bottom in two columns (`丹麦可恶贼三伸恶` / `手美人鱼又失人头`, the right column read
    /// first) is one line, in that order; a column of another size, or one an em away (the next module's vertical
    /// caption), is a line of its own.
    @Test func aVerticalHeadlineInTwoColumnsIsOneLine() {
        func column(_ text: String, x: Double, size: Double = 24.195, top: Double = 324.75) -> [PDFLine] {
            text.enumerated().map { index, character in
                PDFLine(text: String(character), box: BoundingBox(page: 1, x: x, y: top + Double(index) * size, width: size, height: size),
                    fontSize: size, block: 1, leadingSpace: 0)
            }
        }
        let headline = column("丹麦可恶贼三伸恶", x: 444.22) + column("手美人鱼又失人头", x: 416.4)
        #expect(StextParser.joiningStackedCharacters(headline, settings: PDFSettings()).map(\.text) == ["丹麦可恶贼三伸恶手美人鱼又失人头"])
        let caption = column("图为市民在灯会上观灯", x: 380, size: 10)
        #expect(StextParser.joiningStackedCharacters(headline + caption, settings: PDFSettings()).count == 2)
        let apart = column("丹麦可恶贼三伸恶", x: 444.22) + column("手美人鱼又失人头", x: 392)
        #expect(StextParser.joiningStackedCharacters(apart, settings: PDFSettings()).count == 2)
    }

    /// A credit set top to bottom with spaces between its words (`（通讯员 杜霞艳 摄）`): mutool gives each space as a
    /// short line of its own, and the character after it stands more than an em from the one before the space. The
    /// step is measured from the space: the credit stays one line with its caption, spaces kept.
    @Test func aVerticalCreditWithSpacesIsOneLine() {
        var lines: [PDFLine] = []
        var y = 100.0
        for character in "图为财政工作再创佳绩。（通讯员 杜霞艳 摄）" {
            let space = character == " "
            lines.append(PDFLine(text: String(character), box: BoundingBox(page: 1, x: space ? 34 : 34.2, y: y, width: space ? 10.6 : 9.6, height: space ? 4.8 : 10.6),
                fontSize: 9.6, block: lines.count + 1, leadingSpace: 0))
            y += space ? 3.8 : 9.9
        }
        #expect(StextParser.joiningStackedCharacters(lines, settings: PDFSettings()).map(\.text) == ["图为财政工作再创佳绩。（通讯员 杜霞艳 摄）"])
    }

    @Test func piecesOnAnotherBaselineStayApart() {
        var below = piece("next line", x: 30, width: 60)
        below.box.y += 12
        let joined = StextParser.joiningFragments([piece("one line", x: 30, width: 60), below])
        #expect(joined.map(\.text) == ["one line", "next line"])
    }
}

/// The drawings of a page: rules, frames, tints and pictures from `mutool draw -F trace`.
@Suite struct PageDrawingsTests {
    /// A corpus page (Chromium's PDF, CSS borders as filled rectangles, boxes stroked, photos as grey areas).
    @Test func aCorpusPageHasItsRulesFramesAndPictures() throws {
        let document = try PDFReader.readDocument(path: PDFReaderInternalsTests.typesetPage.path, settings: PDFReader.Settings(drawings: true))
        let page = try #require(document.pages.first)
        let drawings = page.drawings
        // The header's rule across the page, under the paper's name; the footer's; the modules' top rules.
        #expect(drawings.rules.contains { $0.width > page.width * 0.9 && $0.y < page.height * 0.1 })
        #expect(drawings.rules.contains { $0.width > page.width * 0.9 && $0.y > page.height * 0.85 })
        #expect(drawings.rules.filter { $0.width < page.width * 0.9 }.count >= 4)
        #expect(drawings.rules.allSatisfy { $0.height <= 3 && $0.page == 1 })
        #expect(drawings.frames.count == 3)
        #expect(drawings.pictures.count == 4)
        #expect(drawings.tints.isEmpty)
    }

    /// Shapes sorted by what they are: thin is a rule; a stroked rectangle a frame; a light fill a tint, a dark
    /// one or an image a picture; white and specks nothing. Coordinates through the trace's transform.
    @Test func shapesAreSortedByWhatTheyAre() {
        func path(_ element: String, _ attributes: String, _ points: [(Double, Double)]) -> String {
            let moves = points.enumerated().map { $0 == 0 ? "<moveto x=\"\($1.0)\" y=\"\($1.1)\"/>" : "<lineto x=\"\($1.0)\" y=\"\($1.1)\"/>" }
            return "<\(element) \(attributes) transform=\"2 0 0 2 10 0\">\(moves.joined())<closepath/></\(element)>"
        }
        let rectangle = { (x: Double, y: Double, w: Double, h: Double) in [(x, y), (x + w, y), (x + w, y + h), (x, y + h)] }
        let xml = """
            <?xml version="1.0"?><document><page mediabox="0 0 600 800">
            \(path("fill_path", "color=\"0 0 0\"", rectangle(10, 100, 200, 0.5)))
            \(path("fill_path", "color=\"0 0 0\"", rectangle(300, 10, 0.5, 300)))
            \(path("stroke_path", "linewidth=\"1\" color=\"0 0 0\"", rectangle(20, 120, 100, 50)))
            \(path("fill_path", "color=\".9 .9 .85\"", rectangle(20, 200, 100, 50)))
            \(path("fill_path", "color=\"1 1 1\"", rectangle(0, 0, 300, 400)))
            \(path("fill_path", "colorspace=\"DeviceCMYK\" color=\"0 0 0 .6\"", rectangle(150, 200, 40, 40)))
            \(path("fill_path", "color=\"0 0 0\"", rectangle(5, 5, 2, 2)))
            <fill_image transform="120 0 0 80 300 400" width="10" height="10"/>
            </page></document>
            """
        let pages = TraceParser.parse(Data(xml.utf8))
        #expect(pages.count == 1)
        let drawings = pages[0]
        #expect(drawings.rules.count == 2)
        #expect(drawings.rules.contains { $0.x == 30 && $0.y == 200 && $0.width == 400 && $0.height == 1 })
        #expect(drawings.rules.contains { $0.width == 1 && $0.height == 600 })
        #expect(drawings.frames.count == 1 && drawings.frames[0].width == 202 && drawings.frames[0].height == 102)
        #expect(drawings.tints.count == 1 && drawings.tints[0].y == 400)
        #expect(drawings.pictures.count == 2)
        #expect(drawings.pictures.contains { $0.x == 300 && $0.y == 400 && $0.width == 120 && $0.height == 80 })
    }

    /// A photo made of shapes drawn past its frame and clipped at it (a clip path, nested in the page's clip)
    /// shows only inside the frame: the white space beside it, where the next module's text stands, stays white
    /// space. A shape wholly outside the clip, or touching its edge, draws nothing; after `pop_clip` shapes are
    /// whole again.
    @Test func shapesShowOnlyInsideTheirClip() {
        func path(_ element: String, _ attributes: String, _ x: Double, _ y: Double, _ w: Double, _ h: Double) -> String {
            let corners = [(x, y), (x + w, y), (x + w, y + h), (x, y + h)]
            let moves = corners.enumerated().map { $0 == 0 ? "<moveto x=\"\($1.0)\" y=\"\($1.1)\"/>" : "<lineto x=\"\($1.0)\" y=\"\($1.1)\"/>" }
            return "<\(element) \(attributes) transform=\"2 0 0 2 0 0\">\(moves.joined())<closepath/></\(element)>"
        }
        let xml = """
            <?xml version="1.0"?><document><page mediabox="0 0 600 800">
            \(path("clip_path", "winding=\"eofill\"", 0, 0, 300, 400))
            \(path("clip_path", "winding=\"nonzero\"", 20, 100, 100, 80))
            \(path("fill_path", "color=\".5 .5 .5\"", 10, 90, 150, 50))
            \(path("fill_path", "color=\".5 .5 .5\"", 200, 100, 40, 40))
            \(path("fill_path", "color=\".5 .5 .5\"", 120, 100, 10, 40))
            <fill_image transform="400 0 0 100 0 250" width="10" height="10"/>
            <pop_clip/>
            \(path("fill_path", "color=\".5 .5 .5\"", 200, 300, 40, 40))
            </page></document>
            """
        let drawings = TraceParser.parse(Data(xml.utf8))[0]
        #expect(drawings.pictures.count == 3)
        #expect(drawings.pictures.contains { $0.x == 40 && $0.y == 200 && $0.width == 200 && $0.height == 80 })
        #expect(drawings.pictures.contains { $0.x == 40 && $0.y == 250 && $0.width == 200 && $0.height == 100 })
        #expect(drawings.pictures.contains { $0.x == 400 && $0.y == 600 && $0.width == 80 && $0.height == 80 })
        #expect(drawings.rules.isEmpty)  // a shape touching the clip's edge from outside leaves no line along it
    }
}

/// A Chinese page sets its digits and Latin words in a companion Latin font; the line is in the face of its
/// ideographs (a line of many numbers is no heading set apart from the body).
@Suite struct CompanionLatinFontTests {
    static func char(_ c: String, x: Int) -> String {
        ##"<char quad="\##(x) 100 \##(x + 9) 100 \##(x) 109 \##(x + 9) 109" x="\##(x)" y="108" color="#111111" c="\##(c)"/>"##
    }

    @Test func aLineIsInTheFaceOfItsIdeographs() throws {
        let digits = ["1", ".", "1"].enumerated().map { Self.char($1, x: 10 + $0 * 5) } + ["2", "5", "0", "0"].enumerated().map { Self.char($1, x: 60 + $0 * 5) }
        let xml = """
            <document><page id="page1" width="595" height="842"><block bbox="10 100 200 110"><line bbox="10 100 200 110" wmode="0" dir="1 0">\
            <font name="DejaVuSans" size="9">\(digits[0...2].joined())</font>\
            <font name="ABCDEF+FZShuSong-Z01" size="9">\(["万", "吨", "，", "创", "汇"].enumerated().map { Self.char($1, x: 26 + $0 * 9) }.joined())</font>\
            <font name="DejaVuSans" size="9">\(digits[3...].joined())</font>\
            <font name="ABCDEF+FZShuSong-Z01" size="9">\(Self.char("万", x: 85))</font>\
            </line></block></page></document>
            """
        let page = try #require(StextParser.parse(Data(xml.utf8))?.first)
        #expect(page.lines.map(\.text) == ["1.1万吨，创汇2500万"])
        #expect(page.lines.first?.face?.font == "FZShuSong-Z01")
    }

    @Test func aLineOfDigitsOnlyIsInTheirFace() throws {
        let xml = """
            <document><page id="page1" width="595" height="842"><block bbox="10 100 200 110"><line bbox="10 100 40 110" wmode="0" dir="1 0">\
            <font name="DejaVuSans" size="9">\(["2", "0", "2", "6"].enumerated().map { Self.char($1, x: 10 + $0 * 5) }.joined())</font>\
            </line></block></page></document>
            """
        let page = try #require(StextParser.parse(Data(xml.utf8))?.first)
        #expect(page.lines.first?.face?.font == "DejaVuSans")
    }
}
