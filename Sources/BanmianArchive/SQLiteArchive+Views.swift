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
        try pool.read { db in try issue(id: id, articlesOf: nil, db: db) }
    }

    public func page(id: String) throws -> ArchiveView.IssueDetail? {
        try pool.read { db in
            guard let issueId = try String.fetchOne(db.cachedStatement(sql: "SELECT issueId FROM page WHERE id = ?"), arguments: [id]) else { return nil }
            return try issue(id: issueId, articlesOf: id, db: db)
        }
    }

    // The reader's reads run for every page a person opens: their statements are prepared once per connection
    // (cachedStatement), and one request reads in one go.

    /// The issue with its pages and the zones of their articles: of every page, or of the page `articlesOf` only.
    private func issue(id: String, articlesOf wanted: String?, db: Database) throws -> ArchiveView.IssueDetail? {
        let decoder = JSONDecoder()
        guard let issue = try IssueRecord.fetchOne(db.cachedStatement(sql: "SELECT * FROM issue WHERE id = ?"), arguments: [id]) else { return nil }
        let pages = try PageRecord.fetchAll(db.cachedStatement(sql: "SELECT * FROM page WHERE issueId = ? ORDER BY position"), arguments: [id])
        var viewPages: [ArchiveView.IssueDetail.Page] = []
        var numberOfPage: [String: Int?] = [:]
        for page in pages {
            numberOfPage[page.id] = page.number
            // The zones only, taken out of each article's JSON by SQLite: reading whole articles here would cost
            // a page view ten times as much.
            let rows = wanted == nil || wanted == page.id
                ? try Row.fetchAll(
                    db.cachedStatement(
                        sql: "SELECT id, headline, json_extract(json, '$.zones') AS zones, json_extract(json, '$.box') AS box FROM article WHERE pageId = ? ORDER BY position"),
                    arguments: [page.id]) : []
            let articles = try rows.map { row in
                let zones: String? = row["zones"]
                let box: String? = row["box"]
                let boxes = try zones.map { try decoder.decode([BoxJSON].self, from: Data($0.utf8)) } ?? box.map { [try decoder.decode(BoxJSON.self, from: Data($0.utf8))] } ?? []
                return ArchiveView.IssueDetail.ArticleZones(id: row["id"], headline: row["headline"], zones: boxes)
            }
            let image = pictureSource(of: page) == nil ? nil : "/pictures/" + ArchiveView.pathSegment(page.id)
            viewPages.append(.init(id: page.id, number: page.number, name: page.name, width: page.width, height: page.height, image: image, articles: articles))
        }
        let stories = try StoryRecord.fetchAll(db.cachedStatement(sql: "SELECT * FROM story WHERE issueId = ? ORDER BY id"), arguments: [id]).map { story in
            ArchiveView.IssueDetail.Story(id: story.id, headline: story.headline, parts: try decoder.decode([String].self, from: Data(story.parts.utf8)))
        }
        let teasers = try TeaserRecord.fetchAll(
            db.cachedStatement(sql: "SELECT * FROM teaser WHERE pageId IN (SELECT id FROM page WHERE issueId = ?) ORDER BY id"), arguments: [id]
        ).map { teaser in
            ArchiveView.IssueDetail.Teaser(text: teaser.text, page: numberOfPage[teaser.pageId] ?? nil, targetPage: teaser.page, target: teaser.target)
        }
        return ArchiveView.IssueDetail(
            id: issue.id, paper: issue.paper, date: issue.date, number: issue.number, pages: viewPages, stories: stories, teasers: teasers)
    }

    /// The parts of the story `article` is in, first to last; nil when it is in none. Only the issue's stories
    /// whose parts' text holds the id are read.
    func storyParts(of article: String, issue: String, db: Database) throws -> [String]? {
        for parts in try String.fetchAll(db.cachedStatement(sql: "SELECT parts FROM story WHERE issueId = ? AND instr(parts, ?) > 0"), arguments: [issue, article]) {
            let decoded = try JSONDecoder().decode([String].self, from: Data(parts.utf8))
            if decoded.contains(article) { return decoded }
        }
        return nil
    }

    public func articleJSON(id: String) throws -> Data? {
        try pool.read { db in
            guard let row = try Row.fetchOne(db.cachedStatement(sql: "SELECT json, issueId, paper, date, pageNumber, pageName FROM article WHERE id = ?"), arguments: [id])
            else {
                return nil
            }
            let json: String = row["json"]
            let issue: String = row["issueId"]
            let story = try storyParts(of: id, issue: issue, db: db)
            guard json.hasSuffix("}"), json.count > 2 else {
                // Not as this archive writes articles: decoded and written again.
                let detail = ArchiveView.ArticleDetail(
                    article: try JSONDecoder().decode(ArticleJSON.self, from: Data(json.utf8)), issue: issue, paper: row["paper"], date: row["date"],
                    page: row["pageNumber"], pageName: row["pageName"], story: story)
                return try JSONEncoder().encode(detail)
            }
            // The stored article as it is, its place and story added before its closing brace.
            let text = { (value: String?) in value.map(Self.jsonString) ?? "null" }
            let number: Int? = row["pageNumber"]
            var out = String(json.dropLast())
            out += ",\"date\":\(text(row["date"])),\"issue\":\(Self.jsonString(issue)),\"page\":\(number.map(String.init) ?? "null")"
            out += ",\"pageName\":\(text(row["pageName"])),\"paper\":\(text(row["paper"]))"
            out += ",\"story\":" + (story.map { "[" + $0.map(Self.jsonString).joined(separator: ",") + "]" } ?? "null") + "}"
            return Data(out.utf8)
        }
    }

    /// `text` as a JSON string.
    static func jsonString(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case _ where scalar.value < 0x20: out += String(format: "\\u%04x", scalar.value)
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }

    public func article(id: String) throws -> ArchiveView.ArticleDetail? {
        let decoder = JSONDecoder()
        return try pool.read { db in
            guard let record = try ArticleRecord.fetchOne(db.cachedStatement(sql: "SELECT * FROM article WHERE id = ?"), arguments: [id]) else { return nil }
            let article = try decoder.decode(ArticleJSON.self, from: Data(record.json.utf8))
            let story = try storyParts(of: id, issue: record.issueId, db: db)
            return ArchiveView.ArticleDetail(
                article: article, issue: record.issueId, paper: record.paper, date: record.date, page: record.pageNumber, pageName: record.pageName,
                story: story)
        }
    }
}
