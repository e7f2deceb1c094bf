import ArgumentParser
import Banmian
import BanmianPDF
import Foundation

/// `banmian extract`: page text in, articles out.
struct Extract: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Rebuild the articles of newspaper pages from the text a PDF extractor gave.",
        discussion: """
            Reads each FILE (standard input when none is given) as one page, or as several pages when form feeds separate them (as pdftotext writes a whole PDF). A FILE ending in .pdf is read from its text layer with mutool (mupdf-tools), every page of it, with each line's box and type size. Encodings: UTF-8, UTF-16 with BOM, GB18030/GBK or Big5, detected unless --encoding names one. Writes one document for all pages, in input order.

            An input that cannot be read is reported on standard error (and in the JSON's "errors"); the other inputs are still processed and written, and the exit status is 1. Warnings (columns an extractor shredded) go to standard error too.

            Examples:
              banmian extract sample-page-1.txt
              banmian extract p1.txt p2.txt p3.txt --format json --output issue.json
              banmian extract old-page.txt --encoding gb18030 --page 2 --format text
              cat page.txt | banmian extract --format json
              banmian extract issue.pdf --pages 1-4 --format json

            The page number comes from --page, else the file name (p2.txt, page-02.txt, A3.txt), else the page's furniture (第3版). With several files, --page numbers the first and the others count on from it.
            """
    )

    @Argument(help: "Page text files. Reads standard input when none is given.", completion: .file())
    var files: [String] = []

    @Option(name: .shortAndLong, help: "Output format: json, markdown, text, or tree (each line's role and the articles, for checking a page).")
    var format: OutputFormat = .markdown

    @Option(name: .shortAndLong, help: "Write to this file instead of standard output.")
    var output: String?

    @Option(help: "Read input in this encoding (utf-8, utf-16le, utf-16be, gb18030, gbk, big5) instead of detecting it.")
    var encoding: String?

    @Option(help: "The newspaper page number of the (first) input page.")
    var page: Int?

    @Option(help: "PDF pages to read, e.g. 2 or 1-4 (all when left out).")
    var pages: PDFPageRange?

    func validate() throws {
        if let page, !(1...PageReference.largestNumber).contains(page) {
            throw ValidationError("--page takes a page number from 1 to \(PageReference.largestNumber)")
        }
    }

    mutating func run() throws {
        var forced: TextEncoding?
        if let encoding {
            guard let parsed = TextEncoding(userName: encoding) else {
                throw ValidationError("unknown encoding '\(encoding)': use utf-8, utf-16le, utf-16be, gb18030, gbk or big5")
            }
            forced = parsed
        }
        let pipeline = Pipeline(encoding: forced)
        let inputs = files.isEmpty ? ["-"] : files
        let standardInput = files.isEmpty ? FileHandle.standardInput.readDataToEndOfFile() : Data()
        let progress = Progress(total: inputs.count)
        let firstPage = page
        let pdfPages = pages?.pages
        // Pages are independent: read them on every core, then write them in input order.
        let outcomes = ParallelMap.map(inputs) { offset, name -> Result<[PageResult], BanmianError> in
            defer { progress.advance(label: name) }
            let number = firstPage.flatMap { PageReference.number($0, countedOnBy: offset) }
            do throws(BanmianError) {
                if name.lowercased().hasSuffix(".pdf") {
                    let pages = try PDFReader.read(path: name, pages: pdfPages)
                    return .success(pipeline.extract(pages, of: name, firstNumber: number))
                }
                let source =
                    name == "-" ? PageSource(name: "-", data: standardInput, pageNumber: number) : try PageSource.file(at: name, pageNumber: number, maximumBytes: pipeline.settings.maximumInputBytes)
                return .success(try pipeline.extractPages(source))
            } catch {
                return .failure(error)
            }
        }
        progress.finish()
        var results: [PageResult] = []
        var errors: [BanmianError] = []
        for outcome in outcomes {
            switch outcome {
            case .success(let pages):
                results += pages
                for diagnostic in pages.flatMap(\.diagnostics) where diagnostic.severity == .warning {
                    FileHandle.standardError.write(Data("banmian: warning: \(diagnostic.message)\n".utf8))
                }
            case .failure(let error):
                errors.append(error)
                FileHandle.standardError.write(Data("banmian: error: \(error.description)\n".utf8))
            }
        }

        let rendered: Data
        switch format {
        case .json: rendered = try PageDocument(results: results, errors: errors).encoded() + Data("\n".utf8)
        case .markdown: rendered = Data(MarkdownWriter.write(results, errors: errors).utf8)
        case .text: rendered = Data(PlainTextWriter.write(results).utf8)
        case .tree: rendered = Data(results.map(TreeDump.dump).joined(separator: "\n").utf8)
        }
        if let output {
            do {
                try rendered.write(to: URL(fileURLWithPath: output))
            } catch {
                throw ValidationError("cannot write \(output): \(error.localizedDescription)")
            }
        } else {
            FileHandle.standardOutput.write(rendered)
        }
        if !errors.isEmpty { throw ExitCode(1) }
    }
}

enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case json, markdown, text, tree
    static var allValueStrings: [String] { allCases.map(\.rawValue) }
}
