import ArgumentParser
import Banmian
import BanmianPDF
import Foundation

/// `banmian render`: a picture of a PDF page with its articles outlined, for a person to check at a glance.
struct Render: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Draw a PDF page with each article's zone outlined and numbered, headline roles coloured.",
        discussion: """
            Reads the page as `banmian extract` does, renders it with pdftoppm (poppler-utils) and draws over it with ImageMagick's convert: each article's zones (one rectangle per column piece) outlined in the article's colour and numbered in reading order (the numbers of `banmian extract`: p1-a3 is 3), kickers orange, headlines red, subtitles purple, bylines blue, captions green, text in no article outlined in dashed grey.

            With several pages, each gets its own picture: --output page.png writes page-1.png, page-2.png, … numbered by PDF page.

            Examples:
              banmian render page.pdf --output page.png
              banmian render issue.pdf --pages 2-3 --output issue.png --resolution 150
            """
    )

    @Argument(help: "The PDF.", completion: .file(extensions: ["pdf"]))
    var file: String

    @Option(name: .shortAndLong, help: "The picture to write (PNG).")
    var output: String

    @Option(help: "PDF pages to draw, e.g. 2 or 1-4 (all when left out).")
    var pages: PDFPageRange?

    @Option(help: "Dots per inch of the picture.")
    var resolution: Int = 110

    @Option(help: "The newspaper page number of the (first) page, as for extract.")
    var page: Int?

    func validate() throws {
        guard (20...600).contains(resolution) else { throw ValidationError("--resolution takes 20 to 600 dots per inch") }
        if let page, !(1...PageReference.largestNumber).contains(page) {
            throw ValidationError("--page takes a page number from 1 to \(PageReference.largestNumber)")
        }
    }

    func run() throws {
        let pipeline = Pipeline()
        let renderer = PageRenderer(resolution: resolution)
        do throws(BanmianError) {
            let document = try PDFReader.readDocument(path: file, pages: pages?.pages)
            let pdfPages = document.pages
            let results = pipeline.extract(document, firstNumber: page)
            for diagnostic in results.flatMap(\.diagnostics) where diagnostic.severity == .warning {
                Console.warning(diagnostic.message)
            }
            for (pdfPage, result) in zip(pdfPages, results) {
                let target = pdfPages.count > 1 ? Self.numbered(output, pdfPage.index) : output
                try renderer.render(pdf: file, page: pdfPage, result: result, to: target)
                print("\(target): page \(pdfPage.index), \(result.articles.count) articles, \(result.unassigned.count) pieces of text in none")
            }
        } catch {
            Console.error(error.description)
            throw ExitCode(1)
        }
    }

    /// `issue.png`, page 3 → `issue-3.png`.
    static func numbered(_ path: String, _ page: Int) -> String {
        let url = URL(fileURLWithPath: path)
        let stem = url.deletingPathExtension().lastPathComponent
        let ext = url.pathExtension.isEmpty ? "png" : url.pathExtension
        return url.deletingLastPathComponent().appendingPathComponent("\(stem)-\(page).\(ext)").path
    }
}
