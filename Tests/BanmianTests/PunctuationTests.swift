import Testing

@testable import Banmian

/// The one "ends a sentence" test that paragraph breaks, heading cuts, assembly and confidence all ask.
@Suite struct PunctuationTests {
    let credit = LayoutSettings().trailingCreditMaximumLength

    @Test func stopsEndASentence() {
        for text in ["馆内座位全部坐满。", "这能行吗？", "太好了！", "他说了很久……", "The hall was full.", "Why not?"] {
            #expect(Punctuation.endsSentence(text, creditLength: credit), "\(text)")
        }
    }

    @Test func clauseMarksDoNot() {
        for text in ["夜读期间，读者可以使用", "一是开放时间，", "主要有三点：", "包括图书、期刊、", "", "   "] {
            #expect(!Punctuation.endsSentence(text, creditLength: credit), "\(text)")
        }
    }

    @Test func aSentenceEndsInsideClosingQuotesAndBrackets() {
        #expect(Punctuation.endsSentence("馆长说：“夜读服务开放首周，共接待读者两千多人次。”", creditLength: credit))
        #expect(Punctuation.endsSentence("（这已是今年第三次延期。）", creditLength: credit))
        #expect(Punctuation.endsSentence("他问：“你来了吗？”」 ", creditLength: credit))
        // A closing quote after a comma is a quotation going on, not a sentence's end.
        #expect(!Punctuation.endsSentence("“我们一定办好，”", creditLength: credit))
    }

    @Test func aBriefsCreditFollowsItsLastSentence() {
        #expect(Punctuation.endsSentence("街道为老人送去了温暖。（范菊）", creditLength: credit))
        #expect(Punctuation.endsSentence("街道为老人送去了温暖。”（范菊）", creditLength: credit))
        // A bracket that is not a name after a sentence: too long, or not ideographs only, or no sentence before.
        #expect(!Punctuation.endsSentence("街道为老人送去了温暖。（本报通讯员范菊报道）", creditLength: credit))
        #expect(!Punctuation.endsSentence("今年的目标是（2024年）", creditLength: credit))
        #expect(!Punctuation.endsSentence("街道为老人送去了温暖（范菊）", creditLength: credit))
    }

    @Test func aDispatchsCreditFollowsItsLastSentence() {
        let settings = LayoutSettings()
        #expect(settings.endsSentence("关系的真正改善尚需时日。（本报华盛顿１月１２日电）"))
        #expect(settings.endsSentence("会谈在友好的气氛中进行。（本栏均据新华社电）"))
        // Without a sentence before it, or not ending in a dispatch mark, or too long, a bracket is no credit.
        #expect(!settings.endsSentence("关系的真正改善尚需时日（本报华盛顿１月１２日电）"))
        #expect(!settings.endsSentence("尚需时日。（１月１２日）"))
        #expect(!settings.endsSentence("尚需时日。（本报驻华盛顿记者站１９９８年１月１２日晚间电）"))
    }

    @Test func aClosingCreditClosesTheItem() {
        let settings = LayoutSettings()
        #expect(settings.endsWithClosingCredit("街道为老人送去了温暖。（范菊）"))
        #expect(settings.endsWithClosingCredit("尚需时日。（本报华盛顿１月１２日电）  "))
        // A sentence's end alone, or a bracket after an unfinished sentence, closes nothing.
        #expect(!settings.endsWithClosingCredit("街道为老人送去了温暖。"))
        #expect(!settings.endsWithClosingCredit("今年的目标是（范菊）"))
    }
}
