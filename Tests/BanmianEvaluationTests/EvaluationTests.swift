import BanmianEvaluation
import BanmianOCR
import BanmianPDF
import BanmianTestHelpers
import Foundation
import Testing

@Suite struct EvaluationTests {
    let gold = [
        ScoredArticle(headline: "甲", names: ["张三"], paragraphs: ["一段。", "二段。", "三段。"], continuedOn: 2),
        ScoredArticle(kicker: "引", headline: "乙", subtitle: "副", paragraphs: ["四段。", "五段。"]),
    ]

    @Test func perfectPredictionScoresFull() {
        let metrics = Scorer.score(gold: gold, predicted: gold).metrics
        #expect(metrics.paragraphPrecision == 1 && metrics.paragraphRecall == 1 && metrics.groupingF1 == 1)
        #expect(metrics.headline == 1 && metrics.kicker == 1 && metrics.subtitle == 1 && metrics.bylineF1 == 1)
        #expect(metrics.continuation == 1 && metrics.editDistance == 0)
    }

    @Test func oneArticlePerPageLosesGroupingAndFields() {
        let merged = [ScoredArticle(paragraphs: ["一段。", "二段。", "三段。", "四段。", "五段。"])]
        let metrics = Scorer.score(gold: gold, predicted: merged).metrics
        #expect(metrics.paragraphRecall == 1)
        #expect(metrics.groupingF1 < 0.7)  // 4 right pairs of 10 predicted, of 4 gold
        #expect(metrics.headline == 0 && metrics.continuation == 0 && metrics.bylineF1 == 0)
        #expect(metrics.editDistance > 0)
    }

    @Test func wrongTextCountsAgainstParagraphs() {
        var predicted = gold
        predicted[0].paragraphs[1] = "二段"
        let metrics = Scorer.score(gold: gold, predicted: predicted).metrics
        #expect(metrics.paragraphPrecision == 0.8 && metrics.paragraphRecall == 0.8)
        #expect(metrics.editDistance > 0 && metrics.editDistance < 0.2)
    }

    @Test func spuriousFieldsAreErrors() {
        var predicted = gold
        predicted[0].kicker = "多"
        #expect(Scorer.score(gold: gold, predicted: predicted).metrics.kicker == 0.5)
    }

    @Test func editDistanceIsLevenshteinOverTheLongerText() {
        #expect(EditDistance.normalized("kitten", "sitting") == 3.0 / 7.0)
        #expect(EditDistance.normalized("", "") == 0)
        #expect(EditDistance.normalized("新区", "") == 1)
    }

    @Test func baselinesSplitAsDocumented() {
        let text = "标题\n　　本报讯 第一段\n接着。\n\n　　第二段。\n"
        #expect(Baseline.asExtracted.articles(from: text).first?.paragraphs == ["标题本报讯 第一段接着。", "第二段。"])
        let heuristic = Baseline.simpleHeuristic.articles(from: text)
        #expect(heuristic.flatMap(\.paragraphs) == ["标题", "本报讯 第一段接着。", "第二段。"])
    }
}

/// `--input pdf` scores Banmian and, from the same PDF, pdftotext, pdfminer.six and PyMuPDF as one article each.
@Suite struct PDFBaselineTests {
    static let corpus = Fixtures.packageRoot.appendingPathComponent("Benchmarks/Corpus/pages")
    static let page = "issue01-p2"

    /// A corpus folder holding one page of the corpus, with the files given by suffix.
    func folder(_ suffixes: [String]) throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("banmian-eval-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        for suffix in suffixes {
            try FileManager.default.copyItem(at: Self.corpus.appendingPathComponent(Self.page + suffix), to: url.appendingPathComponent(Self.page + suffix))
        }
        return url
    }

    @Test func baselinesAreScoredBesideBanmian() throws {
        let url = try folder([".json", ".pdf"] + PDFBaseline.allCases.map(\.suffix))
        defer { try? FileManager.default.removeItem(at: url) }
        let report = try Evaluation(corpus: url, inputs: [.pdf]).run()
        #expect(Set(report.rows.map(\.system)) == Set([Evaluation.banmian] + PDFBaseline.allCases.map(\.rawValue)))
        for baseline in PDFBaseline.allCases {
            let row = try #require(report.rows.first { $0.system == baseline.rawValue && $0.input == "pdf" })
            #expect(row.counts.pages == 1)
            #expect((0...1).contains(row.metrics.paragraphPrecision) && (0...1).contains(row.metrics.paragraphRecall))
            #expect(row.metrics.editDistance > 0 && row.metrics.editDistance <= 1)
            let text = try String(contentsOf: url.appendingPathComponent(Self.page + baseline.suffix), encoding: .utf8)
            let articles = baseline.articles(from: text)
            #expect(articles.count == 1)
            #expect(row.counts.predictedParagraphs == articles[0].paragraphs.count && row.counts.predictedParagraphs > 10)
        }
        // Thresholds, the template table and the worst pages stay Banmian's alone.
        let banmian = try #require(report.rows.first { $0.system == Evaluation.banmian && $0.input == "pdf" })
        // (The issue's furniture is scored per issue, on the rows only.)
        var pageCounts = banmian.counts
        #expect(pageCounts.issuePages == 1 && pageCounts.papersRight == 1)
        (pageCounts.issuePages, pageCounts.papersRight, pageCounts.datesRight, pageCounts.numbersRight, pageCounts.pageNamesRight) = (0, 0, 0, 0, 0)
        #expect(report.byTemplate.values.flatMap(\.values) == [pageCounts])
        #expect(report.worst.count == 1)
        #expect(report.failures(against: ["pdf": ["editDistance": 1]]).isEmpty)
        #expect(report.markdown().contains("| pdfminer.six | pdf | "))
    }

    /// A scan kept by an earlier run (`--keep-scans`) is read from its ALTO instead of being recognized again: here
    /// the page's PDF lines written as an OCR engine's ALTO at 300 dpi (each line one word with a confidence),
    /// under a language no Tesseract has, so that recognizing it again could only fail.
    @Test func keptScansAreReadInsteadOfRecognizedAgain() throws {
        let url = try folder([".json", ".pdf"])
        let kept = url.appendingPathComponent("kept")
        defer { try? FileManager.default.removeItem(at: url) }
        let pdf = try #require(PDFPage.stacking(try PDFReader.readDocument(path: url.appendingPathComponent(Self.page + ".pdf").path).pages))
        let scale = 300.0 / 72
        let lines = pdf.lines.map { line in
            let box = line.box
            let text = line.text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;").replacingOccurrences(of: "\"", with: "&quot;")
            return "<TextBlock><TextLine><String HPOS=\"\(Int(box.x * scale))\" VPOS=\"\(Int(box.y * scale))\" WIDTH=\"\(Int(box.width * scale))\" "
                + "HEIGHT=\"\(Int(box.height * scale))\" WC=\"0.96\" CONTENT=\"\(text)\"/></TextLine></TextBlock>"
        }
        let alto = """
            <alto xmlns="http://www.loc.gov/standards/alto/ns-v3#"><Description><MeasurementUnit>pixel</MeasurementUnit></Description>
            <Layout><Page WIDTH="\(Int(pdf.width * scale))" HEIGHT="\(Int(pdf.height * scale))"><PrintSpace>\(lines.joined())</PrintSpace></Page></Layout></alto>
            """
        try FileManager.default.createDirectory(at: kept, withIntermediateDirectories: true)
        try Data(alto.utf8).write(to: kept.appendingPathComponent(Self.page + ".300dpi.xxx.alto.xml"))
        var evaluation = Evaluation(corpus: url, inputs: [.scan300])
        evaluation.recognizer = Recognizer(languages: "xxx")
        evaluation.keptScans = kept
        let report = try evaluation.run()
        let row = try #require(report.rows.first { $0.system == Evaluation.banmian && $0.input == "scan300" })
        // The text is the PDF's own: no character errors, and Banmian finds the page's paragraphs in it.
        #expect(row.counts.truthCharacters > 1000 && row.counts.chineseCharacters == row.counts.truthCharacters)
        #expect(row.metrics.characterErrorRate < 0.01)
        #expect(row.metrics.paragraphRecall > 0.5)
        #expect(report.markdown().contains("| scan300 | Chinese | \(row.counts.truthCharacters) | "))
    }

    @Test func aPageIsChineseWhenMostOfItsLettersAreHan() throws {
        let chinese = try GoldPage.load(Self.corpus.appendingPathComponent(Self.page + ".json"))
        let english = try GoldPage.load(Self.corpus.appendingPathComponent("issue03-p4.json"))
        #expect(chinese.isChinese && !english.isChinese)
    }

    @Test func missingBaselineTextSaysWhatToRun() throws {
        let url = try folder([".json", ".pdf", ".txt", ".pdfminer.txt"])
        defer { try? FileManager.default.removeItem(at: url) }
        let error = try #require(throws: EvaluationError.self) { try Evaluation(corpus: url, inputs: [.pdf]).run() }
        #expect(error.description.contains(Self.page + ".pymupdf.txt"))
        #expect(error.description.contains("Benchmarks/Corpus/pdf-baselines.py"))
    }
}
