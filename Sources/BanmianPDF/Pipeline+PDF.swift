import Banmian
import Foundation

extension Pipeline {
    /// Rebuilds the articles of one PDF page: its lines (`PDFReader.textLines`) through
    /// `extract(lines:source:position:size:)`, which puts them in reading order, with the page's size for the
    /// boxes. A page without a text layer gets a warning that points to OCR.
    /// `position` is the page's place in a multi-page file, as for `extract(lines:source:position:size:)`.
    public func extract(_ page: PDFPage, source: PageSource, position: Int? = nil) -> PageResult {
        var result = extract(
            lines: PDFReader.textLines(page), source: source, position: position, size: PageSize(width: page.width, height: page.height),
            drawings: page.drawings)
        if page.lines.isEmpty {
            result.diagnostics.append(
                Diagnostic(
                    code: .noTextLayer, severity: .warning,
                    message: "\(source.name): page \(page.index) has no text layer (a scan or a picture); run again with --ocr to read it with Tesseract"))
        }
        return result
    }

    /// Rebuilds the pages of a PDF document, in order, as `extract(_:of:firstNumber:)`; the document's problems
    /// (damage, missing pages, unreadable characters) go with the first page.
    public func extract(_ document: PDFDocument, firstNumber: Int?) -> [PageResult] {
        var results = extract(document.pages, of: document.path, firstNumber: firstNumber)
        if !results.isEmpty { results[0].diagnostics.insert(contentsOf: document.problems, at: 0) }
        if document.problems.contains(where: { $0.code == .damagedPDF }) {
            // A page of a damaged file that gave no text is no scan: its text was lost with the damage.
            for index in results.indices {
                guard let at = results[index].diagnostics.firstIndex(where: { $0.code == .noTextLayer }) else { continue }
                let page = document.pages[index].index
                results[index].diagnostics[at] = Diagnostic(
                    code: .pageUnreadable, severity: .warning,
                    message: "\(results[index].source): no text of page \(page) could be read: the file is damaged (see its first page's warning)")
            }
        }
        return results
    }

    /// Rebuilds the pages read from the PDF at `path`, in order. With several, each is named `path#N` (N its place
    /// in the file) and takes that place as its number unless the furniture says; `firstNumber` (`--page`)
    /// numbers the first and the others count on from it.
    public func extract(_ pages: [PDFPage], of path: String, firstNumber: Int?) -> [PageResult] {
        let several = pages.count > 1
        return pages.enumerated().map { offset, page in
            let source = PageSource(name: several ? "\(path)#\(page.index)" : path, data: Data(), pageNumber: firstNumber.flatMap { PageReference.number($0, countedOnBy: offset) })
            return extract(page, source: source, position: several ? page.index : nil)
        }
    }
}
