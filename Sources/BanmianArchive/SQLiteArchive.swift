import Banmian
import Foundation
import GRDB

/// The archive in one folder: `archive.sqlite` (WAL, migrations) beside what the reader needs. Readers run
/// alongside a writer (WAL); issues are stored a few in one transaction, so a run killed at any moment leaves
/// the archive as it was after the last stored batch.
public final class SQLiteArchive: ArchiveStore {
    public let folder: URL
    let pool: DatabasePool
    /// Where each article was printed and its length, for search (read on whenever the archive changes).
    let places = ArticlePlaces()
    /// A search of an archive of at least this many articles reads its matches in parts of the rows, one a core
    /// (`SQLiteArchive.search`).
    let rowsToSplitSearch: Int

    public enum OpenError: Error, CustomStringConvertible {
        case notAFolder(String)
        case cannotCreate(String, reason: String)
        case missing(String)
        case database(String, reason: String)

        public var description: String {
            switch self {
            case .notAFolder(let path): "\(path): not a folder; --archive takes a folder (created when missing)"
            case .cannotCreate(let path, let reason): "\(path): cannot create the archive folder: \(reason)"
            case .missing(let path): "\(path): no archive there; make one with banmian ingest FILES --archive \(path)"
            case .database(let path, let reason): "\(path): cannot open the archive's database: \(reason)"
            }
        }
    }

    /// Opens the archive in `folder`, creating it when `create` (else it must exist), and brings its tables up
    /// to date.
    public init(folder: String, create: Bool, rowsToSplitSearch: Int = 100_000) throws(OpenError) {
        self.rowsToSplitSearch = rowsToSplitSearch
        var isFolder: ObjCBool = false
        let exists = FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder)
        if exists, !isFolder.boolValue { throw .notAFolder(folder) }
        let url = URL(fileURLWithPath: folder)
        let database = url.appendingPathComponent("archive.sqlite").path
        if !exists || !FileManager.default.fileExists(atPath: database) {
            guard create else { throw .missing(folder) }
            do {
                try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
            } catch {
                throw .cannotCreate(folder, reason: error.localizedDescription)
            }
        }
        self.folder = url
        var configuration = Configuration()
        configuration.foreignKeysEnabled = true
        configuration.busyMode = .timeout(10)
        configuration.prepareDatabase { db in
            db.add(tokenizer: ArchiveTokenizer.self)
            ArchiveRank.register(on: db)
            // In WAL mode a commit stays atomic and the database consistent through a crash or power loss with
            // NORMAL; only the last commits may be lost, and the files they held are read again by the next run.
            try db.execute(sql: "PRAGMA synchronous = NORMAL; PRAGMA cache_size = -65536")
        }
        do {
            pool = try DatabasePool(path: database, configuration: configuration)
            try ArchiveSchema.migrator.migrate(pool)
        } catch {
            throw .database(database, reason: "\(error)")
        }
    }

    public func holds(source path: String, hash: String) throws -> Bool {
        try pool.read { db in
            try SourceRecord.filter(Column("hash") == hash).fetchCount(db) > 0
        }
    }

    // MARK: Storing

    public func store(_ issues: [ArchiveIssue]) throws {
        guard !issues.isEmpty else { return }
        // The rows' JSON is made on all cores before the transaction: the writer only writes.
        let ready = try ParallelMap.map(issues) { _, issue in Result { try EncodedIssue(issue) } }.map { try $0.get() }
        try pool.write { db in
            for (issue, json) in zip(issues, ready) { try store(issue, json: json, in: db) }
        }
    }

    /// The JSON an issue's rows hold: each page's unassigned text and diagnostics, each article (under its id in
    /// the archive) and its searched text.
    private struct EncodedIssue: Sendable {
        struct Page: Sendable {
            var unassigned: String
            var diagnostics: String
            var articles: [String]
            var bodies: [String]
        }

        var pages: [Page]

        init(_ issue: ArchiveIssue) throws {
            let encoder = SQLiteArchive.encoder()
            func encoded<T: Encodable>(_ value: T) throws -> String { String(decoding: try encoder.encode(value), as: UTF8.self) }
            pages = try issue.pages.map { page in
                let json = page.json
                return Page(
                    unassigned: try encoded(json.unassigned), diagnostics: try encoded(json.diagnostics),
                    articles: try json.articles.map { article in
                        var stored = article
                        stored.id = issue.archiveId(ofArticle: article.id)
                        return try encoded(stored)
                    },
                    bodies: json.articles.map(SQLiteArchive.searchedBody(of:)))
            }
        }
    }

    /// JSON as the archive stores it: keys sorted, slashes as they are.
    static func encoder() -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }

    private func store(_ issue: ArchiveIssue, json encodedIssue: EncodedIssue, in db: Database) throws {
        let encoder = Self.encoder()
        func encoded<T: Encodable>(_ value: T) throws -> String { String(decoding: try encoder.encode(value), as: UTF8.self) }
        let issueId = issue.archiveId
        if let paper = issue.issue.paper { try PaperRecord(name: paper).insert(db, onConflict: .ignore) }
        let existing = try IssueRecord.fetchOne(db, key: issueId)
        try IssueRecord(
            id: issueId, paper: issue.issue.paper, date: issue.issue.date, number: issue.issue.number ?? existing?.number
        ).save(db)
        // The pages these files gave before (a changed file) go, and so do pages at the same places.
        let pageIds = issue.pages.enumerated().map { issueId + "-" + ArchiveIssue.key(of: $1.json, position: $0) }
        // A page read before from a file that has changed since (another hash) goes; pages of the same file as it
        // is now stay (a file holding several issues is stored an issue at a time).
        var hashOfFile: [String: String] = [:]
        for page in issue.pages { hashOfFile[page.json.source] = page.hash }
        for source in issue.sources { hashOfFile[source.path] = source.hash }
        let changed = hashOfFile.map { Column("source") == $0.key && Column("sourceHash") != $0.value }.joined(operator: .or)
        let replaced = try String.fetchAll(db, PageRecord.select(Column("id")).filter(changed || pageIds.contains(Column("id"))))
        let replacedArticles = try String.fetchAll(db, ArticleRecord.select(Column("id")).filter(replaced.contains(Column("pageId"))))
        let touchedIssues = try String.fetchSet(db, PageRecord.select(Column("issueId")).filter(replaced.contains(Column("id"))))
        try removeStories(of: touchedIssues, touching: Set(replacedArticles), in: db)
        try PageRecord.deleteAll(db, keys: replaced)
        var position = try Int.fetchOne(db, sql: "SELECT MAX(position) FROM page WHERE issueId = ?", arguments: [issueId]) ?? 0
        var pageIdOfNumber: [Int: String] = [:]
        for (index, page) in issue.pages.enumerated() {
            position += 1
            let json = page.json
            try PageRecord(
                id: pageIds[index], issueId: issueId, key: ArchiveIssue.key(of: json, position: index), number: json.number,
                name: page.name, width: json.width, height: json.height, source: json.source, sourceHash: page.hash,
                position: position, unassigned: encodedIssue.pages[index].unassigned, diagnostics: encodedIssue.pages[index].diagnostics
            ).insert(db)
            if let number = json.number, pageIdOfNumber[number] == nil { pageIdOfNumber[number] = pageIds[index] }
            for (order, article) in json.articles.enumerated() {
                var record = ArticleRecord(
                    ref: nil, id: issue.archiveId(ofArticle: article.id), pageId: pageIds[index], issueId: issueId, position: order,
                    paper: issue.issue.paper, date: issue.issue.date, pageNumber: json.number, pageName: page.name, kicker: article.kicker,
                    headline: article.headline, subtitle: article.subtitle, body: encodedIssue.pages[index].bodies[order],
                    json: encodedIssue.pages[index].articles[order]
                )
                try record.insert(db)
                if let ref = record.ref {
                    try ArticlePlaceRecord(ref: ref, paper: record.paper, date: record.date, pageNumber: record.pageNumber, pageName: record.pageName).insert(db)
                }
            }
        }
        for story in issue.issue.stories {
            let parts = story.parts.map(issue.archiveId(ofArticle:))
            guard let first = parts.first else { continue }
            // Named after its first part: `临江日报-2024-03-05-story-p1-a2`.
            let id = issueId + "-story-" + first.dropFirst(issueId.count + 1)
            try StoryRecord(id: id, issueId: issueId, headline: story.headline, parts: try encoded(parts)).save(db)
        }
        for teaser in issue.issue.teasers {
            guard let page = teaser.page, let pageId = pageIdOfNumber[page] else { continue }
            try TeaserRecord(
                id: nil, pageId: pageId, text: teaser.text, page: teaser.targetPage, target: teaser.target.map(issue.archiveId(ofArticle:))
            ).insert(db)
        }
        for source in issue.sources {
            try SourceRecord(path: source.path, hash: source.hash, pages: source.pages).save(db)
        }
        // An issue whose every page a changed file took back is gone.
        try db.execute(sql: "DELETE FROM issue WHERE id IN (\(touchedIssues.map { _ in "?" }.joined(separator: ","))) AND id NOT IN (SELECT issueId FROM page)", arguments: StatementArguments(Array(touchedIssues)))
    }

    /// Stories of these issues with a part among `articles` (their page is being replaced): the new pages bring
    /// them again.
    private func removeStories(of issueIds: Set<String>, touching articles: Set<String>, in db: Database) throws {
        guard !articles.isEmpty else { return }
        for story in try StoryRecord.filter(issueIds.contains(Column("issueId"))).fetchAll(db) {
            let parts = (try? JSONDecoder().decode([String].self, from: Data(story.parts.utf8))) ?? []
            if parts.contains(where: articles.contains) { try story.delete(db) }
        }
    }

    /// What the body column of the search holds: dateline, subheads and paragraphs, captions, byline names.
    public static func searchedBody(of article: ArticleJSON) -> String {
        var lines: [String] = []
        for section in article.sections {
            if let heading = section.heading { lines.append(heading) }
            lines += section.paragraphs
        }
        lines += article.captions ?? []
        let names = article.bylines.flatMap(\.names)
        if !names.isEmpty { lines.append(names.joined(separator: " ")) }
        return lines.joined(separator: "\n")
    }
}
