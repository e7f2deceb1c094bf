import Banmian
import BanmianPDF
import BanmianTestHelpers
import Foundation
import Testing

/// `banmian render` as a user runs it: the `banmian` of this build (see `BuiltProducts`), with pdftoppm
/// (poppler-utils) and ImageMagick's convert on the PATH.
@Suite struct RenderCommandTests {
    static let onePage = Fixtures.packageRoot.appendingPathComponent("Benchmarks/Corpus/pages/issue02-p1.pdf").path
    static let twoSheets = Fixtures.packageRoot.appendingPathComponent("Benchmarks/Corpus/pages/issue01-p2.pdf").path
    static let pngSignature: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]

    /// The binary, or nil after recording why the test cannot run.
    func banmian(needsTools: Bool = true, sourceLocation: SourceLocation = #_sourceLocation) -> URL? {
        guard let binary = BuiltProducts.banmian else {
            Issue.record("no banmian executable beside the test bundle: build it (swift build) first", sourceLocation: sourceLocation)
            return nil
        }
        if needsTools, let missing = ["pdftoppm", "convert", "mutool"].first(where: { !BuiltProducts.hasTool($0) }) {
            Issue.record("\(missing) is not installed (poppler-utils, imagemagick, mupdf-tools)", sourceLocation: sourceLocation)
            return nil
        }
        return binary
    }

    func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("banmian-render-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// The picture's width and height from its PNG header.
    func pngSize(_ data: Data) -> (width: Int, height: Int) {
        let bytes = [UInt8](data)
        let number = { (at: Int) in bytes[at..<at + 4].reduce(0) { $0 << 8 | Int($1) } }
        return (number(16), number(20))
    }

    /// The colour of one pixel as ImageMagick reads it: `RRGGBB` in hex.
    func pixel(_ picture: URL, x: Int, y: Int) throws -> String {
        let run = try BuiltProducts.run(
            URL(fileURLWithPath: "/usr/bin/env"), ["convert", picture.path, "-format", "%[hex:p{\(x),\(y)}]", "info:"])
        return String(run.stdout.trimmingCharacters(in: .whitespacesAndNewlines).uppercased().prefix(6))
    }

    @Test func rendersAPageAsAPNGWithItsArticlesNumbered() throws {
        guard let binary = banmian() else { return }
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = folder.appendingPathComponent("page.png")
        let run = try BuiltProducts.run(binary, ["render", Self.onePage, "--output", output.path, "--resolution", "40"])
        #expect(run.status == 0, "stderr: \(run.stderr)")
        let data = try Data(contentsOf: output)
        #expect(Array(data.prefix(8)) == Self.pngSignature)

        // The picture is the page at 40 dots per inch, and the run says what it drew: the articles of `extract`.
        let page = try #require(try PDFReader.read(path: Self.onePage).first)
        let size = pngSize(data)
        #expect(abs(Double(size.width) - page.width * 40 / 72) <= 1 && abs(Double(size.height) - page.height * 40 / 72) <= 1, "\(size)")
        let result = Pipeline().extract(page, source: PageSource(name: Self.onePage, data: Data()))
        #expect(result.articles.count > 1)
        #expect(
            run.stdout == "\(output.path): page 1, \(result.articles.count) articles, \(result.unassigned.count) pieces of text in none\n")

        // The last article's number tab is drawn last, so nothing covers it: inside it, its colour.
        let scale = 40.0 / 72
        let zone = try #require(result.articles.last?.zones.first)
        let left = zone.x * scale - 3 * scale
        let top = max(0, zone.y * scale - 3 * scale - 12 * 1.3)
        let colour = ZoneDrawing.articleColours[(result.articles.count - 1) % ZoneDrawing.articleColours.count]
        let found = try pixel(output, x: Int(left.rounded(.up)) + 1, y: Int(top.rounded(.up)) + 1)
        #expect("#" + found == colour.uppercased())
    }

    @Test func twoSheetsGiveTwoNumberedPictures() throws {
        guard let binary = banmian() else { return }
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = folder.appendingPathComponent("issue.png")
        let run = try BuiltProducts.run(binary, ["render", Self.twoSheets, "--output", output.path, "--resolution", "40"])
        #expect(run.status == 0, "stderr: \(run.stderr)")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        #expect(files == ["issue-1.png", "issue-2.png"])
        for file in files {
            let data = try Data(contentsOf: folder.appendingPathComponent(file))
            #expect(Array(data.prefix(8)) == Self.pngSignature, "\(file)")
        }
        let written = run.stdout.split(separator: "\n").map { $0.prefix { $0 != ":" } }
        #expect(
            written
                == [folder.appendingPathComponent("issue-1.png").path, folder.appendingPathComponent("issue-2.png").path].map {
                    Substring($0)
                })
    }

    /// Input that is no PDF: a page of text, bytes without a PDF header, a file that is not there.
    @Test(arguments: ["page-text.txt", "scan.pdf", "missing.pdf"])
    func inputThatIsNoPDFIsAnErrorNamingTheFile(name: String) throws {
        guard let binary = banmian(needsTools: false) else { return }
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let input = folder.appendingPathComponent(name)
        switch name {
        case "page-text.txt": try Fixtures.data("pages", "sample-page-1.txt").write(to: input)
        case "scan.pdf": try Data([0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, 0x4A, 0x46, 0x49, 0x46]).write(to: input)
        default: break
        }
        let output = folder.appendingPathComponent("page.png")
        let run = try BuiltProducts.run(binary, ["render", input.path, "--output", output.path])
        #expect(run.status != 0)
        #expect(run.stderr.contains(input.path), "stderr: \(run.stderr)")
        #expect(!FileManager.default.fileExists(atPath: output.path))
    }
}
