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

    /// Searches the archive: every article whose text the query matches (its full-text expression over the
    /// index of character pairs) within the filters, counted with its facets, the page of them asked for ranked
    /// by bm25 with the field weights (or by date) with their snippets. One pass over the index's matches, each
    /// with its rank, against the articles' places held in memory (`ArticlePlaces`); only the page of results
    /// shown reads the articles themselves. In a large archive the pass runs in parts of the rows, one a core
    /// (`rowsToSplitSearch`), each part in a read of its own; should the archive change meanwhile, it runs again
    /// in one read.
    public func search(_ query: SearchQuery, filters: SearchFilters) throws -> SearchResults {
        let mark = changeMark()
        let file = databaseFile()
        let expression = query.fts5Expression
        // A query of one phrase is ranked without its IDF, and the best matches scaled at the end (`ArchiveRank`).
        let onePhrase = query.groups.count == 1 && query.groups[0].count == 1 && query.excluded.isEmpty
        let ranking: ArchiveRank.Ranking = filters.sort == .date ? .none : onePhrase ? .unscaled : .bm25
        var parted: MatchPass?
        let table = try pool.read { db in try places.current(db, mark: mark, file: file) }
        let parts = min(ProcessInfo.processInfo.activeProcessorCount, 4)
        if table.places.count >= rowsToSplitSearch, parts > 1 {
            let size = (Int64(table.places.count) + Int64(parts) - 1) / Int64(parts)
            let passes = ParallelMap.map(Array(0..<parts)) { _, part in
                Result {
                    try pool.read { db in
                        var pass = MatchPass(table: table, filters: filters, ranking: ranking)
                        let rows = Int64(part) * size..<(part == parts - 1 ? Int64.max : Int64(part + 1) * size)
                        return try pass.run(db, expression: expression, rows: rows) ? pass : nil
                    }
                }
            }
            if changeMark() == mark, case let found = try passes.map({ try $0.get() }), found.allSatisfy({ $0 != nil }) {
                parted = found.compactMap { $0 }.reduce(into: MatchPass(table: table, filters: filters, ranking: ranking)) { $0.merge($1) }
            }
        }
        let wanted = query.wanted
        return try pool.read { db in
            var pass: MatchPass
            if let parted {
                pass = parted
            } else {
                pass = MatchPass(table: table, filters: filters, ranking: ranking)
                if try !pass.run(db, expression: expression) {
                    // A match the table does not know: the archive changed under the mark; read on the places
                    // stored since.
                    let table = try ArticlePlaces.read(db, mark: "", file: file, extending: table.file == file ? table : nil)
                    pass = MatchPass(table: table, filters: filters, ranking: ranking)
                    _ = try pass.run(db, expression: expression, skippingUnknown: true)
                }
            }
            if ranking == .unscaled, pass.seen > 0, let rows = try ArchiveRank.rowCount(db, expression: expression) {
                pass.scale(rows: rows)
            }
            let refs = pass.best.dropFirst(filters.offset).map(\.ref)
            let byRef = Dictionary(
                try Row.fetchAll(
                    db, sql: "SELECT ref, id, issueId, paper, date, pageNumber, pageName, headline, body FROM article WHERE ref IN (\(refs.map(String.init).joined(separator: ",")))"
                ).map { ($0["ref"] as Int64, $0) }, uniquingKeysWith: { first, _ in first })
            let hits = refs.compactMap { byRef[$0] }.map { row in
                let headline: String? = row["headline"]
                let body: String = row["body"]
                let match = TextMatch(body)
                let snippet = wanted.contains(where: match.contains) || headline == nil ? match.snippet(for: wanted) : TextMatch(headline ?? "").snippet(for: wanted)
                return SearchResults.Hit(
                    article: row["id"], issue: row["issueId"], paper: row["paper"], date: row["date"], page: row["pageNumber"],
                    pageName: row["pageName"], headline: headline, snippet: snippet)
            }
            return SearchResults(total: pass.total, results: hits, facets: pass.facets())
        }
    }

    /// One pass over the matches of a search: each match's place filtered, counted into the facets, and the
    /// best `offset + limit` kept in order (by rank, then row; or by date, newest first, then row).
    struct MatchPass {
        let table: ArticlePlaces.Table
        let byDate: Bool
        let ranking: ArchiveRank.Ranking
        let wanted: Int
        /// How many best matches are kept: `wanted`, and with unscaled ranks a few more, so that scaling, which can
        /// round two ranks to one, finds the same order as bm25 with its ties.
        let kept: Int
        /// The matches read, in the filters or not: the rows the query's phrase matches.
        private(set) var seen: Int64 = 0
        /// The filters as the table's indexes; nil where a filter is not given. A paper or page name the archive
        /// does not hold matches nothing (`none`).
        let paper: Int32?
        let pageNumber: Int32?
        let pageName: Int32?
        let dates: Range<Int32>?
        private(set) var total = 0
        private(set) var best: [(ref: Int64, rank: Double, date: Int32)] = []
        private var paperCounts: [Int]
        private var dateCounts: [Int]
        private var nameCounts: [Int]
        /// Counts by page number for pages without a name: the first hundred numbers in an array, any other in
        /// a dictionary.
        private var numberCounts = Array(repeating: 0, count: 100)
        private var otherNumberCounts: [Int32: Int] = [:]
        static let none: Int32 = -2

        init(table: ArticlePlaces.Table, filters: SearchFilters, ranking: ArchiveRank.Ranking) {
            self.table = table
            byDate = filters.sort == .date
            self.ranking = ranking
            wanted = max(0, filters.offset) + max(0, filters.limit)
            kept = ranking == .unscaled && wanted > 0 ? wanted + 8 : wanted
            paper = filters.paper.map { name in table.papers.firstIndex(of: name).map { Int32($0) } ?? Self.none }
            if let page = filters.page {
                if let number = Int(page) {
                    pageNumber = Int32(exactly: number) ?? Self.none
                    pageName = nil
                } else {
                    pageNumber = nil
                    pageName = table.pageNames.firstIndex(of: page).map { Int32($0) } ?? Self.none
                }
            } else {
                pageNumber = nil
                pageName = nil
            }
            if filters.from != nil || filters.to != nil {
                let low = filters.from.map { table.dateIndex($0, after: false) } ?? 0
                let high = filters.to.map { table.dateIndex($0, after: true) } ?? Int32(table.dates.count)
                dates = low..<max(low, high)
            } else {
                dates = nil
            }
            paperCounts = Array(repeating: 0, count: table.papers.count)
            dateCounts = Array(repeating: 0, count: table.dates.count)
            nameCounts = Array(repeating: 0, count: table.pageNames.count)
        }

        /// Reads the matches of `expression`, each with its rank unless sorting by date; false as soon as one has
        /// no place in the table (unless `skippingUnknown`: then it is left out, as an article without a place row
        /// always was).
        mutating func run(_ db: Database, expression: String, rows: Range<Int64>? = nil, skippingUnknown: Bool = false) throws -> Bool {
            try ArchiveRank.forEachMatch(
                db, expression: expression, rows: rows, ranking: ranking, lengths: table.lengths, weights: SQLiteArchive.fieldWeights
            ) { ref, rank in
                seen += 1
                return take(ref: ref, rank: rank) || skippingUnknown
            }
        }

        /// Unscaled ranks made bm25's (`ArchiveRank.scaled`) for a phrase that `seen` of the table's `rows`
        /// match, the best put in bm25's order and cut to `wanted`.
        mutating func scale(rows: Int64) {
            best = best.map { ($0.ref, ArchiveRank.scaled($0.rank, rows: rows, hits: seen), $0.date) }
            best.sort(by: before)
            best = Array(best.prefix(wanted))
        }

        /// Adds the matches another pass over other rows read, with the same table and filters.
        mutating func merge(_ other: MatchPass) {
            total += other.total
            seen += other.seen
            for index in paperCounts.indices { paperCounts[index] += other.paperCounts[index] }
            for index in dateCounts.indices { dateCounts[index] += other.dateCounts[index] }
            for index in nameCounts.indices { nameCounts[index] += other.nameCounts[index] }
            for index in numberCounts.indices { numberCounts[index] += other.numberCounts[index] }
            otherNumberCounts.merge(other.otherNumberCounts, uniquingKeysWith: +)
            for match in other.best { keep(match) }
        }

        /// Counts a match into the total and facets and keeps it among the best if it is within the filters;
        /// false when the table does not know it.
        private mutating func take(ref: Int64, rank: Double) -> Bool {
            guard let place = table.place(ref) else { return false }
            if let paper, place.paper != paper { return true }
            if let pageNumber, place.pageNumber != pageNumber { return true }
            if let pageName, place.pageName != pageName { return true }
            if let dates, !dates.contains(place.date) { return true }
            total += 1
            if place.paper >= 0 { paperCounts[Int(place.paper)] += 1 }
            if place.date >= 0 { dateCounts[Int(place.date)] += 1 }
            if place.pageName >= 0 {
                nameCounts[Int(place.pageName)] += 1
            } else if place.pageNumber >= 0, place.pageNumber < numberCounts.count {
                numberCounts[Int(place.pageNumber)] += 1
            } else if place.pageNumber != ArticlePlaces.Place.noNumber {
                otherNumberCounts[place.pageNumber, default: 0] += 1
            }
            keep((ref, rank, place.date))
            return true
        }

        private func before(_ a: (ref: Int64, rank: Double, date: Int32), _ b: (ref: Int64, rank: Double, date: Int32)) -> Bool {
            if byDate { return a.date != b.date ? a.date > b.date : a.ref < b.ref }
            return a.rank != b.rank ? a.rank < b.rank : a.ref < b.ref
        }

        private mutating func keep(_ match: (ref: Int64, rank: Double, date: Int32)) {
            guard kept > 0 else { return }
            if best.count == kept, let last = best.last, !before(match, last) { return }
            var index = best.count
            while index > 0, before(match, best[index - 1]) { index -= 1 }
            best.insert(match, at: index)
            if best.count > kept { best.removeLast() }
        }

        /// The counts by paper, by month (`YYYY-MM`) and by page (its name, else its number).
        func facets() -> SearchResults.Facets {
            var facets = SearchResults.Facets(paper: [:], month: [:], page: [:])
            for (index, count) in paperCounts.enumerated() where count > 0 { facets.paper[table.papers[index], default: 0] += count }
            for (index, count) in dateCounts.enumerated() where count > 0 { facets.month[String(table.dates[index].prefix(7)), default: 0] += count }
            for (index, count) in nameCounts.enumerated() where count > 0 { facets.page[table.pageNames[index], default: 0] += count }
            for (number, count) in numberCounts.enumerated() where count > 0 { facets.page[String(number), default: 0] += count }
            for (number, count) in otherNumberCounts { facets.page[String(number), default: 0] += count }
            return facets
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
