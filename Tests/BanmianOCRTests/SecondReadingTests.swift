import BanmianPDF
import Foundation
import Testing

@testable import BanmianOCR

/// Ink Tesseract's page analysis left unread: found where the ALTO covers nothing, in the shape of a line of
/// large type, and what is read there put into the page's ALTO in the page's pixels.
@Suite struct SecondReadingTests {
    /// A white page at 300 dpi with "characters" (`口`: a square frame with strokes an eighth of its size, `size`
    /// pixels, an eighth of a character apart) in a row from `x`, `y`.
    static func page(width: Int = 1200, height: Int = 900, rows: [(x: Int, y: Int, size: Int, count: Int)], solid: [PixelBox] = [])
        -> GreyPicture
    {
        var pixels = [UInt8](repeating: 250, count: width * height)
        for box in solid { for y in box.y..<box.maxY { for x in box.x..<box.maxX { pixels[y * width + x] = 30 } } }
        for row in rows {
            for character in 0..<row.count {
                let left = row.x + character * (row.size + row.size / 8)
                for y in row.y..<(row.y + row.size) {
                    for x in left..<(left + row.size) where x < width && y < height {
                        let stroke = max(1, row.size / 8)
                        let inStroke =
                            x - left < stroke || left + row.size - x <= stroke || y - row.y < stroke || row.y + row.size - y <= stroke
                        pixels[y * width + x] = inStroke ? 20 : 250
                    }
                }
            }
        }
        return GreyPicture(width: width, height: height, pixels: pixels)
    }

    @Test func aLineOfLargeTypeNothingCoversIsFound() {
        // Body lines of 40-pixel characters, all read; a headline of 110-pixel characters nobody read; a
        // speck; a solid dark block (a picture).
        let body = (0..<4).map { (x: 100, y: 500 + $0 * 50, size: 40, count: 20) }
        let picture = Self.page(
            rows: body + [(x: 100, y: 200, size: 110, count: 7), (x: 1100, y: 100, size: 12, count: 1)],
            solid: [PixelBox(x: 1000, y: 700, width: 180, height: 160)])
        var covered = SecondReading.Covered()
        for line in body {
            covered.boxes.append(PixelBox(x: line.x, y: line.y, width: line.count * 45, height: line.size))
            covered.lines.append(SecondReading.Covered.Line(id: "", box: PixelBox(x: line.x, y: line.y - 3, width: line.count * 45, height: line.size + 6), confidence: 0.9, characters: line.count))
        }
        let regions = SecondReading.regions(in: picture, covered: covered, pixelsPerInch: 300)
        #expect(regions.count == 1)
        let region = regions.first ?? PixelBox(x: 0, y: 0, width: 0, height: 0)
        #expect(abs(region.x - 100) <= 8 && abs(region.y - 200) <= 8 && abs(region.height - 110) <= 12 && region.width > 800)
        // Once read (covered), nothing is left to find.
        covered.boxes.append(region)
        #expect(SecondReading.regions(in: picture, covered: covered, pixelsPerInch: 300).isEmpty)
    }

    @Test func whatIsReadIsMovedOntoThePage() throws {
        let crop = """
            <alto><Layout><Page ID="page_0" WIDTH="900" HEIGHT="130"><PrintSpace>
            <TextBlock ID="block_0" HPOS="10" VPOS="12" WIDTH="860" HEIGHT="100"><TextLine ID="line_0" HPOS="10" VPOS="12" WIDTH="860" HEIGHT="100">
            <String ID="string_0" HPOS="10" VPOS="12" WIDTH="200" HEIGHT="100" WC="0.93" CONTENT="欧洲"/><SP/>
            <String ID="string_1" HPOS="230" VPOS="14" WIDTH="100" HEIGHT="98" WC="0.88" CONTENT="继续"/>
            </TextLine></TextBlock></PrintSpace></Page></Layout></alto>
            """
        let blocks = SecondReading.segments("TextBlock", in: crop).map {
            SecondReading.moved($0, by: (x: 1000, y: 2000), prefix: "reread0_")
        }
        #expect(blocks.count == 1)
        let block = blocks.first ?? ""
        #expect(block.hasPrefix("<TextBlock ID=\"reread0_block_0\" HPOS=\"1010\" VPOS=\"2012\""))
        #expect(block.contains("ID=\"reread0_string_1\" HPOS=\"1230\" VPOS=\"2014\" WIDTH=\"100\""))
        #expect(block.contains("CONTENT=\"继续\"") && block.hasSuffix("</TextBlock>"))
        // A line of the page is found by its ID, to be replaced by its second reading.
        let page =
            "<TextBlock><TextLine ID=\"line_3\" HPOS=\"1\"><String CONTENT=\"李疯清\"/></TextLine><TextLine ID=\"line_4\"></TextLine></TextBlock>"
        let range = try #require(SecondReading.segmentRange(ofLine: "line_3", in: page))
        #expect(page[range] == "<TextLine ID=\"line_3\" HPOS=\"1\"><String CONTENT=\"李疯清\"/></TextLine>")
        #expect(SecondReading.segmentRange(ofLine: "line_9", in: page) == nil)
    }

    @Test func coveredBoxesAndLineHeightsAreTheALTOs() {
        let alto = """
            <alto xmlns="http://www.loc.gov/standards/alto/ns-v3#"><Layout><Page WIDTH="900" HEIGHT="900"><PrintSpace>
            <Illustration HPOS="500" VPOS="500" WIDTH="300" HEIGHT="200"/><GraphicalElement HPOS="10" VPOS="480" WIDTH="800" HEIGHT="3"/>
            <TextBlock HPOS="0" VPOS="0" WIDTH="900" HEIGHT="400"><TextLine HPOS="10" VPOS="10" WIDTH="400" HEIGHT="44">
            <String HPOS="10" VPOS="12" WIDTH="40" HEIGHT="40" WC="0.9" CONTENT="价"/></TextLine></TextBlock></PrintSpace></Page></Layout></alto>
            """
        let covered = SecondReading.covered(Data(alto.utf8))
        // Boxes off the picture or beyond any picture's size are left out, not a crash.
        let odd = alto.replacingOccurrences(of: "<Illustration HPOS=\"500\"", with: "<Illustration HPOS=\"1e300\"")
            .replacingOccurrences(of: "<GraphicalElement HPOS=\"10\"", with: "<GraphicalElement HPOS=\"5000\"")
        let oddCovered = SecondReading.covered(Data(odd.utf8))
        #expect(oddCovered.boxes.count == 3)
        #expect(SecondReading.regions(in: Self.page(rows: []), covered: oddCovered, pixelsPerInch: 300).isEmpty)
        // The block's box is no ink read: only words, lines, pictures and rules cover.
        #expect(covered.boxes.count == 4 && !covered.boxes.contains(PixelBox(x: 0, y: 0, width: 900, height: 400)))
        #expect(covered.lines.map(\.box.height) == [44] && covered.bodyLineHeight(pixelsPerInch: 300) == 44)
        #expect(
            covered.lines == [
                SecondReading.Covered.Line(id: "", box: PixelBox(x: 10, y: 10, width: 400, height: 44), confidence: 0.9, characters: 1)
            ])
    }

    @Test func aCropIsABinaryPGMWithWhatWasReadWhitened() throws {
        let picture = Self.page(width: 100, height: 60, rows: [(x: 0, y: 0, size: 50, count: 2)])
        let pgm = picture.pgm(of: PixelBox(x: 10, y: 5, width: 40, height: 30), blanking: [PixelBox(x: 10, y: 5, width: 40, height: 10)])
        let crop = try #require(GreyPicture(pgm: pgm))
        #expect(crop.width == 40 && crop.height == 30)
        #expect(crop[0, 0] == 255 && crop[0, 9] == 255)  // whitened
        #expect(crop[0, 15] == picture[10, 20])
        #expect(GreyPicture(pgm: Data("P5\n40 30\n255\n".utf8) + Data(count: 10)) == nil)  // cut short
        #expect(GreyPicture(pgm: Data("P6\n1 1\n255\n\u{0}\u{0}\u{0}".utf8)) == nil)
    }
}
