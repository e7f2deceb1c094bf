/// Undoes what real extractors do to Chinese text beyond letter-spacing (see `LetterSpacing`), as they do it to
/// the born-digital PDFs of national dailies (Founder fonts):
///
/// - a space on each side of every run of digits (`1 月 5 日`, `2012 年`, `第 3 版`): Chinese sets them with no
///   space, so those spaces go (`spacedDigitRuns` says where; Latin words keep theirs);
/// - a caption printed vertically comes one character per line: a run of such lines is one line again;
/// - ornamental rules set in a font's private-use glyphs come as lines of nothing else: they are breaks;
/// - two marks squeezed into one em (`”，`, `》、`) are broken apart by `pdftotext -raw`, the second opening a line
///   of its own, which Chinese typesetting never does: it is the rest of the line before.
///
/// The dash `——` that extractors give as one `—` is left as it comes: the same papers print a single `—`
/// between places and times (`巴伦支海—欧洲`), which no rule can tell from half a dash; a subtitle opening
/// with one is read as a subtitle all the same.
enum ExtractorArtefacts {
    /// A line's text as read: letter-spacing closed up (`LetterSpacing`), then spaced digits; and whether it was
    /// letter-spaced. Text lines and PDF lines both come through here.
    static func repairingLine(_ text: String, settings: LayoutSettings) -> (text: String, letterSpaced: Bool) {
        let closed = LetterSpacing.closeUp(text, settings: settings)
        let spaced = closed ?? text
        return (repaired(spaced) ?? spaced, closed != nil)
    }

    /// `text` with spaces around digit runs closed up; nil when it has none.
    static func repaired(_ text: String) -> String? {
        guard text.unicodeScalars.contains(" ") else { return nil }
        let characters = Array(text)
        let runs = spacedDigitRuns(characters)
        guard !runs.isEmpty else { return nil }
        // The spaces on either side of each run, dropped in one pass (a line can be tens of kilobytes long).
        var dropped = Set<Int>()
        for (start, end) in runs {
            if end < characters.count, characters[end] == " " { dropped.insert(end) }
            if start > 0, characters[start - 1] == " " { dropped.insert(start - 1) }
        }
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for (index, character) in characters.enumerated() where !dropped.contains(index) { result.append(character) }
        return result
    }

    /// The digit runs (`start..<end`) an extractor set off with spaces: each side is a space before a CJK
    /// character, full-width punctuation, or the line's edge, and one side at least a space. On a line where a
    /// digit touches an ideograph the digits are as printed, and so is a space on one side (`本报讯 11月11日`):
    /// only runs with a space on both sides are the extractor's there (`20时— 1 月28日`, where the gap came
    /// close to its threshold). None where a run meets anything else (`邮发代号 43-21`, `CN 36`).
    static func spacedDigitRuns(_ characters: [Character]) -> [(Int, Int)] {
        var runs: [(Int, Int)] = []
        var bothSides: [(Int, Int)] = []
        var touching = false
        // A dash counts as Chinese where Chinese text goes on past it (`20时— 1 月`, not `Jan. 22 — The`).
        func chinese(_ at: Int, _ step: Int) -> Bool {
            guard at >= 0, at < characters.count else { return false }
            if characters[at] == "\u{2014}" { return chinese(at + step, step) }
            return isCJK(characters[at])
        }
        // One side of a run: the line's edge, a Chinese neighbour, or a space with Chinese beyond it.
        func side(_ neighbour: Character?, _ beyond: Int, _ step: Int) -> Bool {
            guard let neighbour else { return true }
            return neighbour == " " ? chinese(beyond, step) : chinese(beyond - step, step)
        }
        var index = 0
        while index < characters.count {
            guard isRun(characters[index]) else {
                index += 1
                continue
            }
            var end = index
            while end < characters.count, isRun(characters[end]) || (characters[end] == "." && end + 1 < characters.count && isRun(characters[end + 1])) {
                end += 1
            }
            let left = index > 0 ? characters[index - 1] : nil
            let right = end < characters.count ? characters[end] : nil
            if left.map(CharacterClass.isIdeograph) == true || right.map(CharacterClass.isIdeograph) == true {
                touching = true
                index = end
                continue
            }
            if side(left, index - 2, -1), side(right, end + 1, 1), left == " " || right == " " {
                runs.append((index, end))
                if left == " " && right == " " { bothSides.append((index, end)) }
            }
            index = end
        }
        // Where some digits touch their characters, only a run set off on both sides is the extractor's: one
        // space alone is printed (`本报讯 11月11日`).
        return touching ? bothSides : runs
    }

    /// Digits, which extractors set off with spaces in Chinese text.
    private static func isRun(_ character: Character) -> Bool { character.isASCII && character.isNumber }

    /// CJK ideographs and full-width punctuation.
    private static func isCJK(_ character: Character) -> Bool {
        guard let scalar = character.unicodeScalars.first else { return false }
        return CharacterClass.isIdeograph(scalar) || (0x3001...0x303F).contains(scalar.value) || (0xFF01...0xFF5E).contains(scalar.value)
            || [0x201C, 0x201D, 0x2018, 0x2019].contains(scalar.value)
    }

    /// A line of a font's private-use glyphs only (and spaces): an ornamental rule, not text.
    static func isOrnament(_ text: String) -> Bool {
        var glyphs = 0
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0xE000...0xF8FF, 0xF0000...0xFFFFD, 0x100000...0x10FFFD: glyphs += 1
            case 0x20, 0x3000: continue
            default: return false
            }
        }
        return glyphs > 0
    }

    /// `lines` with each line that opens with closing punctuation, right after a line ending in punctuation, put
    /// back at the end of that line.
    static func rejoiningSqueezedPunctuation(_ lines: [TextLine]) -> [TextLine] {
        var result: [TextLine] = []
        result.reserveCapacity(lines.count)
        for line in lines {
            if let first = line.text.first, CharacterClass.neverStartsALine(first), line.indent == 0,
                let previous = result.last, let last = previous.text.last, isCJK(last), !CharacterClass.isIdeograph(last) {
                result[result.count - 1].text += line.text
                result[result.count - 1].width = CharacterClass.width(of: result[result.count - 1].text)
                continue
            }
            result.append(line)
        }
        return result
    }

    /// `lines` with each line that opens with an opening mark (`“公有制`), right after a line ending in punctuation
    /// inside a sentence (`报告中说：`), put back at the end of that line when the two are one line of their column
    /// together and the second is short: `pdftotext -raw` breaks a line where a mark set in another font begins.
    /// A paragraph that opens with a quotation after one ending in a colon fills its first line (indents are lost
    /// in this form); after a sentence's end, a quotation or title as often opens a paragraph as goes on in the
    /// line, and a line opening with a bracket is a credit or a jump (`（记者 余超）`, `（下转第2版）`).
    static func rejoiningSplitOpenings(_ lines: [TextLine], settings: LayoutSettings) -> [TextLine] {
        var result: [TextLine] = []
        result.reserveCapacity(lines.count)
        for (index, line) in lines.enumerated() {
            if let first = line.text.first, CharacterClass.opensAQuotation(first), line.indent == 0, let previous = result.last,
                let last = previous.text.last, isCJK(last), !CharacterClass.isIdeograph(last), !CharacterClass.opensAQuotation(last),
                !settings.endsSentence(previous.text),
                let column = LineReader.columnWidth(around: index, in: lines, settings: settings),
                settings.isShort(line.width, column: column), settings.isFull(previous.width + line.width, column: column)
            {
                result[result.count - 1].text += line.text
                result[result.count - 1].width = CharacterClass.width(of: result[result.count - 1].text)
                continue
            }
            result.append(line)
        }
        return result
    }

    /// The fewest lines of one character each that are a vertical line of text rather than the short last lines
    /// of a few paragraphs.
    static let verticalRun = 4
    /// The most blank lines a space in a vertical line comes as.
    static let verticalGap = 3

    /// `lines` with each run of at least `verticalRun` lines of one CJK character joined into one line (a caption
    /// or headline printed vertically), and ornamental lines made breaks (their glyphs stand for no text).
    static func joiningVerticalText(_ lines: [TextLine]) -> [TextLine] {
        var result: [TextLine] = []
        var index = 0
        while index < lines.count {
            if isOrnament(lines[index].text) {
                result.append(TextLine(number: lines[index].number, text: "", indent: 0, width: 0))
                index += 1
                continue
            }
            var end = index
            var text = ""
            while end < lines.count, lines[end].text.count == 1, lines[end].text.first.map(isCJK) == true {
                text += lines[end].text
                end += 1
                // A space in vertical text (`（记者 徐萍 摄）`) comes as blank lines between its characters.
                var gap = end
                while gap < lines.count, lines[gap].isBlank, gap - end < verticalGap { gap += 1 }
                if gap > end, text.count >= verticalRun, gap < lines.count, lines[gap].text.count == 1,
                    lines[gap].text.first.map(isCJK) == true
                {
                    text += " "
                    end = gap
                }
            }
            if end - index >= verticalRun, lines[index..<end].contains(where: { $0.text.first.map(CharacterClass.isIdeograph) == true }) {
                var joined = lines[index]
                joined.text = text
                joined.width = CharacterClass.width(of: joined.text)
                joined.isSetVertically = true
                result.append(joined)
                // A vertical line is a block of its own: the text beside it does not run on from it.
                result.append(TextLine(number: lines[end - 1].number, text: "", indent: 0, width: 0))
                index = end
                continue
            }
            result.append(lines[index])
            index += 1
        }
        return result
    }
}
