import Banmian
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

    @Test func piecesOnAnotherBaselineStayApart() {
        var below = piece("next line", x: 30, width: 60)
        below.box.y += 12
        let joined = StextParser.joiningFragments([piece("one line", x: 30, width: 60), below])
        #expect(joined.map(\.text) == ["one line", "next line"])
    }
}
