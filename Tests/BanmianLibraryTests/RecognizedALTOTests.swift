import Banmian
import Foundation
import Testing

@testable import BanmianLibrary

/// ALTO as an OCR engine writes it (Tesseract: one `String` per character or two of Chinese, an `SP` between
/// every two, rough boxes, confidences; lines run on across narrow gutters; a skewed scan): the lines as printed.
@Suite struct RecognizedALTOTests {
    /// One line of words laid left to right from `x` at `y`, each character `em` pixels wide, with the given
    /// gaps before each word (in pixels) and an `SP` between every two, as Tesseract writes them.
    static func line(_ words: [(text: String, gap: Double)], x: Double = 100, y: Double = 100, em: Double = 25, slope: Double = 0) -> String {
        var position = x
        var strings: [String] = []
        for (index, word) in words.enumerated() {
            position += word.gap
            let width = Double(word.text.count) * em
            let top = y + (position - x) * slope
            strings.append(
                "<String HPOS=\"\(Int(position))\" VPOS=\"\(Int(top))\" WIDTH=\"\(Int(width))\" HEIGHT=\"\(Int(em))\" WC=\"0.95\" CONTENT=\"\(word.text.replacingOccurrences(of: "\"", with: "&quot;"))\"/>"
                    + (index < words.count - 1 ? "<SP/>" : ""))
            position += width
        }
        return "<TextLine>" + strings.joined() + "</TextLine>"
    }

    static func page(_ lines: [String], extra: String = "", width: Int = 3000, height: Int = 4000) -> String {
        """
        <alto xmlns="http://www.loc.gov/standards/alto/ns-v3#"><Description><MeasurementUnit>pixel</MeasurementUnit></Description>
        <Layout><Page WIDTH="\(width)" HEIGHT="\(height)"><PrintSpace>\(extra)<TextBlock>\(lines.joined())</TextBlock></PrintSpace></Page></Layout></alto>
        """
    }

    static func read(_ text: String) throws -> ALTOPage { try #require(try ALTOReader.parse(Data(text.utf8), source: "ocr.xml").first) }

    static func characters(_ text: String, gap: Double = 2) -> [(text: String, gap: Double)] { text.map { (String($0), gap) } }

    @Test func spacesBetweenChineseCharactersAreWhereTheGapIs() throws {
        // Solid-set body text: gaps of up to half a height; a byline's names a space apart (0.8 of a height).
        let body = Self.line(Self.characters("价值观的本质内容") + [("，", 12), ("一种", 3)])
        let byline = Self.line(Self.characters("□本报记者") + [("许", 20), ("志", 1), ("雪", 2), ("黎", 21), ("磊", 3), ("峰", 0)], y: 200)
        let page = try Self.read(Self.page([body, byline]))
        #expect(page.lines.map(\.text) == ["价值观的本质内容，一种", "□本报记者 许志雪 黎磊峰"])
    }

    @Test func aLineRunOnAcrossAGutterIsCutThere() throws {
        let line = Self.line(Self.characters("1998年1月1日") + [("第", 400)] + Self.characters("2版"))
        let page = try Self.read(Self.page([line]))
        #expect(page.lines.map(\.text) == ["1998年1月1日", "第2版"])
        let boxes = page.lines.compactMap(\.box)
        #expect(boxes.count == 2 && boxes[0].maxX < boxes[1].x)
    }

    @Test func misreadingsArePutRight() throws {
        let gap = Self.line(Self.characters("恪守中美三") + [("”研究", 4), ("基金", 0)])
        let opener = Self.line([("口", 0), ("本报记者", 13), ("张三", 20)], y: 200)
        let dash = Self.line([("一", 0), ("一", 2), ("马利", 2)], y: 300)
        let stroke = Self.line([("一", 0), ("吴子长", 2)], y: 600)
        let ordinal = Self.line([("一", 0), ("等奖", 2)], y: 700)
        let outline = Self.line([("o", 0), ("记者", 13), ("许琳怡", 20)], y: 800)
        let frame = Self.line([("|", 0)], y: 400)
        let words = Self.line(Self.characters("口岸") + Self.characters("一一对应的"), y: 500)
        let page = try Self.read(Self.page([gap, opener, dash, frame, words, stroke, ordinal, outline]))
        // The adverb `一一` is read as the dash the model takes for it on every page (the price of the dashes).
        #expect(page.lines.map(\.text) == ["恪守中美三研究基金", "□本报记者 张三", "——马利", "口岸——对应的", "——吴子长", "一等奖", "□记者 许琳怡"])
    }

    @Test func straightQuotationMarksOfChineseTextAreCurledAsPrinted() throws {
        // The Chinese model reads “ and ” as "; a quotation may run on over a line end; Latin text keeps its own.
        let lines = [
            Self.line(Self.characters("他说：\"我们\"、\"社会主义\"的\"新"), y: 100),
            Self.line(Self.characters("时代\"。\"走出去\"战略"), y: 140),
            Self.line([("He", 0), ("said", 10), ("\"yes\"", 10)], y: 180),
        ]
        let page = try Self.read(Self.page(lines))
        #expect(page.lines.map(\.text) == ["他说：“我们”、“社会主义”的“新", "时代”。“走出去”战略", "He said \"yes\""])
        // What was recognized (and is scored against the text layer) is the repaired text.
        #expect(page.recognizedWords.map(\.text).joined().hasPrefix("他说：“我们”"))
    }

    @Test func charactersTheModelMisreadsAreReadFromTheirNeighbours() throws {
        // Numbers are read as Tesseract gives them, a word each.
        let lines = [
            Self.line(Self.characters("资源之本一一人，面而来一一一家"), y: 100),
            Self.line([("6", 0), ("月", 2), ("一", 2), ("12", 2)] + Self.characters("月，") + [("4", 2), ("一", 2), ("5", 2)] + Self.characters("级，统一认识"), y: 140),
            Self.line(Self.characters("哈桑.二世，") + [("3.5", 2)] + Self.characters("米，数干万元，每干瓦时，若干问题，一干二净，一干二百"), y: 180),
            Self.line([("1工5", 0)] + Self.characters("，7月工日，月工工日，职工") + [("141", 2)] + Self.characters("人，工人"), y: 220),
        ]
        let page = try Self.read(Self.page(lines))
        #expect(
            page.lines.map(\.text) == [
                "资源之本——人，面而来——一家", "6月—12月，4—5级，统一认识", "哈桑·二世，3.5米，数千万元，每千瓦时，若干问题，一干二净，一千二百",
                "115，7月1日，月11日，职工141人，工人",
            ])
    }

    @Test func aSkewedScanIsTurnedBack() throws {
        // Ten lines of one column, each falling 1 px in 100 (0.57°): their left edges drift and their boxes grow.
        let lines = (0..<10).map { row in
            Self.line(Self.characters("价值是一定客体的性质功能和发展"), x: 100 + Double(row) * -0.4, y: 100 + Double(row) * 40, slope: 0.01)
        }
        let rule = "<GraphicalElement HPOS=\"90\" VPOS=\"80\" WIDTH=\"14\" HEIGHT=\"1000\"/><Illustration HPOS=\"600\" VPOS=\"80\" WIDTH=\"500\" HEIGHT=\"300\"/>"
        let page = try Self.read(Self.page(lines, extra: rule))
        let boxes = page.lines.compactMap(\.box)
        #expect(boxes.count == 10)
        // Straight again: each line as high as its characters (25 px = 6 pt), the column's left edge one edge.
        for box in boxes { #expect(abs(box.height - 6) < 0.6, "\(box)") }
        let lefts = boxes.map(\.x)
        #expect((lefts.max() ?? 0) - (lefts.min() ?? 0) < 1)
        // The rule slanted across 10 px of its 1000 is a rule; the picture a picture.
        #expect(page.drawings.rules.count == 1 && page.drawings.pictures.count == 1)
        #expect((page.drawings.rules.first?.width ?? 99) <= 3)
        #expect(page.measuredSizes.values.allSatisfy { abs($0 - 6) < 0.6 })
    }

    /// Tesseract's box of a Latin word is as high as its tallest and lowest letters: in one column of body type
    /// `the` measures 20 px, `milking,` 26, `one` 14. Measured by its letters, every body line is one size, and a
    /// headline's larger.
    @Test func latinLinesOfOneSizeMeasureOneSizeWhateverTheirLetters() throws {
        func height(_ word: String) -> Int {
            let rises = word.contains { $0.isUppercase || $0.isNumber || "bdfhijkl".contains($0) }
            let falls = word.contains { "gjpqy,".contains($0) }
            return (rises ? 20 : 14) + (falls ? 6 : 0)
        }
        func line(_ text: String, y: Int, scale: Double = 1) -> String {
            var x = 100
            let words = text.split(separator: " ").map { word in
                defer { x += word.count * 12 + 10 }
                return "<String HPOS=\"\(x)\" VPOS=\"\(y)\" WIDTH=\"\(word.count * 12)\" HEIGHT=\"\(Int(Double(height(String(word))) * scale))\" WC=\"0.93\" CONTENT=\"\(word)\"/>"
            }
            return "<TextLine>" + words.joined(separator: "<SP/>") + "</TextLine>"
        }
        let body = [
            "already humming. But", "there are no people in the", "milking parlor. Instead,", "one at a time into a pair of",
            "morning and late evening", "the cows often produce", "can be milked when they", "or four times a day.",
        ]
        let lines = [line("Dairy Farmers Turn to Robots", y: 60, scale: 2)] + body.enumerated().map { line($1, y: 140 + 40 * $0) }
        let page = try Self.read(Self.page(lines))
        let sizes = page.lines.map { page.measuredSizes[$0.number] ?? 0 }
        let bodySizes = sizes.dropFirst()
        #expect((bodySizes.max() ?? 0) <= (bodySizes.min() ?? 0) * TypeSizes.bodyRatio, "\(sizes)")
        #expect(sizes[0] > (bodySizes.max() ?? 0) * 1.5, "\(sizes)")
        #expect(ALTOReader.ascenderHeight(of: "one", boxHeight: 14) == nil)
        #expect(ALTOReader.ascenderHeight(of: "milking,", boxHeight: 26) == 26 * ALTOReader.descenderShare)
        #expect(ALTOReader.ascenderHeight(of: "新华社", boxHeight: 30) == 30)
    }

    @Test func measuredSizesClusterAroundTheBody() {
        let sizes = [6.2, 6.4, 6.5, 6.3, 5.6, 5.7, 7.4, 11.0, 11.3, 13.4]
        let weights = [20, 20, 20, 20, 15, 15, 4, 5, 8, 3]
        let clustered = TypeSizes.clustered(sizes, weights: weights)
        #expect(Set(clustered[0...3]).count == 1, "the body is one size")
        #expect(clustered[4] == clustered[5] && clustered[4] < clustered[0], "captions one size, smaller")
        #expect(clustered[6] > clustered[0] && clustered[7] == clustered[8] && clustered[9] > clustered[8])
    }
}
