import Foundation
import Testing

@testable import Banmian

/// What fuzzing found, each case reproduced: inputs that crashed a whole run, or lost text without a word.
@Suite struct FuzzFindingTests {
    /// Reads `text` as a page file and checks that every letter of it is held by the result.
    func readsWithoutLoss(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let source = PageSource(name: "fuzz.txt", data: Data(text.utf8))
        let pages = try Pipeline().extractPages(source)
        #expect(!pages.isEmpty, sourceLocation: sourceLocation)
        let lost = TextAccounting.missingLetters(from: try Pipeline().normalizedText(of: source), in: pages)
        #expect(lost.isEmpty, "letters missing: \(lost.keys.map(String.init).sorted().joined())", sourceLocation: sourceLocation)
    }

    /// A combining mark or other grapheme extender right after (or inside) a marker: the regular expression's
    /// match ended inside a character, and turning it into a string range crashed.
    @Test(arguments: [
        "（下转第二版）\u{301}文字继续", "\u{301}（下转第二版）", "（下转第二版\u{301}）", "（下转第二\u{301}版）",
        "（上接第一版）\u{300}正文内容。", "本报讯\u{301}（记者 张三）测试内容。", "□记者\u{20DD} 刘腾 报道", "第3版\u{301} 要闻",
        "——副题\u{301}", "图为测试\u{301}。（记者 张三 摄\u{301}）", "By John\u{301} Smith", "（下转第二版）\u{1F3FB}\u{200D}\u{FE0F}",
        "（下转第二版）\u{E0100}", "本报北京1月5日电\u{302}（记者 冯歆然）", "（下转第A3版）\u{301}",
    ])
    func combiningMarkAtAMarker(_ line: String) throws {
        try readsWithoutLoss("本报讯 测试内容在这里。\n\(line)\n　　后面的文字。")
    }

    /// The match of a marker on whole characters: a mark after the closing bracket belongs to the bracket.
    @Test func markerMatchCoversWholeCharacters() throws {
        let pattern = Pattern(#"（下转第(.)版）"#)
        let text = "前文（下转第二版）\u{301}后文"
        let match = try #require(pattern.firstMatch(in: text))
        #expect(String(text[match.whole]) == "（下转第二版）\u{301}")
        #expect(match[1] == "二")
        let inside = "（下转第二\u{301}版）"
        #expect(pattern.firstMatch(in: inside) == nil || pattern.firstMatch(in: inside).map { String(inside[$0.whole]) } == inside)
        // A match that starts on a mark's base: the lower bound moves back to the character's start.
        let range = Pattern.Match.characterRange(NSRange(location: 1, length: 1), in: "e\u{301}x")
        #expect(range.map { String("e\u{301}x"[$0]) } == "e\u{301}")
        #expect(Pattern.Match.characterRange(NSRange(location: 9, length: 1), in: "abc") == nil)
        #expect(Pattern.Match.characterRange(NSRange(location: NSNotFound, length: 0), in: "abc") == nil)
    }

    /// `--page 9223372036854775807` with a second page: the count on from it overflowed.
    @Test func pageNumbersCountOnWithoutOverflow() throws {
        #expect(PageReference.number(Int.max, countedOnBy: 1) == nil)
        #expect(PageReference.number(4, countedOnBy: 2) == 6)
        let text = "本报讯 第一页。\u{0C}本报讯 第二页。"
        let pages = try Pipeline().extractPages(PageSource(name: "two.txt", data: Data(text.utf8), pageNumber: Int.max))
        #expect(pages.map(\.number) == [Int.max, 2])
    }

    /// A page number past any newspaper's (`第9223372036854775807版`) is no page reference.
    @Test func hugePageNumbersAreNoPageReferences() {
        #expect(PageReference(label: "9223372036854775807") == nil)
        #expect(PageReference(label: "99999999999999999999999") == nil)
        #expect(PageReference(label: "A99999")?.number == 99999)
        #expect(PageReference(label: "100000") == nil)
        #expect(PageReference(label: "一百零二")?.number == 102)
        #expect(PageReference(label: "十十十十十十十十十十十十十十十十十十") == nil)
    }

    /// An English page whose lines start with a control character (NEL) and thousands of spaces: the English
    /// jump patterns backtracked over the spaces at every position (330 KB took over two minutes; 0.35 s now).
    @Test func controlCharacterBeforeAHugeIndentIsReadLinearly() throws {
        let lines = (0..<60).map { index in "\u{85}" + String(repeating: " ", count: 3000 + index * 17) + "The council met on Tuesday \(index)." }
        try readsWithoutLoss("By Jane Doe\n" + lines.joined(separator: "\n") + "\n(Continued on Page 4)")
    }

    /// Inputs built from what fuzzing mutates, each read without a crash and without losing a letter.
    @Test(arguments: [
        String(repeating: "\u{301}", count: 5000),
        "本报讯\u{0085}" + String(repeating: " ", count: 3000) + "测试内容。\u{0085}（下转第二版）",
        "（下转第" + String(repeating: "九", count: 40) + "版）",
        "第9223372036854775807版\n本报讯 测试。",
        "\u{D7FF}\u{E000}\u{FFFD}\u{10FFFF} 本报讯 测试。",
        "\u{202E}本报讯\u{202C} 测试\u{200F}内容。",
        // Two dashed lines under one headline: the second was written over the first (now the first is the
        // headline wrapped at its dash, as the corpus page it came from prints it).
        "戏迷团长\n——侯树忱\n——吕志贵王立成\n本报记者 毛娜林\n　　“侯老的京剧团又来啦！”在辽宁山城本溪市的大街小巷。",
        // A jump marker with the paragraph's first character after it: the line was taken for a jump line.
        "　　当玉环县级行政机关。\n　　（上接第一版）江\n泽民说，他去年访问了美国。",
        // A photographer's credit with a role: the role was replaced by 摄.
        "　　龙舟队队员在比赛中奋力划桨。\n（记者 张三 摄）",
        // English credits with words that are no names.
        "By HE and b relie schoo\nThe council met on Tuesday.", "By Jane Doe, Staff Writer\nThe council met on Tuesday.",
        // A jump whose label names no page: its text was taken out and no page recorded.
        "The council met on Tuesday to hear the proposal.\nContinued on Page A", "　　会议指出，要坚持稳中求进。（下转第0版）",
        "（上接第999999版）　　会议强调，要抓好落实。",
    ])
    func mutatedPagesReadWithoutLoss(_ text: String) throws {
        try readsWithoutLoss(text)
    }
}
