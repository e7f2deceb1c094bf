/// What a user gets from a page's PDF without Banmian: a PDF text extractor's output in its reading order as one
/// article, scored by the same scorer on the `pdf` input.
public enum PDFBaseline: String, Sendable, CaseIterable, Codable {
    /// `pdftotext` in its default mode: `NAME.txt`, the `txt` text form.
    case pdftotext = "pdftotext"
    /// pdfminer.six `extract_text` with its default `LAParams`: `NAME.pdfminer.txt`.
    case pdfminer = "pdfminer.six"
    /// PyMuPDF `get_text("blocks")`, its text blocks in the order it gives them: `NAME.pymupdf.txt`.
    case pymupdf = "PyMuPDF"

    /// The file beside `NAME.pdf` that holds the tool's text of it.
    public var suffix: String {
        switch self {
        case .pdftotext: ".txt"
        case .pdfminer: ".pdfminer.txt"
        case .pymupdf: ".pymupdf.txt"
        }
    }

    /// What writes that file: said when it is missing.
    func producer(corpus: String) -> String {
        switch self {
        case .pdftotext: "python3 Benchmarks/Corpus/generate.py (pdftotext -enc UTF-8 NAME.pdf NAME.txt)"
        case .pdfminer, .pymupdf: "python3 Benchmarks/Corpus/pdf-baselines.py \(corpus) (after pip install pdfminer.six pymupdf)"
        }
    }

    /// The tool's text as one article whose paragraphs are its blank-line blocks, as `Baseline.asExtracted` reads it.
    public func articles(from text: String) -> [ScoredArticle] {
        Baseline.asExtracted.articles(from: text)
    }
}
