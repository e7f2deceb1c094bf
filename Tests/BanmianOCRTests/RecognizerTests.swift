import Banmian
import BanmianLibrary
import BanmianPDF
import BanmianTestHelpers
import BanmianTesting
import Foundation
import Testing

@testable import BanmianOCR

/// Tesseract on pictures of a corpus page (a few pages only: seconds each). The page is drawn from its PDF, so
/// its text is known: what OCR gives must hold it.
@Suite(.serialized) struct RecognizerTests {
    static let pdf = Fixtures.packageRoot.appendingPathComponent("Benchmarks/Corpus/pages/issue02-p1.pdf")
    static let gold = Fixtures.packageRoot.appendingPathComponent("Benchmarks/Corpus/pages/issue02-p1.json")

    /// The page drawn at `dpi` into a temporary folder: `page.png` (and `page.jpg` when asked).
    static func drawn(dpi: Int = 300, jpeg: Bool = false) throws -> (folder: URL, png: String, jpg: String) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("banmian-ocr-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let base = folder.appendingPathComponent("page").path
        let drawn = try ExternalTool.pdftoppm.run(["-r", String(dpi), "-gray", "-png", "-singlefile", pdf.path, base], source: pdf.path)
        try #require(drawn.status == 0, "pdftoppm: \(drawn.errors)")
        if jpeg {
            let converted = try ExternalTool.convert.run([base + ".png", "-quality", "85", base + ".jpg"], source: base)
            try #require(converted.status == 0, "convert: \(converted.errors)")
        }
        return (folder, base + ".png", base + ".jpg")
    }

    /// The gold page's characters (headlines and paragraphs), without white space.
    static func goldCharacters() throws -> [Character] {
        let json = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: gold)) as? [String: Any])
        let articles = try #require(json["articles"] as? [[String: Any]])
        var text = ""
        for article in articles {
            text += (article["headline"] as? String) ?? ""
            for section in (article["sections"] as? [[String: Any]]) ?? [] { text += ((section["paragraphs"] as? [String]) ?? []).joined() }
        }
        return Array(text.precomposedStringWithCompatibilityMapping.filter { !$0.isWhitespace })
    }

    /// The share of the gold's characters found among the read ones (as a multiset).
    static func recall(of gold: [Character], in read: String) -> Double {
        var left: [Character: Int] = [:]
        for character in read.precomposedStringWithCompatibilityMapping where !character.isWhitespace { left[character, default: 0] += 1 }
        var found = 0
        for character in gold where (left[character] ?? 0) > 0 {
            left[character, default: 0] -= 1
            found += 1
        }
        return gold.isEmpty ? 1 : Double(found) / Double(gold.count)
    }

    static func articleText(_ result: PageResult) -> String {
        result.articles.map { article in
            ([article.headline ?? ""] + article.sections.flatMap { $0.paragraphs.map(\.text) }).joined()
        }.joined()
    }

    @Test func aPagePictureIsReadIntoArticles() throws {
        let (folder, png, _) = try Self.drawn()
        defer { try? FileManager.default.removeItem(at: folder) }

        let results = try Pipeline().extract(picture: png, recognizer: Recognizer(), firstNumber: nil)

        let page = try #require(results.first)
        #expect(results.count == 1)
        #expect(page.articles.count >= 4, "\(page.articles.map(\.headline))")
        #expect(page.articles.filter { $0.headline != nil }.count >= 3)
        #expect(page.diagnostics.contains { $0.code == .recognized && $0.message.contains("300 dpi") })
        #expect(Self.recall(of: try Self.goldCharacters(), in: Self.articleText(page)) >= 0.85)
        // Boxes are in points on a page the size of the PDF it was drawn from.
        let size = try #require(page.articles.first?.zones.first)
        #expect(size.maxX <= 676 && size.maxY <= 976)
    }

    @Test func aScannedPDFIsReadOnlyWithOCRAndOnItsOwnPageSize() throws {
        let (folder, _, jpg) = try Self.drawn(dpi: 200, jpeg: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let scan = folder.appendingPathComponent("scan.pdf")
        let jpeg = try Data(contentsOf: URL(fileURLWithPath: jpg))
        // 675.12 × 974.88 pt at 200 dpi; the picture's own size in pixels, as ImageMagick reads it.
        let sizeFile = folder.appendingPathComponent("size.txt")
        _ = try ExternalTool.convert.run([jpg, "-format", "%w %h", "info:\(sizeFile.path)"], source: jpg)
        let pixels = try String(contentsOf: sizeFile, encoding: .utf8).split(separator: " ").compactMap { Int($0) }
        try #require(pixels.count == 2)
        try PicturePDF(jpeg: jpeg, pixels: (pixels[0], pixels[1]), pageSize: (675.12, 974.88)).data.write(to: scan)

        #expect {
            try PDFReader.readDocument(path: scan.path)
        } throws: { error in
            (error as? BanmianError)?.kind == .imageOnly && "\(error)".contains("--ocr")
        }
        let document = try PDFReader.readDocument(path: scan.path, settings: PDFSettings(drawings: false, scans: true))
        let results = Pipeline().extract(document, firstNumber: nil, recognizer: Recognizer())

        let page = try #require(results.first)
        #expect(!page.diagnostics.contains { $0.code == .noTextLayer })
        #expect(page.diagnostics.contains { $0.code == .recognized })
        #expect(page.articles.count >= 4)
        #expect(Self.recall(of: try Self.goldCharacters(), in: Self.articleText(page)) >= 0.8)
        let box = try #require(page.articles.first?.zones.first)
        #expect(box.maxX <= 676 && box.maxY <= 976 && box.page == 1)
    }

    @Test func missingLanguageDataIsNamedWithItsPackage() throws {
        let (folder, png, _) = try Self.drawn(dpi: 72)
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect {
            try Recognizer(languages: "zzz_nope").recognize(image: png, source: "page.png", pixelsPerInch: 72)
        } throws: { error in
            "\(error)".contains("tesseract-ocr-zzz-nope") && "\(error)".contains("page.png")
        }
    }

    /// The second reading on a real page: the largest line of Tesseract's own ALTO taken out (as its page analysis
    /// drops a headline now and then) is found in the picture and read again; the same line with its words made
    /// wrong and doubtful is read again and replaced.
    @Test func aMissedOrDoubtfulHeadlineIsReadAgain() throws {
        let (folder, png, _) = try Self.drawn()
        defer { try? FileManager.default.removeItem(at: folder) }
        let base = folder.appendingPathComponent("page").path
        let ran = try Recognizer.tesseract.run(
            [png, base, "-l", "chi_sim"] + Recognizer.settings.flatMap { ["-c", $0] } + ["alto"], source: png, environment: ["OMP_THREAD_LIMIT": "1"])
        try #require(ran.status == 0)
        let alto = try String(contentsOfFile: base + ".xml", encoding: .utf8)
        let covered = SecondReading.covered(Data(alto.utf8))
        let headline = try #require(covered.lines.filter { $0.characters >= 4 }.max { $0.box.height < $1.box.height })
        let range = try #require(SecondReading.segmentRange(ofLine: headline.id, in: alto))
        let printed = SecondReading.matches(#"CONTENT="([^"]*)""#, in: String(alto[range])).joined()
        func reread(_ text: String) -> String {
            let recovered = SecondReading.recovered(Data(text.utf8), picture: png, pixelsPerInch: 300, recognizer: Recognizer(), source: "page.png")
            let page = String(decoding: recovered, as: UTF8.self)
            return SecondReading.segments("TextLine", in: page).filter { $0.hasPrefix("<TextLine ID=\"reread") }
                .map { SecondReading.matches(#"CONTENT="([^"]*)""#, in: $0).joined() }.joined()
        }
        // Taken out: found where nothing covers its ink, and read as printed.
        var missing = alto
        missing.removeSubrange(range)
        #expect(Self.recall(of: Array(printed), in: reread(missing)) >= 0.8, "\(printed)")
        // The same ALTO naming a second page (a multi-page TIFF's): its pages are read once, the ALTO left as it is.
        let pageElement = try #require(SecondReading.segments("Page", in: missing).first)
        let twoPages = missing.replacingOccurrences(of: pageElement, with: pageElement + pageElement)
        #expect(SecondReading.recovered(Data(twoPages.utf8), picture: png, pixelsPerInch: 300, recognizer: Recognizer(), source: "page.tif") == Data(twoPages.utf8))
        // Misread with doubt: read again, and the first reading gone.
        let doubtful = SecondReading.replacing(#"(WC)="([0-9.]+)""#, in: String(alto[range])) { name, _ in "\(name)=\"0.20\"" }
        var misread = alto
        misread.replaceSubrange(range, with: doubtful)
        #expect(Self.recall(of: Array(printed), in: reread(misread)) >= 0.8)
        // In the first reading's place: the block that held it holds the second reading.
        let replaced = String(decoding: SecondReading.recovered(Data(misread.utf8), picture: png, pixelsPerInch: 300, recognizer: Recognizer(), source: "page.png"), as: UTF8.self)
        let block = try #require(SecondReading.segments("TextBlock", in: alto).first { $0.contains("ID=\"\(headline.id)\"") })
        let blockID = try #require(SecondReading.matches(#"<TextBlock ID="([^"]*)""#, in: block).first)
        let after = try #require(SecondReading.segments("TextBlock", in: replaced).first { $0.hasPrefix("<TextBlock ID=\"\(blockID)\"") })
        #expect(after.contains("<TextLine ID=\"reread") && !after.contains("ID=\"\(headline.id)\""))
    }
}
