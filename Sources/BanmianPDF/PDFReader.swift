import Banmian
import Foundation

/// Reads the text layer of a PDF by running `mutool draw -F stext` (mupdf-tools, a separate program: nothing
/// of MuPDF is linked) and turns each page into the engine's lines, with boxes and type sizes.
public enum PDFReader {
    /// The pages of `path` (all, or `pages` 1-based), or an error that says what is wrong and what to do.
    public static func read(path: String, pages: ClosedRange<Int>? = nil) throws(BanmianError) -> [PDFPage] {
        // A regular file only: a directory or a named pipe that ends in .pdf is refused here, never handed to mutool.
        let head = try InputFile.open(path).read(upTo: 1024)
        guard String(decoding: head, as: UTF8.self).contains("%PDF-") else {
            throw BanmianError(.notPDF, source: path, detail: "is not a PDF (no %PDF header)", advice: "pass a PDF, or page text as .txt")
        }
        // mutool writes the XML (about a hundred times the text: every character with its box) to a file that
        // is read as a stream.
        let xml = FileManager.default.temporaryDirectory.appendingPathComponent("banmian-\(UUID().uuidString).stext")
        defer { try? FileManager.default.removeItem(at: xml) }
        var arguments = ["draw", "-q", "-F", "stext", "-o", xml.path, path]
        if let pages { arguments.append("\(pages.lowerBound)-\(pages.upperBound)") }
        let outcome = try ExternalTool.mutool.run(arguments, source: path)
        if outcome.errors.localizedCaseInsensitiveContains("password") || outcome.errors.localizedCaseInsensitiveContains("encrypt") {
            throw BanmianError(.encrypted, source: path, detail: "is encrypted", advice: "decrypt it first with its password: mutool clean -p PASSWORD in.pdf out.pdf")
        }
        let written = (try? FileManager.default.attributesOfItem(atPath: xml.path)[.size] as? Int) ?? 0
        guard outcome.status == 0 || written > 0, let parsed = StextParser.parse(contentsOf: xml) else {
            let reason = outcome.errors.split(separator: "\n").first.map(String.init) ?? "mutool failed"
            throw BanmianError(.damaged, source: path, detail: "could not be read (\(reason))", advice: "repair it (mutool clean in.pdf out.pdf) and try again")
        }
        // mutool numbers the pages it was asked for from 1: give them their place in the file.
        let offset = (pages?.lowerBound ?? 1) - 1
        let numbered = parsed.map { page in
            var page = page
            page.index += offset
            for index in page.lines.indices { page.lines[index].box.page += offset }
            return page
        }
        if numbered.allSatisfy({ $0.lines.isEmpty }) {
            throw BanmianError(
                .imageOnly, source: path, detail: "has no text layer (a scan)",
                advice: "run OCR first, e.g. ocrmypdf -l chi_sim in.pdf out.pdf, or tesseract on the page images")
        }
        return numbered
    }

    /// The engine's lines for one page, in the text layer's order (the pipeline puts them in reading order from
    /// their boxes). A line that starts with spaces is indented; each keeps its box and type size.
    ///
    /// Type sizes are kept only where they mean something: an OCR text layer under a scan sets each word in
    /// the size of its box, so its sizes vary without end and tell no headline; there the text rules decide.
    public static func textLines(_ page: PDFPage) -> [TextLine] {
        let sized = hasTypeSizes(page)
        return page.lines.enumerated().map { offset, line in
            var text = TextLine(
                number: offset + 1, text: line.text, indent: line.leadingSpace, width: TextLine.displayWidth(of: line.text), box: line.box)
            text.fontSize = sized ? line.fontSize : nil
            return text
        }
    }

    /// A page set in type uses a few sizes; an OCR layer has nearly as many sizes as lines. True when its
    /// distinct sizes (to a tenth of a point) number at most a dozen, or `typeSizeShare` of its lines if more.
    static func hasTypeSizes(_ page: PDFPage) -> Bool {
        let sizes = Set(page.lines.map { ($0.fontSize * 10).rounded() })
        return sizes.count <= max(12, Int(Double(page.lines.count) * typeSizeShare))
    }

    static let typeSizeShare = 0.05
}
