import Banmian
import BanmianLibrary
import BanmianPDF
import Foundation

/// What Banmian needs to know of a page picture before OCR: the resolution its pixels are in.
public enum PageImage {
    public struct Resolution: Sendable, Equatable {
        public var pixelsPerInch: Double
        /// The file says it (rather than the default being taken).
        public var stated: Bool
    }

    /// The resolution the picture at `path` states (its first frame's, as ImageMagick's `identify` reads it from
    /// the header), or 300 dpi
    /// when it states none: a picture without one gives the page's size in points only approximately.
    /// ImageMagick's `identify` (in the imagemagick package with `convert`).
    static let identify = ExternalTool(name: "identify", package: "imagemagick")

    public static func resolution(of path: String) -> Resolution {
        let fallback = Resolution(pixelsPerInch: ALTOReader.defaultPixelsPerInch, stated: false)
        let folder = FileManager.default.temporaryDirectory
        let output = folder.appendingPathComponent("banmian-identify-\(UUID().uuidString).txt")
        defer { try? FileManager.default.removeItem(at: output) }
        // `-ping`: the header only, not the pixels; `[0]`: the first frame of a multi-page TIFF only.
        guard let outcome = try? identify.run(["-ping", "-format", "%x %U", path + "[0]"], source: path, timeout: 60, output: output),
            outcome.status == 0, let text = try? String(contentsOf: output, encoding: .utf8)
        else { return fallback }
        return parse(text) ?? fallback
    }

    /// `300 PixelsPerInch`, `118.11 PixelsPerCentimeter` (ImageMagick's `%x %U`); nil when the units are undefined.
    static func parse(_ text: String) -> Resolution? {
        let fields = text.split(whereSeparator: \.isWhitespace)
        guard fields.count >= 2, let value = Double(fields[0]), value.isFinite, value > 0 else { return nil }
        switch fields[1] {
        case "PixelsPerInch": return Resolution(pixelsPerInch: value, stated: true)
        case "PixelsPerCentimeter": return Resolution(pixelsPerInch: value * 2.54, stated: true)
        default: return nil
        }
    }
}
