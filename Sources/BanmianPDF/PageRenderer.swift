import Banmian
import Foundation

/// Draws a PDF page as a picture with its articles' zones on it: `pdftoppm` (poppler-utils) renders the page,
/// ImageMagick's `convert` draws `ZoneDrawing` over it. Both run as separate programs.
public struct PageRenderer: Sendable {
    /// Dots per inch of the picture.
    public var resolution: Int

    public init(resolution: Int = 110) {
        self.resolution = resolution
    }

    /// Writes the plain picture of page `page` (1-based) of `pdf`, `width` pixels wide, to `output` (PNG): what
    /// the reader shows and crops its zones from.
    public static func picture(pdf: String, page: Int, width: Int, to output: String) throws(BanmianError) {
        let prefix = String(output.hasSuffix(".png") ? output.dropLast(4) : Substring(output))
        let rendered = try ExternalTool.pdftoppm.run(
            ["-f", String(page), "-l", String(page), "-scale-to-x", String(width), "-scale-to-y", "-1", "-png", "-singlefile", pdf, prefix], source: pdf,
            timeout: 120)
        guard rendered.status == 0, FileManager.default.fileExists(atPath: prefix + ".png") else {
            throw BanmianError(
                .damaged, source: pdf, detail: "page \(page) could not be drawn (\(rendered.errors.split(separator: "\n").first ?? "pdftoppm failed"))",
                advice: "repair it (mutool clean in.pdf out.pdf) and ingest it again")
        }
    }

    /// Writes frame `frame` (1-based: a multi-page TIFF's pages) of the page picture at `image`, `width` pixels
    /// across, to `output` as PNG (ImageMagick).
    public static func picture(image: String, frame: Int, width: Int, to output: String) throws(BanmianError) {
        let drawn = try ExternalTool.convert.run(
            ["\(image)[\(max(0, frame - 1))]", "-resize", "\(width)x", "png:" + output], source: image, timeout: 120)
        guard drawn.status == 0, FileManager.default.fileExists(atPath: output) else {
            throw BanmianError(
                .damaged, source: image, detail: "could not be drawn (\(drawn.errors.split(separator: "\n").first ?? "convert failed"))",
                advice: "check that it is a page picture ImageMagick reads, and ingest it again")
        }
    }

    /// What a page is drawn from: a page of a PDF, a picture of the page (a scan, the image an ALTO file was read
    /// from), or nothing (the page's size in white, for an ALTO file without its picture).
    public enum Background: Sendable {
        case pdf(String, page: Int)
        case picture(String)
        case blank
    }

    /// Writes the picture of page `page.index` of `pdf`, with `result` drawn over it, to `output` (PNG).
    public func render(pdf: String, page: PDFPage, result: PageResult, to output: String) throws(BanmianError) {
        try render(.pdf(pdf, page: page.index), size: PageSize(width: page.width, height: page.height), page: page.index, result: result, to: output)
    }

    /// Writes the picture of a page of `size` points, drawn from `background`, with `result` (its boxes on page
    /// `page`) drawn over it, to `output` (PNG). A picture is scaled to the page's size at `resolution`.
    public func render(_ background: Background, size: PageSize, page: Int, result: PageResult, to output: String) throws(BanmianError) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("banmian-render-\(UUID().uuidString)")
        let source: String
        switch background {
        case .pdf(let path, _), .picture(let path): source = path
        case .blank: source = output
        }
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        } catch {
            throw BanmianError(.unreadable, source: source, detail: "cannot be rendered (no temporary folder: \(error.localizedDescription))", advice: "check TMPDIR")
        }
        defer { try? FileManager.default.removeItem(at: folder) }
        let scale = Double(resolution) / 72
        let pixels = "\(max(1, Int((size.width * scale).rounded())))x\(max(1, Int((size.height * scale).rounded())))"
        var base: [String]
        switch background {
        case .pdf(let pdf, let number):
            let prefix = folder.appendingPathComponent("page").path
            let rendered = try ExternalTool.pdftoppm.run(["-r", String(resolution), "-f", String(number), "-l", String(number), "-png", "-singlefile", pdf, prefix], source: pdf)
            guard rendered.status == 0, FileManager.default.fileExists(atPath: prefix + ".png") else {
                throw BanmianError(
                    .damaged, source: pdf, detail: "page \(number) could not be rendered (\(rendered.errors.split(separator: "\n").first ?? "pdftoppm failed"))",
                    advice: "repair it (mutool clean in.pdf out.pdf) and try again")
            }
            base = [prefix + ".png"]
        case .picture(let path):
            // The first frame, grey turned to colour so the zones' colours show, scaled to the page.
            base = [path + "[0]", "-colorspace", "sRGB", "-type", "TrueColor", "-resize", pixels + "!"]
        case .blank:
            base = ["-size", pixels, "xc:white"]
        }
        let drawing = ZoneDrawing(scale: scale).primitives(for: result, page: page)
        let drawn = try ExternalTool.convert.run(base + ["-draw", drawing, output], source: source)
        guard drawn.status == 0, FileManager.default.fileExists(atPath: output) else {
            throw BanmianError(
                .unreadable, source: source, detail: "the picture could not be written to \(output) (\(drawn.errors.split(separator: "\n").first ?? "convert failed"))",
                advice: "check that the output folder exists and is writable")
        }
    }
}
