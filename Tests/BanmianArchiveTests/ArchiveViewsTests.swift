import Banmian
import BanmianArchive
import BanmianTestHelpers
import Foundation
import Testing

/// What the reader reads: the API's article JSON, written by splicing the stored article, says exactly what the
/// decoded article says; an issue's zones, taken out of the stored JSON by SQLite, are the articles' own.
@Suite struct ArchiveViewsTests {
    static func object(_ data: Data) throws -> NSDictionary {
        try #require(try JSONSerialization.jsonObject(with: data) as? NSDictionary)
    }

    @Test func theSplicedArticleJSONIsTheDecodedArticle() throws {
        let archive = try TestArchive.filled()
        var checked = 0
        try archive.export(stories: false) { item in
            for part in item.parts {
                let spliced = try #require(try archive.articleJSON(id: part.id))
                let detail = try #require(try archive.article(id: part.id))
                #expect(try Self.object(spliced) == Self.object(try JSONEncoder().encode(detail)), "\(part.id)")
                checked += 1
            }
        }
        #expect(checked > 100)
        #expect(try archive.articleJSON(id: "none") == nil)
    }

    @Test func namesThatNeedEscapingStayJSON() throws {
        let archive = try TestArchive.empty()
        var issue = try #require(TestArchive.issues.first)
        issue.issue.paper = "晨报\"\\\n\u{1}</script>"
        issue.pages[0].name = "要闻\t\"二\""
        try archive.store(issue)
        let id = issue.archiveId(ofArticle: issue.pages[0].json.articles[0].id)
        let spliced = try Self.object(try #require(try archive.articleJSON(id: id)))
        #expect(spliced["paper"] as? String == issue.issue.paper)
        #expect(spliced["pageName"] as? String == "要闻\t\"二\"")
        #expect(try Self.object(try JSONEncoder().encode(try #require(try archive.article(id: id)))) == spliced)
    }

    @Test func anIssuesZonesAreItsArticlesZones() throws {
        let archive = try TestArchive.empty()
        var issue = try #require(TestArchive.issues.first)
        let box = BoxJSON(BoundingBox(page: 1, x: 10, y: 20, width: 30, height: 40, origin: .topLeft))
        issue.pages[0].json.articles[0].zones = [box, box]
        issue.pages[0].json.articles[1].zones = nil
        issue.pages[0].json.articles[1].box = box
        try archive.store(issue)
        let page = try #require(try archive.issue(id: issue.archiveId)?.pages.first)
        #expect(page.articles[0].zones == [box, box])
        #expect(page.articles[1].zones == [box], "no zones: the article's box")
        #expect(page.articles[2].zones == (issue.pages[0].json.articles[2].zones ?? issue.pages[0].json.articles[2].box.map { [$0] } ?? []))
        let only = try #require(try archive.page(id: page.id))
        #expect(only.pages.first?.articles == page.articles && only.pages.dropFirst().allSatisfy(\.articles.isEmpty))
    }
}
