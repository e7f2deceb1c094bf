import Banmian
import Foundation
import Testing

/// A file's kind is told by its first bytes, whatever its name.
@Suite struct InputKindTests {
    @Test(arguments: [
        ("%PDF-1.7\n%âãÏÓ", InputKind.pdf), ("\u{FEFF}%PDF-1.4", .pdf),
        ("<?xml version=\"1.0\"?>\n<alto xmlns=\"http://www.loc.gov/standards/alto/ns-v4#\">", .alto),
        ("\u{FEFF}  <!-- made by hand -->\n<?xml version='1.0'?><!DOCTYPE alto><alto:alto xmlns:alto=\"x\">", .alto),
        ("<?xml version=\"1.0\"?><METS:mets xmlns:METS=\"http://www.loc.gov/METS/\">", .mets), ("<mets>", .mets),
        ("<?xml version=\"1.0\"?><html><body>", .text), ("人民日报\n第一版", .text), ("", .text), ("<!-- never closed", .text),
        ("<altogether>", .text),
    ])
    func kindsByContent(_ head: String, _ kind: InputKind) {
        #expect(InputKind.of(Data(head.utf8)) == kind, "\(head)")
    }

    /// Pictures (scans, for OCR) by their signatures; text that starts with the same letters stays text.
    @Test(arguments: [
        ([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13], InputKind.image), ([0xFF, 0xD8, 0xFF, 0xE0, 0, 16], .image),
        ([0x49, 0x49, 0x2A, 0x00, 8, 0], .image), ([0x4D, 0x4D, 0x00, 0x2A, 0, 8], .image),
        (Array("RIFF\u{0}\u{0}\u{0}\u{0}WEBPVP8 ".utf8), .image), ([0x42, 0x4D, 0x36, 0x10, 0x0E, 0x00, 0, 0, 0, 0, 0x36, 0, 0, 0], .image),
        (Array("GIF89a".utf8), .image), (Array("BMW 新闻\n第二行文字".utf8), .text), (Array("II 号文件".utf8), .text),
    ])
    func picturesBySignature(_ head: [UInt8], _ kind: InputKind) {
        #expect(InputKind.of(Data(head)) == kind, "\(head)")
    }
}
