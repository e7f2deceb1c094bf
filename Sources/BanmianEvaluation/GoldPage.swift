import Banmian
import Foundation

/// A page of the evaluation corpus as its generator laid it out: the truth to score against.
public struct GoldPage: Sendable, Codable {
    public var source: String
    public var number: Int?
    public var template: String?
    public var font: String?
    public var articles: [GoldArticle]
    /// Text in no article: furniture, teasers (`详见第4版`), box labels.
    public var unassigned: [GoldUnassigned]?
    /// What the page's furniture says of its issue (absent in corpora written before it was recorded).
    public var issue: GoldIssue?

    public struct GoldIssue: Sendable, Codable {
        public var paper: String?
        /// ISO 8601.
        public var date: String?
        /// The issue number as printed (on the front page), null where the paper prints none.
        public var number: String?
        /// The page name (版名) as printed, null where the page prints none.
        public var pageName: String?
    }

    public struct GoldUnassigned: Sendable, Codable {
        public var role: String
        public var text: String
    }

    public struct GoldArticle: Sendable, Codable {
        public var kicker: String?
        public var headline: String?
        public var subtitle: String?
        public var bylines: [BylineJSON]
        public var sections: [SectionJSON]
        public var continuedOn: Int?
        public var continuedFrom: Int?
        /// The story the part belongs to, where the generator records it (`s1`): the parts of one story share it.
        public var story: String?
    }

    /// Whether the page is printed in Chinese: Han characters are at least half of the letters of its articles
    /// (the corpus's English pages are not). A scan of it is read with the Chinese languages, else the Latin.
    public var isChinese: Bool {
        var han = 0, letters = 0
        for article in articles {
            for text in [article.kicker, article.headline, article.subtitle].compactMap({ $0 }) + article.sections.flatMap(\.paragraphs) {
                for scalar in text.unicodeScalars where scalar.properties.isAlphabetic {
                    letters += 1
                    if scalar.properties.isIdeographic { han += 1 }
                }
            }
        }
        return letters == 0 || han * 2 >= letters
    }

    public static func load(_ url: URL) throws -> GoldPage {
        try JSONDecoder().decode(GoldPage.self, from: Data(contentsOf: url))
    }
}

/// An article as any system under evaluation gives it: Banmian, or a baseline.
public struct ScoredArticle: Sendable, Equatable {
    public var kicker: String?
    public var headline: String?
    public var subtitle: String?
    public var names: [String]
    public var paragraphs: [String]
    public var continuedOn: Int?
    public var continuedFrom: Int?

    public init(
        kicker: String? = nil, headline: String? = nil, subtitle: String? = nil, names: [String] = [], paragraphs: [String],
        continuedOn: Int? = nil, continuedFrom: Int? = nil
    ) {
        self.kicker = kicker
        self.headline = headline
        self.subtitle = subtitle
        self.names = names
        self.paragraphs = paragraphs
        self.continuedOn = continuedOn
        self.continuedFrom = continuedFrom
    }

    init(_ article: Article) {
        self.init(
            kicker: article.kicker, headline: article.headline, subtitle: article.subtitle, names: article.bylines.flatMap(\.names),
            paragraphs: article.paragraphs, continuedOn: article.continuedOn?.number, continuedFrom: article.continuedFrom?.number)
    }

    init(_ gold: GoldPage.GoldArticle) {
        self.init(
            kicker: gold.kicker, headline: gold.headline, subtitle: gold.subtitle, names: gold.bylines.flatMap(\.names),
            paragraphs: gold.sections.flatMap(\.paragraphs), continuedOn: gold.continuedOn, continuedFrom: gold.continuedFrom)
    }

    var text: String { paragraphs.joined(separator: "\n") }
}
