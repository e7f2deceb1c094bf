import Banmian
import BanmianPDF
import Foundation
import Testing

/// The real 1862 page (a scan with an OCR text layer, seven columns): read column by column, into articles.
@Suite struct ScannedPageTests {
    static let page = PDFReaderInternalsTests.ocrPage

    func arranged() throws -> [TextLine]? {
        guard FileManager.default.fileExists(atPath: Self.page.path) else {
            Issue.record("\(Self.page.path) is missing: the shared folder must sit beside the repository (../shared)")
            return nil
        }
        let page = try #require(try PDFReader.read(path: Self.page.path).first)
        let order = ReadingOrder()
        return order.arrange(order.partingFinePrint(PDFReader.textLines(page)).text, pageHeight: page.height)
    }

    /// Below the masthead, the body lines (30 characters or more) go through the page's six columns (its
    /// column rules stand near x = 287, 554, 821, 1088 and 1354 pt) left to right: going back to a column
    /// further left happens only a few times (OCR boxes straddling a rule), where reading rows across the page
    /// goes back hundreds of times.
    @Test func columnsAreReadOneAfterTheOther() throws {
        guard let lines = try arranged() else { return }
        let body = lines.filter { !$0.isBlank && $0.text.count >= 30 && $0.box!.y > 300 }
        let rules = [287.0, 554, 821, 1088, 1354]
        let columns = body.map { line in rules.filter { $0 < line.box!.x + line.box!.width / 2 }.count }
        let backwards = zip(columns, columns.dropFirst()).filter { $1 < $0 }.count
        #expect(body.count > 800)
        #expect(Set(columns).count == 6)
        #expect(backwards <= 12, "went back to an earlier column \(backwards) times")
    }

    @Test func givesArticlesAndLosesNoText() throws {
        guard FileManager.default.fileExists(atPath: Self.page.path) else { return }
        let page = try #require(try PDFReader.read(path: Self.page.path).first)
        let result = Pipeline().extract(page, source: PageSource(name: "evening-star.pdf", data: Data()))
        #expect(result.articles.count >= 20)
        #expect(result.articles.allSatisfy { !$0.zones.isEmpty })
        // Every line's letters are in an article or in the unassigned text.
        let output = (result.articles.flatMap { [$0.kicker, $0.headline, $0.subtitle].compactMap { $0 } + $0.paragraphs + $0.captions }
            + result.unassigned.map(\.text) + result.articles.flatMap { $0.bylines.flatMap(\.names) }).joined()
        let letters = { (text: String) in text.filter(\.isLetter).count }
        #expect(letters(output) * 100 >= letters(page.lines.map(\.text).joined()) * 97)
    }
}
