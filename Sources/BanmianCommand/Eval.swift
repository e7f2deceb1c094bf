import ArgumentParser
import Banmian
import BanmianPDF
import BanmianEvaluation
import BanmianOCR
import Foundation

/// `banmian eval`: scores Banmian and the baselines on a corpus of pages with gold articles.
struct Eval: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Score article reconstruction on a corpus of pages with gold articles.",
        discussion: """
            CORPUS is a folder of pages NAME.json (gold page JSON) with their text forms NAME.txt (pdftotext), NAME.raw.txt (pdftotext -raw) and NAME.mutool.txt (mutool draw -F txt), as Benchmarks/Corpus/generate.py writes them, and for some pages NAME.pdf (--input pdf reads those, with NAME.pdfminer.txt and NAME.pymupdf.txt for the PDF baselines). Banmian and the baselines (two on the text forms; pdftotext, pdfminer.six and PyMuPDF on the PDFs) are scored by the same scorer; BENCHMARKS.md says what each metric means.

            --input scan300 and scan200 make a scan of each page whose PDF is in the corpus (drawn at 300 or 200 dpi by pdftoppm, turned by up to a degree, noise, blur and JPEG by ImageMagick), read it with Tesseract as extract --ocr does (one page per core; seconds a page), and score Banmian on it, with the OCR's character error rate against the PDF's text layer. Pages printed in Chinese are read with --lang, the others with --latin-lang. --keep-scans DIR keeps each scan's picture and Tesseract's ALTO, so that the next run, scoring changed layout rules, skips the recognition (render NAME.300dpi.chi_sim.alto.xml --image NAME.300dpi.jpg shows what was read).

            Examples:
              banmian eval Benchmarks/Corpus/pages
              banmian eval Benchmarks/Corpus/pages --input txt --format json
              banmian eval Benchmarks/Corpus/pages --check Benchmarks/Corpus/thresholds.json
              banmian eval Benchmarks/Corpus/blind --input pdf,scan300 --limit 6
              banmian eval Benchmarks/Corpus/pages --input scan300 --keep-scans /tmp/scans
            """
    )

    @Argument(help: "The corpus folder.", completion: .directory)
    var corpus: String

    @Option(help: "Input forms to score, comma-separated: txt, raw, mutool, pdf, scan300, scan200 (pdf and scans: the pages whose PDF is in the corpus).")
    var input: String = "txt,raw,mutool"

    @Option(name: .shortAndLong, help: "Output format: markdown or json.")
    var format: ReportFormat = .markdown

    @Option(help: "Fail (exit 1) when a Banmian score is below these thresholds (JSON: {input: {metric: value}}).")
    var check: String?

    @Option(help: "Tesseract's languages for the scan forms, joined by + (as extract --lang).")
    var lang: String = Recognizer.defaultLanguages

    @Option(name: .customLong("latin-lang"), help: "Tesseract's languages for the scans of pages printed in Latin script (the corpus's English pages).")
    var latinLang = "eng"

    @Option(
        name: .customLong("keep-scans"),
        help: ArgumentHelp(
            "Keep each scan's picture and Tesseract's ALTO in this folder, and read the ALTO kept there on the next run instead of recognizing again.",
            valueName: "folder"))
    var keepScans: String?

    @Flag(inversion: .prefixedNo, help: "Read the scans a second time where the first reading is weakest, as extract --ocr does.")
    var secondReading = true

    @Option(help: "Score only the first N pages.")
    var limit: Int?

    @Flag(inversion: .prefixedNo, help: "Read the PDFs' drawings (rules, frames, tints, pictures) as extract does; --no-drawings scores without them.")
    var drawings = true

    mutating func run() throws {
        var forms: [InputForm] = []
        for name in input.split(separator: ",") {
            guard let form = InputForm(rawValue: name.trimmingCharacters(in: .whitespaces)) else {
                throw ValidationError("unknown input form '\(name)': use txt, raw, mutool, pdf, scan300 or scan200")
            }
            forms.append(form)
        }
        guard Recognizer.isLanguageList(lang), Recognizer.isLanguageList(latinLang) else {
            throw ValidationError("--lang and --latin-lang take Tesseract's language names joined by +, e.g. chi_sim+eng")
        }
        let progress = Progress(total: 0)
        var evaluation = Evaluation(corpus: URL(fileURLWithPath: corpus), inputs: forms, limit: limit, pdfSettings: PDFReader.Settings(drawings: drawings))
        evaluation.recognizer = Recognizer(languages: lang, secondReading: secondReading)
        evaluation.latinRecognizer = Recognizer(languages: latinLang, secondReading: secondReading)
        evaluation.keptScans = keepScans.map { URL(fileURLWithPath: $0) }
        let report = try evaluation.run { done, total in
            progress.show(done: done, total: total, label: "pages scored")
        }
        progress.finish()
        switch format {
        case .markdown: print(report.markdown(), terminator: "")
        case .json:
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
            FileHandle.standardOutput.write(try encoder.encode(report) + Data("\n".utf8))
        }
        if let check {
            let thresholds = try JSONDecoder().decode([String: [String: Double]].self, from: Data(contentsOf: URL(fileURLWithPath: check)))
            let failures = report.failures(against: thresholds)
            for failure in failures { FileHandle.standardError.write(Data("banmian eval: below threshold: \(failure)\n".utf8)) }
            if !failures.isEmpty { throw ExitCode(1) }
            FileHandle.standardError.write(Data("banmian eval: all scores at or above \(check)\n".utf8))
        }
    }
}

enum ReportFormat: String, ExpressibleByArgument, CaseIterable {
    case markdown, json
}
