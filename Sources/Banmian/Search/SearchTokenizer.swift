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
        var run: [(scalar: Unicode.Scalar, range: Range<Int>)] = []
        var word = ""
        var wordStart = 0
        var wordEnd = 0
        func endRun() {
            defer { run.removeAll(keepingCapacity: true) }
            for index in run.indices.dropLast() {
                let (first, second) = (run[index], run[index + 1])
                var pair = String(Character(first.scalar))
                pair.unicodeScalars.append(second.scalar)
                tokens.append(Token(text: pair, utf8Range: first.range.lowerBound..<second.range.upperBound))
                if mode == .document {
                    tokens.append(Token(text: String(Character(first.scalar)), utf8Range: first.range, colocated: true))
                }
            }
            // The last character has a position of its own, so that a phrase over two runs lines up.
            if let last = run.last { tokens.append(Token(text: String(Character(last.scalar)), utf8Range: last.range)) }
        }
        func endWord() {
            if !word.isEmpty { tokens.append(Token(text: word, utf8Range: wordStart..<wordEnd)) }
            word = ""
        }
        var offset = 0
        for original in text.unicodeScalars {
            let length = UTF8.width(original)
            defer { offset += length }
            let scalar = halfWidth(original)
            if isPaired(scalar) {
                endWord()
                run.append((scalar, offset..<offset + length))
            } else if isWordCharacter(scalar) {
                if !run.isEmpty { endRun() }
                if word.isEmpty { wordStart = offset }
                word += fold(scalar)
                wordEnd = offset + length
            } else if scalar.properties.generalCategory == .nonspacingMark, !word.isEmpty {
                wordEnd = offset + length  // an accent combined with the letter before it: folded away
            } else {
                if !run.isEmpty { endRun() }
                endWord()
            }
        }
        if !run.isEmpty { endRun() }
        endWord()
        return tokens
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
