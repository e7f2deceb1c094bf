import Banmian
import BanmianLibrary
import BanmianOCR
import BanmianPDF
import Foundation

extension Evaluation {
    /// The share of characters OCR may get wrong in a paragraph or headline that is still the gold one: the
    /// articles are scored, not the recognition (its character error rate is reported beside).
    public static let scanTolerance = 0.1

    /// A scan read by OCR, with its character errors against the PDF's text; or why it could not be read.
    struct Scan: Sendable {
        var page: Result<ALTOPage, BanmianError>
        var errors = 0, characters = 0
        var chinese = true
    }

    /// Every scan form of every page whose PDF is in the corpus, read by OCR on every core (Tesseract takes
    /// seconds a page): form → page name → scan.
    func readScans(_ names: [String]) -> [InputForm: [String: Scan]] {
        let jobs = inputs.filter { $0.scanResolution != nil }.flatMap { input in
            names.filter { FileManager.default.fileExists(atPath: corpus.appendingPathComponent($0 + ".pdf").path) }.map { (input, $0) }
        }
        guard !jobs.isEmpty else { return [:] }
        let results = ConcurrentResults<Scan>(count: jobs.count)
        DispatchQueue.concurrentPerform(iterations: jobs.count) { index in
            let (input, name) = jobs[index]
            let pdf = corpus.appendingPathComponent(name + ".pdf").path
            let scanned = ScannedPage(name: name, pdf: pdf, resolution: input.scanResolution ?? 300)
            let chinese = (try? GoldPage.load(corpus.appendingPathComponent(name + ".json")))?.isChinese ?? true
            do throws(BanmianError) {
                let page = try scanned.read(recognizer: chinese ? recognizer : latinRecognizer, keepingIn: keptScans)
                var scan = Scan(page: .success(page), chinese: chinese)
                if let truth = PDFPage.stacking(try PDFReader.readDocument(path: pdf, settings: PDFReader.Settings(drawings: false)).pages) {
                    (scan.errors, scan.characters) = CharacterErrors.count(recognized: page, truth: truth)
                }
                results.set(index, scan)
            } catch {
                results.set(index, Scan(page: .failure(error)))
            }
        }
        var scans: [InputForm: [String: Scan]] = [:]
        for (index, job) in jobs.enumerated() { scans[job.0, default: [:]][job.1] = results.values[index] }
        return scans
    }

    /// Scores Banmian on a page's scan: a scan that could not be read scores as no articles (and is said on
    /// standard error). Returns Banmian's page.
    func scoreScan(
        _ name: String, input: InputForm, scans: [InputForm: [String: Scan]], gold: GoldPage, goldArticles: [ScoredArticle], into report: inout EvaluationReport
    ) -> PageResult? {
        guard let scan = scans[input]?[name] else { return nil }
        var counts: Counts
        var result: PageResult?
        switch scan.page {
        case .success(let page):
            result = pipeline.extract(page, source: "\(name).\(input.rawValue)", number: gold.number)
            counts = Scorer.score(gold: goldArticles, predicted: (result?.articles ?? []).map(ScoredArticle.init), tolerance: Self.scanTolerance)
        case .failure(let error):
            FileHandle.standardError.write(Data("banmian eval: \(error.description)\n".utf8))
            counts = Scorer.score(gold: goldArticles, predicted: [])
        }
        counts.characterErrors = scan.errors
        counts.truthCharacters = scan.characters
        if scan.chinese {
            counts.chineseCharacterErrors = scan.errors
            counts.chineseCharacters = scan.characters
        }
        report.add(system: Self.banmian, input: input.rawValue, template: gold.template ?? "-", page: name, counts: counts)
        return result
    }
}
