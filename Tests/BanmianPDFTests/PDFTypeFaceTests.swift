import Banmian
import BanmianPDF
import BanmianTestHelpers
import Foundation
import Testing

/// Type faces as the PDF reader gives them: a subhead at body size is told by its face on a real page (the
/// rules themselves are tested on synthetic lines in `TypeFaceTests` of the core).
@Suite struct PDFTypeFaceTests {
    /// A corpus page whose subheads are set at body size in a gothic face over a Ming body: read from its PDF.
    @Test func aPDFsSubheadsAreToldByTheirFace() throws {
        let path = Fixtures.packageRoot.appendingPathComponent("Benchmarks/Corpus/varied/issue06-p1.pdf").path
        let page = try #require(try PDFReader.read(path: path).first)
        let subhead = try #require(page.lines.first { $0.text == "群众得到真实惠" })
        let body = try #require(page.lines.first { $0.text.hasPrefix("无疑是一场及时雨") })
        #expect(subhead.fontSize == body.fontSize)
        #expect(subhead.face?.font != body.face?.font)
        let result = Pipeline().extract(
            lines: PDFReader.textLines(page), source: PageSource(name: "issue06-p1.pdf", data: Data()), size: PageSize(width: page.width, height: page.height))
        let headings = result.articles.flatMap { $0.sections.compactMap(\.heading) }
        #expect(headings.contains("群众得到真实惠") && headings.contains("质量效益同步提高"))
        #expect(!result.articles.compactMap(\.headline).contains("群众得到真实惠"))
    }
}
