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

    /// Writes the picture of page `page.index` of `pdf`, with `result` drawn over it, to `output` (PNG).
    public func render(pdf: String, page: PDFPage, result: PageResult, to output: String) throws(BanmianError) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("banmian-render-\(UUID().uuidString)")
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        } catch {
            throw BanmianError(.unreadable, source: pdf, detail: "cannot be rendered (no temporary folder: \(error.localizedDescription))", advice: "check TMPDIR")
        }
        defer { try? FileManager.default.removeItem(at: folder) }
        let prefix = folder.appendingPathComponent("page").path
        let rendered = try ExternalTool.pdftoppm.run(
            ["-r", String(resolution), "-f", String(page.index), "-l", String(page.index), "-png", "-singlefile", pdf, prefix], source: pdf)
        guard rendered.status == 0, FileManager.default.fileExists(atPath: prefix + ".png") else {
            throw BanmianError(
                .damaged, source: pdf, detail: "page \(page.index) could not be rendered (\(rendered.errors.split(separator: "\n").first ?? "pdftoppm failed"))",
                advice: "repair it (mutool clean in.pdf out.pdf) and try again")
        }
        let drawing = ZoneDrawing(scale: Double(resolution) / 72).primitives(for: result, page: page.index)
        let drawn = try ExternalTool.convert.run([prefix + ".png", "-draw", drawing, output], source: pdf)
        guard drawn.status == 0, FileManager.default.fileExists(atPath: output) else {
            throw BanmianError(
                .unreadable, source: pdf, detail: "the picture could not be written to \(output) (\(drawn.errors.split(separator: "\n").first ?? "convert failed"))",
                advice: "check that the output folder exists and is writable")
        }
    }
}
