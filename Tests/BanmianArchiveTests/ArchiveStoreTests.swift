import Banmian
import BanmianTestHelpers
import Foundation
import Testing

@testable import BanmianArchive

/// Storing issues: what is kept, stable ids, idempotence, replacement of changed pages.
@Suite struct ArchiveStoreTests {
    @Test func theCorpusIssuesAreStoredWithStoriesAndTeasers() throws {
        let archive = try TestArchive.filled()
        let summary = try archive.summary()
        let pages = TestArchive.document.pages
        #expect(summary.issues == TestArchive.issues.count && summary.issues == 6)
        #expect(summary.pages == pages.count)
        #expect(summary.articles == pages.reduce(0) { $0 + $1.articles.count })
        #expect(summary.stories == TestArchive.issues.reduce(0) { $0 + $1.issue.stories.count } && summary.stories > 0)
        #expect(summary.teasers > 0)
        #expect(summary.papers.map(\.name).contains("云岭都市报"))
        #expect(try archive.integrityProblems().isEmpty)
    }

    /// Ids are the issue's (paper and date) and the article's place: the same input always gets the same id.
    @Test func articleIdsAreStableAndReadable() throws {
        let texts = try TestArchive.searchedTexts(of: try TestArchive.filled())
        #expect(texts["云岭都市报-1998-01-02-p1-a1"] != nil)
        #expect(Set(texts.keys) == Set(try TestArchive.searchedTexts(of: try TestArchive.filled()).keys))
        #expect(!texts.keys.contains { $0.hasPrefix("i2-") || $0.contains("-i2-") || $0.contains("/") })
    }

    @Test func storingTheSameIssuesAgainChangesNothing() throws {
        let archive = try TestArchive.filled()
        let before = try exported(archive)
        let summary = try archive.summary()
        for issue in TestArchive.issues { try archive.store(issue) }
        #expect(try exported(archive) == before)
        var after = try archive.summary()
        after.bytes = summary.bytes
        #expect(after == summary)
        #expect(try archive.holds(source: "elsewhere/issues.json", hash: "corpus"), "the same content under another name")
        #expect(try !archive.holds(source: "issues.json", hash: "other"))
    }

    /// A page read again from a changed file replaces its articles (and the full-text index's entries) and the
    /// stories that ran through it.
    @Test func aChangedPageReplacesWhatItGaveBefore() throws {
        let archive = try TestArchive.filled()
        let before = try archive.summary()
        let dropped = try #require(TestArchive.issues.first?.pages.first?.json.articles.last)
        let issue = try #require(TestArchive.firstIssueChanged())
        try archive.store(issue)
        let after = try archive.summary()
        #expect(after.articles == before.articles - 1)
        #expect(after.pages == before.pages)
        let texts = try TestArchive.searchedTexts(of: archive)
        #expect(texts[issue.archiveId(ofArticle: dropped.id)] == nil)
        #expect(try archive.integrityProblems().isEmpty)
        let headline = try #require(dropped.headline)
        let found = try archive.search(try SearchQuery(parsing: "\"\(headline)\""), filters: SearchFilters(limit: 100))
        #expect(!found.results.contains { $0.article == issue.archiveId(ofArticle: dropped.id) })
    }

    /// `banmian ingest` stores the issues a batch of files closes in one transaction: the archive holds what storing
    /// them one by one gives, ids, stories and search alike.
    @Test func issuesStoredInOneTransactionAreStoredAsOneByOne() throws {
        let together = try TestArchive.empty()
        try together.store(TestArchive.issues)
        let oneByOne = try TestArchive.filled()
        #expect(try exported(together) == exported(oneByOne))
        var summary = try together.summary()
        summary.bytes = 0
        var expected = try oneByOne.summary()
        expected.bytes = 0
        #expect(summary == expected && summary.issues == TestArchive.issues.count)
        let query = try SearchQuery(parsing: "日报")
        #expect(try together.search(query, filters: SearchFilters(limit: 50)) == oneByOne.search(query, filters: SearchFilters(limit: 50)))
        #expect(try together.integrityProblems().isEmpty)
    }

    /// A file holding two issues (a text file of a whole run) is stored an issue at a time, alone or in one
    /// transaction with the other: the second issue does not take the first one's pages for an older reading of the
    /// same file.
    @Test(arguments: [false, true])
    func aFileOfSeveralIssuesKeepsThemAll(storedTogether: Bool) throws {
        let archive = try TestArchive.empty()
        var issues = Array(TestArchive.issues.prefix(2))
        for index in issues.indices {
            for page in issues[index].pages.indices {
                issues[index].pages[page].json.source = "run.txt"
                issues[index].pages[page].hash = "run"
            }
            issues[index].sources = index == 1 ? [ArchiveIssue.Source(path: "run.txt", hash: "run", pages: 8)] : []
        }
        if storedTogether {
            try archive.store(issues)
        } else {
            for issue in issues { try archive.store(issue) }
        }
        #expect(try archive.summary().pages == issues.reduce(0) { $0 + $1.pages.count })
        // The same file changed: its pages in both issues give way to the new reading.
        var changed = issues[0]
        changed.pages = [changed.pages[0]]
        changed.pages[0].hash = "run, changed"
        changed.sources = [ArchiveIssue.Source(path: "run.txt", hash: "run, changed", pages: 1)]
        try archive.store(changed)
        let summary = try archive.summary()
        #expect(summary.pages == 1 && summary.issues == 1, "the second issue, all of whose pages went, is gone")
        #expect(try archive.integrityProblems().isEmpty)
    }

    /// Export: each article once; with stories, each story whole in reading order and the rest one part each.
    @Test func exportGivesEachArticleOnceAndStoriesWhole() throws {
        let archive = try TestArchive.filled()
        var articles: [String] = []
        try archive.export(stories: false) { articles += $0.parts.map(\.id) }
        #expect(articles.count == Set(articles).count)
        #expect(articles.count == (try archive.summary().articles))
        var parts: [String] = []
        var stories: [[String]] = []
        try archive.export(stories: true) { item in
            parts += item.parts.map(\.id)
            if item.parts.count > 1 { stories.append(item.parts.map(\.id)) }
        }
        #expect(Set(parts) == Set(articles) && parts.count == articles.count)
        #expect(!stories.isEmpty)
        for story in stories {
            // Parts in reading order: pages ascending.
            let pages = story.compactMap { id in id.range(of: "-p", options: .backwards).flatMap { Int(id[$0.upperBound...].prefix { $0.isNumber }) } }
            #expect(pages == pages.sorted())
        }
    }

    @Test func aFolderThatIsNoArchiveIsNamed() throws {
        let missing = FileManager.default.temporaryDirectory.appendingPathComponent("no-archive-\(UUID().uuidString)").path
        #expect(throws: SQLiteArchive.OpenError.self) { try SQLiteArchive(folder: missing, create: false) }
        do {
            _ = try SQLiteArchive(folder: missing, create: false)
        } catch {
            #expect(error.description.contains(missing) && error.description.contains("banmian ingest"))
        }
    }

    func exported(_ archive: SQLiteArchive) throws -> [String] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        var lines: [String] = []
        try archive.export(stories: true) { lines.append(String(decoding: try encoder.encode($0), as: UTF8.self)) }
        return lines
    }
}
