import Banmian
import BanmianPDF
import Foundation
import Testing

/// The PDF reader on a corpus page (mutool, from mupdf-tools, installed by scripts/setup.sh).
@Suite struct PDFReaderTests {
    static let page = Fixtures.packageRoot.appendingPathComponent("Benchmarks/Corpus/pages/issue01-p2.pdf").path

    @Test func readsLinesWithBoxesAndSizes() throws {
        let pages = try PDFReader.read(path: Self.page)
        #expect(!pages.isEmpty)
        let lines = try #require(pages.first?.lines)
        #expect(lines.count > 100)
        #expect(lines.allSatisfy { $0.fontSize > 0 && $0.box.width > 0 && $0.box.origin == .topLeft })
        let sizes = Set(lines.map(\.fontSize))
        #expect(sizes.count > 2, "headline, body and credit sizes differ")
    }

    @Test func typeSizeFindsTheHeadlines() throws {
        let page = try #require(try PDFReader.read(path: Self.page).first)
        let result = Pipeline().extract(lines: PDFReader.textLines(page), source: PageSource(name: "issue01-p2.pdf", data: Data()))
        let gold = try GoldHeadlines.load(Self.page.replacingOccurrences(of: ".pdf", with: ".json"))
        let found = Set(result.articles.compactMap(\.headline))
        #expect(gold.filter(found.contains).count * 2 >= gold.count, "most headlines: \(found) of \(gold)")
    }

    @Test func selectedPagesKeepTheirNumbers() throws {
        let pages = try PDFReader.read(path: Self.page, pages: 2...2)
        #expect(pages.map(\.index) == [2])
        #expect(pages.first?.lines.allSatisfy { $0.box.page == 2 } == true)
    }

    @Test func notAPDFIsAClearError() throws {
        let fake = FileManager.default.temporaryDirectory.appendingPathComponent("fake-\(UUID().uuidString).pdf")
        try Data("hello".utf8).write(to: fake)
        #expect {
            try PDFReader.read(path: fake.path)
        } throws: { error in
            guard let error = error as? BanmianError else { return false }
            return error.kind == .notPDF && error.description.hasPrefix(fake.path)
        }
    }

    @Test func truncatedPDFIsReportedOrReadInPart() throws {
        let data = try Data(contentsOf: URL(fileURLWithPath: Self.page))
        let cut = FileManager.default.temporaryDirectory.appendingPathComponent("cut-\(UUID().uuidString).pdf")
        try data.prefix(data.count / 3).write(to: cut)
        do {
            _ = try PDFReader.read(path: cut.path)  // mutool may repair enough to read something
        } catch {
            #expect([.damaged, .imageOnly].contains(error.kind), "\(error)")
            #expect(error.description.hasPrefix(cut.path))
        }
    }
}

/// The headlines of a corpus page's gold JSON.
enum GoldHeadlines {
    static func load(_ path: String) throws -> [String] {
        let object = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: path))) as? [String: Any]
        return (object?["articles"] as? [[String: Any]] ?? []).compactMap { $0["headline"] as? String }
    }
}
