import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Turns a page's bytes into text: UTF-8 (with or without BOM), UTF-16 with BOM, GB18030/GBK or Big5,
/// detected or forced. Refuses empty, binary and undecodable input with an error that says what to try.
public struct TextDecoder: Sendable {
    /// The decoded text and the encoding it was read in.
    public struct Decoded: Sendable, Equatable {
        public var text: String
        public var encoding: TextEncoding
    }

    /// Forces an encoding instead of detecting one.
    public var forced: TextEncoding?

    public init(forced: TextEncoding? = nil) { self.forced = forced }

    public func decode(_ source: PageSource) throws(BanmianError) -> Decoded {
        let bytes = [UInt8](source.data)
        if let forced {
            guard let text = Self.convert(Self.droppingBOM(bytes, for: forced), from: forced) else {
                throw BanmianError(
                    .undecodable, source: source.name, detail: "is not valid \(forced.rawValue)",
                    advice: "try another --encoding (utf-8, gb18030, big5, utf-16le) or leave it out to detect one")
            }
            return try checked(Decoded(text: text, encoding: forced), source)
        }
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            return try decodeUTF8(Array(bytes.dropFirst(3)), source)
        }
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            let encoding: TextEncoding = bytes[0] == 0xFF ? .utf16LE : .utf16BE
            guard let text = Self.convert(Array(bytes.dropFirst(2)), from: encoding) else {
                throw BanmianError(
                    .undecodable, source: source.name, detail: "starts with a UTF-16 byte order mark but is not valid UTF-16",
                    advice: "re-export the page as UTF-8")
            }
            return try checked(Decoded(text: text, encoding: encoding), source)
        }
        if bytes.isEmpty {
            throw BanmianError(.empty, source: source.name, detail: "is empty", advice: "pass a page's extracted text")
        }
        if Self.looksBinary(bytes) {
            throw BanmianError(
                .binary, source: source.name, detail: "is a binary file, not page text",
                advice: "pass the text a PDF extractor wrote (e.g. pdftotext page.pdf page.txt); a UTF-16 file without byte order mark needs --encoding utf-16le (or utf-16be)")
        }
        if let text = String(validating: bytes, as: UTF8.self) {
            return try checked(Decoded(text: text, encoding: .utf8), source)
        }
        // Not UTF-8: the legacy Chinese encodings, whichever reads as more plausible Chinese.
        let candidates = [TextEncoding.gb18030, .big5].compactMap { encoding in
            Self.convert(bytes, from: encoding).map { Decoded(text: $0, encoding: encoding) }
        }
        guard let best = candidates.max(by: { ScriptStatistics.plausibility($0.text) < ScriptStatistics.plausibility($1.text) }),
            ScriptStatistics.plausibility(best.text) > 0.2
        else {
            throw BanmianError(
                .undecodable, source: source.name, detail: "is neither UTF-8, GB18030 nor Big5 text",
                advice: "convert it to UTF-8 (iconv -f ENCODING -t UTF-8), or name its encoding with --encoding")
        }
        return try checked(best, source)
    }

    private func decodeUTF8(_ bytes: [UInt8], _ source: PageSource) throws(BanmianError) -> Decoded {
        guard let text = String(validating: bytes, as: UTF8.self) else {
            throw BanmianError(
                .undecodable, source: source.name, detail: "starts with a UTF-8 byte order mark but is not valid UTF-8",
                advice: "re-save it as UTF-8, or name its real encoding with --encoding")
        }
        return try checked(Decoded(text: text, encoding: .utf8), source)
    }

    /// Text that holds nothing but white space is as good as empty.
    private func checked(_ decoded: Decoded, _ source: PageSource) throws(BanmianError) -> Decoded {
        if decoded.text.unicodeScalars.allSatisfy({ $0.properties.isWhitespace || $0 == "\u{FEFF}" }) {
            throw BanmianError(.empty, source: source.name, detail: "holds no text", advice: "pass a page's extracted text")
        }
        if decoded.text.unicodeScalars.contains("\u{0}") {
            throw BanmianError(
                .binary, source: source.name, detail: "holds NUL characters after decoding as \(decoded.encoding.rawValue)",
                advice: "name the right encoding with --encoding")
        }
        return decoded
    }

    static func droppingBOM(_ bytes: [UInt8], for encoding: TextEncoding) -> [UInt8] {
        switch encoding {
        case .utf8 where bytes.starts(with: [0xEF, 0xBB, 0xBF]): Array(bytes.dropFirst(3))
        case .utf16LE where bytes.starts(with: [0xFF, 0xFE]), .utf16BE where bytes.starts(with: [0xFE, 0xFF]):
            Array(bytes.dropFirst(2))
        default: bytes
        }
    }

    /// A NUL byte, or many control bytes, in the first 8 KiB: not text in any encoding we read without a BOM.
    static func looksBinary(_ bytes: [UInt8]) -> Bool {
        let head = bytes.prefix(8192)
        if head.contains(0) { return true }
        let controls = head.filter { $0 < 0x20 && $0 != 0x09 && $0 != 0x0A && $0 != 0x0D && $0 != 0x0C && $0 != 0x1B }.count
        return controls * 20 > head.count
    }

    /// Converts with iconv (part of the C library); nil when the bytes are not valid in that encoding.
    static func convert(_ bytes: [UInt8], from encoding: TextEncoding) -> String? {
        if encoding == .utf8 { return String(validating: bytes, as: UTF8.self) }
        let descriptor = iconv_open("UTF-8", encoding.iconvName)
        guard descriptor != iconv_t(bitPattern: -1) else { return nil }
        defer { iconv_close(descriptor) }
        var input = bytes.map { CChar(bitPattern: $0) }
        var output = [CChar](repeating: 0, count: bytes.count * 2 + 16)
        var inputLeft = input.count
        var outputLeft = output.count
        let converted = input.withUnsafeMutableBufferPointer { inBuffer in
            output.withUnsafeMutableBufferPointer { outBuffer in
                var inPointer = inBuffer.baseAddress
                var outPointer = outBuffer.baseAddress
                return iconv(descriptor, &inPointer, &inputLeft, &outPointer, &outputLeft) != -1
            }
        }
        guard converted, inputLeft == 0 else { return nil }
        return String(validating: output[0..<(output.count - outputLeft)].map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }
}
