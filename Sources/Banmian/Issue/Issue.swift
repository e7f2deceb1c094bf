/// An issue of a paper: the pages of one run that share a paper and a date, with the stories that run over
/// several of its pages and the teasers that point into it (DESIGN.md, *The issue*).
public struct Issue: Sendable, Codable, Equatable {
    /// `临江日报-2024-03-05`; without a paper or a date, the source of its first page.
    public var id: String
    public var paper: String?
    /// ISO 8601 (`2024-03-05`).
    public var date: String?
    /// The issue number as printed (`12156` of `第12156期`).
    public var number: String?
    public var pages: [IssuePage]
    /// Articles continued over pages, joined; a story of one part is not listed.
    public var stories: [Story]
    public var teasers: [Teaser]
    /// Jumps and continuations that could not be joined.
    public var diagnostics: [Diagnostic]

    public init(
        id: String, paper: String?, date: String?, number: String?, pages: [IssuePage], stories: [Story], teasers: [Teaser],
        diagnostics: [Diagnostic] = []
    ) {
        self.id = id
        self.paper = paper
        self.date = date
        self.number = number
        self.pages = pages
        self.stories = stories
        self.teasers = teasers
        self.diagnostics = diagnostics
    }

    private enum CodingKeys: String, CodingKey { case id, paper, date, number, pages, stories, teasers, diagnostics }

    /// Every key is written, a field not printed as `null` (DESIGN.md).
    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(paper, forKey: .paper)
        try container.encode(date, forKey: .date)
        try container.encode(number, forKey: .number)
        try container.encode(pages, forKey: .pages)
        try container.encode(stories, forKey: .stories)
        try container.encode(teasers, forKey: .teasers)
        try container.encode(diagnostics, forKey: .diagnostics)
    }
}

/// A page of an issue: its number and its name as printed in the page header (版名: `要闻`, `国际`).
public struct IssuePage: Sendable, Codable, Equatable {
    public var number: Int?
    public var name: String?
    public var source: String

    public init(number: Int?, name: String?, source: String) {
        self.number = number
        self.name = name
        self.source = source
    }

    private enum CodingKeys: String, CodingKey { case number, name, source }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(number, forKey: .number)
        try container.encode(name, forKey: .name)
        try container.encode(source, forKey: .source)
    }
}

/// One story: the articles that are its parts, in reading order (`（下转第二版）` … `（上接第一版）`).
public struct Story: Sendable, Codable, Equatable {
    public var id: String
    /// The first part's headline, else the first headline of a later part (a continuation under a new one).
    public var headline: String?
    /// Article ids, first part first.
    public var parts: [String]

    public init(id: String, headline: String?, parts: [String]) {
        self.id = id
        self.headline = headline
        self.parts = parts
    }

    private enum CodingKeys: String, CodingKey { case id, headline, parts }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(headline, forKey: .headline)
        try container.encode(parts, forKey: .parts)
    }
}

/// A 导读 entry pointing to an article on another page (`南京网上拜年新鲜便捷　详见第4版`).
public struct Teaser: Sendable, Codable, Equatable {
    /// As printed, its page reference included.
    public var text: String
    /// The page the teaser is printed on.
    public var page: Int?
    /// The page it points to.
    public var targetPage: Int?
    /// The article it announces; nil when that page is not in the run or no article there matches it.
    public var target: String?

    public init(text: String, page: Int?, targetPage: Int?, target: String?) {
        self.text = text
        self.page = page
        self.targetPage = targetPage
        self.target = target
    }

    private enum CodingKeys: String, CodingKey { case text, page, targetPage, target }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(text, forKey: .text)
        try container.encode(page, forKey: .page)
        try container.encode(targetPage, forKey: .targetPage)
        try container.encode(target, forKey: .target)
    }
}
