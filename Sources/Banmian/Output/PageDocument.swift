import Foundation

/// The page JSON of DESIGN.md: one document for all pages of a run, with the inputs that failed beside them.
public struct PageDocument: Sendable, Codable, Equatable {
    public var pages: [PageJSON]
    /// Inputs that could not be read, each with what to do about it. Absent when there were none.
    public var errors: [InputError]?

    public init(pages: [PageJSON], errors: [InputError]? = nil) {
        self.pages = pages
        self.errors = errors
    }

    public init(results: [PageResult], errors: [BanmianError] = []) {
        self.pages = results.map(PageJSON.init)
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
        public var kind: String
        public var message: String

        init(_ error: BanmianError) {
            source = error.source
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

    public init(_ result: PageResult) {
        source = result.source
        number = result.number
        articles = result.articles.map(ArticleJSON.init)
        unassigned = result.unassigned.map { UnassignedJSON(role: $0.role.rawValue, text: $0.text, lines: LinesJSON($0.span)) }
        diagnostics = result.diagnostics.map {
            DiagnosticJSON(code: $0.code, severity: $0.severity.rawValue, message: $0.message, lines: $0.span.map(LinesJSON.init))
        }
        encoding = result.encoding?.rawValue
        language = result.language
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

    public init(_ article: Article) {
        id = article.id
        kicker = article.kicker
        headline = article.headline
        subtitle = article.subtitle
        bylines = article.bylines.map { BylineJSON(role: $0.role, names: $0.names) }
        dateline = article.dateline
        sections = article.sections.map { SectionJSON(heading: $0.heading, paragraphs: $0.paragraphs.map(\.text)) }
        continuedOn = article.continuedOn?.number
        continuedFrom = article.continuedFrom?.number
        continuedOnLabel = article.continuedOn?.label
        continuedFromLabel = article.continuedFrom?.label
        captions = article.captions
        lines = LinesJSON(article.span)
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

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(heading, forKey: .heading)
        try container.encode(paragraphs, forKey: .paragraphs)
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
