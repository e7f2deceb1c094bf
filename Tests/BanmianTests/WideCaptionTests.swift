import Foundation
import Testing

@testable import Banmian

/// In text without blank lines (`pdftotext -raw`), a caption under a picture that spans several columns runs in
/// lines wider than the column of the text read before it: those lines over the caption's credit are the caption's
/// (here a photo news item's, under its title), not the end of that text.
@Suite struct WideCaptionTests {
    @Test func aCaptionWiderThanTheColumnKeepsItsLines() throws {
        let text = """
            优秀畅销书评选揭晓
            本报讯　全国优秀畅销书评选
            日前揭晓，入选图书共三百余
            种，其中包括文艺类图书一百
            余种，文教类图书一百三十余
            种，少年儿童读物七十余种。
            这些图书深受广大读者欢迎。
            志愿者服务队在西藏
            日前，西藏自治区畜科所的志愿者服务队员在牧区向
            牧民讲授冬季草场的利用和保护，帮助牧民了解科学
            养畜知识。（范长国摄）
            残害女童者伏法
            本报讯　去年５月，一份控诉
            书送到了全国妇联，控诉一名
            男子多年残害女童。经过有关
            部门半年多的调查，此案终于
            真相大白，罪犯日前被依法判
            处死刑。
            """
        let result = try Pipeline().extract(PageSource(name: "p3.raw.txt", data: Data(text.utf8)))
        let photo = try #require(result.articles.first { $0.headline == "志愿者服务队在西藏" })
        #expect(photo.paragraphs == ["日前，西藏自治区畜科所的志愿者服务队员在牧区向牧民讲授冬季草场的利用和保护，帮助牧民了解科学养畜知识。（范长国摄）"])
        #expect(photo.bylines.first?.names == ["范长国"])
        #expect(!result.unassigned.contains { $0.role == .caption })
        let books = try #require(result.articles.first { $0.headline == "优秀畅销书评选揭晓" })
        #expect(books.paragraphs.last?.hasSuffix("这些图书深受广大读者欢迎。") == true)
        #expect(result.articles.contains { $0.headline == "残害女童者伏法" && $0.paragraphs.count == 1 })
    }
}
