import Testing

@testable import Banmian

/// Lines outside the page's box, as a damaged PDF's media box leaves them (found by fuzzing damaged PDFs,
/// `DamagedPDFTests` of the PDF reader): placed on the page by `Pipeline.placingOnPage`.
@Suite struct OffPageTextTests {
    /// Lines outside the page: a few are set apart as off-page text; most of the text outside means the box is
    /// wrong and the page is read as large as its text.
    @Test func textOutsideThePage() {
        let line = { (number: Int, y: Double) in
            TextLine(number: number, text: "本报讯 测试文字\(number)。", indent: 0, width: 20, box: BoundingBox(page: 1, x: 20, y: y, width: 100, height: 10))
        }
        let size = PageSize(width: 400, height: 600)
        let few = Pipeline.placingOnPage((1...20).map { line($0, Double($0) * 20) } + [line(21, 700)], size: size, source: "p.pdf")
        #expect(few.onPage.count == 20 && few.offPage.map(\.number) == [21] && few.size == size)
        #expect(few.diagnostics.map(\.code) == [.offPage])
        let many = Pipeline.placingOnPage((1...20).map { line($0, Double($0) * 40 - 100) }, size: size, source: "p.pdf")
        #expect(many.offPage.isEmpty && many.onPage.count == 20)
        #expect(many.size.height == 710 + 60)
        #expect(many.onPage.compactMap(\.box).map(\.y).min() == 0)
        #expect(many.diagnostics.map(\.code) == [.mediaBoxTooSmall])
    }
}
