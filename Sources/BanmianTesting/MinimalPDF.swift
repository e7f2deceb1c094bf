import Foundation

/// A small PDF written from scratch, for tests and the fuzzer: pages of text lines in a standard font, with an
/// optional Unicode map (ToUnicode) that gives byte codes any code point: ideographs (a Chinese text layer
/// without a font file), or what a broken font gives (control characters, lone surrogates).
public struct MinimalPDF: Sendable {
    /// Each page's lines, as byte codes (`Array("Hello".utf8)`).
    public var pages: [[[UInt8]]]
    /// The code point each byte code stands for, where not the byte itself; UTF-16 units, so a lone surrogate
    /// can be written.
    public var unicodeMap: [UInt8: [UInt16]] = [:]
    public var fontSize = 12.0
    public var pageSize = (width: 420.0, height: 595.0)

    public init(pages: [[[UInt8]]], unicodeMap: [UInt8: [UInt16]] = [:]) {
        self.pages = pages
        self.unicodeMap = unicodeMap
    }

    /// Pages of Latin-1 text.
    public init(text pages: [[String]]) {
        self.pages = pages.map { $0.map { Array($0.unicodeScalars.map { UInt8(truncatingIfNeeded: $0.value) }) } }
    }

    /// A text layer of ideographs: each distinct character of `pages` gets a byte code from 0x80 up (at most
    /// 128 of them; ASCII stays itself), mapped back by the Unicode map.
    public init(chinese pages: [[String]]) {
        var codes: [Character: UInt8] = [:]
        var map: [UInt8: [UInt16]] = [:]
        let encoded = pages.map { lines in
            lines.map { line -> [UInt8] in
                line.compactMap { character -> UInt8? in
                    if let ascii = character.asciiValue { return ascii }
                    if let code = codes[character] { return code }
                    guard codes.count < 128 else { return nil }
                    let code = UInt8(0x80 + codes.count)
                    codes[character] = code
                    map[code] = Array(String(character).utf16)
                    return code
                }
            }
        }
        self.init(pages: encoded, unicodeMap: map)
    }

    public var data: Data {
        var objects: [Data] = []
        func add(_ text: String) { objects.append(Data(text.utf8)) }
        func stream(_ body: Data, dictionary: String = "") -> Data {
            Data("<< /Length \(body.count)\(dictionary) >>\nstream\n".utf8) + body + Data("\nendstream".utf8)
        }
        let pageCount = pages.count
        // 1 catalog, 2 pages, 3 font, 4 its Unicode map, then a page and its content for each page.
        add("<< /Type /Catalog /Pages 2 0 R >>")
        let kids = (0..<pageCount).map { "\(5 + 2 * $0) 0 R" }.joined(separator: " ")
        add("<< /Type /Pages /Kids [\(kids)] /Count \(pageCount) >>")
        add("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica" + (unicodeMap.isEmpty ? "" : " /ToUnicode 4 0 R") + " >>")
        objects.append(stream(Data(cmap.utf8)))
        for (index, lines) in pages.enumerated() {
            add(
                "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 \(pageSize.width) \(pageSize.height)] /Resources << /Font << /F1 3 0 R >> >> /Contents \(6 + 2 * index) 0 R >>")
            var content = Data("BT /F1 \(fontSize) Tf \(fontSize * 1.3) TL 40 \(pageSize.height - 50) Td\n".utf8)
            for line in lines { content += literal(line) + Data(" '\n".utf8) }
            content += Data("ET".utf8)
            objects.append(stream(content))
        }
        return Self.file(of: objects, header: "%PDF-1.4\n%\u{E2}\u{E3}\u{CF}\u{D3}\n")
    }

    /// A PDF file of `objects` (object 1 the catalog), numbered from 1, with its cross-reference table.
    static func file(of objects: [Data], header: String) -> Data {
        var pdf = Data(header.utf8)
        var offsets: [Int] = []
        for (index, object) in objects.enumerated() {
            offsets.append(pdf.count)
            pdf += Data("\(index + 1) 0 obj\n".utf8) + object + Data("\nendobj\n".utf8)
        }
        let xref = pdf.count
        pdf += Data("xref\n0 \(objects.count + 1)\n0000000000 65535 f \n".utf8)
        for offset in offsets { pdf += Data(String(format: "%010d 00000 n \n", offset).utf8) }
        pdf += Data("trailer\n<< /Size \(objects.count + 1) /Root 1 0 R >>\nstartxref\n\(xref)\n%%EOF\n".utf8)
        return pdf
    }

    /// A PDF literal string: `(…)` with `\`, `(` and `)` escaped.
    private func literal(_ bytes: [UInt8]) -> Data {
        var out = Data("(".utf8)
        for byte in bytes {
            if byte == 0x5C || byte == 0x28 || byte == 0x29 { out.append(0x5C) }
            out.append(byte)
        }
        out.append(0x29)
        return out
    }

    private var cmap: String {
        let entries = unicodeMap.sorted { $0.key < $1.key }.map { code, units in
            String(format: "<%02X> <", code) + units.map { String(format: "%04X", $0) }.joined() + ">"
        }
        var chunks: [String] = []
        for start in stride(from: 0, to: entries.count, by: 100) {
            let part = entries[start..<min(start + 100, entries.count)]
            chunks.append("\(part.count) beginbfchar\n" + part.joined(separator: "\n") + "\nendbfchar")
        }
        return """
            /CIDInit /ProcSet findresource begin 12 dict begin begincmap
            /CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def
            /CMapName /Banmian-UCS def /CMapType 2 def
            1 begincodespacerange <00> <FF> endcodespacerange
            \(chunks.joined(separator: "\n"))
            endcmap CMapName currentdict /CMap defineresource pop end end
            """
    }
}
