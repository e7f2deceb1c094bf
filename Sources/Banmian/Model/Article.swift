/// One credit line's role and names: `□本报记者 张三 李四` is role `本报记者`, names `张三`, `李四`.
public struct Byline: Sendable, Codable, Equatable, Hashable {
    /// As printed (`记者`, `本报记者`, `通讯员`, `实习生`, `摄`); nil for English `By …`.
    public var role: String?
    public var names: [String]

    public init(role: String?, names: [String]) {
        self.role = role
        self.names = names
    }
}

/// A paragraph's text and where it came from.
public struct Paragraph: Sendable, Codable, Equatable {
    public var text: String
    public var span: SourceSpan

    public init(text: String, span: SourceSpan) {
        self.text = text
        self.span = span
    }
}

/// A run of paragraphs under one subhead (or none, before the first).
public struct Section: Sendable, Codable, Equatable {
    public var heading: String?
    public var paragraphs: [Paragraph]

    /// On pages with geometry: the box around its paragraphs.
    public var box: BoundingBox? { BoundingBox.enclosing(paragraphs.compactMap(\.span.box)) }

    public init(heading: String?, paragraphs: [Paragraph]) {
        self.heading = heading
        self.paragraphs = paragraphs
    }
}

/// An article, or the part of one that is on this page.
public struct Article: Sendable, Codable, Equatable {
    /// Stable from page and position: `p1-a2`.
    public var id: String
    public var kicker: String?
    public var headline: String?
    public var subtitle: String?
    public var bylines: [Byline]
    public var dateline: String?
    public var sections: [Section]
    public var continuedOn: PageReference?
    public var continuedFrom: PageReference?
    public var captions: [String]
    /// The input lines the article was built from, first to last; its box encloses all of them.
    public var span: SourceSpan
    /// On pages with geometry: the rectangles the article fills, one per column piece (see `Zones`).
    public var zones: [BoundingBox] = []
    /// Why the assembly is not sure of it (`ArticleConfidence`); set by the assembly.
    public var doubts: [ArticleDoubt] = []
    /// How sure the assembly is of it: 1, lowered by each doubt.
    public var confidence: Double { ArticleDoubt.confidence(of: doubts) }

    public init(
        id: String, kicker: String? = nil, headline: String? = nil, subtitle: String? = nil, bylines: [Byline] = [],
        dateline: String? = nil, sections: [Section], continuedOn: PageReference? = nil,
        continuedFrom: PageReference? = nil, captions: [String] = [], span: SourceSpan
    ) {
        self.id = id
        self.kicker = kicker
        self.headline = headline
        self.subtitle = subtitle
        self.bylines = bylines
        self.dateline = dateline
        self.sections = sections
        self.continuedOn = continuedOn
        self.continuedFrom = continuedFrom
        self.captions = captions
        self.span = span
    }

    /// All paragraph text, in order.
    public var paragraphs: [String] { sections.flatMap { $0.paragraphs.map(\.text) } }
}

/// Text of the page that belongs to no article, with its role: furniture, teasers, lone headlines.
public struct UnassignedText: Sendable, Codable, Equatable {
    public var role: BlockRole
    public var text: String
    public var span: SourceSpan

    public init(role: BlockRole, text: String, span: SourceSpan) {
        self.role = role
        self.text = text
        self.span = span
    }
}

/// A page rebuilt into articles: the pipeline's result for one input page.
public struct PageResult: Sendable, Codable, Equatable {
    public var source: String
    public var number: Int?
    public var articles: [Article]
    public var unassigned: [UnassignedText]
    public var diagnostics: [Diagnostic]
    /// The blocks the page was read into, in input order, with their roles: for review and debugging.
    public var blocks: [Block]
    /// The encoding the page was read in, and the marker table used.
    public var encoding: TextEncoding?
    public var language: Language
    /// The page's size, for inputs with geometry (PDF): boxes are within it.
    public var size: PageSize?
    /// The lines came in the page's reading order: with geometry, or from an extractor that kept each column's
    /// lines together (`LineReader.keepsColumnsTogether`, no shredded columns). The assembly trusts a line's place
    /// next to another only then.
    public var readingOrderKept = true

    public init(
        source: String, number: Int?, articles: [Article], unassigned: [UnassignedText], diagnostics: [Diagnostic],
        blocks: [Block], encoding: TextEncoding?, language: Language, size: PageSize? = nil
    ) {
        self.source = source
        self.number = number
        self.articles = articles
        self.unassigned = unassigned
        self.diagnostics = diagnostics
        self.blocks = blocks
        self.encoding = encoding
        self.language = language
        self.size = size
    }
}
