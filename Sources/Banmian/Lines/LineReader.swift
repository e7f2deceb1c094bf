/// Splits normalized page text into `TextLine`s: indentation measured, letter-spacing closed up.
struct LineReader: Sendable {
    var settings: LayoutSettings

    func lines(of text: String) -> [TextLine] {
        var result: [TextLine] = []
        var number = 0
        for raw in text.split(separator: "\n", omittingEmptySubsequences: false) {
            number += 1
            result.append(line(raw, number: number))
        }
        while result.last?.isBlank == true { result.removeLast() }
        return result
    }

    func line(_ raw: Substring, number: Int) -> TextLine {
        var indent = 0
        var start = raw.startIndex
        while start < raw.endIndex, CharacterClass.isSpace(raw[start]) {
            indent += raw[start] == "\u{3000}" ? 2 : 1
            start = raw.index(after: start)
        }
        var end = raw.endIndex
        while end > start, CharacterClass.isSpace(raw[raw.index(before: end)]) { end = raw.index(before: end) }
        var text = String(raw[start..<end])
        var letterSpaced = false
        if let closed = LetterSpacing.closeUp(text, settings: settings) {
            text = closed
            letterSpaced = true
        }
        if text.isEmpty { indent = 0 }
        return TextLine(number: number, text: text, indent: indent, width: CharacterClass.width(of: text), wasLetterSpaced: letterSpaced)
    }
}
