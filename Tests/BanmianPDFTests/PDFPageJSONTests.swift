import Banmian
import BanmianPDF
import BanmianTestHelpers
import Foundation
import Testing

/// The page JSON of a PDF page: valid against the project's schema, with the page's size and a box for every
/// article, section and paragraph, all within the page.
@Suite struct PDFPageJSONTests {
    static let page = Fixtures.packageRoot.appendingPathComponent("Benchmarks/Corpus/pages/issue02-p1.pdf").path

    /// The page JSON of the corpus page, written to a file and decoded.
    func document() throws -> (url: URL, page: [String: Any], pdf: PDFPage) {
        let pdf = try #require(try PDFReader.read(path: Self.page).first)
        let result = Pipeline().extract(pdf, source: PageSource(name: "issue02-p1.pdf", data: Data()))
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("banmian-pdf-page-\(UUID().uuidString).json")
        try PageDocument(results: [result]).encoded().write(to: url)
        let object = try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any]
        let page = try #require((object?["pages"] as? [[String: Any]])?.first)
        return (url, page, pdf)
    }

    /// A JSON number as decoded (a whole number may come as an integer).
    func number(_ value: Any?) -> Double? {
        switch value {
        case let value as Int: Double(value)
        case let value as Double: value
        case let value as NSNumber: value.doubleValue
        default: nil
        }
    }

    @Test func validatesAgainstTheSchema() throws {
        let (url, _, _) = try document()
        defer { try? FileManager.default.removeItem(at: url) }
        try PageSchema.expectValid(url)
    }

    @Test func everyArticleSectionAndParagraphHasABoxWithinThePage() throws {
        let (url, page, pdf) = try document()
        defer { try? FileManager.default.removeItem(at: url) }
        let width = try #require(number(page["width"]))
        let height = try #require(number(page["height"]))
        #expect(width == pdf.width && height == pdf.height)

        let articles = try #require(page["articles"] as? [[String: Any]])
        #expect(articles.count > 1)
        var boxes: [(what: String, box: [String: Any])] = []
        for article in articles {
            let id = article["id"] as? String ?? "?"
            let box = article["box"] as? [String: Any]
            let zones = article["zones"] as? [[String: Any]] ?? []
            #expect(box != nil, "\(id) has a box")
            #expect(!zones.isEmpty, "\(id) has zones")
            boxes += (box.map { [("\(id) box", $0)] } ?? []) + zones.map { ("\(id) zone", $0) }
            for (index, section) in (article["sections"] as? [[String: Any]] ?? []).enumerated() {
                let paragraphs = section["paragraphs"] as? [String] ?? []
                let paragraphBoxes = section["paragraphBoxes"] as? [[String: Any]]
                #expect(paragraphBoxes?.count == paragraphs.count, "\(id) section \(index): one box per paragraph")
                boxes += (section["box"] as? [String: Any]).map { [("\(id) section \(index)", $0)] } ?? []
                boxes += (paragraphBoxes ?? []).map { ("\(id) section \(index) paragraph", $0) }
            }
        }
        #expect(boxes.count > articles.count * 3)
        for (what, box) in boxes {
            let x = number(box["x"]) ?? -1
            let y = number(box["y"]) ?? -1
            let w = number(box["width"]) ?? -1
            let h = number(box["height"]) ?? -1
            #expect(box["page"] as? Int == 1 && box["origin"] as? String == "topLeft", "\(what): \(box)")
            // Boxes are rounded to a hundredth of a point.
            #expect(
                x >= 0 && y >= 0 && w >= 0 && h >= 0 && x + w <= width + 0.01 && y + h <= height + 0.01,
                "\(what) lies within the page: \(box)")
        }
    }
}
