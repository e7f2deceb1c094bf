import Banmian
import BanmianPDF
import Foundation

extension Evaluation {
    /// Scores a page's PDF, when the corpus keeps it: Banmian reading it, and each `PDFBaseline` from the
    /// tool's text of the same PDF. Returns Banmian's page, when it read one.
    @discardableResult
    func scorePDF(_ name: String, gold: GoldPage, goldArticles: [ScoredArticle], into report: inout EvaluationReport) throws -> PageResult? {
        let url = corpus.appendingPathComponent(name + InputForm.pdf.suffix)
        guard FileManager.default.fileExists(atPath: url.path) else { return nil }
        let input = InputForm.pdf.rawValue, template = gold.template ?? "-"
        let pages = (try? PDFReader.readDocument(path: url.path, settings: pdfSettings).pages) ?? []
        // A corpus page is one newspaper page even where Chromium spilled a line onto a second sheet.
        var predicted: [ScoredArticle] = []
        var result: PageResult?
        if let page = PDFPage.stacking(pages) {
            let source = PageSource(name: name + ".pdf", data: Data(), pageNumber: gold.number)
            result = pipeline.extract(page, source: source)
            predicted = (result?.articles ?? []).map(ScoredArticle.init)
        }
        report.add(system: Self.banmian, input: input, template: template, page: name, counts: Scorer.score(gold: goldArticles, predicted: predicted))
        for baseline in PDFBaseline.allCases {
            let file = corpus.appendingPathComponent(name + baseline.suffix)
            guard let data = try? Data(contentsOf: file) else {
                throw EvaluationError("\(file.path) is missing: the \(baseline.rawValue) baseline of \(name).pdf reads it; write it with \(baseline.producer(corpus: corpus.path))")
            }
            let counts = Scorer.score(gold: goldArticles, predicted: baseline.articles(from: String(decoding: data, as: UTF8.self)))
            report.add(system: baseline.rawValue, input: input, template: template, page: name, counts: counts)
        }
        return result
    }
}
