import Banmian
import Foundation

/// Ways page text gets mangled, as a new user's worst files are: what extractors, editors, encodings and
/// disks do to it, and the characters Unicode allows that no newspaper prints. Each applies to any page text.
public enum TextMutation: String, CaseIterable, Sendable {
    /// A combining mark or other grapheme extender after a character, often right after a marker's bracket.
    case combiningMark
    /// Control characters: NEL, other C0 and C1 controls, DEL.
    case controlCharacter
    /// Invisible characters: soft hyphen, zero-width space and joiners, byte order mark, form feed, bidi marks.
    case invisible
    /// Thousands of spaces (or ideographic spaces) before a line.
    case hugeIndent
    /// One line repeated into a line tens of kilobytes long.
    case longLine
    /// A marker of the newspaper's conventions inserted: a jump, a dateline, a byline, page furniture.
    case marker
    /// Numbers no page has: `第9223372036854775807版`, `（下转第九九九九九九九九九版）`.
    case hugeNumber
    /// Lines laid side by side as `pdftotext -layout` does, up to hundreds of columns.
    case fakeColumns
    /// Lines deleted, duplicated, shuffled, joined or split.
    case lineEdits
    /// Runs of blank lines, or none at all.
    case blankLines
    /// Emoji sequences, flags, variation selectors, characters beyond the Basic Multilingual Plane.
    case emoji
    /// Right-to-left text and bidi controls.
    case rightToLeft
    /// Form feeds: the text becomes several pages, some blank.
    case formFeeds
    /// CR, CRLF and LF mixed.
    case lineEnds
    /// Radicals and compatibility ideographs in place of ideographs.
    case radicals
    /// The whole text in another encoding: GB18030, Big5, UTF-16 with or without a byte order mark.
    case encoding
    /// Bytes: cut off (inside a character), a byte flipped, a NUL, a lone surrogate's UTF-8 (CESU-8).
    case bytes

    static let combining: [Unicode.Scalar] = ["\u{301}", "\u{300}", "\u{20DD}", "\u{FE0F}", "\u{200D}", "\u{1F3FB}", "\u{E0100}", "\u{309A}", "\u{0F71}", "\u{1AB0}"]
    static let controls: [Unicode.Scalar] = ["\u{85}", "\u{1}", "\u{7}", "\u{8}", "\u{B}", "\u{1B}", "\u{7F}", "\u{9B}", "\u{9F}", "\u{2028}", "\u{2029}"]
    static let invisibles: [Unicode.Scalar] = ["\u{AD}", "\u{200B}", "\u{200C}", "\u{200D}", "\u{FEFF}", "\u{C}", "\u{200E}", "\u{200F}", "\u{2060}", "\u{180E}"]
    static let markers = [
        "（下转第二版）", "（上接第一版）", "（下转第A3版）", "（上接第12版）", "本报讯", "本报北京1月5日电（记者冯歆然、曹嘉玥）", "新华社北京1月5日电（记者 董雪）",
        "□记者 刘腾 报道", "（记者 张三 摄）", "责任编辑：王五", "第3版", "2024年3月5日 星期二", "——副题文字", "图为测试。（通讯员 李四 摄）",
        "详见第3版", "By John Smith", "(Continued on Page 4)", "Page 7", "导读", "（", "）",
    ]
    static let hugeNumbers = [
        "第9223372036854775807版", "（下转第9223372036854775808版）", "（上接第99999999999999999999999版）", "（下转第九九九九九九九九九九九九九版）",
        "第十十十十十十十十十十十十十十十十版", "Page 18446744073709551616", "第-1版", "（下转第0版）", "第１２３４５６７８９０１２３４５６７８９０版",
    ]
    static let emojis = ["👨‍👩‍👧‍👦", "🇨🇳", "☺︎", "𠀀𠀁", "🏳️‍🌈", "\u{1F600}\u{FE0E}", "𝕏"]
    static let rightToLeftTexts = ["مرحبا بالعالم", "\u{202E}本报讯\u{202C}", "שלום עולם", "\u{2067}测试\u{2069}"]
    static let radicalScalars: [Unicode.Scalar] = ["\u{2F08}", "\u{2EA0}", "\u{2F47}", "\u{2F3E}", "\u{F900}", "\u{2F800}"]

    /// `lines` with this mutation, chosen with `random`.
    public func apply(to lines: [String], using random: inout SeededGenerator) -> [String] {
        var lines = lines.isEmpty ? [""] : lines
        let at = Int.random(in: 0..<lines.count, using: &random)
        switch self {
        case .combiningMark:
            for _ in 0..<Int.random(in: 1...5, using: &random) {
                let line = Int.random(in: 0..<lines.count, using: &random)
                let mark = String(Self.combining.randomElement(using: &random) ?? "\u{301}")
                lines[line] = Self.inserting(mark, into: lines[line], after: ["）", ")", "版", "讯", "电"], using: &random)
            }
        case .controlCharacter:
            for _ in 0..<Int.random(in: 1...20, using: &random) {
                let line = Int.random(in: 0..<lines.count, using: &random)
                lines[line] = Self.inserting(String(Self.controls.randomElement(using: &random) ?? "\u{85}"), into: lines[line], using: &random)
            }
        case .invisible:
            for _ in 0..<Int.random(in: 1...20, using: &random) {
                let line = Int.random(in: 0..<lines.count, using: &random)
                lines[line] = Self.inserting(String(Self.invisibles.randomElement(using: &random) ?? "\u{AD}"), into: lines[line], using: &random)
            }
            if Bool.random(using: &random) { lines = lines.map { line in line.isEmpty ? line : "\u{AD}" } }  // nothing visible left
        case .hugeIndent:
            let space = Bool.random(using: &random) ? " " : "\u{3000}"
            for _ in 0..<Int.random(in: 1...10, using: &random) {
                let line = Int.random(in: 0..<lines.count, using: &random)
                let nel = Bool.random(using: &random) ? "\u{85}" : ""
                lines[line] = nel + String(repeating: space, count: Int.random(in: 100...3000, using: &random)) + lines[line]
            }
        case .longLine:
            lines[at] = String(repeating: lines[at].isEmpty ? "测试" : lines[at], count: Int.random(in: 20...300, using: &random))
        case .marker:
            for _ in 0..<Int.random(in: 1...4, using: &random) {
                let marker = Self.markers.randomElement(using: &random) ?? "本报讯"
                let line = Int.random(in: 0..<lines.count, using: &random)
                switch Int.random(in: 0..<3, using: &random) {
                case 0: lines.insert(marker, at: line)
                case 1: lines[line] += marker
                default: lines[line] = marker + lines[line]
                }
            }
        case .hugeNumber:
            let number = Self.hugeNumbers.randomElement(using: &random) ?? "第9223372036854775807版"
            lines.insert(number, at: at)
        case .fakeColumns:
            let columns = Int.random(in: 0..<20, using: &random) == 0 ? Int.random(in: 40...400, using: &random) : Int.random(in: 2...12, using: &random)
            let width = Int.random(in: 4...24, using: &random)
            let rows = max(1, min(lines.count, Int.random(in: 5...80, using: &random)))
            var laid: [String] = []
            for row in 0..<rows {
                laid.append(
                    (0..<columns).map { column in
                        let text = lines[(row + column * rows) % lines.count]
                        let piece = String(text.prefix(width))
                        return piece + String(repeating: " ", count: max(0, width * 2 - TextLine.displayWidth(of: piece)))
                    }.joined(separator: "  "))
            }
            lines = laid
        case .lineEdits:
            switch Int.random(in: 0..<5, using: &random) {
            case 0: lines.remove(at: at)
            case 1: lines.insert(contentsOf: Array(repeating: lines[at], count: Int.random(in: 1...10, using: &random)), at: at)
            case 2: lines.shuffle(using: &random)
            case 3: lines = [lines.joined()]
            default: lines = lines.flatMap { line in line.count > 4 ? [String(line.prefix(line.count / 2)), String(line.dropFirst(line.count / 2))] : [line] }
            }
        case .blankLines:
            if Bool.random(using: &random) {
                lines = lines.filter { !$0.trimmingCharacters(in: .whitespaces).isEmpty }
            } else {
                lines.insert(contentsOf: Array(repeating: "", count: Int.random(in: 1...50, using: &random)), at: at)
            }
        case .emoji:
            for _ in 0..<Int.random(in: 1...10, using: &random) {
                let line = Int.random(in: 0..<lines.count, using: &random)
                lines[line] = Self.inserting(Self.emojis.randomElement(using: &random) ?? "🇨🇳", into: lines[line], using: &random)
            }
        case .rightToLeft:
            lines.insert(Self.rightToLeftTexts.randomElement(using: &random) ?? "مرحبا", at: at)
        case .formFeeds:
            for _ in 0..<Int.random(in: 1...6, using: &random) {
                let line = Int.random(in: 0..<lines.count, using: &random)
                lines[line] = Self.inserting("\u{C}", into: lines[line], using: &random)
            }
        case .lineEnds:
            return [lines.map { $0 + (["\r\n", "\r", "\n"].randomElement(using: &random) ?? "\n") }.joined()]
        case .radicals:
            for _ in 0..<Int.random(in: 1...20, using: &random) {
                let line = Int.random(in: 0..<lines.count, using: &random)
                lines[line] = Self.inserting(String(Self.radicalScalars.randomElement(using: &random) ?? "\u{2F08}"), into: lines[line], using: &random)
            }
        case .encoding, .bytes:
            break  // on bytes: `apply(to:using:)` of `Data`
        }
        return lines
    }

    /// `bytes` (the text's UTF-8) with this mutation; mutations of lines leave them as they are.
    public func apply(to bytes: Data, using random: inout SeededGenerator) -> Data {
        switch self {
        case .encoding:
            let text = String(decoding: bytes, as: UTF8.self)
            switch Int.random(in: 0..<5, using: &random) {
            case 0: return TextDecoder.encoded(text, in: .gb18030) ?? bytes
            case 1: return TextDecoder.encoded(text, in: .big5) ?? bytes
            case 2: return Data([0xFF, 0xFE]) + (TextDecoder.encoded(text, in: .utf16LE) ?? bytes)
            case 3: return Data([0xFE, 0xFF]) + (TextDecoder.encoded(text, in: .utf16BE) ?? bytes)
            default: return Data([0xEF, 0xBB, 0xBF]) + bytes
            }
        case .bytes:
            var data = [UInt8](bytes)
            guard !data.isEmpty else { return bytes }
            switch Int.random(in: 0..<4, using: &random) {
            case 0: data = Array(data.prefix(Int.random(in: 0..<data.count, using: &random)))
            case 1: data[Int.random(in: 0..<data.count, using: &random)] ^= UInt8(1 << Int.random(in: 0..<8, using: &random))
            case 2: data.insert(0, at: Int.random(in: 0..<data.count, using: &random))
            default: data.insert(contentsOf: [0xED, 0xA0, 0x80], at: Int.random(in: 0..<data.count, using: &random))
            }
            return Data(data)
        default:
            return bytes
        }
    }

    /// `text` with `insertion` at a random place; after one of `anchors` when the text has one and a coin says so.
    /// (On scalars: a line of megabytes is cut into characters by nobody.)
    static func inserting(_ insertion: String, into text: String, after anchors: [Character] = [], using random: inout SeededGenerator) -> String {
        var text = text
        let scalars = text.unicodeScalars
        let anchorScalars = Set(anchors.compactMap(\.unicodeScalars.first))
        let anchored = anchorScalars.isEmpty ? [] : scalars.indices.filter { anchorScalars.contains(scalars[$0]) }
        let at: String.Index
        if let anchor = anchored.randomElement(using: &random), Bool.random(using: &random) {
            at = scalars.index(after: anchor)
        } else {
            at = scalars.index(scalars.startIndex, offsetBy: Int.random(in: 0...scalars.count, using: &random))
        }
        text.unicodeScalars.insert(contentsOf: insertion.unicodeScalars, at: at)
        return text
    }
}
