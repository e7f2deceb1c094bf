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
