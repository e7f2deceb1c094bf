import Banmian
import BanmianLibrary
import BanmianOCR
import BanmianPDF
import Foundation

/// The work of an `extract` run in input order, made as it is needed: each page of a text file (read page by
/// page, so a file of thousands of pages is never held whole), each PDF whole, and each input that could not
/// be opened. A run of a million pages holds only the pages being read.
struct ExtractJobs {
    enum Job: Sendable {
        case text(PageText, input: Int)
        case pdf(path: String, input: Int, firstNumber: Int?)
        case alto(path: String, input: Int, firstNumber: Int?)
        /// `rebuild`: its articles rebuilt by Banmian even where its logical structure gives them.
        case mets(path: String, input: Int, firstNumber: Int?, rebuild: Bool)
        /// A page picture (a scan), read by OCR.
        case image(path: String, input: Int, firstNumber: Int?)
        case failed(BanmianError, input: Int)
        /// The text file `input` has no more pages.
        case endOfText(name: String, input: Int)
    }

    enum Outcome: Sendable {
        /// `wholeFile`: the file's every page (a PDF, an ALTO file), not one page of a text.
        case pages([PageResult], input: Int, wholeFile: Bool)
        case failure(BanmianError, input: Int)
        /// A page with no text (white space between two form feeds).
        case blank(input: Int)
        case endOfText(name: String, input: Int)
    }

    let inputs: [String]
    let pipeline: Pipeline
    /// `--page`: the first input's number, the others counted on from it.
    let firstPage: Int?
    /// `--pages`: the pages of each PDF to read.
    let pdfPages: ClosedRange<Int>?
    /// `--rebuild-articles`: a METS issue's articles rebuilt from its pages, not taken from its logical structure.
    var rebuildsMETSArticles = false

    private var index = 0
    private var reading: (splitter: PageSplitter, name: String, input: Int)?

    init(inputs: [String], pipeline: Pipeline, firstPage: Int?, pdfPages: ClosedRange<Int>?) {
        self.inputs = inputs
        self.pipeline = pipeline
        self.firstPage = firstPage
        self.pdfPages = pdfPages
    }

    /// The next jobs: at most `maximumJobs`, and no more once their text reaches `maximumBytes` (at least one).
    mutating func nextBatch(maximumJobs: Int, maximumBytes: Int) -> [Job] {
        var batch: [Job] = []
        var bytes = 0
        while batch.count < maximumJobs, bytes < maximumBytes, let job = next() {
            batch.append(job)
            switch job {
            case .text(let page, _): bytes += page.data.count
            case .pdf, .alto, .mets, .image: bytes += maximumBytes / 8  // its text is not known before it is read
            case .failed, .endOfText: break
            }
        }
        return batch
    }

    mutating func next() -> Job? {
        while true {
            if var current = reading {
                do throws(BanmianError) {
                    if let page = try current.splitter.next() {
                        reading = current
                        return .text(page, input: current.input)
                    }
                    reading = nil
                    return .endOfText(name: current.name, input: current.input)
                } catch {
                    reading = nil  // pages already read stand; the file cannot be read further
                    return .failed(error, input: current.input)
                }
            }
            guard index < inputs.count else { return nil }
            let name = inputs[index]
            let input = index
            index += 1
            let number = firstPage.flatMap { PageReference.number($0, countedOnBy: input) }
            if name == "-" {
                reading = (pipeline.pages(of: InputFile.standardInput, named: "-", firstNumber: number), name, input)
            } else if name.lowercased().hasSuffix(".pdf") {
                return .pdf(path: name, input: input, firstNumber: number)
            } else if case let kind = InputKind.of(path: name), kind != .text {
                // By content: a PDF, an ALTO page, a METS issue or a picture under any name.
                switch kind {
                case .pdf: return .pdf(path: name, input: input, firstNumber: number)
                case .alto: return .alto(path: name, input: input, firstNumber: number)
                case .mets: return .mets(path: name, input: input, firstNumber: number, rebuild: rebuildsMETSArticles)
                default: return .image(path: name, input: input, firstNumber: number)
                }
            } else {
                do throws(BanmianError) {
                    reading = (pipeline.pages(of: try InputFile.open(name), named: name, firstNumber: number), name, input)
                } catch {
                    return .failed(error, input: input)
                }
            }
        }
    }

    /// The pages of the ALTO file at `path`, numbered on from `firstNumber` (`--page`) after `before` pages of the
    /// same input.
    private static func altoPages(_ path: String, pipeline: Pipeline, firstNumber: Int?, before: Int) throws(BanmianError) -> [PageResult] {
        let pages = try ALTOReader.read(path: path, maximumBytes: max(pipeline.settings.maximumPageBytes * 64, 256 << 20))
        return pages.enumerated().map { offset, page in
            pipeline.extract(page, source: path, several: pages.count > 1, number: firstNumber.flatMap { PageReference.number($0, countedOnBy: before + offset) })
        }
    }

    /// Does a job's work (on any thread). With a `recognizer` (`--ocr`), pictures and PDF pages without a text
    /// layer are read by OCR; without one they are refused with the flag named.
    static func run(
        _ job: Job, pipeline: Pipeline, pdfPages: ClosedRange<Int>?, pdfSettings: PDFReader.Settings = PDFReader.Settings(), recognizer: Recognizer? = nil
    ) -> Outcome {
        switch job {
        case .text(let page, let input):
            do throws(BanmianError) {
                guard let result = try pipeline.extract(page) else { return .blank(input: input) }
                return .pages([result], input: input, wholeFile: false)
            } catch {
                return .failure(error, input: input)
            }
        case .pdf(let path, let input, let firstNumber):
            do throws(BanmianError) {
                var settings = pdfSettings
                settings.scans = recognizer != nil
                let document = try PDFReader.readDocument(path: path, pages: pdfPages, settings: settings)
                if let recognizer { return .pages(pipeline.extract(document, firstNumber: firstNumber, recognizer: recognizer), input: input, wholeFile: true) }
                return .pages(pipeline.extract(document, firstNumber: firstNumber), input: input, wholeFile: true)
            } catch {
                return .failure(error, input: input)
            }
        case .alto(let path, let input, let firstNumber):
            do throws(BanmianError) {
                return .pages(try altoPages(path, pipeline: pipeline, firstNumber: firstNumber, before: 0), input: input, wholeFile: true)
            } catch {
                return .failure(error, input: input)
            }
        case .mets(let path, let input, let firstNumber, let rebuild):
            // The issue's ALTO pages in the METS file's order, each read as an ALTO file given alone; the articles
            // those its logical structure marks, where it marks any.
            do throws(BanmianError) {
                let issue = try METSReader.read(path: path)
                if !issue.articles.isEmpty, !rebuild {
                    var pages: [(file: String, page: ALTOPage, number: Int?)] = []
                    for file in issue.pages {
                        for page in try ALTOReader.read(path: file, maximumBytes: max(pipeline.settings.maximumPageBytes * 64, 256 << 20)) {
                            pages.append((file, page, firstNumber.flatMap { PageReference.number($0, countedOnBy: pages.count) }))
                        }
                    }
                    return .pages(pipeline.extract(pages, articles: issue.articles), input: input, wholeFile: true)
                }
                var results: [PageResult] = []
                for file in issue.pages {
                    results += try altoPages(file, pipeline: pipeline, firstNumber: firstNumber, before: results.count)
                }
                return .pages(results, input: input, wholeFile: true)
            } catch {
                return .failure(error, input: input)
            }
        case .image(let path, let input, let firstNumber):
            guard let recognizer else {
                return .failure(
                    BanmianError(.imageOnly, source: path, detail: "is a picture (a scan): it has no text to read", advice: "run again with --ocr to read it with Tesseract"),
                    input: input)
            }
            do throws(BanmianError) {
                return .pages(try pipeline.extract(picture: path, recognizer: recognizer, firstNumber: firstNumber), input: input, wholeFile: true)
            } catch {
                return .failure(error, input: input)
            }
        case .failed(let error, let input): return .failure(error, input: input)
        case .endOfText(let name, let input): return .endOfText(name: name, input: input)
        }
    }
}
