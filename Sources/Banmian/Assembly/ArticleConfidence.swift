/// What makes an assembled article doubtful: evidence the assembly lacked or found against it.
public enum ArticleDoubt: String, Sendable, Codable, Equatable, Hashable, CaseIterable {
    /// No headline, and neither a dateline (a brief of a 简讯 column has none but opens with one) nor a jump
    /// from another page to explain it: a fragment, or a story whose headline was given to another article.
    case noHeadline
    /// The last paragraph stops mid-sentence and no jump says where it goes on: text cut off, or the next
    /// module's first lines run into it.
    case endsMidSentence
    /// The first paragraph neither opens a paragraph (indent, dateline) nor comes from another page: the
    /// article starts with the tail of another's text. (English sets the first paragraph under a headline
    /// flush: there only an article without headline is in doubt.)
    case opensMidParagraph
    /// Less text than a news item has (`LayoutSettings.articleMinimumCharacters`): a stray line made an article.
    case littleText

    /// The confidence `doubts` leave: 1, times each doubt's weight.
    static func confidence(of doubts: [ArticleDoubt]) -> Double { doubts.reduce(1.0) { $0 * $1.weight } }

    /// How much each doubt takes from the confidence (a factor: several doubts multiply).
    var weight: Double {
        switch self {
        case .noHeadline: 0.5
        case .endsMidSentence: 0.6
        case .opensMidParagraph: 0.7
        case .littleText: 0.6
        }
    }
}

/// How sure the assembly is of an article, from the evidence it used: 1 when it has a headline, opens a
/// paragraph, ends a sentence (or jumps on) and holds a news item's worth of text; each doubt lowers it. Meant
/// for a person with many pages to check: sort by it, look at the lowest first.
public struct ArticleConfidence: Sendable, Equatable {
    public var doubts: [ArticleDoubt]
    public var value: Double { ArticleDoubt.confidence(of: doubts) }

    init(_ article: Article, opensParagraph: Bool, indentsFirstParagraph: Bool = true, settings: LayoutSettings = LayoutSettings()) {
        var doubts: [ArticleDoubt] = []
        if article.headline == nil, article.dateline == nil, article.continuedFrom == nil { doubts.append(.noHeadline) }
        if article.continuedOn == nil, let last = article.paragraphs.last,
            !settings.endsSentence(last)
        {
            doubts.append(.endsMidSentence)
        }
        if !opensParagraph, article.continuedFrom == nil, indentsFirstParagraph || article.headline == nil { doubts.append(.opensMidParagraph) }
        if article.paragraphs.reduce(0, { $0 + $1.count }) < settings.articleMinimumCharacters { doubts.append(.littleText) }
        self.doubts = doubts
    }
}
