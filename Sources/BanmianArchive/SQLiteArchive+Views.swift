import Banmian
import Foundation
import GRDB

extension SQLiteArchive: ArchiveReader {
    public func papers() throws -> [ArchiveSummary.Paper] {
        try pool.read { db in
            try Row.fetchAll(db, sql: "SELECT paper, COUNT(*) AS issues, MIN(date) AS first, MAX(date) AS last FROM issue WHERE paper IS NOT NULL GROUP BY paper ORDER BY paper")
                .map { ArchiveSummary.Paper(name: $0["paper"], issues: $0["issues"], first: $0["first"], last: $0["last"]) }
        }
    }

    public func issues(paper: String?, from: String?, to: String?, limit: Int) throws -> [ArchiveView.IssueSummary] {
        try pool.read { db in
            var request = IssueRecord.all()
            if let paper { request = request.filter(Column("paper") == paper) }
            if let from { request = request.filter(Column("date") >= from) }
            if let to { request = request.filter(Column("date") <= to) }
            let issues = try request.order(Column("date").desc, Column("id")).limit(limit).fetchAll(db)
            var pagesOfIssue: [String: [ArchiveView.IssueSummary.Page]] = [:]
            let pages = try PageRecord.filter(issues.map(\.id).contains(Column("issueId"))).order(Column("issueId"), Column("position")).fetchAll(db)
            for page in pages { pagesOfIssue[page.issueId, default: []].append(.init(number: page.number, name: page.name)) }
            return issues.map { ArchiveView.IssueSummary(id: $0.id, paper: $0.paper, date: $0.date, number: $0.number, pages: pagesOfIssue[$0.id] ?? []) }
        }
    }

    public func issue(id: String) throws -> ArchiveView.IssueDetail? {
        try issue(id: id, articlesOf: nil)
    }

    public func page(id: String) throws -> ArchiveView.IssueDetail? {
        guard let issueId = try pool.read({ db in try String.fetchOne(db, sql: "SELECT issueId FROM page WHERE id = ?", arguments: [id]) }) else { return nil }
        return try issue(id: issueId, articlesOf: id)
    }

    /// The issue with its pages and the zones of their articles: of every page, or of the page `articlesOf` only.
    private func issue(id: String, articlesOf wanted: String?) throws -> ArchiveView.IssueDetail? {
        let decoder = JSONDecoder()
        return try pool.read { db in
            guard let issue = try IssueRecord.fetchOne(db, key: id) else { return nil }
            let pages = try PageRecord.filter(Column("issueId") == id).order(Column("position")).fetchAll(db)
            var viewPages: [ArchiveView.IssueDetail.Page] = []
            var numberOfPage: [String: Int?] = [:]
            for page in pages {
                numberOfPage[page.id] = page.number
                let records = wanted == nil || wanted == page.id ? try ArticleRecord.filter(Column("pageId") == page.id).order(Column("position")).fetchAll(db) : []
                let articles = try records.map { record in
                    let json = try decoder.decode(ArticleJSON.self, from: Data(record.json.utf8))
                    return ArchiveView.IssueDetail.ArticleZones(id: record.id, headline: record.headline, zones: json.zones ?? json.box.map { [$0] } ?? [])
                }
                let image = pictureSource(of: page) == nil ? nil : "/pictures/" + ArchiveView.pathSegment(page.id)
                viewPages.append(.init(id: page.id, number: page.number, name: page.name, width: page.width, height: page.height, image: image, articles: articles))
            }
            let stories = try StoryRecord.filter(Column("issueId") == id).order(Column("id")).fetchAll(db).map { story in
                ArchiveView.IssueDetail.Story(id: story.id, headline: story.headline, parts: try decoder.decode([String].self, from: Data(story.parts.utf8)))
            }
            let teasers = try TeaserRecord.filter(pages.map(\.id).contains(Column("pageId"))).order(Column("id")).fetchAll(db).map { teaser in
                ArchiveView.IssueDetail.Teaser(text: teaser.text, page: numberOfPage[teaser.pageId] ?? nil, targetPage: teaser.page, target: teaser.target)
            }
            return ArchiveView.IssueDetail(
                id: issue.id, paper: issue.paper, date: issue.date, number: issue.number, pages: viewPages, stories: stories, teasers: teasers)
        }
    }

    public func article(id: String) throws -> ArchiveView.ArticleDetail? {
        let decoder = JSONDecoder()
        return try pool.read { db in
            guard let record = try ArticleRecord.filter(Column("id") == id).fetchOne(db) else { return nil }
            let article = try decoder.decode(ArticleJSON.self, from: Data(record.json.utf8))
            var story: [String]?
            for candidate in try StoryRecord.filter(Column("issueId") == record.issueId).fetchAll(db) {
                let parts = try decoder.decode([String].self, from: Data(candidate.parts.utf8))
                if parts.contains(id) {
                    story = parts
                    break
                }
            }
            return ArchiveView.ArticleDetail(
                article: article, issue: record.issueId, paper: record.paper, date: record.date, page: record.pageNumber, pageName: record.pageName,
                story: story)
        }
    }
}
