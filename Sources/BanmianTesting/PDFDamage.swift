import Foundation

/// Ways a PDF file gets damaged, as a user's worst files are: cut off in a download, a bit flipped on a disk,
/// a page tree that lies, a server's HTML error page saved as `.pdf`. Each applies to the bytes of any PDF.
public enum PDFDamage: String, CaseIterable, Sendable {
    /// Cut off at a random place (an interrupted download).
    case truncated
    /// One byte flipped anywhere.
    case flippedByte
    /// One byte flipped inside a content or font stream (compressed data no longer inflates).
    case flippedStreamByte
    /// A run of bytes zeroed (a bad disk block).
    case zeroedRun
    /// A run of bytes removed: every later offset is wrong.
    case droppedRun
    /// Random bytes inserted.
    case insertedGarbage
    /// Nothing but the `%PDF-1.x` header.
    case headerOnly
    /// An HTML page behind a PDF header (a server's error page saved under the PDF's name).
    case htmlBehindHeader
    /// The page tree declares a billion pages.
    case hugePageCount
    /// The page tree lists itself among its pages.
    case pageTreeCycle
    /// A page of the page tree points at an object that does not exist.
    case missingPage
    /// The cross-reference table and trailer are gone.
    case missingXref
    /// The cross-reference table's offsets are garbage.
    case garbledXref
    /// Two damages at once.
    case twoDamages

    /// `pdf` with this damage, chosen with `random`.
    public func apply(to pdf: Data, using random: inout SeededGenerator) -> Data {
        var bytes = [UInt8](pdf)
        guard bytes.count > 16 else { return Data(bytes) }
        switch self {
        case .truncated:
            bytes = Array(bytes.prefix(Int.random(in: 9..<bytes.count, using: &random)))
        case .flippedByte:
            let at = Int.random(in: 0..<bytes.count, using: &random)
            bytes[at] ^= UInt8(1 << Int.random(in: 0..<8, using: &random))
        case .flippedStreamByte:
            let streams = Self.ranges(of: Array("stream\n".utf8), in: bytes)
            guard let start = streams.randomElement(using: &random) else { return PDFDamage.flippedByte.apply(to: pdf, using: &random) }
            let at = min(bytes.count - 1, start.upperBound + Int.random(in: 0..<400, using: &random))
            bytes[at] ^= UInt8(1 << Int.random(in: 0..<8, using: &random))
        case .zeroedRun:
            let start = Int.random(in: 0..<bytes.count, using: &random)
            let end = min(bytes.count, start + Int.random(in: 1...4096, using: &random))
            for index in start..<end { bytes[index] = 0 }
        case .droppedRun:
            let start = Int.random(in: 0..<bytes.count, using: &random)
            let end = min(bytes.count, start + Int.random(in: 1...4096, using: &random))
            bytes.removeSubrange(start..<end)
        case .insertedGarbage:
            let at = Int.random(in: 0..<bytes.count, using: &random)
            bytes.insert(contentsOf: (0..<Int.random(in: 1...512, using: &random)).map { _ in UInt8.random(in: 0...255, using: &random) }, at: at)
        case .headerOnly:
            bytes = Array("%PDF-1.\(Int.random(in: 3...7, using: &random))\n".utf8)
        case .htmlBehindHeader:
            bytes = Array("%PDF-1.4\n<!DOCTYPE html><html><head><title>404 Not Found</title></head><body><h1>Not Found</h1></body></html>\n".utf8)
        case .hugePageCount:
            bytes = Self.replacingFirst(#"/Count\s+\d+"#, in: bytes) { _ in "/Count 1000000000" }
        case .pageTreeCycle:
            // The Pages node's first kid becomes the Pages node itself.
            let text = String(decoding: bytes, as: UTF8.self)
            guard let node = text.range(of: #"(\d+) 0 obj\s*<<\s*/Type\s*/Pages"#, options: .regularExpression),
                let number = text[node].split(separator: " ").first
            else { return Data(bytes) }
            bytes = Self.replacingFirst(#"/Kids\s*\[\s*\d+ 0 R"#, in: bytes) { _ in "/Kids [\(number) 0 R" }
        case .missingPage:
            bytes = Self.replacingFirst(#"/Kids\s*\[\s*\d+ 0 R"#, in: bytes) { _ in "/Kids [99999 0 R" }
        case .missingXref:
            if let xref = Self.ranges(of: Array("xref".utf8), in: bytes).last { bytes = Array(bytes[..<xref.lowerBound]) }
        case .garbledXref:
            if let xref = Self.ranges(of: Array("xref".utf8), in: bytes).last {
                for index in xref.upperBound..<min(bytes.count, xref.upperBound + 2000) where (0x30...0x39).contains(bytes[index]) {
                    bytes[index] = UInt8(0x30 + Int.random(in: 0...9, using: &random))
                }
            }
        case .twoDamages:
            let simple: [PDFDamage] = [.truncated, .flippedByte, .flippedStreamByte, .zeroedRun, .droppedRun, .insertedGarbage, .hugePageCount, .garbledXref]
            var data = Data(bytes)
            for _ in 0..<2 { data = simple.randomElement(using: &random)?.apply(to: data, using: &random) ?? data }
            return data
        }
        return Data(bytes)
    }

    /// Where `needle` occurs in `bytes`.
    static func ranges(of needle: [UInt8], in bytes: [UInt8]) -> [Range<Int>] {
        guard !needle.isEmpty, bytes.count >= needle.count else { return [] }
        var found: [Range<Int>] = []
        var index = 0
        while index <= bytes.count - needle.count {
            if bytes[index] == needle[0], Array(bytes[index..<index + needle.count]) == needle {
                found.append(index..<index + needle.count)
                index += needle.count
            } else {
                index += 1
            }
        }
        return found
    }

    /// `bytes` with the first match of `pattern` (read as Latin-1 text, so offsets are bytes) replaced.
    static func replacingFirst(_ pattern: String, in bytes: [UInt8], with replacement: (String) -> String) -> [UInt8] {
        let text = String(bytes.map { Character(Unicode.Scalar($0)) })
        guard let range = text.range(of: pattern, options: .regularExpression) else { return bytes }
        // Scalars, not characters: CR LF is one character but two bytes.
        let start = text.unicodeScalars.distance(from: text.startIndex, to: range.lowerBound)
        let end = text.unicodeScalars.distance(from: text.startIndex, to: range.upperBound)
        let new = replacement(String(text[range])).unicodeScalars.map { UInt8(truncatingIfNeeded: $0.value) }
        return Array(bytes[..<start]) + new + Array(bytes[end...])
    }
}
