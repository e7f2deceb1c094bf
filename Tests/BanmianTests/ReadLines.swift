import Banmian
import Foundation

/// Lines with boxes built in a test, read as a page by the pipeline: as an OCR engine's reading of a scan
/// (`scanned`, as ALTO or a PDF's OCR layer) or as a typeset page's.
enum ReadLines {
    static func page(_ lines: [TextLine], name: String, scanned: Bool) -> PageResult {
        var drawings = PageDrawings()
        drawings.foundInScan = scanned
        return Pipeline().extract(lines: lines, source: PageSource(name: name, data: Data()), drawings: drawings)
    }
}
