import Banmian
import Foundation

extension Pipeline {
    /// Rebuilds the articles of an ALTO page as of a PDF page: its lines, with their boxes, put in reading order.
    /// Type sizes are used only where most of the text has one and they look set in type (a body size holding
    /// much of the text), as for a PDF's text layer; an OCR engine's reading that gives none gets the sizes its
    /// characters' heights show (`TypeSizes`). Faces only where the page was not recognized by OCR.
    /// `number` is the page's number when the caller knows it (`--page`).
    public func extract(_ page: ALTOPage, source: String, several: Bool = false, number: Int? = nil) -> PageResult {
        var page = page
        // An OCR engine's reading without type sizes: the sizes its lines look set in, as a page's few sizes.
        if page.isRecognized, page.lines.allSatisfy({ $0.fontSize == nil }), !page.measuredSizes.isEmpty {
            let measured = page.lines.indices.filter { page.measuredSizes[page.lines[$0].number] != nil }
            let sizes = TypeSizes.clustered(measured.map { page.measuredSizes[page.lines[$0].number] ?? 0 }, weights: measured.map { page.lines[$0].text.count })
            for (index, size) in zip(measured, sizes) { page.lines[index].fontSize = size }
        }
        // Sizes the engine wrote itself are checked by how tightly each line is set.
        if page.isRecognized { page.lines = TypeSizes.checkedByDensity(page.lines, inkWidths: page.inkWidths) }
        let sizes = page.lines.compactMap { line in line.fontSize.map { (size: $0, characters: line.text.count) } }
        let characters = page.lines.reduce(0) { $0 + $1.text.count }
        let sized = sizes.reduce(0) { $0 + $1.characters } * 2 >= characters && PDFSettings().areTypeSizes(sizes)
        let lines = page.lines.map { line in
            var line = line
            if !sized {
                line.fontSize = nil
                line.face = nil
            }
            // An OCR engine's bold and italic are guesses word by word, as its box sizes are: set apart by them,
            // body lines would start articles (the 1862 page loses a headline).
            if page.isRecognized { line.face = nil }
            return line
        }
        let name = several ? "\(source)#\(page.index)" : source
        var drawings = page.drawings
        drawings.foundInScan = page.isRecognized
        var result = extract(
            lines: lines, source: PageSource(name: name, data: Data(), pageNumber: number), position: several ? page.index : nil, size: page.size,
            drawings: drawings)
        if !page.doubtfulWords.isEmpty {
            let shown = page.doubtfulWords.prefix(12).map { "\($0.word) (line \($0.line), \(String(format: "%.2f", $0.confidence)))" }
            let more = page.doubtfulWords.count > shown.count ? ", …" : ""
            result.diagnostics.append(
                Diagnostic(
                    code: .doubtfulWords, severity: .info,
                    message: "\(name): \(page.doubtfulWords.count) words the OCR was unsure of (confidence under \(ALTOReader.doubtfulConfidence)) are kept as it read them: \(shown.joined(separator: ", "))\(more)"))
        }
        return result
    }
}
