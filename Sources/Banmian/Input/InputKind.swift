import Foundation

/// What a file holds, told by its first bytes, not by its name: a PDF (`%PDF-`), an XML document whose root is
/// `alto` (an ALTO page) or `mets` (a METS issue), a picture (PNG, JPEG, TIFF, JPEG 2000, WebP, BMP, GIF: a
/// scan, for OCR), or text.
public enum InputKind: Sendable, Equatable {
    case pdf, alto, mets, image, text

    /// The first bytes of the pictures Tesseract reads.
    private static let pictureSignatures: [[UInt8]] = [
        [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A],  // PNG
        [0xFF, 0xD8, 0xFF],  // JPEG
        [0x49, 0x49, 0x2A, 0x00], [0x4D, 0x4D, 0x00, 0x2A],  // TIFF, little- and big-endian
        [0x00, 0x00, 0x00, 0x0C, 0x6A, 0x50, 0x20, 0x20], [0xFF, 0x4F, 0xFF, 0x51],  // JPEG 2000 (JP2, codestream)
        Array("GIF87a".utf8), Array("GIF89a".utf8),
    ]

    /// How many bytes `of(_:)` wants to see.
    public static let sniffBytes = 4096

    /// The kind of a file that starts with `head`. XML is recognized through a byte-order mark, white space, the
    /// XML declaration, comments and a DOCTYPE, and its root element's name with or without a prefix (`alto:alto`).
    public static func of(_ head: Data) -> InputKind {
        var bytes = head[...]
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
        if bytes.starts(with: Array("%PDF-".utf8)) { return .pdf }
        if pictureSignatures.contains(where: { head.starts(with: $0) }) { return .image }
        if head.count >= 12, head.starts(with: Array("RIFF".utf8)), head.dropFirst(8).starts(with: Array("WEBP".utf8)) { return .image }
        // BMP: `BM`, the file's size, four reserved zero bytes (which no text has).
        if head.count >= 14, head.starts(with: Array("BM".utf8)), head.dropFirst(6).prefix(4).allSatisfy({ $0 == 0 }) { return .image }
        let text = String(decoding: bytes, as: UTF8.self)
        var rest = Substring(text)
        while true {
            rest = rest.drop { $0.isWhitespace }
            if rest.hasPrefix("<?") || rest.hasPrefix("<!--") || rest.hasPrefix("<!") {
                let end = rest.hasPrefix("<!--") ? "-->" : ">"
                guard let close = rest.range(of: end) else { return .text }
                rest = rest[close.upperBound...]
                continue
            }
            break
        }
        guard rest.hasPrefix("<") else { return .text }
        let name = rest.dropFirst().prefix { !$0.isWhitespace && $0 != ">" && $0 != "/" }
        switch (name.split(separator: ":").last.map(String.init) ?? "").lowercased() {
        case "alto": return .alto
        case "mets": return .mets
        default: return .text
        }
    }

    /// The kind of the file at `path`, from its first bytes (a file that cannot be opened is text here: reading
    /// it as text names the reason).
    public static func of(path: String) -> InputKind {
        guard let file = try? InputFile.open(path), let head = try? file.read(upTo: sniffBytes) else { return .text }
        return of(head)
    }
}
