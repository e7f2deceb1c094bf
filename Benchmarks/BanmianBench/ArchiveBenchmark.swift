import Banmian
import BanmianArchive
import Foundation

/// The archive at scale: an archive of `--articles` articles built from the corpus pages (issues of four pages
/// over consecutive days, four papers), then ingest rate, size per article, peak memory, and search latency and
/// recall over a fixed query set, side by side with SQLite's `trigram` tokenizer and a scan of every article (the
/// truth). With `--check`, exits 1 unless search finds exactly what the scan finds for every query.
enum ArchiveBenchmark {
    struct Query {
        var label: String
        var term: String
        var from: String?
        var to: String?
    }

    static func run(_ options: Options) {
        let pool = pagePool(options.folder ?? "Benchmarks/Corpus")
        guard !pool.isEmpty else { fail("no .raw.txt pages under \(options.folder ?? "Benchmarks/Corpus"); run from the package root") }
        if let reuse = options.reuse {
            searchAgainstSQL(reuse, pool: pool, repeats: options.repeats)
            return
        }
        if let documents = options.documents {
            writeDocuments(documents, articles: options.articles, pool: pool)
            return
        }
        let folder = options.keep.map { URL(fileURLWithPath: $0) }
            ?? FileManager.default.temporaryDirectory.appendingPathComponent("banmian-bench-archive-\(UUID().uuidString)")
        defer { if options.keep == nil { try? FileManager.default.removeItem(at: folder) } }
        if options.keep != nil, FileManager.default.fileExists(atPath: folder.path) { fail("\(folder.path) exists; --keep makes a new archive") }
        let archive: SQLiteArchive
        do {
            archive = try SQLiteArchive(folder: folder.path, create: true)
        } catch {
            fail("\(error)")
        }
        print("Banmian archive benchmark: \(options.articles) articles from \(pool.count) corpus pages, median of \(options.repeats) runs per query")

        // Ingest from page JSON: one transaction per issue, as `banmian ingest` stores a page document.
        var articles = 0
        var issues = 0
        let ingestSeconds = seconds {
            while articles < options.articles {
                var batch: [ArchiveIssue] = []
                while articles < options.articles, batch.count < options.batch {
                    let issue = makeIssue(issues, pool: pool)
                    batch.append(issue)
                    articles += issue.articleCount
                    issues += 1
                }
                do {
                    try archive.store(batch)
                } catch {
                    fail("storing issues \(batch.map(\.issue.id)): \(error)")
                }
            }
        }
        try? archive.checkpoint()
        let bytes = (try? archive.summary().bytes) ?? 0
        print(String(format: "ingest from page JSON: %d articles in %d issues, %.1f s, %.0f articles/s; database %.1f MiB, %.0f bytes per article",
                     articles, issues, ingestSeconds, Double(articles) / ingestSeconds, Double(bytes) / 1_048_576, Double(bytes) / Double(articles)))
        if options.ingestOnly { return }
        let trigramSeconds = seconds { try? archive.buildTrigramIndex() }
        print(String(format: "trigram index built in %.1f s", trigramSeconds))

        let days = (issues - 1) / papers.count
        let queries = querySet(pool: pool, firstDated: date(days - days / 4), lastDate: date(days))
        var ours: [Double] = [], trigram: [Double] = [], scanned: [Double] = []
        var rows: [String: (ourFound: Int, trigramFound: Int, truth: Int, ourExtra: Int, queries: Int)] = [:]
        var mismatches: [String] = []
        for query in queries {
            let term = SearchQuery.Term(query.term)
            let parsed = SearchQuery(groups: [[term]])
            let filters = SearchFilters(from: query.from, to: query.to, limit: 20)
            for _ in 0..<options.repeats {
                ours.append(seconds { _ = try? archive.search(parsed, filters: filters) } * 1000)
                trigram.append(seconds { _ = try? archive.trigramSearch(query.term, limit: 20, from: query.from, to: query.to) } * 1000)
            }
            var truth = Set<String>()
            scanned.append(seconds { truth = (try? archive.scan(term, from: query.from, to: query.to)) ?? [] } * 1000)
            let found = (try? archive.matchingIds(parsed, from: query.from, to: query.to)) ?? []
            let trigramFound = (try? archive.trigramMatchingIds(query.term, from: query.from, to: query.to)) ?? []
            if found != truth { mismatches.append("\(query.term) (\(query.label)): \(found.count) found, \(truth.count) in the text") }
            let label = query.label + (query.from == nil ? "" : ", dated")
            var row = rows[label] ?? (0, 0, 0, 0, 0)
            row.ourFound += found.intersection(truth).count
            row.ourExtra += found.subtracting(truth).count
            row.trigramFound += trigramFound.intersection(truth).count
            row.truth += truth.count
            row.queries += 1
            rows[label] = row
        }
        print("")
        print("| search (top 20 with total\(", facets and snippets" )) | queries × runs | p50 | p95 | p99 |")
        print("|---|---|---|---|---|")
        func line(_ name: String, _ times: [Double]) {
            print(String(format: "| %@ | %d | %.1f ms | %.1f ms | %.1f ms |", name, times.count, percentile(times, 0.5), percentile(times, 0.95), percentile(times, 0.99)))
        }
        line("Banmian (FTS5, character pairs)", ours)
        line("SQLite trigram tokenizer (total and top 20)", trigram)
        line("scan of every article (instr, then whole words)", scanned)
        print("")
        print("| queries | count | articles holding them | Banmian recall | Banmian extra | trigram recall |")
        print("|---|---|---|---|---|---|")
        for label in rows.keys.sorted() {
            let row = rows[label]!
            let recall = { (found: Int) in row.truth == 0 ? "–" : String(format: "%.3f", Double(found) / Double(row.truth)) }
            print("| \(label) | \(row.queries) | \(row.truth) | \(recall(row.ourFound)) | \(row.ourExtra) | \(recall(row.trigramFound)) |")
        }
        print(String(format: "peak memory (max RSS): %.1f MiB", peakMemoryMiB()))
        if !mismatches.isEmpty {
            print("search and scan differ on \(mismatches.count) queries:")
            for mismatch in mismatches.prefix(20) { print("  \(mismatch)") }
            if options.check { exit(1) }
        } else {
            print("search found exactly the articles the scan found, for all \(queries.count) queries")
        }
    }

    /// The query set on an archive `--keep` made, each query by `search` and by `searchInSQL` in turn (`repeats`
    /// times each), with the results of both compared: latency side by side, and any query they answer
    /// differently named.
    static func searchAgainstSQL(_ path: String, pool: [PageJSON], repeats: Int) {
        let archive: SQLiteArchive
        let issues: Int
        do {
            archive = try SQLiteArchive(folder: path, create: false)
            issues = try archive.summary().issues
        } catch {
            fail("\(error)")
        }
        let days = (issues - 1) / papers.count
        let queries = querySet(pool: pool, firstDated: date(days - days / 4), lastDate: date(days))
        _ = try? archive.search(SearchQuery(groups: [[SearchQuery.Term("的")]]), filters: SearchFilters(limit: 1))  // the places read once
        var ours: [Double] = [], sql: [Double] = []
        var byBand: [String: (ours: [Double], sql: [Double])] = [:]
        var differing: [String] = []
        for query in queries {
            let parsed = SearchQuery(groups: [[SearchQuery.Term(query.term)]])
            let filters = SearchFilters(from: query.from, to: query.to, limit: 20)
            var mine: SearchResults?, theirs: SearchResults?
            for _ in 0..<repeats {
                let a = seconds { mine = try? archive.search(parsed, filters: filters) } * 1000
                let b = seconds { theirs = try? archive.searchInSQL(parsed, filters: filters) } * 1000
                ours.append(a)
                sql.append(b)
                byBand[query.label, default: ([], [])].ours.append(a)
                byBand[query.label, default: ([], [])].sql.append(b)
            }
            if mine != theirs { differing.append("\(query.term) (\(query.label)\(query.from == nil ? "" : ", dated"))") }
        }
        print("Search of an archive of \(issues) issues: \(queries.count) queries x \(repeats) runs, each run by both in turn")
        print("")
        print("| search | p50 | p95 | p99 |")
        print("|---|---|---|---|")
        for (name, times) in [("Banmian (one pass, places in memory)", ours), ("SQL alone (before)", sql)] {
            print(String(format: "| %@ | %.1f ms | %.1f ms | %.1f ms |", name, percentile(times, 0.5), percentile(times, 0.95), percentile(times, 0.99)))
        }
        print("")
        print("| queries | p50 one pass | p50 SQL | p99 one pass | p99 SQL |")
        print("|---|---|---|---|---|")
        for label in byBand.keys.sorted() {
            let band = byBand[label]!
            print(String(format: "| %@ | %.1f ms | %.1f ms | %.1f ms | %.1f ms |", label, percentile(band.ours, 0.5), percentile(band.sql, 0.5), percentile(band.ours, 0.99), percentile(band.sql, 0.99)))
        }
        print(String(format: "peak memory (max RSS): %.1f MiB", peakMemoryMiB()))
        if differing.isEmpty {
            print("both gave the same results (total, facets, hits in order) for all \(queries.count) queries")
        } else {
            print("the two differ on \(differing.count) queries: \(differing.prefix(10).joined(separator: ", "))")
            exit(1)
        }
    }

    /// The issues of an archive of `articles` articles as page documents in `folder`, one per issue.
    static func writeDocuments(_ folder: String, articles: Int, pool: [PageJSON]) {
        let url = URL(fileURLWithPath: folder)
        if FileManager.default.fileExists(atPath: url.path) { fail("\(url.path) exists; --documents writes a new folder") }
        let encoder = JSONEncoder()
        var written = 0
        var issues = 0
        do {
            try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
            while written < articles {
                let issue = makeIssue(issues, pool: pool)
                let document = PageDocument(pages: issue.pages.map(\.json), issues: [issue.issue])
                try encoder.encode(document).write(to: url.appendingPathComponent(String(format: "issue-%07d.json", issues)))
                written += issue.articleCount
                issues += 1
            }
        } catch {
            fail("writing page documents to \(url.path): \(error)")
        }
        print("\(written) articles in \(issues) page documents written to \(url.path)")
    }

    // MARK: The archive's content

    /// The corpus pages as `pdftotext -raw` extracted them, read once: each page's JSON and its articles' text.
    static func pagePool(_ root: String) -> [PageJSON] {
        var pages: [PageJSON] = []
        for split in ["issues", "pages", "varied"] {
            let folder = URL(fileURLWithPath: root).appendingPathComponent(split)
            let names = ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).filter { $0.hasSuffix(".raw.txt") }.sorted()
            for name in names {
                guard let data = try? Data(contentsOf: folder.appendingPathComponent(name)),
                    let result = try? Pipeline().extract(PageSource(name: name, data: data)), !result.articles.isEmpty
                else { continue }
                pages.append(PageJSON(result))
            }
        }
        return pages
    }

    static let papers = ["晨钟日报", "临江日报", "云岭都市报", "The Harbor Ledger"]

    /// Issue `index`: four pool pages numbered 1 to 4, dated `index` days after 1990-01-01.
    static func makeIssue(_ index: Int, pool: [PageJSON]) -> ArchiveIssue {
        let paper = papers[index % papers.count]
        let day = date(index / papers.count)
        var pages: [ArchiveIssue.Page] = []
        for number in 1...4 {
            var page = pool[(index * 4 + number - 1) % pool.count]
            page.number = number
            page.source = "bench/\(index)-p\(number).txt"
            for article in page.articles.indices {
                page.articles[article].id = "p\(number)-a\(article + 1)"
            }
            pages.append(ArchiveIssue.Page(json: page, name: nil, hash: "\(index)-\(number)"))
        }
        let issue = Issue(
            id: "\(paper)-\(day)", paper: paper, date: day, number: "\(index)",
            pages: pages.map { IssuePage(number: $0.json.number, name: nil, source: $0.json.source) }, stories: [], teasers: [])
        return ArchiveIssue(issue: issue, pages: pages, sources: [])
    }

    /// `days` after 1990-01-01, as YYYY-MM-DD.
    static func date(_ days: Int) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let start = calendar.date(from: DateComponents(year: 1990, month: 1, day: 1))!
        let day = calendar.date(byAdding: .day, value: days, to: start)!
        let parts = calendar.dateComponents([.year, .month, .day], from: day)
        return String(format: "%04d-%02d-%02d", parts.year!, parts.month!, parts.day!)
    }

    // MARK: The query set

    /// Chinese terms of 1, 2, 3 and 4 characters and 6-character phrases, each by frequency band (rare, medium,
    /// common among the pool's articles), and English words; each also within the last quarter of the archive's days.
    static func querySet(pool: [PageJSON], firstDated: String, lastDate: String) -> [Query] {
        let texts = pool.flatMap(\.articles).map { article in
            ([article.headline, article.kicker, article.subtitle].compactMap { $0 } + article.sections.flatMap(\.paragraphs)).joined(separator: "\n")
        }
        let matches = texts.map(TextMatch.init)
        func share(_ term: String) -> Double {
            Double(matches.filter { $0.contains(SearchQuery.Term(term)) }.count) / Double(max(1, matches.count))
        }
        var queries: [Query] = []
        for length in [1, 2, 3, 4, 6] {
            var candidates = Set<String>()
            for (index, text) in texts.enumerated() where index % 3 == 0 {
                let characters = Array(text)
                for start in stride(from: index % 13, to: characters.count - length, by: 211) {
                    let term = String(characters[start..<start + length])
                    if term.unicodeScalars.allSatisfy(SearchTokenizer.isPaired) { candidates.insert(term) }
                }
            }
            var bands: [String: [String]] = [:]
            for term in candidates.sorted() {
                let frequency = share(term)
                let band = frequency >= 0.05 ? "common" : frequency >= 0.005 ? "medium" : "rare"
                if bands[band, default: []].count < 4 { bands[band, default: []].append(term) }
            }
            for (band, terms) in bands {
                for term in terms { queries.append(Query(label: "\(length == 6 ? "phrase of 6" : "\(length)-character") \(band)", term: term)) }
            }
        }
        for word in ["the", "harbor", "council", "ship", "Tuesday"] { queries.append(Query(label: "English word", term: word)) }
        return queries + queries.map { Query(label: $0.label, term: $0.term, from: firstDated, to: lastDate) }
    }

    static func percentile(_ values: [Double], _ share: Double) -> Double {
        guard !values.isEmpty else { return 0 }
        let sorted = values.sorted()
        return sorted[min(sorted.count - 1, Int(Double(sorted.count) * share))]
    }

    static func fail(_ message: String) -> Never {
        FileHandle.standardError.write(Data("banmian-bench: \(message)\n".utf8))
        exit(2)
    }
}
