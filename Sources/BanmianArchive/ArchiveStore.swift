import Banmian
import Foundation

/// Where the archive keeps its issues. The commands use only this protocol, so that a store on a shared server
/// (PostgreSQL) can stand beside the SQLite one (`SQLiteArchive`) without touching them.
public protocol ArchiveStore: Sendable {
    /// The file at `path` with this content hash is in the archive already (under that path or another).
    func holds(source path: String, hash: String) throws -> Bool
    /// Stores issues' pages, articles, stories and teasers in one transaction, replacing the pages read
    /// before from the same files or standing at the same place in the issue; marks their finished files.
    func store(_ issues: [ArchiveIssue]) throws
    /// Keeps a copy of the PDF at `path` (content `hash`) for the reader's page pictures; nothing when kept already.
    func keepOriginal(of path: String, hash: String) throws
    func search(_ query: SearchQuery, filters: SearchFilters) throws -> SearchResults
    /// Each article (or, with `stories`, each story whole: articles in no story as stories of one part), in date,
    /// issue and page order.
    func export(stories: Bool, _ each: (ExportedItem) throws -> Void) throws
    func summary() throws -> ArchiveSummary
    /// The database's own consistency check: empty when all is well.
    func integrityProblems() throws -> [String]
}

extension ArchiveStore {
    /// Stores one issue in a transaction of its own.
    public func store(_ issue: ArchiveIssue) throws { try store([issue]) }
}

/// An issue ready to store: the issue read from a run's pages, and those pages with the files they came from.
public struct ArchiveIssue: Sendable {
    public struct Page: Sendable {
        public var json: PageJSON
        /// The page's name as printed (`要闻`).
        public var name: String?
        /// The content hash of the file it was read from.
        public var hash: String

        public init(json: PageJSON, name: String?, hash: String) {
            self.json = json
            self.name = name
            self.hash = hash
        }
    }

    /// A file whose last page is in this issue: stored with it, so that a run killed before knows to read it again.
    public struct Source: Sendable, Equatable {
        public var path: String
        public var hash: String
        public var pages: Int

        public init(path: String, hash: String, pages: Int) {
            self.path = path
            self.hash = hash
            self.pages = pages
        }
    }

    public var issue: Issue
    public var pages: [Page]
    public var sources: [Source]

    public init(issue: Issue, pages: [Page], sources: [Source]) {
        self.issue = issue
        self.pages = pages
        self.sources = sources
    }

    /// The issues of a document written by `banmian extract --format json` (read from `path`, content `hash`):
    /// each with its pages, which the document lists in the issues' order; the file is finished with the last.
    public static func issues(of document: PageDocument, path: String, hash: String) -> [ArchiveIssue] {
        var remaining = document.pages[...]
        let issues = document.issues ?? []
        return issues.enumerated().map { index, issue in
            let last = index == issues.count - 1
            let pages = remaining.prefix(last ? remaining.count : min(issue.pages.count, remaining.count))
            remaining = remaining.dropFirst(pages.count)
            let archived = pages.enumerated().map { offset, page in
                Page(json: page, name: issue.pages.indices.contains(offset) ? issue.pages[offset].name : nil, hash: hash)
            }
            return ArchiveIssue(issue: issue, pages: archived, sources: last ? [Source(path: path, hash: hash, pages: document.pages.count)] : [])
        }
    }

    /// The articles of all its pages.
    public var articleCount: Int { pages.reduce(0) { $0 + $1.json.articles.count } }

    /// The issue's id in the archive: `paper-date` when both are known (pages of one issue read in several runs
    /// meet there), else the run's id; readable in a URL (no `/`, no spaces).
    public var archiveId: String {
        let id = [issue.paper, issue.date].allSatisfy({ $0 != nil }) ? "\(issue.paper ?? "")-\(issue.date ?? "")" : issue.id
        return String(id.map { $0 == "/" || $0 == "\\" || $0.isWhitespace || $0 == "?" || $0 == "#" || $0 == "%" ? "_" : $0 })
    }

    /// An article's id in the archive: the issue's and its place in the issue (`临江日报-2024-03-05-p2-a3`); the
    /// run's `i2-` prefix of a second issue is dropped.
    public func archiveId(ofArticle id: String) -> String {
        var local = Substring(id)
        if local.first == "i", let dash = local.firstIndex(of: "-"), local[local.index(after: local.startIndex)..<dash].allSatisfy(\.isNumber) {
            local = local[local.index(after: dash)...]
        }
        return archiveId + "-" + local
    }

    /// A page's place in the issue (`p2`, `p2.2`), from its articles' ids, else its number.
    public static func key(of page: PageJSON, position: Int) -> String {
        if let id = page.articles.first?.id, let range = id.range(of: "-a", options: .backwards) {
            let head = id[..<range.lowerBound]
            return String(head.split(separator: "-").last ?? head)
        }
        return page.number.map { "p\($0)" } ?? "p0.\(position + 1)"
    }
}

/// What a search is narrowed to, how it is ordered, and which results are wanted.
public struct SearchFilters: Sendable, Equatable {
    public enum Sort: String, Sendable, CaseIterable {
        case rank, date
    }

    /// ISO dates, both ends included.
    public var from: String?
    public var to: String?
    public var paper: String?
    /// A page number (`3`) or page name (`要闻`).
    public var page: String?
    public var limit: Int
    public var offset: Int
    public var sort: Sort

    /// A date as the filters take it: `YYYY-MM-DD`, ASCII digits, month 1–12, day 1–31.
    public static func isDate(_ text: String) -> Bool {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
            parts.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } }), let month = Int(parts[1]), let day = Int(parts[2])
        else { return false }
        return (1...12).contains(month) && (1...31).contains(day)
    }

    public init(from: String? = nil, to: String? = nil, paper: String? = nil, page: String? = nil, limit: Int = 20, offset: Int = 0, sort: Sort = .rank) {
        self.from = from
        self.to = to
        self.paper = paper
        self.page = page
        self.limit = limit
        self.offset = offset
        self.sort = sort
    }
}

/// A search's answer (DESIGN.md, *The archive*): how many match, the wanted page of them, counts by facet.
public struct SearchResults: Sendable, Codable, Equatable {
    public struct Hit: Sendable, Codable, Equatable {
        public var article: String
        public var issue: String
        public var paper: String?
        public var date: String?
        public var page: Int?
        public var pageName: String?
        public var headline: String?
        /// HTML: the matched words in `<mark>…</mark>`, everything else escaped.
        public var snippet: String

        /// Every key written, `null` where unknown (DESIGN.md).
        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(article, forKey: .article)
            try container.encode(issue, forKey: .issue)
            try container.encode(paper, forKey: .paper)
            try container.encode(date, forKey: .date)
            try container.encode(page, forKey: .page)
            try container.encode(pageName, forKey: .pageName)
            try container.encode(headline, forKey: .headline)
            try container.encode(snippet, forKey: .snippet)
        }
    }

    public struct Facets: Sendable, Codable, Equatable {
        public var paper: [String: Int]
        /// By `YYYY-MM`.
        public var month: [String: Int]
        /// By page name, else page number.
        public var page: [String: Int]
    }

    public var total: Int
    public var results: [Hit]
    public var facets: Facets
}

/// One line of `banmian export`: an article, or a story with its parts, with the issue it is in.
public struct ExportedItem: Sendable, Codable {
    public struct Part: Sendable, Codable {
        public var id: String
        public var page: Int?
        public var pageName: String?
        public var article: ArticleJSON

        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(id, forKey: .id)
            try container.encode(page, forKey: .page)
            try container.encode(pageName, forKey: .pageName)
            try container.encode(article, forKey: .article)
        }
    }

    public var id: String
    public var issue: String
    public var paper: String?
    public var date: String?
    public var headline: String?
    public var parts: [Part]

    /// Every key written, `null` where unknown: each line has the same keys.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(issue, forKey: .issue)
        try container.encode(paper, forKey: .paper)
        try container.encode(date, forKey: .date)
        try container.encode(headline, forKey: .headline)
        try container.encode(parts, forKey: .parts)
    }
}

/// What an archive holds.
public struct ArchiveSummary: Sendable, Codable, Equatable {
    public struct Paper: Sendable, Codable, Equatable {
        public var name: String
        public var issues: Int
        public var first: String?
        public var last: String?
    }

    public var papers: [Paper]
    public var issues: Int
    public var pages: Int
    public var articles: Int
    public var stories: Int
    public var teasers: Int
    public var sources: Int
    /// The database file's size in bytes.
    public var bytes: Int
}

/// What the reader and the API show of an archive (DESIGN.md, *The reader and the API*).
public enum ArchiveView {
    /// `text` as one segment of a URL's path: everything but ASCII letters, digits and `-._~` percent-encoded, so
    /// that the segment is safe wherever a page puts it (an `href`, a `src`, a CSS `url('…')`).
    public static func pathSegment(_ text: String) -> String {
        text.addingPercentEncoding(withAllowedCharacters: segmentCharacters) ?? ""
    }

    private static let segmentCharacters = CharacterSet(charactersIn: "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~")

    /// An issue in a list: `GET /api/issues`.
    public struct IssueSummary: Sendable, Codable, Equatable {
        public struct Page: Sendable, Codable, Equatable {
            public var number: Int?
            public var name: String?

            public func encode(to encoder: any Encoder) throws {
                var container = encoder.container(keyedBy: CodingKeys.self)
                try container.encode(number, forKey: .number)
                try container.encode(name, forKey: .name)
            }
        }

        public var id: String
        public var paper: String?
        public var date: String?
        public var number: String?
        public var pages: [Page]

        /// Every key written, `null` where unknown (DESIGN.md).
        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(id, forKey: .id)
            try container.encode(paper, forKey: .paper)
            try container.encode(date, forKey: .date)
            try container.encode(number, forKey: .number)
            try container.encode(pages, forKey: .pages)
        }
    }

    /// An issue with its pages, their articles' zones, stories and teasers: `GET /api/issues/{id}`.
    public struct IssueDetail: Sendable, Codable, Equatable {
        public struct Page: Sendable, Codable, Equatable {
            /// `临江日报-2024-03-05-p2`: the issue's id and the page's place in it (`p2`, `p2.2`).
            public var id: String
            public var number: Int?
            public var name: String?
            public var width: Double?
            public var height: Double?
            /// The page picture's path on the server (`/pictures/{id}`), when the archive kept the PDF it was read from.
            public var image: String?
            public var articles: [ArticleZones]

            /// The page's place in its issue (`p2`): what follows the issue's id in the page's.
            public func key(in issue: String) -> String { id.hasPrefix(issue + "-") ? String(id.dropFirst(issue.count + 1)) : id }

            public func encode(to encoder: any Encoder) throws {
                var container = encoder.container(keyedBy: CodingKeys.self)
                try container.encode(id, forKey: .id)
                try container.encode(number, forKey: .number)
                try container.encode(name, forKey: .name)
                try container.encode(width, forKey: .width)
                try container.encode(height, forKey: .height)
                try container.encode(image, forKey: .image)
                try container.encode(articles, forKey: .articles)
            }
        }

        public struct ArticleZones: Sendable, Codable, Equatable {
            public var id: String
            public var headline: String?
            public var zones: [BoxJSON]

            public func encode(to encoder: any Encoder) throws {
                var container = encoder.container(keyedBy: CodingKeys.self)
                try container.encode(id, forKey: .id)
                try container.encode(headline, forKey: .headline)
                try container.encode(zones, forKey: .zones)
            }
        }

        public struct Story: Sendable, Codable, Equatable {
            public var id: String
            public var headline: String?
            public var parts: [String]

            public func encode(to encoder: any Encoder) throws {
                var container = encoder.container(keyedBy: CodingKeys.self)
                try container.encode(id, forKey: .id)
                try container.encode(headline, forKey: .headline)
                try container.encode(parts, forKey: .parts)
            }
        }

        public struct Teaser: Sendable, Codable, Equatable {
            public var text: String
            /// The page it is printed on, the page it points to, and the article it announces.
            public var page: Int?
            public var targetPage: Int?
            public var target: String?

            public func encode(to encoder: any Encoder) throws {
                var container = encoder.container(keyedBy: CodingKeys.self)
                try container.encode(text, forKey: .text)
                try container.encode(page, forKey: .page)
                try container.encode(targetPage, forKey: .targetPage)
                try container.encode(target, forKey: .target)
            }
        }

        public var id: String
        public var paper: String?
        public var date: String?
        public var number: String?
        public var pages: [Page]
        public var stories: [Story]
        public var teasers: [Teaser]

        /// Every key written, `null` where unknown (DESIGN.md).
        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(id, forKey: .id)
            try container.encode(paper, forKey: .paper)
            try container.encode(date, forKey: .date)
            try container.encode(number, forKey: .number)
            try container.encode(pages, forKey: .pages)
            try container.encode(stories, forKey: .stories)
            try container.encode(teasers, forKey: .teasers)
        }
    }

    /// Where a page's picture is drawn from: the archive's copy of its PDF, or of the scan OCR read it from, and
    /// the page's place in it (1-based: a PDF's page, a multi-page TIFF's frame).
    public struct PictureSource: Sendable, Equatable {
        public var file: URL
        public var page: Int
        /// The file's content hash: pictures drawn from it can be kept under it.
        public var hash: String
        /// A page picture (a scan), not a PDF.
        public var isPicture: Bool

        public init(file: URL, page: Int, hash: String, isPicture: Bool = false) {
            self.file = file
            self.page = page
            self.hash = hash
            self.isPicture = isPicture
        }
    }

    /// An article as in the page JSON, with where it was printed and its story: `GET /api/articles/{id}`.
    public struct ArticleDetail: Sendable, Codable, Equatable {
        public var article: ArticleJSON
        public var issue: String
        public var paper: String?
        public var date: String?
        public var page: Int?
        public var pageName: String?
        /// The story's parts, first to last, when the article is one of several.
        public var story: [String]?

        private enum Keys: String, CodingKey { case issue, paper, date, page, pageName, story }

        /// The page JSON's article with the extra keys beside its own fields (DESIGN.md), `null` where unknown.
        public func encode(to encoder: any Encoder) throws {
            try article.encode(to: encoder)
            var container = encoder.container(keyedBy: Keys.self)
            try container.encode(issue, forKey: .issue)
            try container.encode(paper, forKey: .paper)
            try container.encode(date, forKey: .date)
            try container.encode(page, forKey: .page)
            try container.encode(pageName, forKey: .pageName)
            try container.encode(story, forKey: .story)
        }

        public init(from decoder: any Decoder) throws {
            article = try ArticleJSON(from: decoder)
            let container = try decoder.container(keyedBy: Keys.self)
            issue = try container.decode(String.self, forKey: .issue)
            paper = try container.decodeIfPresent(String.self, forKey: .paper)
            date = try container.decodeIfPresent(String.self, forKey: .date)
            page = try container.decodeIfPresent(Int.self, forKey: .page)
            pageName = try container.decodeIfPresent(String.self, forKey: .pageName)
            story = try container.decodeIfPresent([String].self, forKey: .story)
        }

        public init(article: ArticleJSON, issue: String, paper: String?, date: String?, page: Int?, pageName: String?, story: [String]?) {
            self.article = article
            self.issue = issue
            self.paper = paper
            self.date = date
            self.page = page
            self.pageName = pageName
            self.story = story
        }
    }
}

/// What the reader reads from a store.
public protocol ArchiveReader: Sendable {
    /// The papers, each with its number of issues and their first and last dates.
    func papers() throws -> [ArchiveSummary.Paper]
    /// Issues, newest first, of one paper and between two dates when given.
    func issues(paper: String?, from: String?, to: String?, limit: Int) throws -> [ArchiveView.IssueSummary]
    func issue(id: String) throws -> ArchiveView.IssueDetail?
    /// The issue a page is in, with the zones of that page's articles only (the other pages' `articles` empty).
    func page(id: String) throws -> ArchiveView.IssueDetail?
    func article(id: String) throws -> ArchiveView.ArticleDetail?
    /// `article(id:)` as the API's JSON, written without decoding the stored article.
    func articleJSON(id: String) throws -> Data?
    func search(_ query: SearchQuery, filters: SearchFilters) throws -> SearchResults
    /// The PDF a page was read from, as the archive kept it, and the page's place in it.
    func picture(ofPage id: String) throws -> ArchiveView.PictureSource?
    /// A mark that changes whenever the archive does (an issue stored, a page replaced): what a reader's cache of
    /// answers is keyed to. Cheap: no database read.
    func changeMark() -> String
}
