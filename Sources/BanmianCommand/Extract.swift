import ArgumentParser
import Banmian
import BanmianArchive
import BanmianPDF
import Foundation

/// `banmian extract`: page text in, articles out.
struct Extract: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Rebuild the articles of newspaper pages: from the text a PDF extractor gave, the PDF itself, or ALTO.",
        discussion: """
            Reads each FILE (standard input when none is given) as one page, or as several pages when form feeds separate them (as pdftotext writes a whole PDF). A PDF (a FILE ending in .pdf, or starting with %PDF-) is read from its text layer with mutool (mupdf-tools), every page of it, with each line's box and type size; an ALTO file (XML whose root is alto, whatever its name) likewise from its lines, words, boxes and styles; a METS file as the issue of the ALTO pages it names, its articles those its logical structure marks (ARTICLE divs, by areas or structLink arcs), read by Banmian block by block, unless --rebuild-articles. With --ocr, page pictures (PNG, JPEG, TIFF…) and the pages of a PDF that have no text layer (scans) are read by Tesseract, one page per core, and go the same way; low-confidence words are kept and listed. Encodings: UTF-8, UTF-16 with BOM, GB18030/GBK or Big5, detected unless --encoding names one. Writes one document for all pages, in input order.

            An input that cannot be read is reported on standard error (and in the JSON's "errors"); the other inputs are still processed and written, and the exit status is 1. Warnings (columns an extractor shredded) go to standard error too.

            Examples:
              banmian extract sample-page-1.txt
              banmian extract p1.txt p2.txt p3.txt --format json --output issue.json
              banmian extract old-page.txt --encoding gb18030 --page 2 --format text
              cat page.txt | banmian extract --format json
              banmian extract issue.pdf --pages 1-4 --format json
              banmian extract 0007.alto.xml --format json        # a library's OCR page
              banmian extract scan.pdf page-3.png --ocr --lang chi_sim+eng   # pictures read by Tesseract
              banmian extract p1.pdf p2.pdf --paper 临江日报 --date 2024-03-05 --format json   # when the furniture does not say
              banmian extract issue.pdf --format alto --output alto/   # ALTO 4.4, one file per page
              banmian extract p1.pdf p2.pdf p3.pdf p4.pdf --format mets --output issue/   # + issue.mets.xml

            The page number comes from --page, else the file name (p2.txt, page-02.txt, A3.txt), else the page's furniture (第3版). With several files, --page numbers the first and the others count on from it.
            """
    )

    @Argument(help: "Page text files. Reads standard input when none is given.", completion: .file())
    var files: [String] = []

    @Option(
        name: .shortAndLong,
        help: "Output format: json, markdown, text, tree (each line's role and the articles, for checking a page), alto (ALTO 4.4, one file per page into the --output folder), or mets (the ALTO pages and a METS 1.12 document per issue, its articles pointing at the ALTO blocks).")
    var format: OutputFormat = .markdown

    @Option(name: .shortAndLong, help: "Write to this file instead of standard output (with --format alto: this folder).")
    var output: String?

    @Option(help: "Read input in this encoding (utf-8, utf-16le, utf-16be, gb18030, gbk, big5) instead of detecting it.")
    var encoding: String?

    @Option(help: "The paper the pages are from, over what their mastheads print (all pages make one paper's issues).")
    var paper: String?

    @Option(help: "The issue's date as YYYY-MM-DD, over what the pages print.")
    var date: String?

    @Option(help: "The newspaper page number of the (first) input page.")
    var page: Int?

    @Option(help: "PDF pages to read, e.g. 2 or 1-4 (all when left out).")
    var pages: PDFPageRange?

    @Flag(
        inversion: .prefixedNo,
        help: "Read a PDF's drawings (rules, frames, tints, pictures) as module boundaries; --no-drawings skips the second mutool run (about half the time, fewer articles right).")
    var drawings = true

    @OptionGroup var ocr: OCROptions

    @Flag(help: "Rebuild a METS issue's articles from its pages even where its logical structure gives them (ARTICLE divs).")
    var rebuildArticles = false

    func validate() throws {
        if let page, !(1...PageReference.largestNumber).contains(page) {
            throw ValidationError("--page takes a page number from 1 to \(PageReference.largestNumber)")
        }
        if let date, !SearchFilters.isDate(date) { throw ValidationError("--date takes a date as YYYY-MM-DD, e.g. 2024-03-05") }
        if let paper, paper.trimmingCharacters(in: .whitespaces).isEmpty { throw ValidationError("--paper takes the paper's name") }
        if format == .alto || format == .mets, output == nil {
            throw ValidationError("ALTO is one file per page: give the folder to write them into, e.g. --format \(format.rawValue) --output issue/")
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
        let out: PageOutput
        do {
            out = try PageOutput(format: format, path: output, paper: paper, date: date)
        } catch {
            throw ValidationError("cannot write \(output ?? "standard output"): \(error.localizedDescription)")
        }
        let progress = Progress(total: inputs.count)
        var jobs = ExtractJobs(inputs: inputs, pipeline: pipeline, firstPage: page, pdfPages: pages?.pages)
        jobs.rebuildsMETSArticles = rebuildArticles
        var errors: [BanmianError] = []
        var inputsWithPages = Set<Int>()
        var pagesRead = 0
        // Pages are independent: a batch is read on every core, then written in input order, and the next read.
        let cores = ProcessInfo.processInfo.activeProcessorCount
        while case let batch = jobs.nextBatch(maximumJobs: 4 * cores, maximumBytes: pipeline.settings.maximumPageBytes), !batch.isEmpty {
            let pdfPages = pages?.pages
            let settings = PDFReader.Settings(drawings: drawings)
            let recognizer = ocr.recognizer
            let outcomes = ParallelMap.map(batch) { _, job in
                ExtractJobs.run(job, pipeline: pipeline, pdfPages: pdfPages, pdfSettings: settings, recognizer: recognizer)
            }
            for outcome in outcomes {
                switch outcome {
                case .pages(let results, let input, let wholeFile):
                    inputsWithPages.insert(input)
                    pagesRead += results.count
                    try out.write(results)
                    for diagnostic in results.flatMap(\.diagnostics) where diagnostic.severity == .warning { Console.warning(diagnostic.message) }
                    if wholeFile { progress.advance(label: inputs[input], pages: pagesRead) }
                case .failure(let error, let input):
                    inputsWithPages.insert(input)
                    errors.append(error)
                    Console.error(error.description)
                    if error.page == nil { progress.advance(label: inputs[input], pages: pagesRead) }
                case .blank: continue
                case .endOfText(let name, let input):
                    if !inputsWithPages.contains(input) {
                        let error = BanmianError.noText(name)
                        errors.append(error)
                        Console.error(error.description)
                    }
                    progress.advance(label: name, pages: pagesRead)
                }
            }
            progress.show(pages: pagesRead)
        }
        progress.finish()
        do {
            try out.finish(errors: errors)
        } catch {
            throw ValidationError("cannot write \(output ?? "standard output"): \(error.localizedDescription)")
        }
        if !errors.isEmpty { throw ExitCode(1) }
    }
}

enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case json, markdown, text, tree, alto, mets
    static var allValueStrings: [String] { allCases.map(\.rawValue) }
}
