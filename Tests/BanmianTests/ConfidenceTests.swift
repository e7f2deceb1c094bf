import BanmianTestHelpers
import Foundation
import Testing

@testable import Banmian

/// Each article's confidence from the evidence of its assembly, and the page-level warning for pages unlike the
/// layouts the rules know.
@Suite struct ConfidenceTests {
    func article(headline: String? = "市图书馆开启夜读模式", dateline: String? = nil, paragraphs: [String], continuedOn: Int? = nil) -> Article {
        let span = SourceSpan(source: "page.txt", firstLine: 1, lastLine: 1)
        return Article(
            id: "p1-a1", headline: headline, dateline: dateline,
            sections: [Section(heading: nil, paragraphs: paragraphs.map { Paragraph(text: $0, span: span) })],
            continuedOn: continuedOn.flatMap { PageReference(label: String($0)) }, span: span)
    }

    let whole = ["本报讯 从4月23日起，市图书馆每周五、周六开放时间延长至晚上十点。", "夜读期间，读者可以使用自助借还设备借还图书。"]

    @Test func aWholeArticleIsCertain() {
        let confidence = ArticleConfidence(article(paragraphs: whole), opensParagraph: true)
        #expect(confidence.value == 1 && confidence.doubts.isEmpty)
        // A closing quote or bracket after the full stop still ends the sentence.
        #expect(ArticleConfidence(article(paragraphs: ["馆长说：“夜读服务开放首周，图书馆共接待夜间读者两千三百多人次。”"]), opensParagraph: true).doubts.isEmpty)
    }

    @Test func eachDoubtLowersIt() {
        let headless = ArticleConfidence(article(headline: nil, paragraphs: whole), opensParagraph: true)
        #expect(headless.doubts == [.noHeadline] && headless.value < 1)
        // A brief of a 简讯 column has no headline but a dateline: no doubt.
        #expect(ArticleConfidence(article(headline: nil, dateline: "本报讯", paragraphs: whole), opensParagraph: true).doubts.isEmpty)
        let cut = ArticleConfidence(article(paragraphs: [whole[0], "夜读期间，读者可以使用自助借还设备借"]), opensParagraph: true)
        #expect(cut.doubts == [.endsMidSentence])
        // …unless it jumps to another page.
        #expect(ArticleConfidence(article(paragraphs: [whole[0], "夜读期间，读者可以使用自助借还设备借"], continuedOn: 2), opensParagraph: true).doubts.isEmpty)
        #expect(ArticleConfidence(article(paragraphs: whole), opensParagraph: false).doubts == [.opensMidParagraph])
        // English sets the first paragraph under a headline flush left.
        #expect(ArticleConfidence(article(paragraphs: ["The council voted on Monday to keep the library open late."]), opensParagraph: false, indentsFirstParagraph: false).doubts.isEmpty)
        let stray = ArticleConfidence(article(headline: nil, paragraphs: ["馆方还在二层开辟了"]), opensParagraph: false)
        #expect(Set(stray.doubts) == [.noHeadline, .endsMidSentence, .opensMidParagraph, .littleText])
        #expect(stray.value < headless.value && stray.value > 0)
    }

    /// Well-formed pages of the fixtures get no warning; a corpus page as `pdftotext` mixed its columns (most
    /// articles without their headlines, a third of the text in none) does.
    @Test func pagesUnlikeTheKnownLayoutsAreReported() throws {
        for name in ["byline-at-end-in-parentheses", "headline-less-briefs", "kicker-headline-subtitle-stack", "english-page", "sample-page-1"] {
            let result = try Fixtures.extract("pages", name)
            #expect(!result.diagnostics.contains { $0.code == .unfamiliarLayout }, "\(name)")
        }
        let url = Fixtures.packageRoot.appendingPathComponent("Benchmarks/Corpus/pages/issue02-p1.txt")
        let mixed = try Pipeline().extract(PageSource(name: "issue02-p1.txt", data: Data(contentsOf: url)))
        let warning = try #require(mixed.diagnostics.first { $0.code == .unfamiliarLayout })
        #expect(warning.severity == .warning && warning.message.hasPrefix("issue02-p1.txt: the page looks unlike"))
        #expect(mixed.articles.contains { $0.confidence < 1 })
    }
}
