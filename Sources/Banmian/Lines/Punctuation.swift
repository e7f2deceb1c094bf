/// What the rules read from punctuation: where a sentence ends, which marks close a quotation or a bracket.
///
/// Every rule that asks "does this text end a sentence" asks `Punctuation.endsSentence`, so a paragraph break,
/// a heading cut, the assembly's "this part is unfinished" and an article's confidence agree on one answer.
enum Punctuation {
    /// Marks that end a sentence: full stop, question and exclamation mark (Chinese and Latin) and the ellipsis.
    static let sentenceStops: Set<Character> = ["。", "！", "？", "…", ".", "!", "?"]

    /// The full-width marks of running text inside and at the end of a sentence, which a heading seldom holds.
    static let bodyMarks: Set<Character> = ["，", "、", "；", "：", "。", "！", "？"]

    /// Marks that close a quotation or a bracket; a sentence may end inside them (`。”`, `？）`).
    static let closers: Set<Character> = ["”", "’", "\"", "'", "」", "』", "）", ")", "】", "》"]

    /// Quotation marks that open and close a quotation (not titles or brackets).
    static let quotationOpeners: Set<Character> = ["“", "‘", "「", "『"]
    static let quotationClosers: Set<Character> = ["”", "’", "」", "』"]

    /// The last character of a dispatch's closing credit (`（本报华盛顿１月１２日电）`, `（本栏均据新华社电）`).
    static let dispatchMarks: Set<Character> = ["电", "電", "讯", "訊"]

    /// Whether the text, spaces aside, stands wholly in round brackets (`（高艳华）`, `(AP)`): a credit or a note.
    static func isParenthesized(_ text: some StringProtocol) -> Bool {
        let text = text.trimmingCharacters(in: .whitespaces)
        return (text.hasPrefix("（") || text.hasPrefix("(")) && (text.hasSuffix("）") || text.hasSuffix(")"))
    }

    /// Whether the text leaves its words unfinished: it ends in a letter, a figure, a comma or a hyphen (the line
    /// above a heading's next line, `Defeat of a Federal Regiment by Morgan's` / `Guerillas.`).
    static func leavesUnfinished(_ text: some StringProtocol) -> Bool {
        text.last.map { $0.isLetter || $0.isNumber || $0 == "," || $0 == "-" } ?? false
    }

    /// Whether the text ends a sentence: its last mark, inside any closing quotes and brackets and before any
    /// trailing space, is a full stop, question or exclamation mark or an ellipsis; or it is such a sentence
    /// followed by a closing credit (`closingCredit`).
    static func endsSentence(_ text: some StringProtocol, creditLength: Int, dispatchLength: Int = 0) -> Bool {
        if let credit = closingCredit(in: text, creditLength: creditLength, dispatchLength: dispatchLength) {
            return endsSentence(text[..<credit.lowerBound], creditLength: 0)
        }
        guard let last = text.last(where: { !closers.contains($0) && !CharacterClass.isSpace($0) }) else { return false }
        return sentenceStops.contains(last)
    }

    /// Whether a sentence ends the text and a closing credit follows it: the text closes a news item.
    static func endsWithClosingCredit(_ text: some StringProtocol, creditLength: Int, dispatchLength: Int) -> Bool {
        guard let credit = closingCredit(in: text, creditLength: creditLength, dispatchLength: dispatchLength) else { return false }
        return endsSentence(text[..<credit.lowerBound], creditLength: 0)
    }

    /// The bracket that closes the text after something printed before it (trailing space aside), when it is a
    /// credit: a brief's author (`送温暖。（范菊）`: ideographs only, at most `creditLength` characters with the
    /// brackets) or a dispatch's agency, place and date (`（本报华盛顿１月１２日电）`: ideographs, digits and spaces
    /// ending in a dispatch mark, at most `dispatchLength` characters with the brackets).
    static func closingCredit<Text: StringProtocol>(in text: Text, creditLength: Int, dispatchLength: Int) -> Range<Text.Index>? {
        var end = text.endIndex
        while end > text.startIndex, CharacterClass.isSpace(text[text.index(before: end)]) { end = text.index(before: end) }
        let body = text[..<end]
        guard body.last == "）", let open = body.lastIndex(of: "（"), open > body.startIndex,
            isCredit(body[body.index(after: open)..<body.index(before: body.endIndex)], creditLength: creditLength, dispatchLength: dispatchLength)
        else { return nil }
        return open..<end
    }

    /// Whether the text inside a closing bracket is a credit (`closingCredit`): a name of ideographs, or a
    /// dispatch's agency, place and date ending in a dispatch mark.
    static func isCredit(_ name: some StringProtocol, creditLength: Int, dispatchLength: Int) -> Bool {
        if !name.isEmpty, name.count + 2 <= creditLength, name.allSatisfy(CharacterClass.isIdeograph) { return true }
        guard let mark = name.last, dispatchMarks.contains(mark), name.count + 2 <= dispatchLength else { return false }
        return name.allSatisfy { CharacterClass.isIdeograph($0) || $0.isNumber || CharacterClass.isSpace($0) }
    }
}
