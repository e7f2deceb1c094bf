import Banmian
import Foundation
import GRDB

extension SQLiteArchive {
    /// Field weights of the ranking (bm25), in the full-text table's column order: headline, kicker, subtitle, body.
    static let fieldWeights = [10.0, 8.0, 4.0, 1.0]

    // MARK: Search

    /// ` AND column >= ? AND column <= ?` for the ends of a date range that are given, and their arguments.
    static func dateRange(from: String?, to: String?, column: String) -> (sql: String, arguments: [any DatabaseValueConvertible]) {
        var sql = ""
        var arguments: [any DatabaseValueConvertible] = []
        if let from {
            sql += " AND \(column) >= ?"
            arguments.append(from)
        }
        if let to {
            sql += " AND \(column) <= ?"
            arguments.append(to)
        }
        return (sql, arguments)
    }

    public func search(_ query: SearchQuery, filters: SearchFilters) throws -> SearchResults {
        let dates = Self.dateRange(from: filters.from, to: filters.to, column: "p.date")
        var conditions = ["article_fts MATCH ?" + dates.sql]
        var arguments: [any DatabaseValueConvertible] = [query.fts5Expression] + dates.arguments
        if let paper = filters.paper {
            conditions.append("p.paper = ?")
            arguments.append(paper)
        }
        if let page = filters.page {
            if let number = Int(page) {
                conditions.append("p.pageNumber = ?")
                arguments.append(number)
            } else {
                conditions.append("p.pageName = ?")
                arguments.append(page)
            }
        }
        // Matches are filtered, counted and ranked on the small `article_place` rows; only the page of results
        // shown reads the articles themselves.
        let matching = "FROM article_fts JOIN article_place p ON p.ref = article_fts.rowid WHERE " + conditions.joined(separator: " AND ")
        let weights = Self.fieldWeights.map { String($0) }.joined(separator: ", ")
        let order = filters.sort == .date ? "p.date DESC, p.ref" : "bm25(article_fts, \(weights)), p.ref"
        let wanted = query.wanted
        return try pool.read { db in
            // Total and facets in one pass over the matches: counts by paper, month and page together.
            var facets = SearchResults.Facets(paper: [:], month: [:], page: [:])
            var total = 0
            let groups = "SELECT p.paper AS paper, substr(p.date, 1, 7) AS month, COALESCE(p.pageName, CAST(p.pageNumber AS TEXT)) AS page, COUNT(*) AS count "
                + matching + " GROUP BY paper, month, page"
            for row in try Row.fetchAll(db, sql: groups, arguments: StatementArguments(arguments)) {
                let count: Int = row["count"]
                total += count
                if let paper: String = row["paper"] { facets.paper[paper, default: 0] += count }
                if let month: String = row["month"] { facets.month[month, default: 0] += count }
                if let page: String = row["page"] { facets.page[page, default: 0] += count }
            }
            let refs = try Int64.fetchAll(
                db, sql: "SELECT p.ref \(matching) ORDER BY \(order) LIMIT ? OFFSET ?", arguments: StatementArguments(arguments + [filters.limit, filters.offset]))
            let byRef = Dictionary(
                try Row.fetchAll(
                    db, sql: "SELECT ref, id, issueId, paper, date, pageNumber, pageName, headline, body FROM article WHERE ref IN (\(refs.map(String.init).joined(separator: ",")))"
                ).map { ($0["ref"] as Int64, $0) }, uniquingKeysWith: { first, _ in first })
            let rows = refs.compactMap { byRef[$0] }
            let hits = rows.map { row in
                let headline: String? = row["headline"]
                let body: String = row["body"]
                let match = TextMatch(body)
                let snippet = wanted.contains(where: match.contains) || headline == nil ? match.snippet(for: wanted) : TextMatch(headline ?? "").snippet(for: wanted)
                return SearchResults.Hit(
                    article: row["id"], issue: row["issueId"], paper: row["paper"], date: row["date"], page: row["pageNumber"],
                    pageName: row["pageName"], headline: headline, snippet: snippet)
            }
            return SearchResults(total: total, results: hits, facets: facets)
        }
    }

    // MARK: Export

    public func export(stories: Bool, _ each: (ExportedItem) throws -> Void) throws {
        let decoder = JSONDecoder()
        let issues = try pool.read { db in try IssueRecord.order(Column("date"), Column("id")).fetchAll(db) }
        for issue in issues {
            // One issue at a time: an archive of millions of articles is never held whole.
            let (articles, storyRecords) = try pool.read { db in
                let articles = try ArticleRecord.fetchAll(
                    db, sql: "SELECT article.* FROM article JOIN page ON page.id = article.pageId WHERE page.issueId = ? ORDER BY page.position, article.position",
                    arguments: [issue.id])
                return (articles, try StoryRecord.filter(Column("issueId") == issue.id).order(Column("id")).fetchAll(db))
            }
            func part(_ record: ArticleRecord) throws -> ExportedItem.Part {
                ExportedItem.Part(id: record.id, page: record.pageNumber, pageName: record.pageName, article: try decoder.decode(ArticleJSON.self, from: Data(record.json.utf8)))
            }
            func item(id: String, headline: String?, parts: [ExportedItem.Part]) -> ExportedItem {
                ExportedItem(id: id, issue: issue.id, paper: issue.paper, date: issue.date, headline: headline, parts: parts)
            }
            guard stories else {
                for record in articles { try each(item(id: record.id, headline: record.headline, parts: [try part(record)])) }
                continue
            }
            let byId = Dictionary(articles.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
            var storyOfFirstPart: [String: (StoryRecord, [String])] = [:]
            var inStory = Set<String>()
            for story in storyRecords {
                let parts = try decoder.decode([String].self, from: Data(story.parts.utf8))
                guard let first = parts.first else { continue }
                storyOfFirstPart[first] = (story, parts)
                inStory.formUnion(parts)
            }
            for record in articles {
                if let (story, parts) = storyOfFirstPart[record.id] {
                    try each(item(id: story.id, headline: story.headline, parts: try parts.compactMap { byId[$0] }.map(part)))
                } else if !inStory.contains(record.id) {
                    try each(item(id: record.id, headline: record.headline, parts: [try part(record)]))
                }
            }
        }
    }

    // MARK: What it holds

    public func summary() throws -> ArchiveSummary {
        let counts = try pool.read { db in
            let papers = try Row.fetchAll(db, sql: "SELECT paper, COUNT(*) AS issues, MIN(date) AS first, MAX(date) AS last FROM issue GROUP BY paper ORDER BY paper")
                .map { ArchiveSummary.Paper(name: $0["paper"] ?? "(no paper)", issues: $0["issues"], first: $0["first"], last: $0["last"]) }
            return ArchiveSummary(
                papers: papers, issues: try IssueRecord.fetchCount(db), pages: try PageRecord.fetchCount(db),
                articles: try ArticleRecord.fetchCount(db), stories: try StoryRecord.fetchCount(db), teasers: try TeaserRecord.fetchCount(db),
                sources: try SourceRecord.fetchCount(db), bytes: 0)
        }
        var summary = counts
        for suffix in ["", "-wal", "-shm"] {
            let path = folder.appendingPathComponent("archive.sqlite" + suffix).path
            summary.bytes += ((try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? NSNumber)?.intValue ?? 0
        }
        return summary
    }

    public func integrityProblems() throws -> [String] {
        try pool.read { db in
            var problems = try String.fetchAll(db, sql: "PRAGMA integrity_check").filter { $0 != "ok" }
            problems += try Row.fetchAll(db, sql: "PRAGMA foreign_key_check").map { "foreign key: \($0)" }
            return problems
        } + ftsProblems()
    }

    /// The full-text index agrees with the articles it indexes (FTS5's own check).
    private func ftsProblems() throws -> [String] {
        do {
            try pool.write { db in try db.execute(sql: "INSERT INTO article_fts(article_fts, rank) VALUES('integrity-check', 1)") }
            return []
        } catch let error as DatabaseError {
            return ["full-text index: \(error.message ?? error.description)"]
        }
    }
}
