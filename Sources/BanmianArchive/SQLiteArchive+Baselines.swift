import Banmian
import Foundation
import GRDB

/// What the archive's search is measured against (`banmian-bench --archive`): a scan of every article's text
/// (the truth, and the floor to beat) and SQLite's own `trigram` tokenizer over the same articles.
extension SQLiteArchive {
    /// Every article whose text holds `term` (as search compares: folded, Latin words whole), by reading all of
    /// them: `instr` over the columns narrows, `TextMatch` decides. Optionally only dates in `from...to`.
    public func scan(_ term: SearchQuery.Term, from: String? = nil, to: String? = nil) throws -> Set<String> {
        try pool.read { db in
            var found = Set<String>()
            let dates = Self.dateRange(from: from, to: to, column: "date")
            var sql = "SELECT id, headline, kicker, subtitle, body FROM article WHERE 1" + dates.sql
            var arguments = dates.arguments
            // Folded text may differ from the stored bytes (case, full width, accents): only pure CJK terms,
            // stored as typed, can be narrowed by instr; other terms are checked on every article.
            let narrow = term.text.unicodeScalars.allSatisfy { SearchTokenizer.isPaired($0) }
            if narrow {
                sql += " AND (instr(headline, ?) OR instr(kicker, ?) OR instr(subtitle, ?) OR instr(body, ?))"
                arguments += Array(repeating: term.text, count: 4)
            }
            let rows = try Row.fetchCursor(db, sql: sql, arguments: StatementArguments(arguments))
            while let row = try rows.next() {
                let text = [row["headline"], row["kicker"], row["subtitle"], row["body"]].compactMap { $0 as String? }.joined(separator: "\n")
                if TextMatch(text).contains(term) { found.insert(row["id"]) }
            }
            return found
        }
    }

    /// Every article the full-text search finds for `query`, without ranking, snippets or a limit.
    public func matchingIds(_ query: SearchQuery, from: String? = nil, to: String? = nil) throws -> Set<String> {
        try pool.read { db in
            let dates = Self.dateRange(from: from, to: to, column: "a.date")
            let sql = "SELECT a.id FROM article_fts JOIN article a ON a.ref = article_fts.rowid WHERE article_fts MATCH ?" + dates.sql
            return Set(try String.fetchAll(db, sql: sql, arguments: StatementArguments([query.fts5Expression] + dates.arguments)))
        }
    }

    /// Builds (once) a second full-text index of the same articles with SQLite's `trigram` tokenizer.
    public func buildTrigramIndex() throws {
        try pool.write { db in
            guard try !db.tableExists("article_trigram") else { return }
            try db.execute(
                sql: """
                    CREATE VIRTUAL TABLE article_trigram USING fts5(headline, kicker, subtitle, body, content='article', content_rowid='ref', tokenize='trigram');
                    INSERT INTO article_trigram(article_trigram) VALUES('rebuild');
                    """)
        }
    }

    /// The trigram index's answer for a term as the archive's search is asked: the total and the first `limit`
    /// ids by rank. Terms under three characters find nothing there (the tokenizer's limit).
    public func trigramSearch(_ term: String, limit: Int, from: String? = nil, to: String? = nil) throws -> (total: Int, ids: [String]) {
        try pool.read { db in
            let (matching, arguments) = trigramMatching(term, from: from, to: to)
            let total = try Int.fetchOne(db, sql: "SELECT COUNT(*) " + matching, arguments: StatementArguments(arguments)) ?? 0
            let ids = try String.fetchAll(
                db, sql: "SELECT a.id \(matching) ORDER BY bm25(article_trigram, 10.0, 8.0, 4.0, 1.0) LIMIT ?", arguments: StatementArguments(arguments + [limit]))
            return (total, ids)
        }
    }

    /// Every article the trigram index finds for a term.
    public func trigramMatchingIds(_ term: String, from: String? = nil, to: String? = nil) throws -> Set<String> {
        try pool.read { db in
            let (matching, arguments) = trigramMatching(term, from: from, to: to)
            return Set(try String.fetchAll(db, sql: "SELECT a.id " + matching, arguments: StatementArguments(arguments)))
        }
    }

    private func trigramMatching(_ term: String, from: String?, to: String?) -> (String, [any DatabaseValueConvertible]) {
        let dates = Self.dateRange(from: from, to: to, column: "a.date")
        let quoted = "\"" + term.replacingOccurrences(of: "\"", with: "\"\"") + "\""
        return ("FROM article_trigram JOIN article a ON a.ref = article_trigram.rowid WHERE article_trigram MATCH ?" + dates.sql, [quoted] + dates.arguments)
    }

    /// Writes the write-ahead log into the database file, so that its size is the archive's.
    public func checkpoint() throws {
        try pool.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA wal_checkpoint(TRUNCATE)") }
    }

    /// The search as SQL alone, before `ArticlePlaces`: the matches joined to `article_place`, counted and
    /// grouped in one query and ranked in another (`banmian-bench --archive` measures `search` against it, and
    /// a test checks that both give the same results).
    public func searchInSQL(_ query: SearchQuery, filters: SearchFilters) throws -> SearchResults {
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
}
