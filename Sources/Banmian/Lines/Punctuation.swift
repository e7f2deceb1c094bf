/// What the rules read from punctuation: where a sentence ends, which marks close a quotation or a bracket.
///
/// Every rule that asks "does this text end a sentence" asks `Punctuation.endsSentence`, so a paragraph break,
/// a heading cut, the assembly's "this part is unfinished" and an article's confidence agree on one answer.
enum Punctuation {
    /// Marks that end a sentence: full stop, question and exclamation mark (Chinese and Latin) and the ellipsis.
    static let sentenceStops: Set<Character> = ["。", "！", "？", "…", ".", "!", "?"]

    /// Marks that close a quotation or a bracket; a sentence may end inside them (`。”`, `？）`).
    static let closers: Set<Character> = ["”", "’", "\"", "'", "」", "』", "）", ")", "】", "》"]

    /// Whether the text ends a sentence: its last mark, inside any closing quotes and brackets and before any
    /// trailing space, is a full stop, question or exclamation mark or an ellipsis; or it is such a sentence
    /// followed by its author's name in brackets, as a brief closes (`送温暖。（范菊）`), the bracket holding
    /// ideographs only and at most `creditLength` characters with the brackets.
    static func endsSentence(_ text: some StringProtocol, creditLength: Int) -> Bool {
        var end = text.endIndex
        while end > text.startIndex, CharacterClass.isSpace(text[text.index(before: end)]) { end = text.index(before: end) }
        let body = text[..<end]
        if body.last == "）", let open = body.lastIndex(of: "（"), open > body.startIndex {
            let name = body[body.index(after: open)..<body.index(before: body.endIndex)]
            if !name.isEmpty, name.count + 2 <= creditLength, name.allSatisfy(CharacterClass.isIdeograph) {
                return endsSentence(body[..<open], creditLength: 0)
            }
        }
        guard let last = body.last(where: { !closers.contains($0) && !CharacterClass.isSpace($0) }) else { return false }
        return sentenceStops.contains(last)
    }
}
