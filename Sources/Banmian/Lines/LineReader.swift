/// Splits normalized page text into `TextLine`s: indentation measured, letter-spacing closed up.
struct LineReader: Sendable {
    var settings: LayoutSettings

    func lines(of numbered: [ColumnShredding.NumberedLine]) -> [TextLine] {
        let read = numbered.map { line(Substring($0.text), number: $0.number) }
        var result = ExtractorArtefacts.rejoiningSqueezedPunctuation(ExtractorArtefacts.joiningVerticalText(read))
        while result.last?.isBlank == true { result.removeLast() }
        return result
    }

    /// Some extractors (`mutool draw -F txt`) put a blank line after nearly every line: then a single blank line
    /// says nothing and is dropped, and only a run of blank lines still marks a break.
    static func undoingDoubleSpacing(_ lines: [TextLine], settings: LayoutSettings) -> [TextLine] {
        let text = lines.indices.filter { !lines[$0].isBlank }
        let followedByOneBlank = text.filter { index in
            index + 2 < lines.count && lines[index + 1].isBlank && !lines[index + 2].isBlank
        }
        guard text.count >= 10, followedByOneBlank.count * 10 >= text.count * 6 else { return lines }
        var result: [TextLine] = []
        var blanks = 0
        for line in lines {
            if line.isBlank {
                blanks += 1
                continue
            }
            if blanks >= 2, let last = result.last { result.append(TextLine(number: last.number + 1, text: "", indent: 0, width: 0)) }
            blanks = 0
            result.append(line)
        }
        return result
    }

    func line(_ raw: Substring, number: Int) -> TextLine {
        var indent = 0
        var asciiSpaces = 0
        var start = raw.startIndex
        while start < raw.endIndex, CharacterClass.isSpace(raw[start]) {
            if raw[start] == "\u{3000}" { indent += 2 } else { asciiSpaces += 1 }
            start = raw.index(after: start)
        }
        // A few ASCII spaces indent a paragraph; a long run only places a centred line (layout-preserving output).
        if asciiSpaces < settings.positioningSpaces { indent += asciiSpaces }
        var end = raw.endIndex
        while end > start, CharacterClass.isSpace(raw[raw.index(before: end)]) { end = raw.index(before: end) }
        let (text, letterSpaced) = ExtractorArtefacts.repairingLine(String(raw[start..<end]), settings: settings)
        if text.isEmpty { indent = 0 }
        return TextLine(number: number, text: text, indent: indent, width: CharacterClass.width(of: text), wasLetterSpaced: letterSpaced)
    }
}
