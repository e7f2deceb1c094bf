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
}
