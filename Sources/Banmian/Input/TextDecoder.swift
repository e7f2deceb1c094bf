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

    /// Decodes a whole input as one text; text of nothing but white space is refused as empty.
    public func decode(_ source: PageSource) throws(BanmianError) -> Decoded {
        let decoded = try decode(bytes: [UInt8](source.data), name: source.name)
        if Self.isBlank(decoded.text) {
            throw BanmianError(.empty, source: source.name, detail: "holds no text", advice: "pass a page's extracted text")
        }
        return decoded
    }

    /// Decodes one page's bytes. `guess` is the encoding its file was detected in (tried first, detection
    /// follows when the page is not valid in it); `byteOrderMarked` the encoding a byte order mark at the
    /// start of the file named (the page's bytes hold no mark then). `page` is the page's place in its file,
    /// for errors about one page of many.
    public func decode(
        bytes: [UInt8], name: String, page: Int? = nil, guess: TextEncoding? = nil, byteOrderMarked: TextEncoding? = nil
    ) throws(BanmianError) -> Decoded {
        if let forced {
            guard let text = Self.convert(Self.droppingBOM(bytes, for: forced), from: forced) else {
                throw BanmianError(
                    .undecodable, source: name, page: page, detail: "is not valid \(forced.rawValue)",
                    advice: "try another --encoding (utf-8, gb18030, big5, utf-16le) or leave it out to detect one")
            }
            return try checked(Decoded(text: text, encoding: forced), name, page)
        }
        if let marked = byteOrderMarked {
            guard let text = Self.convert(bytes, from: marked) else {
                throw BanmianError(
                    .undecodable, source: name, page: page, detail: "starts with a \(marked.rawValue) byte order mark but is not valid \(marked.rawValue)",
                    advice: "re-save it as UTF-8, or name its real encoding with --encoding")
            }
            return try checked(Decoded(text: text, encoding: marked), name, page)
        }
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            return try decode(bytes: Array(bytes.dropFirst(3)), name: name, page: page, byteOrderMarked: .utf8)
        }
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            let encoding: TextEncoding = bytes[0] == 0xFF ? .utf16LE : .utf16BE
            return try decode(bytes: Array(bytes.dropFirst(2)), name: name, page: page, byteOrderMarked: encoding)
        }
        if bytes.isEmpty {
            throw BanmianError(.empty, source: name, page: page, detail: "is empty", advice: "pass a page's extracted text")
        }
        if Self.looksBinary(bytes) {
            throw BanmianError(
                .binary, source: name, page: page, detail: "is a binary file, not page text",
                advice: "pass the text a PDF extractor wrote (e.g. pdftotext page.pdf page.txt); a UTF-16 file without byte order mark needs --encoding utf-16le (or utf-16be)")
        }
        if let guess, let text = Self.convert(bytes, from: guess), guess == .utf8 || ScriptStatistics.plausibility(text) > 0.2 {
            return try checked(Decoded(text: text, encoding: guess), name, page)
        }
        if let text = String(validating: bytes, as: UTF8.self) {
            return try checked(Decoded(text: text, encoding: .utf8), name, page)
        }
        // Not UTF-8: the legacy Chinese encodings, whichever reads as more plausible Chinese.
        guard let best = Self.legacyGuess(bytes) else {
            throw BanmianError(
                .undecodable, source: name, page: page, detail: "is neither UTF-8, GB18030 nor Big5 text",
                advice: "convert it to UTF-8 (iconv -f ENCODING -t UTF-8), or name its encoding with --encoding")
        }
        return try checked(best, name, page)
    }

    /// GB18030 or Big5, whichever reads as more plausible Chinese; nil when neither is plausible.
    static func legacyGuess(_ bytes: [UInt8]) -> Decoded? {
        let candidates = [TextEncoding.gb18030, .big5].compactMap { encoding in
            convert(bytes, from: encoding).map { Decoded(text: $0, encoding: encoding) }
        }
        guard let best = candidates.max(by: { ScriptStatistics.plausibility($0.text) < ScriptStatistics.plausibility($1.text) }),
            ScriptStatistics.plausibility(best.text) > 0.2
        else { return nil }
        return best
    }

    /// The encoding the start of a file reads in (`sample`: its first bytes, possibly cut inside a
    /// character): UTF-8 when valid up to a cut at the end, else the plausible legacy encoding; nil when
    /// neither (each page is then detected alone).
    public static func guess(sample: [UInt8]) -> TextEncoding? {
        // Cut after the last line end: no encoding we read has 0x0A inside a character.
        let cut = sample.lastIndex(of: 0x0A).map { Array(sample[...$0]) } ?? sample
        if String(validating: cut, as: UTF8.self) != nil { return .utf8 }
        return legacyGuess(cut)?.encoding
    }

    /// Text that holds NUL characters is not text.
    private func checked(_ decoded: Decoded, _ name: String, _ page: Int?) throws(BanmianError) -> Decoded {
        if decoded.text.unicodeScalars.contains("\u{0}") {
            throw BanmianError(
                .binary, source: name, page: page, detail: "holds NUL characters after decoding as \(decoded.encoding.rawValue)",
                advice: "name the right encoding with --encoding")
        }
        return decoded
    }

    /// Text that holds nothing but white space (and byte order marks) is as good as empty.
    public static func isBlank(_ text: String) -> Bool {
        text.unicodeScalars.allSatisfy { $0.properties.isWhitespace || $0 == "\u{FEFF}" }
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
        return iconv(bytes, from: encoding.iconvName, to: "UTF-8").flatMap { String(validating: $0, as: UTF8.self) }
    }

    /// `text` in `encoding` (no byte order mark); nil where it holds characters the encoding lacks.
    public static func encoded(_ text: String, in encoding: TextEncoding) -> Data? {
        encoding == .utf8 ? Data(text.utf8) : iconv(Array(text.utf8), from: "UTF-8", to: encoding.iconvName).map { Data($0) }
    }

    /// `bytes` converted by iconv between the encodings it names; nil when they are not valid in the first.
    static func iconv(_ bytes: [UInt8], from source: String, to target: String) -> [UInt8]? {
        let descriptor = iconv_open(target, source)
        guard descriptor != iconv_t(bitPattern: -1) else { return nil }
        defer { iconv_close(descriptor) }
        var input = bytes.map { CChar(bitPattern: $0) }
        var output = [CChar](repeating: 0, count: bytes.count * 4 + 16)
        var inputLeft = input.count
        var outputLeft = output.count
        let converted = input.withUnsafeMutableBufferPointer { inBuffer in
            output.withUnsafeMutableBufferPointer { outBuffer in
                var inPointer = inBuffer.baseAddress
                var outPointer = outBuffer.baseAddress
                return Glibc.iconv(descriptor, &inPointer, &inputLeft, &outPointer, &outputLeft) != -1
            }
        }
        guard converted, inputLeft == 0 else { return nil }
        return output[0..<(output.count - outputLeft)].map { UInt8(bitPattern: $0) }
    }
}
