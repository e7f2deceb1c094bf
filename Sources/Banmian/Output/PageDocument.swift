import Foundation

/// The page JSON of DESIGN.md: one document for all pages of a run, with the inputs that failed beside them.
public struct PageDocument: Sendable, Codable, Equatable {
    public var pages: [PageJSON]
    /// The issues the pages form (`IssueAssembler`): stories joined across pages, teasers linked. Absent without
    /// pages.
    public var issues: [Issue]?
    /// Inputs that could not be read, each with what to do about it. Absent when there were none.
    public var errors: [InputError]?

    public init(pages: [PageJSON], issues: [Issue]? = nil, errors: [InputError]? = nil) {
        self.pages = pages
        self.issues = issues
        self.errors = errors
    }

    public init(results: [PageResult], errors: [BanmianError] = [], assembler: IssueAssembler = IssueAssembler()) {
        var collector = IssueCollector(assembler: assembler)
        self.pages = results.map { PageJSON(collector.add($0, table: assembler.table)) }
        self.issues = results.isEmpty ? nil : collector.finish()
        self.errors = errors.isEmpty ? nil : errors.map(InputError.init)
    }

    /// Pretty-printed, keys sorted, so that the same input always gives the same bytes.
    public func encoded() throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(self)
    }

    public struct InputError: Sendable, Codable, Equatable {
        public var source: String
        /// The page of the input (its place in the file) when only that page failed.
        public var page: Int?
        public var kind: String
        public var message: String

        init(_ error: BanmianError) {
            source = error.source
            page = error.page
            kind = error.kind.rawValue
            message = error.description
        }
    }
}

/// One page in the page JSON.
public struct PageJSON: Sendable, Codable, Equatable {
    public var source: String
    public var number: Int?
    public var articles: [ArticleJSON]
    public var unassigned: [UnassignedJSON]
    public var diagnostics: [DiagnosticJSON]
    public var encoding: String?
    public var language: String?
    /// The page's size in points, for inputs with geometry (PDF); the boxes below are within it.
    public var width: Double?
    public var height: Double?

    public init(_ result: PageResult) {
        source = result.source
        number = result.number
        articles = result.articles.map(ArticleJSON.init)
        unassigned = result.unassigned.map { UnassignedJSON(role: $0.role.rawValue, text: $0.text, lines: LinesJSON($0.span)) }
        diagnostics = result.diagnostics.map {
            DiagnosticJSON(code: $0.code.rawValue, severity: $0.severity.rawValue, message: $0.message, lines: $0.span.map(LinesJSON.init))
        }
        encoding = result.encoding?.rawValue
        language = result.language.rawValue
        width = result.size?.width
        height = result.size?.height
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(source, forKey: .source)
        try container.encode(number, forKey: .number)
        try container.encode(articles, forKey: .articles)
        try container.encode(unassigned, forKey: .unassigned)
        try container.encode(diagnostics, forKey: .diagnostics)
        try container.encodeIfPresent(encoding, forKey: .encoding)
        try container.encodeIfPresent(language, forKey: .language)
        try container.encodeIfPresent(width, forKey: .width)
        try container.encodeIfPresent(height, forKey: .height)
    }
}

/// An article in the page JSON: the fields of DESIGN.md, `null` where absent, plus captions and line ranges.
public struct ArticleJSON: Sendable, Codable, Equatable {
    public var id: String
    public var kicker: String?
    public var headline: String?
    public var subtitle: String?
    public var bylines: [BylineJSON]
    public var dateline: String?
    public var sections: [SectionJSON]
    public var continuedOn: Int?
    public var continuedFrom: Int?
    /// The page labels as printed (`A3`, `二`), when the article jumps.
    public var continuedOnLabel: String?
    public var continuedFromLabel: String?
    public var captions: [String]?
    public var lines: LinesJSON?
    /// Pages with geometry: the box around the whole article, and the rectangles it fills (one per column piece).
    public var box: BoxJSON?
    public var zones: [BoxJSON]?
    /// How sure the assembly is of the article (0–1), and the doubts that lowered it (`ArticleDoubt`).
    public var confidence: Double?
    public var doubts: [String]?

    public init(_ article: Article) {
        id = article.id
        kicker = article.kicker
        headline = article.headline
        subtitle = article.subtitle
        bylines = article.bylines.map { BylineJSON(role: $0.role, names: $0.names) }
        dateline = article.dateline
        sections = article.sections.map(SectionJSON.init)
        continuedOn = article.continuedOn?.number
        continuedFrom = article.continuedFrom?.number
        continuedOnLabel = article.continuedOn?.label
        continuedFromLabel = article.continuedFrom?.label
        captions = article.captions
        lines = LinesJSON(article.span)
        box = article.span.box.map(BoxJSON.init)
        zones = article.zones.isEmpty ? nil : article.zones.map(BoxJSON.init)
        confidence = (article.confidence * 100).rounded() / 100
        doubts = article.doubts.map(\.rawValue)
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(kicker, forKey: .kicker)
        try container.encode(headline, forKey: .headline)
        try container.encode(subtitle, forKey: .subtitle)
        try container.encode(bylines, forKey: .bylines)
        try container.encode(dateline, forKey: .dateline)
        try container.encode(sections, forKey: .sections)
        try container.encode(continuedOn, forKey: .continuedOn)
        try container.encode(continuedFrom, forKey: .continuedFrom)
        try container.encodeIfPresent(continuedOnLabel, forKey: .continuedOnLabel)
        try container.encodeIfPresent(continuedFromLabel, forKey: .continuedFromLabel)
        try container.encodeIfPresent(captions, forKey: .captions)
        try container.encodeIfPresent(lines, forKey: .lines)
        try container.encodeIfPresent(box, forKey: .box)
        try container.encodeIfPresent(zones, forKey: .zones)
        try container.encodeIfPresent(confidence, forKey: .confidence)
        try container.encodeIfPresent(doubts, forKey: .doubts)
    }
}

public struct BylineJSON: Sendable, Codable, Equatable {
    public var role: String?
    public var names: [String]

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(role, forKey: .role)
        try container.encode(names, forKey: .names)
    }
}

public struct SectionJSON: Sendable, Codable, Equatable {
    public var heading: String?
    public var paragraphs: [String]
    /// Pages with geometry: the box around the section, and one box per paragraph (in the order of `paragraphs`).
    public var box: BoxJSON?
    public var paragraphBoxes: [BoxJSON]?

    public init(_ section: Section) {
        heading = section.heading
        paragraphs = section.paragraphs.map(\.text)
        box = section.box.map(BoxJSON.init)
        let boxes = section.paragraphs.compactMap(\.span.box)
        paragraphBoxes = boxes.count == section.paragraphs.count && !boxes.isEmpty ? boxes.map(BoxJSON.init) : nil
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(heading, forKey: .heading)
        try container.encode(paragraphs, forKey: .paragraphs)
        try container.encodeIfPresent(box, forKey: .box)
        try container.encodeIfPresent(paragraphBoxes, forKey: .paragraphBoxes)
    }
}

/// A box in the page JSON: its page in the input file (1-based), where the origin is, and the rectangle in points.
public struct BoxJSON: Sendable, Codable, Equatable {
    public var page: Int
    public var origin: String
    public var x: Double
    public var y: Double
    public var width: Double
    public var height: Double

    public init(_ box: BoundingBox) {
        page = box.page
        origin = box.origin.rawValue
        // Two decimals: a hundredth of a point is far below what a reader sees, and the output stays stable.
        let round = { (value: Double) in (value * 100).rounded() / 100 }
        x = round(box.x)
        y = round(box.y)
        width = round(box.width)
        height = round(box.height)
    }
}

public struct UnassignedJSON: Sendable, Codable, Equatable {
    public var role: String
    public var text: String
    public var lines: LinesJSON?
}

public struct DiagnosticJSON: Sendable, Codable, Equatable {
    public var code: String
    public var severity: String
    public var message: String
    public var lines: LinesJSON?
}

/// The 1-based input line range something came from.
public struct LinesJSON: Sendable, Codable, Equatable {
    public var first: Int
    public var last: Int

    public init(_ span: SourceSpan) {
        first = span.firstLine
        last = span.lastLine
    }
}
