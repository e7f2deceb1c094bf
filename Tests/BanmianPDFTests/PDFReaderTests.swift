import Banmian
import BanmianPDF
import BanmianTestHelpers
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
        defer { try? FileManager.default.removeItem(at: fake) }
        #expect {
            try PDFReader.read(path: fake.path)
        } throws: { error in
            guard let error = error as? BanmianError else { return false }
            return error.kind == .notPDF && error.description.hasPrefix(fake.path)
        }
    }

    @Test func encryptedPDFIsAClearError() throws {
        let locked = FileManager.default.temporaryDirectory.appendingPathComponent("locked-\(UUID().uuidString).pdf")
        defer { try? FileManager.default.removeItem(at: locked) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["mutool", "clean", "-E", "aes-256", "-U", "secret", "-O", "owner", Self.page, locked.path]
        try process.run()
        process.waitUntilExit()
        #expect {
            try PDFReader.read(path: locked.path)
        } throws: { error in
            guard let error = error as? BanmianError else { return false }
            return error.kind == .encrypted && error.description.hasPrefix(locked.path) && error.description.contains("mutool clean -p")
        }
    }

    /// A scan without a text layer: one page holding only a drawing (a filled rectangle), no text.
    @Test func pageWithoutTextIsImageOnlyAndPointsToOCR() throws {
        let drawing = "0.5 g 50 50 200 300 re f"
        let objects = [
            "<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 300 400] /Contents 4 0 R >>",
            "<< /Length \(drawing.utf8.count) >>\nstream\n\(drawing)\nendstream",
        ]
        var pdf = "%PDF-1.4\n"
        var offsets: [Int] = []
        for (index, object) in objects.enumerated() {
            offsets.append(pdf.utf8.count)
            pdf += "\(index + 1) 0 obj\n\(object)\nendobj\n"
        }
        let xref = pdf.utf8.count
        pdf += "xref\n0 \(objects.count + 1)\n0000000000 65535 f \n" + offsets.map { String(format: "%010d 00000 n \n", $0) }.joined()
        pdf += "trailer\n<< /Size \(objects.count + 1) /Root 1 0 R >>\nstartxref\n\(xref)\n%%EOF\n"
        let scan = FileManager.default.temporaryDirectory.appendingPathComponent("scan-\(UUID().uuidString).pdf")
        defer { try? FileManager.default.removeItem(at: scan) }
        try Data(pdf.utf8).write(to: scan)
        #expect {
            try PDFReader.read(path: scan.path)
        } throws: { error in
            guard let error = error as? BanmianError else { return false }
            return error.kind == .imageOnly && error.description.contains("--ocr")
        }
    }

    /// In a PDF whose other pages have text, a page without any is reported on that page, with what to do.
    @Test func pageWithoutTextAmongOthersGetsAWarning() {
        let page = PDFPage(index: 3, width: 595, height: 842, lines: [])
        let result = Pipeline().extract(page, source: PageSource(name: "issue.pdf#3", data: Data()))
        let warning = result.diagnostics.first { $0.code == .noTextLayer }
        #expect(warning?.severity == .warning)
        #expect(warning?.message.contains("page 3") == true && warning?.message.contains("--ocr") == true)
        #expect(result.articles.isEmpty)
    }

    @Test func truncatedPDFIsReportedOrReadInPart() throws {
        let data = try Data(contentsOf: URL(fileURLWithPath: Self.page))
        let cut = FileManager.default.temporaryDirectory.appendingPathComponent("cut-\(UUID().uuidString).pdf")
        try data.prefix(data.count / 3).write(to: cut)
        defer { try? FileManager.default.removeItem(at: cut) }
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
