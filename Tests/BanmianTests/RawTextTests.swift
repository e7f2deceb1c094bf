import Foundation
import Testing

@testable import Banmian

/// What `pdftotext -raw` makes of a page: lines in the order they were drawn, no indents, no blank lines, no spaces
/// between names, and two punctuation marks squeezed into one em broken apart (`”` | `，况`).
@Suite struct RawTextTests {
    /// A column of a real layout as `pdftotext -raw` gives it (from a corpus page printed by Chromium).
    let column = """
        他们会一笑置之。在他们看
        来，无论是昔日的自我孤立，
        还是今天的“领导”欧洲，都
        源于英国式的“自豪感”
        ，况
        且，一个不能在近期加入欧洲
        单一货币的国家，又怎么能够
        侈谈“领导”呢？
        记者调查
        繁花似锦满目春
        □本报记者任杰娜许辉浩陈杰宏
        人们来到胶东明珠烟台的
        高新技术产业开发区里，就会
        看到区内事业兴旺，满目春
        色。目前，全区已拥有高新技
        术产品２５种，各类专业技术
        人员８９５人，７个项目被列入
        国家和省级“星火计划”、“火
        炬计划”
        。

        """

    @Test func squeezedPunctuationGoesBackToItsLine() {
        let lines = ["都源于英国式的“自豪感”", "，况", "且，一个不能", "炬计划”", "。", "“开头", "。”尾"]
            .enumerated().map { TextLine(number: $0 + 1, text: $1, indent: 0, width: CharacterClass.width(of: $1)) }
        let joined = ExtractorArtefacts.rejoiningSqueezedPunctuation(lines)
        #expect(joined.map(\.text) == ["都源于英国式的“自豪感”，况", "且，一个不能", "炬计划”。", "“开头", "。”尾"])
        #expect(joined.map(\.number) == [1, 3, 4, 6, 7])
    }

    @Test func aRawColumnReadsAsPrinted() throws {
        let page = try Pipeline().extract(PageSource(name: "p3.raw.txt", data: Data(column.utf8)))
        let paragraphs = page.articles.flatMap(\.paragraphs)
        #expect(paragraphs.contains { $0.hasSuffix("源于英国式的“自豪感”，况且，一个不能在近期加入欧洲单一货币的国家，又怎么能够侈谈“领导”呢？") })
        let article = try #require(page.articles.first { $0.headline?.hasSuffix("繁花似锦满目春") == true })
        #expect(article.bylines == [Byline(role: "本报记者", names: ["任杰娜", "许辉浩", "陈杰宏"])])
        #expect(article.paragraphs == ["人们来到胶东明珠烟台的高新技术产业开发区里，就会看到区内事业兴旺，满目春色。目前，全区已拥有高新技术产品２５种，各类专业技术人员８９５人，７个项目被列入国家和省级“星火计划”、“火炬计划”。"])
    }
}
