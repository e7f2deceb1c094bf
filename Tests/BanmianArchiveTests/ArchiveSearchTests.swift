import Banmian
import BanmianTestHelpers
import Foundation
import GRDB
import Testing

@testable import BanmianArchive

/// Search finds exactly the articles a scan of their text finds, ranks and filters them, and never fails on
/// what a reader types.
@Suite(.serialized) struct ArchiveSearchTests {
    static let archive = Result { try TestArchive.filled() }
    static let texts = Result { try TestArchive.searchedTexts(of: try archive.get()) }
    static let matches = Result { try texts.get().mapValues(TextMatch.init) }

    /// Terms of one to four characters taken from the articles at fixed places (so frequent and rare ones), and
    /// phrases over two runs of text.
    static func sampledTerms() throws -> [String] {
        var terms: Set<String> = []
        let texts = try Self.texts.get().sorted { $0.key < $1.key }.map(\.value)
        for (index, text) in texts.enumerated() where index % 5 == 0 {
            let characters = Array(text)
            for length in 1...4 {
                for start in stride(from: 3 + index % 11, to: characters.count - length, by: 97) {
                    let term = String(characters[start..<start + length])
                    if term.unicodeScalars.allSatisfy(SearchTokenizer.isPaired) { terms.insert(term) }
                }
            }
        }
        return terms.sorted()
    }

    func found(_ query: String, _ filters: SearchFilters = SearchFilters(limit: 10_000)) throws -> Set<String> {
        Set(try Self.archive.get().search(try SearchQuery(parsing: query), filters: filters).results.map(\.article))
    }

    func scanned(_ query: String) throws -> Set<String> {
        let parsed = try SearchQuery(parsing: query)
        return Set(try Self.matches.get().filter { $0.value.matches(parsed) }.keys)
    }

    @Test func everyArticleHoldingTheWordsIsFoundAndNoOther() throws {
        let terms = try Self.sampledTerms()
        #expect(terms.count > 200)
        #expect(Set(terms.map(\.count)) == [1, 2, 3, 4])
        var mismatches: [String] = []
        for term in terms where try found(term) != scanned(term) { mismatches.append(term) }
        #expect(mismatches.isEmpty, "search and scan differ on \(mismatches.prefix(10))")
    }

    @Test func combinationsMatchTheScan() throws {
        let terms = try Self.sampledTerms().filter { $0.count == 2 }
        #expect(terms.count > 20)
        for index in stride(from: 0, to: terms.count - 3, by: 7) {
            let (a, b, c) = (terms[index], terms[index + 1], terms[index + 2])
            for query in ["\(a) \(b)", "\(a) OR \(b)", "\(a) -\(b)", "\(a) OR \(b) -\(c)", "\"\(a)\" \(c)"] {
                #expect(try found(query) == scanned(query), "\(query)")
            }
        }
    }

    @Test func aWholeHeadlineIsFoundAsAPhraseAndRanksFirst() throws {
        let results = try Self.archive.get().search(try SearchQuery(parsing: "春节团拜会"), filters: SearchFilters())
        #expect(results.results.first?.headline?.hasSuffix("国务院办公厅举行春节团拜会") == true)
        #expect(results.total == results.results.count)
        #expect(results.results.first?.snippet.contains("<mark>春节团拜会</mark>") == true)
    }

    @Test func filtersNarrowAndFacetsCount() throws {
        let archive = try Self.archive.get()
        let query = try SearchQuery(parsing: "记者")
        let all = try archive.search(query, filters: SearchFilters(limit: 10_000))
        #expect(all.total > 20 && all.results.count == all.total)
        #expect(all.facets.paper.values.reduce(0, +) == all.total)
        #expect(all.facets.month.keys.allSatisfy { $0.count == 7 && $0.hasPrefix("1998-") })
        let paper = try #require(all.facets.paper.max { $0.value < $1.value })
        let ofPaper = try archive.search(query, filters: SearchFilters(paper: paper.key, limit: 10_000))
        #expect(ofPaper.total == paper.value && ofPaper.results.allSatisfy { $0.paper == paper.key })
        let dated = try archive.search(query, filters: SearchFilters(from: "1998-01-05", to: "1998-01-10", limit: 10_000))
        #expect(dated.total > 0 && dated.total < all.total)
        #expect(dated.results.allSatisfy { ($0.date ?? "") >= "1998-01-05" && ($0.date ?? "") <= "1998-01-10" })
        let pageTwo = try archive.search(query, filters: SearchFilters(page: "2", limit: 10_000))
        #expect(pageTwo.total > 0 && pageTwo.results.allSatisfy { $0.page == 2 })
        let byDate = try archive.search(query, filters: SearchFilters(limit: 10_000, sort: .date)).results.compactMap(\.date)
        #expect(byDate == byDate.sorted(by: >))
        let second = try archive.search(query, filters: SearchFilters(limit: 5, offset: 5))
        #expect(second.results.map(\.article) == Array(all.results.map(\.article)[5..<10]))
    }

    /// The search's one pass over the matches with the places held in memory gives what the two SQL queries
    /// before it gave — total, facets, hits in order — under every filter and sort, for many terms; and so does
    /// the pass made in parts of the rows, one a core, as in a large archive.
    @Test(arguments: [false, true])
    func theOnePassSearchAnswersAsTheSQLSearchDid(inParts: Bool) throws {
        let filled = try Self.archive.get()
        let archive = inParts ? try SQLiteArchive(folder: filled.folder.path, create: false, rowsToSplitSearch: 1) : filled
        let pageName = try #require(try archive.search(try SearchQuery(parsing: "记者"), filters: SearchFilters(limit: 1)).facets.page.keys.first { Int($0) == nil })
        let filters = [
            SearchFilters(limit: 20), SearchFilters(limit: 7, offset: 9), SearchFilters(limit: 20, sort: .date),
            SearchFilters(limit: 5, offset: 3, sort: .date), SearchFilters(from: "1998-01-05", to: "1998-01-10", limit: 20),
            SearchFilters(from: "1998-01-07", limit: 20), SearchFilters(to: "1998-01-03", limit: 20), SearchFilters(paper: "晨钟日报", limit: 20),
            SearchFilters(paper: "没有这份报", limit: 20), SearchFilters(page: "2", limit: 20), SearchFilters(page: pageName, limit: 20),
            SearchFilters(page: "没有这一版", limit: 20), SearchFilters(from: "1999-01-01", limit: 20), SearchFilters(limit: 0),
        ]
        let terms = try Self.sampledTerms()
        let queries = stride(from: 0, to: terms.count, by: max(1, terms.count / 40)).map { terms[$0] } + ["记者 -北京", "\"本报记者\"", "春节 OR 元旦"]
        for text in queries {
            let query = try SearchQuery(parsing: text)
            for filter in filters {
                #expect(try archive.search(query, filters: filter) == archive.searchInSQL(query, filters: filter), "\(text) \(filter)")
            }
        }
    }

    /// The search ranks by `banmian_rank`, which gives FTS5's bm25 numbers to the last bit, row for row, with each
    /// article's length read from memory — or, for rows the lengths held in memory do not cover (stored since), from
    /// the index as bm25 reads it — for words of one to four characters, phrases, several words, OR and NOT; and so
    /// does `banmian_rank_unscaled` for a query of one phrase once scaled by the rows it matched.
    @Test(arguments: [true, false])
    func theRankIsBM25ToTheLastBit(lengthsHeld: Bool) throws {
        let archive = try Self.archive.get()
        let table = try archive.pool.read { try ArticlePlaces.read($0, mark: "") }
        #expect(table.lengths.filter { $0 > 0 }.count == table.present.filter { $0 }.count, "every article's length is held")
        let lengths = lengthsHeld ? table.lengths : Array(table.lengths.prefix(table.lengths.count / 2))
        let weights = SQLiteArchive.fieldWeights
        let terms = try Self.sampledTerms()
        let queries = stride(from: 0, to: terms.count, by: max(1, terms.count / 60)).map { terms[$0] } + ["记者 -北京", "\"本报记者\"", "春节 OR 元旦", "经济 发展", "的"]
        var rows = 0
        var onePhrase = 0
        for text in queries {
            let parsed = try SearchQuery(parsing: text)
            let expression = parsed.fts5Expression
            let bm25 = try archive.pool.read { db in
                try Row.fetchAll(
                    db, sql: "SELECT rowid, bm25(article_fts, \(weights.map { String($0) }.joined(separator: ", "))) FROM article_fts WHERE article_fts MATCH ?",
                    arguments: [expression]
                ).map { ($0[0] as Int64, ($0[1] as Double).bitPattern) }
            }
            let ours = try Self.ranks(archive, expression, .bm25, lengths)
            #expect(ours.map(\.0) == bm25.map(\.0), "\(text)")
            #expect(ours.map { $0.1.bitPattern } == bm25.map(\.1), "\(text)")
            rows += ours.count
            // A query of one phrase: ranked without its IDF, then scaled by the rows it matched.
            let isOnePhrase = parsed.groups.count == 1 && parsed.groups[0].count == 1 && parsed.excluded.isEmpty
            if isOnePhrase, let tableRows = try archive.pool.read({ db in try ArchiveRank.rowCount(db, expression: expression) }) {
                let unscaled = try Self.ranks(archive, expression, .unscaled, lengths)
                let scaled = unscaled.map { ArchiveRank.scaled($0.1, rows: tableRows, hits: Int64(unscaled.count)).bitPattern }
                #expect(scaled == bm25.map(\.1), "\(text), scaled")
                onePhrase += 1
            }
        }
        #expect(rows > 1000 && onePhrase > 50)
    }

    /// Each match of `expression` with its rank as `ArchiveRank` gives it.
    static func ranks(_ archive: SQLiteArchive, _ expression: String, _ ranking: ArchiveRank.Ranking, _ lengths: [Int32]) throws -> [(Int64, Double)] {
        try archive.pool.read { db in
            var ranks: [(Int64, Double)] = []
            _ = try ArchiveRank.forEachMatch(db, expression: expression, ranking: ranking, lengths: lengths, weights: SQLiteArchive.fieldWeights) { ref, rank in
                ranks.append((ref, rank))
                return true
            }
            return ranks
        }
    }

    /// An issue stored after a search is found by the next one: the places in memory are read again when the
    /// archive changes.
    @Test(arguments: [false, true])
    func anIssueStoredAfterASearchIsFound(inParts: Bool) throws {
        let empty = try TestArchive.empty()
        let archive = inParts ? try SQLiteArchive(folder: empty.folder.path, create: false, rowsToSplitSearch: 1) : empty
        let issues = TestArchive.issues
        try archive.store(issues[0])
        let query = try SearchQuery(parsing: "记者")
        let before = try archive.search(query, filters: SearchFilters(limit: 10_000))
        for issue in issues.dropFirst() { try archive.store(issue) }
        let after = try archive.search(query, filters: SearchFilters(limit: 10_000))
        #expect(after.total > before.total)
        #expect(after == (try archive.searchInSQL(query, filters: SearchFilters(limit: 10_000))))
    }

    /// After each issue stored, the places held in memory are read on from where they were (only the rows added
    /// since; issues stored newest first, so that earlier dates come in later) and hold what a whole reading holds;
    /// a page replaced leaves its old rows behind, which no search reaches: searches answer as the SQL search does.
    @Test func thePlacesHeldAreReadOnAsIssuesAreStored() throws {
        let archive = try TestArchive.empty()
        let query = try SearchQuery(parsing: "记者")
        func held() throws -> ArticlePlaces.Table {
            _ = try archive.search(query, filters: SearchFilters(limit: 1))
            return try archive.pool.read { try archive.places.current($0, mark: archive.changeMark(), file: archive.databaseFile()) }
        }
        for issue in TestArchive.issues.reversed() {
            let before = try held()
            try archive.store(issue)
            let after = try held()
            let whole = try archive.pool.read { try ArticlePlaces.read($0, mark: "") }
            #expect(after.places.count > before.places.count && after.places.count == whole.places.count)
            #expect(after.papers == whole.papers && after.dates == whole.dates && after.pageNames == whole.pageNames)
            for ref in whole.present.indices where whole.present[ref] {
                #expect(after.present[ref] && after.places[ref] == whole.places[ref] && after.lengths[ref] == whole.lengths[ref], "\(ref)")
            }
        }
        try archive.store(try #require(TestArchive.firstIssueChanged()))
        for text in ["记者", "的", "春节 OR 元旦"] {
            let query = try SearchQuery(parsing: text)
            #expect(try archive.search(query, filters: SearchFilters(limit: 30)) == archive.searchInSQL(query, filters: SearchFilters(limit: 30)))
        }
    }

    /// Text from a page is HTML-escaped in snippets; only the marks are markup.
    @Test func snippetsAreEscapedAndMarked() {
        let match = TextMatch("本报讯 有人在文中写了<script>alert(1)</script>，码头工人说“好”。")
        let snippet = match.snippet(for: [SearchQuery.Term("码头")])
        #expect(snippet.contains("&lt;script&gt;") && !snippet.contains("<script>"))
        #expect(snippet.contains("<mark>码头</mark>"))
        #expect(TextMatch("Harbor report: the PORT opened").occurrences(of: SearchQuery.Term("port")).count == 1)
        #expect(TextMatch("ＰＯＲＴ Café").contains(SearchQuery.Term("cafe")) && TextMatch("ＰＯＲＴ").contains(SearchQuery.Term("port")))
    }

    /// Queries built to break a parser or SQL: each gives results or a clear message, never a database error.
    static let hostileQueries: [String] = [
        "", " ", "\"", "\"\"", "\"\"\"", "\"码头", "码头\"", "*", "**", "码*", "*码", ":", "headline:码头", "article_fts:码头",
        "NEAR(码头 工人)", "NEAR(", ")", "(", "((码头", "码头))", "AND", "OR", "NOT", "码头 AND", "AND 码头", "码头 NOT 工人",
        "-", "--", "-码头", "- 码头", "码头 -", "\"-码头\"", "^码头", "码头^", "+码头", "{码头}", "[码头]", "码头;", "';",
        "'; DROP TABLE article; --", "\" OR 1=1 --", "码头' OR '1'='1", "\\", "\\\"", "%", "_", "%码头%", "码头\u{0}工人",
        "\u{0}", "\u{FFFD}", "\u{200B}", "\u{3000}", "，。！", "🙂", "码🙂头", "ＡＮＤ", "a*b", "a:b", "x\ny", "\t码头\t",
        String(repeating: "码", count: 5000), String(repeating: "a ", count: 500), String(repeating: "\"", count: 101),
        "OR OR OR", "-OR", "\"OR\"", "NEAR", "near(a b, 5)", "{headline}: 码头", "码头 + 工人", "码头 *", "* 码头",
    ]

    @Test func queriesBuiltToBreakTheParserGiveResultsOrAClearMessage() throws {
        #expect(Self.hostileQueries.count >= 50)
        let archive = try Self.archive.get()
        for input in Self.hostileQueries {
            do {
                let query = try SearchQuery(parsing: input)
                _ = try archive.search(query, filters: SearchFilters(limit: 5))
            } catch let error as SearchQuery.ParseError {
                #expect(!error.description.isEmpty)
            } catch {
                Issue.record("\(input.prefix(40)): \(error)")
            }
        }
    }
}
