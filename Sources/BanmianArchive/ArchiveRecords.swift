import GRDB

// One record type per table (DESIGN.md, *The archive*); the schema is `ArchiveSchema`'s migrations.

/// A paper, by its name as printed in the masthead.
struct PaperRecord: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "paper"
    var name: String
}

/// An issue: `临江日报-2024-03-05`.
struct IssueRecord: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "issue"
    var id: String
    var paper: String?
    var date: String?
    var number: String?
}

/// A page of an issue and the file it was read from (its content hash makes ingest idempotent).
struct PageRecord: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "page"
    var id: String
    var issueId: String
    /// `p2`, `p2.2` for a second page 2 of the issue.
    var key: String
    var number: Int?
    var name: String?
    var width: Double?
    var height: Double?
    var source: String
    var sourceHash: String
    /// The page's order in the issue.
    var position: Int
    /// The page JSON's `unassigned` and `diagnostics`, as JSON.
    var unassigned: String
    var diagnostics: String
}

/// An article (or the part of one on its page): the searched fields as columns, every field of the page JSON in
/// `json`, and the issue's paper and date beside it for filters and facets.
struct ArticleRecord: Codable, FetchableRecord, MutablePersistableRecord {
    static let databaseTableName = "article"
    /// The full-text table's rowid.
    var ref: Int64?
    /// `临江日报-2024-03-05-p2-a3`: stable, readable in a URL.
    var id: String
    var pageId: String
    var issueId: String
    var position: Int
    var paper: String?
    var date: String?
    var pageNumber: Int?
    var pageName: String?
    var kicker: String?
    var headline: String?
    var subtitle: String?
    /// The dateline, subheads, paragraphs, captions and byline names: what the body column of the search finds.
    var body: String
    var json: String

    mutating func didInsert(_ inserted: InsertionSuccess) { ref = inserted.rowID }
}

/// Where an article was printed (paper, date, page), keyed by the article's `ref`: what search filters and counts by.
struct ArticlePlaceRecord: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "article_place"
    var ref: Int64
    var paper: String?
    var date: String?
    var pageNumber: Int?
    var pageName: String?
}

/// A story: its parts' article ids in reading order, as JSON.
struct StoryRecord: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "story"
    var id: String
    var issueId: String
    var headline: String?
    var parts: String
}

/// A teaser (导读) on a page and the article it announces.
struct TeaserRecord: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "teaser"
    var id: Int64?
    var pageId: String
    var text: String
    /// The page it points to.
    var page: Int?
    var target: String?
}

/// A file ingested whole: its path and content hash. Written in the transaction that stores its last page.
struct SourceRecord: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "source"
    var path: String
    var hash: String
    var pages: Int
}
