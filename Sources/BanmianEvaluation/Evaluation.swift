import Banmian
import BanmianOCR
import BanmianPDF
import Foundation

/// Which form of a corpus page a system reads.
public enum InputForm: String, Sendable, Codable, CaseIterable {
    /// `pdftotext` (default mode), `pdftotext -raw`, `mutool draw -F txt`; `pdf`: the PDF itself (pages whose
    /// PDF is in the corpus), read with type sizes and boxes. `Baseline`s read the text forms; on `pdf` the
    /// `PDFBaseline`s read what pdftotext, pdfminer.six and PyMuPDF extracted from the same PDF. `scan300` and
    /// `scan200`: the PDF drawn at 300 or 200 dpi and damaged as a scan (`ScannedPage`), read with `--ocr`
    /// (Banmian only).
    case txt, raw, mutool, pdf, scan300, scan200

    var suffix: String {
        switch self {
        case .txt: ".txt"
        case .raw: ".raw.txt"
        case .mutool: ".mutool.txt"
        case .pdf, .scan300, .scan200: ".pdf"
        }
    }

    /// The resolution of a scan form's pictures.
    var scanResolution: Int? {
        switch self {
        case .scan300: 300
        case .scan200: 200
        default: nil
        }
    }
}

/// Scores Banmian and the baselines on a corpus folder: one row per system and input form.
public struct Evaluation: Sendable {
    public var corpus: URL
    public var inputs: [InputForm]
    public var pipeline: Pipeline
    /// Score only the first pages (sorted by name); nil for all.
    public var limit: Int?
    /// How PDFs are read (with their drawings or without).
    public var pdfSettings: PDFReader.Settings
    /// How scans of pages printed in Chinese are read, and of the others (the corpus's English pages): the
    /// languages a user names with `--lang` for the paper they read.
    public var recognizer = Recognizer()
    public var latinRecognizer = Recognizer(languages: "eng")
    /// A folder where each scan's picture and Tesseract's ALTO are kept, and read again on the next run instead
    /// of being made and recognized again (while the layout rules change, the recognition does not).
    public var keptScans: URL?

    public init(
        corpus: URL, inputs: [InputForm], pipeline: Pipeline = Pipeline(), limit: Int? = nil, pdfSettings: PDFReader.Settings = PDFReader.Settings()
    ) {
        self.corpus = corpus
        self.inputs = inputs
        self.pipeline = pipeline
        self.limit = limit
        self.pdfSettings = pdfSettings
    }

    public static let banmian = "Banmian"

    public func run(progress: @Sendable (Int, Int) -> Void = { _, _ in }) throws -> EvaluationReport {
        let files = try FileManager.default.contentsOfDirectory(atPath: corpus.path).filter { $0.hasSuffix(".json") }.sorted()
        let names = Array(files.prefix(limit ?? files.count)).map { String($0.dropLast(5)) }
        guard !names.isEmpty else { throw EvaluationError("no gold pages (NAME.json) in \(corpus.path)") }
        var report = EvaluationReport(pages: names.count)
        let systems = [Self.banmian] + Baseline.allCases.map(\.rawValue)
        // Banmian's pages, kept for the stories of each issue: input → page name → page.
        var read: [InputForm: [String: StoryScorer.Page]] = [:]
        let scans = readScans(names)
        for (done, name) in names.enumerated() {
            let gold = try GoldPage.load(corpus.appendingPathComponent(name + ".json"))
            let goldArticles = gold.articles.map(ScoredArticle.init)
            if FileManager.default.fileExists(atPath: corpus.appendingPathComponent(name + InputForm.pdf.suffix).path) {
                report.pagesWithPDF.insert(name)
            }
            for input in inputs {
                if input.scanResolution != nil {
                    if let page = scoreScan(name, input: input, scans: scans, gold: gold, goldArticles: goldArticles, into: &report) {
                        read[input, default: [:]][name] = StoryScorer.Page(gold: gold, goldArticles: goldArticles, predicted: page)
                    }
                    continue
                }
                if input == .pdf {
                    if let page = try scorePDF(name, gold: gold, goldArticles: goldArticles, into: &report) {
                        read[input, default: [:]][name] = StoryScorer.Page(gold: gold, goldArticles: goldArticles, predicted: page)
                    }
                    continue
                }
                let url = corpus.appendingPathComponent(name + input.suffix)
                guard let data = try? Data(contentsOf: url) else { throw EvaluationError("\(url.path) is missing") }
                for system in systems {
                    let predicted: [ScoredArticle]
                    if system == Self.banmian {
                        let source = PageSource(name: name + input.suffix, data: data, pageNumber: gold.number)
                        let page = try? pipeline.extract(source)
                        predicted = (page?.articles ?? []).map(ScoredArticle.init)
                        if let page { read[input, default: [:]][name] = StoryScorer.Page(gold: gold, goldArticles: goldArticles, predicted: page) }
                    } else {
                        predicted = Baseline(rawValue: system)!.articles(from: String(decoding: data, as: UTF8.self))
                    }
                    let counts = Scorer.score(gold: goldArticles, predicted: predicted)
                    report.add(system: system, input: input.rawValue, template: gold.template ?? "-", page: name, counts: counts)
                }
            }
            progress(done + 1, names.count)
        }
        // Stories: the pages of each issue (`issue07-p1` … `issue07-p4`) read together, in page order.
        for (input, pages) in read.sorted(by: { $0.key.rawValue < $1.key.rawValue }) {
            let issues = Dictionary(grouping: pages.keys, by: Self.issueName)
            for (_, members) in issues.sorted(by: { $0.key < $1.key }) {
                let ordered = members.sorted { (pages[$0]?.gold.number ?? 0, $0) < (pages[$1]?.gold.number ?? 0, $1) }.compactMap { pages[$0] }
                report.addStories(input: input.rawValue, counts: StoryScorer.score(ordered))
            }
        }
        return report
    }

    /// The issue a corpus page belongs to: its name without the page (`issue07-p3` → `issue07`).
    static func issueName(_ page: String) -> String {
        guard let cut = page.range(of: "-p", options: .backwards), page[cut.upperBound...].allSatisfy(\.isNumber) else { return page }
        return String(page[..<cut.lowerBound])
    }
}

public struct EvaluationError: Error, CustomStringConvertible {
    public var description: String
    init(_ description: String) { self.description = description }
}

/// The scores: overall per system and input form, Banmian's by layout template, and its worst pages.
public struct EvaluationReport: Sendable, Codable {
    public struct Row: Sendable, Codable {
        public var system: String
        public var input: String
        public var counts: Counts
        public var metrics: Metrics { counts.metrics }

        enum CodingKeys: String, CodingKey { case system, input, counts, metrics }

        public init(system: String, input: String, counts: Counts) {
            self.system = system
            self.input = input
            self.counts = counts
        }

        public init(from decoder: Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            system = try container.decode(String.self, forKey: .system)
            input = try container.decode(String.self, forKey: .input)
            counts = try container.decode(Counts.self, forKey: .counts)
        }

        public func encode(to encoder: Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(system, forKey: .system)
            try container.encode(input, forKey: .input)
            try container.encode(counts, forKey: .counts)
            try container.encode(metrics, forKey: .metrics)
        }
    }

    public struct PageScore: Sendable, Codable {
        public var page: String
        public var input: String
        public var editDistance: Double
        public var paragraphRecall: Double
    }

    public var pages: Int
    public var rows: [Row] = []
    /// The pages whose PDF is in the corpus, and every system's scores on just those pages: the PDF against
    /// the text forms of the same pages.
    public var pagesWithPDF: Set<String> = []
    public var rowsOnPagesWithPDF: [Row] = []
    public var byTemplate: [String: [String: Counts]] = [:]
    public var worst: [PageScore] = []

    init(pages: Int) { self.pages = pages }

    mutating func add(system: String, input: String, template: String, page: String, counts: Counts) {
        func add(to rows: inout [Row]) {
            if let index = rows.firstIndex(where: { $0.system == system && $0.input == input }) {
                rows[index].counts.add(counts)
            } else {
                rows.append(Row(system: system, input: input, counts: counts))
            }
        }
        add(to: &rows)
        if pagesWithPDF.contains(page) { add(to: &rowsOnPagesWithPDF) }
        guard system == Evaluation.banmian else { return }
        byTemplate[template, default: [:]][input, default: Counts()].add(counts)
        worst.append(PageScore(page: page, input: input, editDistance: counts.metrics.editDistance, paragraphRecall: counts.metrics.paragraphRecall))
        worst.sort { $0.editDistance > $1.editDistance }
        if worst.count > 10 { worst.removeLast() }
    }

    /// Adds the stories, teasers and furniture of one issue to Banmian's row of the input.
    mutating func addStories(input: String, counts: Counts) {
        guard let index = rows.firstIndex(where: { $0.system == Evaluation.banmian && $0.input == input }) else { return }
        rows[index].counts.addIssues(counts)
    }

    public func markdown() -> String {
        func cells(_ metrics: Metrics) -> String {
            Metrics.names.map { String(format: "%.3f", metrics[keyPath: $0.1]) }.joined(separator: " | ")
        }
        let header = "| " + Metrics.names.map(\.0).joined(separator: " | ") + " |"
        let rule = "|" + String(repeating: "---|", count: Metrics.names.count)
        func table(_ rows: [Row]) -> String {
            var out = "| system | input " + header + "\n|---|---" + rule + "\n"
            let rank = { (row: Row) in (row.input, row.system == Evaluation.banmian ? 0 : 1, row.system) }
            for row in rows.sorted(by: { rank($0) < rank($1) }) { out += "| \(row.system) | \(row.input) | " + cells(row.metrics) + " |\n" }
            return out
        }
        let pdfNote = rows.contains { $0.input == InputForm.pdf.rawValue } ? " (pdf: the \(pagesWithPDF.count) whose PDF is in the corpus)" : ""
        var out = "Evaluated on \(pages) pages\(pdfNote).\n\n" + table(rows)
        if rowsOnPagesWithPDF.contains(where: { $0.input == InputForm.pdf.rawValue }), Set(rowsOnPagesWithPDF.map(\.input)).count > 1 {
            out += "\nThe same \(pagesWithPDF.count) pages in every form (the pages whose PDF is in the corpus):\n\n"
            out += table(rowsOnPagesWithPDF.filter { $0.system == Evaluation.banmian || $0.input == InputForm.pdf.rawValue })
        }
        let scanRows = rows.filter { $0.system == Evaluation.banmian && $0.counts.truthCharacters > 0 }
        if !scanRows.isEmpty {
            out += "\nScans read by OCR (Tesseract): character error rate against the pages' text layers:\n\n| input | pages | characters | errors | CER |\n|---|---|---|---|---|\n"
            for row in scanRows.sorted(by: { $0.input < $1.input }) {
                let counts = row.counts
                let latin = (counts.truthCharacters - counts.chineseCharacters, counts.characterErrors - counts.chineseCharacterErrors)
                for (pages, characters, errors) in [("all", counts.truthCharacters, counts.characterErrors), ("Chinese", counts.chineseCharacters, counts.chineseCharacterErrors), ("Latin-script", latin.0, latin.1)] where characters > 0 {
                    out += String(format: "| %@ | %@ | %d | %d | %.4f |\n", row.input, pages, characters, errors, Double(errors) / Double(characters))
                }
            }
        }
        let storyRows = rows.filter {
            $0.system == Evaluation.banmian && $0.counts.goldStories + $0.counts.predictedStories + $0.counts.issuePages > 0
        }
        if !storyRows.isEmpty {
            out += "\nIssues: stories joined across each issue's pages, teasers linked, and each page's paper, date, issue number and page name (Banmian):\n\n"
            out += "| input | gold stories | found | right | story P | story R | teasers | linked right | teaser | pages | paper | date | number | page name |\n"
            out += "|---|---|---|---|---|---|---|---|---|---|---|---|---|---|\n"
            for row in storyRows.sorted(by: { $0.input < $1.input }) {
                let (counts, metrics) = (row.counts, row.metrics)
                out += String(
                    format: "| %@ | %d | %d | %d | %.3f | %.3f | %d | %d | %.3f | %d | %.3f | %.3f | %.3f | %.3f |\n", row.input, counts.goldStories,
                    counts.predictedStories, counts.storiesRight, metrics.storyPrecision, metrics.storyRecall, counts.goldTeasers,
                    counts.teasersRight, metrics.teaser, counts.issuePages, metrics.paper, metrics.date, metrics.issueNumber, metrics.pageName)
            }
        }
        out += "\nBanmian by layout template:\n\n| template | input " + header + "\n|---|---" + rule + "\n"
        for template in byTemplate.keys.sorted() {
            for (input, counts) in byTemplate[template]!.sorted(by: { $0.key < $1.key }) {
                out += "| \(template) | \(input) | " + cells(counts.metrics) + " |\n"
            }
        }
        out += "\nBanmian's worst pages (highest mean edit distance):\n\n| page | input | edit distance | paragraph recall |\n|---|---|---|---|\n"
        for page in worst { out += String(format: "| %@ | %@ | %.3f | %.3f |\n", page.page, page.input, page.editDistance, page.paragraphRecall) }
        return out
    }

    /// Banmian's scores that fall below the committed thresholds (`{"txt": {"groupingF1": 0.8, …}, …}`;
    /// for `editDistance` and the character error rates the threshold is a maximum).
    public func failures(against thresholds: [String: [String: Double]]) -> [String] {
        var failures: [String] = []
        for (input, limits) in thresholds.sorted(by: { $0.key < $1.key }) {
            guard let row = rows.first(where: { $0.system == Evaluation.banmian && $0.input == input }) else {
                failures.append("\(input): not evaluated")
                continue
            }
            let values = try? JSONSerialization.jsonObject(with: JSONEncoder().encode(row.metrics)) as? [String: Double]
            for (metric, limit) in limits.sorted(by: { $0.key < $1.key }) {
                guard let value = values?[metric] else {
                    failures.append("\(input): unknown metric \(metric)")
                    continue
                }
                let ok = ["editDistance", "characterErrorRate", "chineseCharacterErrorRate"].contains(metric) ? value <= limit + 1e-9 : value >= limit - 1e-9
                if !ok { failures.append(String(format: "%@ %@: %.4f, threshold %.4f", input, metric, value, limit)) }
            }
        }
        return failures
    }
}
