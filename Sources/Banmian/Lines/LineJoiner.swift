/// Joins wrapped lines back into running text: CJK with no space, Latin words with one, hyphenation undone.
public enum LineJoiner {
    static func isQuote(_ character: Character) -> Bool { "“”‘’".contains(character) }

    public static func join<S: Sequence>(_ lines: S) -> String where S.Element == String {
        var result = ""
        for line in lines where !line.isEmpty {
            append(line, to: &result)
        }
        return result
    }

    /// A photo credit spaced between its words (`（通讯员 潘刚 摄）`) keeps its space where the line broke before
    /// the closing `摄）`.
    static func continuesSpacedCredit(_ result: String, with line: String) -> Bool {
        guard ["摄）", "攝）", "摄)", "攝)"].contains(where: line.hasPrefix), let open = result.lastIndex(where: { $0 == "（" || $0 == "(" }) else { return false }
        let credit = result[open...]
        return credit.contains(" ") && !credit.contains(where: { $0 == "）" || $0 == ")" }) && result.last?.isWhitespace == false
    }

    static func append(_ line: String, to result: inout String) {
        guard let last = result.last, let first = line.first else {
            result += line
            return
        }
        if last == "-" || last == "\u{2010}", first.isLowercase {
            let beforeHyphen = result.dropLast().last
            if beforeHyphen?.isLetter == true {
                result.removeLast()
                result += line
                return
            }
        }
        // A curly quote takes the side of the character it hugs: `流韵”` + `“五彩` joins, `said.”` + `“Then` does not.
        let left = isQuote(last) ? result.dropLast().last ?? last : last
        let right = isQuote(first) ? line.dropFirst().first ?? first : first
        // A dash between Latin words keeps its spaces (`Jan. 3` + `— After`); between CJK it has none.
        let latinDash = (right == "—" && left.isASCII && !left.isWhitespace) || (left == "—" && right.isASCII && (result.dropLast().last?.isASCII ?? false))
        if continuesSpacedCredit(result, with: line) {
            result += " " + line
        } else if !latinDash && (CharacterClass.joinsWithoutSpace(left) || CharacterClass.joinsWithoutSpace(right)) || last == "-" || last == "/" {
            result += line
        } else {
            result += " " + line
        }
    }
}

extension LineJoiner {
    /// A subhead's printed lines joined with one space (`锚定目标主动作为 开创高质量发展新局面`), for a two-line
    /// subhead is two phrases where a two-line headline is one sentence — unless the page shows the column wrapped
    /// it, read on as running text: the next line, shorter, starts at the line's left edge (`保持经济总量的基本` /
    /// `平衡` in a narrow column), or the line fills its column (`columnWidth`, the text's lines beside it) but
    /// for less than two of its characters and the shorter next one stands on its centre (`关注部队的现代化建` / `设`).
    static func joinSubhead(_ lines: [TextLine], columnWidth: Double? = nil) -> String {
        func wrapped(_ above: TextLine, _ line: TextLine) -> Bool {
            guard let top = above.box, let box = line.box, top.maxX > box.maxX else { return false }
            if abs(top.x - box.x) < box.height / 2 { return true }
            guard let columnWidth, let size = above.fontSize else { return false }
            return columnWidth - top.width < 2 * size && box.x > top.x
        }
        var text = ""
        for (index, line) in lines.enumerated() {
            if index > 0, wrapped(lines[index - 1], line) {
                append(line.text, to: &text)
            } else {
                text += (index > 0 ? " " : "") + line.text
            }
        }
        return text
    }
}
