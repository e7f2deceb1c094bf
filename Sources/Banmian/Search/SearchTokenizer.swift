import Foundation

/// The tokens full-text search indexes and looks up: overlapping character pairs for runs of Chinese (and
/// Japanese, Korean) characters, each character on its own as well, and whole words for Latin script and digits,
/// folded so that `Café`, `CAFE` and full-width `ＣＡＦＥ` are one word.
///
/// A word of two or more CJK characters is found as the phrase of its pairs (`码头工人` is `码头 头工 工人` at
/// consecutive positions), which matches exactly where the characters stand together in the text; a single
/// character is found by its own token, set at the position of the pair it opens. So any run of characters is
/// found where it occurs, with no dictionary and no segmentation. Punctuation and spaces separate runs and
/// count for nothing inside a phrase, as between words.
public enum SearchTokenizer {
    /// Text being indexed gets pairs and single characters; a query gets what finds it: the pairs, and the last
    /// character (the only one of a one-character run), one token per position as in the text.
    public enum Mode: Sendable {
        case document, query
    }

    public struct Token: Sendable, Equatable {
        public var text: String
        /// The token's bytes in the UTF-8 of the text it was read from.
        public var utf8Range: Range<Int>
        /// At the same position as the token before it (a single character under the pair it opens).
        public var colocated: Bool

        public init(text: String, utf8Range: Range<Int>, colocated: Bool = false) {
            self.text = text
            self.utf8Range = utf8Range
            self.colocated = colocated
        }
    }

    /// The tokens of `text`, in order.
    public static func tokens(in text: String, mode: Mode) -> [Token] {
        var tokens: [Token] = []
        var utf8 = Array(text.utf8)
        utf8.withUnsafeMutableBufferPointer { buffer in
            forEachToken(in: UnsafeBufferPointer(buffer), mode: mode) { bytes, range, colocated in
                tokens.append(Token(text: String(decoding: bytes, as: UTF8.self), utf8Range: range, colocated: colocated))
                return true
            }
        }
        return tokens
    }

    /// Calls `body` with each token's bytes, its range in `text` (UTF-8) and whether it is colocated, without
    /// making a string of it: a pair is the text's own bytes, a word its folded bytes. Stops when `body` returns
    /// false. Bytes that are not UTF-8 separate tokens.
    public static func forEachToken(
        in text: UnsafeBufferPointer<UInt8>, mode: Mode, _ body: (UnsafeBufferPointer<UInt8>, Range<Int>, Bool) -> Bool
    ) {
        var word: [UInt8] = []
        word.reserveCapacity(64)
        var wordStart = 0
        var wordEnd = 0
        // The paired character before this one in the run, and whether the run has one.
        var previous = 0..<0
        var inRun = false
        var going = true
        func emit(_ range: Range<Int>, colocated: Bool) {
            guard going else { return }
            going = body(UnsafeBufferPointer(rebasing: text[range]), range, colocated)
        }
        func endRun() {
            if inRun { emit(previous, colocated: false) }
            inRun = false
        }
        func endWord() {
            guard !word.isEmpty, going else { return }
            going = word.withUnsafeBufferPointer { body($0, wordStart..<wordEnd, false) }
            word.removeAll(keepingCapacity: true)
        }
        var offset = 0
        while offset < text.count, going {
            let (decoded, length) = decode(text, at: offset)
            let range = offset..<offset + length
            offset += length
            let scalar = halfWidth(decoded ?? " ")
            if scalar.isASCII {
                let byte = UInt8(scalar.value)
                if (0x30...0x39).contains(byte) || (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte) {
                    endRun()
                    if word.isEmpty { wordStart = range.lowerBound }
                    word.append((0x41...0x5A).contains(byte) ? byte + 0x20 : byte)
                    wordEnd = range.upperBound
                } else {
                    endRun()
                    endWord()
                }
            } else if isPaired(scalar) {
                endWord()
                if inRun {
                    emit(previous.lowerBound..<range.upperBound, colocated: false)
                    if mode == .document { emit(previous, colocated: true) }
                }
                previous = range
                inRun = true
            } else if isWordCharacter(scalar) {
                endRun()
                if word.isEmpty { wordStart = range.lowerBound }
                word.append(contentsOf: fold(scalar).utf8)
                wordEnd = range.upperBound
            } else if scalar.properties.generalCategory == .nonspacingMark, !word.isEmpty {
                wordEnd = range.upperBound  // an accent combined with the letter before it: folded away
            } else {
                endRun()
                endWord()
            }
        }
        endRun()
        endWord()
    }

    /// The scalar whose UTF-8 starts at `offset`, and its length; nil (length 1) for a byte that starts none.
    static func decode(_ text: UnsafeBufferPointer<UInt8>, at offset: Int) -> (Unicode.Scalar?, Int) {
        let first = text[offset]
        if first < 0x80 { return (Unicode.Scalar(first), 1) }
        let length = first >= 0xF0 ? 4 : first >= 0xE0 ? 3 : first >= 0xC0 ? 2 : 0
        guard length > 0, offset + length <= text.count else { return (nil, 1) }
        var value = UInt32(first) & (0xFF >> (length + 1))
        for index in 1..<length {
            let byte = text[offset + index]
            guard byte & 0xC0 == 0x80 else { return (nil, 1) }
            value = value << 6 | UInt32(byte & 0x3F)
        }
        return (Unicode.Scalar(value), length)
    }

    /// Characters read in overlapping pairs: CJK ideographs, kana and hangul.
    public static func isPaired(_ scalar: Unicode.Scalar) -> Bool {
        if CharacterClass.isIdeograph(scalar) { return true }
        switch scalar.value {
        case 0x3040...0x30FF, 0x31F0...0x31FF, 0xAC00...0xD7AF, 0x1100...0x11FF: return true
        default: return false
        }
    }

    /// Letters and digits of the scripts written in words (Latin, Greek, Cyrillic…).
    public static func isWordCharacter(_ scalar: Unicode.Scalar) -> Bool {
        !isPaired(scalar) && (scalar.properties.isAlphabetic || scalar.properties.numericType == .decimal)
    }

    /// A full-width form of an ASCII character (`１`, `Ａ`) as the ASCII one; an ideographic space as a space.
    public static func halfWidth(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        switch scalar.value {
        case 0xFF01...0xFF5E: return Unicode.Scalar(scalar.value - 0xFEE0) ?? scalar
        case 0x3000: return " "
        default: return scalar
        }
    }

    /// A word character as search compares it: lower case, without accents (`É` → `e`), half width.
    public static func fold(_ scalar: Unicode.Scalar) -> String {
        let narrow = halfWidth(scalar)
        if narrow.isASCII { return String(Character(narrow)).lowercased() }
        var folded = ""
        for part in String(Character(narrow)).decomposedStringWithCanonicalMapping.unicodeScalars
        where part.properties.generalCategory != .nonspacingMark {
            folded += part.properties.lowercaseMapping
        }
        return folded
    }
}
