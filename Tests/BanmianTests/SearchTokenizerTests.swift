import Testing

@testable import Banmian

/// The tokens of full-text search: CJK runs as overlapping pairs with each character colocated, Latin words folded.
@Suite struct SearchTokenizerTests {
    func texts(_ text: String, _ mode: SearchTokenizer.Mode) -> [String] { SearchTokenizer.tokens(in: text, mode: mode).map(\.text) }

    @Test func aRunOfChineseIsPairsWithEachCharacterBesideItsPair() {
        let tokens = SearchTokenizer.tokens(in: "码头工人", mode: .document)
        #expect(tokens.map(\.text) == ["码头", "码", "头工", "头", "工人", "工", "人"])
        #expect(tokens.map(\.colocated) == [false, true, false, true, false, true, false])
        // Byte offsets in the UTF-8 (three bytes a character): what FTS5 highlights by.
        #expect(tokens[0].utf8Range == 0..<6 && tokens[6].utf8Range == 9..<12)
    }

    @Test func aQueryIsOneTokenAPositionAsInTheText() {
        #expect(texts("码头工人", .query) == ["码头", "头工", "工人", "人"])
        #expect(texts("码", .query) == ["码"])
        // Punctuation separates runs; a phrase over two runs lines up with the text's positions.
        #expect(texts("码头，工人", .query) == ["码头", "头", "工人", "人"])
    }

    @Test func latinWordsAreFoldedAndDigitsKept() {
        #expect(texts("Café CAFE ＣＡＦＥ naïve", .document) == ["cafe", "cafe", "cafe", "naive"])
        #expect(texts("1998年１月２日", .document) == ["1998", "年", "1", "月", "2", "日"])
        #expect(texts("5G网络", .query) == ["5g", "网络", "络"])
        #expect(texts("«Hello»—WORLD!", .query) == ["hello", "world"])
    }

    @Test func kanaAndHangulArePairedLikeHan() {
        #expect(texts("ニュース", .query) == ["ニュ", "ュー", "ース", "ス"])
        #expect(texts("신문", .query) == ["신문", "문"])
    }

    @Test func nothingToIndexGivesNoTokens() {
        #expect(texts("", .document).isEmpty)
        #expect(texts("，。！？ *:() \u{3000}", .query).isEmpty)
    }

    /// A decomposed accent stays with its letter; bytes that were not text never crash the tokenizer.
    @Test func combiningAccentsFoldAway() {
        let tokens = SearchTokenizer.tokens(in: "cafe\u{301} ok", mode: .document)
        #expect(tokens.map(\.text) == ["cafe", "ok"])
        #expect(tokens[0].utf8Range == 0..<6)
    }
}
