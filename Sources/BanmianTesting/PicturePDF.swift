import Foundation

/// A PDF of one page that is a picture and nothing else, as a scanner writes it: a JPEG (DCTDecode) drawn over
/// the whole page, no text layer. For the tests of OCR.
public struct PicturePDF: Sendable {
    /// The JPEG's bytes, its size in pixels and whether it is grey (else RGB).
    public var jpeg: Data
    public var pixels: (width: Int, height: Int)
    public var grey = true
    /// The page's size in points.
    public var pageSize: (width: Double, height: Double)

    public init(jpeg: Data, pixels: (width: Int, height: Int), pageSize: (width: Double, height: Double), grey: Bool = true) {
        self.jpeg = jpeg
        self.pixels = pixels
        self.pageSize = pageSize
        self.grey = grey
    }

    public var data: Data {
        var objects: [Data] = []
        let (width, height) = (String(format: "%.2f", pageSize.width), String(format: "%.2f", pageSize.height))
        objects.append(Data("<< /Type /Catalog /Pages 2 0 R >>".utf8))
        objects.append(Data("<< /Type /Pages /Kids [3 0 R] /Count 1 >>".utf8))
        objects.append(Data("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 \(width) \(height)] /Resources << /XObject << /Im0 4 0 R >> >> /Contents 5 0 R >>".utf8))
        let space = grey ? "/DeviceGray" : "/DeviceRGB"
        objects.append(
            Data("<< /Type /XObject /Subtype /Image /Width \(pixels.width) /Height \(pixels.height) /ColorSpace \(space) /BitsPerComponent 8 /Filter /DCTDecode /Length \(jpeg.count) >>\nstream\n".utf8)
                + jpeg + Data("\nendstream".utf8))
        let content = Data("q \(width) 0 0 \(height) 0 0 cm /Im0 Do Q".utf8)
        objects.append(Data("<< /Length \(content.count) >>\nstream\n".utf8) + content + Data("\nendstream".utf8))
        return MinimalPDF.file(of: objects, header: "%PDF-1.4\n")
    }
}
