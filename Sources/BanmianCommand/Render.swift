import ArgumentParser
import Banmian
import BanmianLibrary
import BanmianOCR
import BanmianPDF
import Foundation

/// `banmian render`: a picture of a page with its articles outlined, for a person to check at a glance.
struct Render: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Draw a page (PDF, ALTO, or with --ocr a scan) with each article's zone outlined and numbered, headline roles coloured.",
        discussion: """
            Reads the page as `banmian extract` does and draws over its picture with ImageMagick's convert: each article's zones (one rectangle per column piece) outlined in the article's colour and numbered in reading order (the numbers of `banmian extract`: p1-a3 is 3), kickers orange, headlines red, subtitles purple, bylines blue, captions green, text in no article outlined in dashed grey.

            The picture: a PDF page is rendered with pdftoppm (poppler-utils); an ALTO page is drawn over --image (the page's scan, or the PDF it came from), else over the picture its sourceImageInformation names beside it, else over a white page of its size; a page picture read with --ocr is drawn over itself.

            With several pages, each gets its own picture: --output page.png writes page-1.png, page-2.png, … numbered by page.

            Examples:
              banmian render page.pdf --output page.png
              banmian render issue.pdf --pages 2-3 --output issue.png --resolution 150
              banmian render 0007.alto.xml --image 0007.pdf --output 0007.png
              banmian render scan.jpg --ocr --output scan.png
            """
    )

    @Argument(help: "The page: a PDF, an ALTO file, or a picture (with --ocr).", completion: .file())
    var file: String

    @Option(name: .shortAndLong, help: "The picture to write (PNG).")
    var output: String

    @Option(help: "PDF pages to draw, e.g. 2 or 1-4 (all when left out).")
    var pages: PDFPageRange?

    @Option(help: "Dots per inch of the picture.")
    var resolution: Int = 110

    @Option(help: "The newspaper page number of the (first) page, as for extract.")
    var page: Int?

    @Option(help: "For an ALTO file: the page's picture or PDF to draw over (by default the picture the file names, if it is beside it).", completion: .file())
    var image: String?

    @OptionGroup var ocr: OCROptions

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
            let kind = file.lowercased().hasSuffix(".pdf") ? .pdf : InputKind.of(path: file)
            var drawn: [(background: PageRenderer.Background, size: PageSize, index: Int, result: PageResult)] = []
            switch kind {
            case .alto:
                let pages = try ALTOReader.read(path: file)
                for altoPage in pages {
                    let number = page.flatMap { PageReference.number($0, countedOnBy: altoPage.index - 1) }
                    let result = pipeline.extract(altoPage, source: file, several: pages.count > 1, number: number)
                    drawn.append((background(for: altoPage), altoPage.size, altoPage.index, result))
                }
            case .image:
                guard let recognizer = ocr.recognizer else {
                    throw BanmianError(.imageOnly, source: file, detail: "is a picture (a scan): it has no text to read", advice: "run again with --ocr to read it with Tesseract")
                }
                for result in try pipeline.extract(picture: file, recognizer: recognizer, firstNumber: page) {
                    drawn.append((.picture(file), result.size ?? PageSize(width: 595, height: 842), 1, result))
                }
            case .mets:
                throw BanmianError(.unreadable, source: file, detail: "is a METS issue; render draws one page", advice: "give one of its ALTO files (with --image its scan)")
            case .pdf, .text:
                let document = try PDFReader.readDocument(path: file, pages: pages?.pages, settings: PDFSettings(scans: ocr.ocr))
                let results = ocr.recognizer.map { pipeline.extract(document, firstNumber: page, recognizer: $0) } ?? pipeline.extract(document, firstNumber: page)
                for (pdfPage, result) in zip(document.pages, results) {
                    drawn.append((.pdf(file, page: pdfPage.index), PageSize(width: pdfPage.width, height: pdfPage.height), pdfPage.index, result))
                }
            }
            for diagnostic in drawn.flatMap(\.result.diagnostics) where diagnostic.severity == .warning { Console.warning(diagnostic.message) }
            for page in drawn {
                let target = drawn.count > 1 ? Self.numbered(output, page.index) : output
                try renderer.render(page.background, size: page.size, page: page.index, result: page.result, to: target)
                let over = if case .blank = page.background { " (over a white page: no picture of it was given or found)" } else { "" }
                print("\(target): page \(page.index), \(page.result.articles.count) articles, \(page.result.unassigned.count) pieces of text in none\(over)")
            }
        } catch {
            Console.error(error.description)
            throw ExitCode(1)
        }
    }

    /// What an ALTO page is drawn over: --image (a PDF's page of the same number, or a picture), else the picture
    /// the file names if it is beside the file, else nothing.
    private func background(for page: ALTOPage) -> PageRenderer.Background {
        if let image {
            return InputKind.of(path: image) == .pdf ? .pdf(image, page: page.index) : .picture(image)
        }
        if let named = page.sourceImage {
            let name = named.hasPrefix("file:") ? (URL(string: named)?.path ?? named) : named
            let beside = URL(fileURLWithPath: file).deletingLastPathComponent().appendingPathComponent((name as NSString).lastPathComponent).path
            for candidate in [name, beside] where InputKind.of(path: candidate) == .image { return .picture(candidate) }
        }
        return .blank
    }

    /// `issue.png`, page 3 → `issue-3.png`.
    static func numbered(_ path: String, _ page: Int) -> String {
        let url = URL(fileURLWithPath: path)
        let stem = url.deletingPathExtension().lastPathComponent
        let ext = url.pathExtension.isEmpty ? "png" : url.pathExtension
        return url.deletingLastPathComponent().appendingPathComponent("\(stem)-\(page).\(ext)").path
    }
}
