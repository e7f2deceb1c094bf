/// The units article assembly works on, each pointing at blocks of the page.

/// Body text that belongs together: paragraph pieces read on from one another, up to a jump or an interruption.
struct Part {
    var pieces: [Int]
    /// Ended by `（下转…）`: nothing more of it is on this page.
    var isClosed: Bool
    /// Begins an article by itself: opens with a dateline or a jump from another page, or follows a byline.
    var startsArticle: Bool
    /// Subheads printed in place: before piece `key` (an index into `pieces`), the heading.
    var headingsBefore: [Int: String] = [:]
}

/// A headline group: kicker, headline and subtitle blocks printed together.
struct HeadlineGroup {
    var blocks: [Int]
    var kicker: String?
    var headline: String?
    var subtitle: String?

    var isBare: Bool { kicker == nil && subtitle == nil }
    /// The text a subhead or unassigned entry shows.
    var text: String { [kicker, headline, subtitle].compactMap { $0 }.joined(separator: " ") }
}

/// One line of a headline group, as a key of the words cached for it.
struct GroupField: Hashable {
    enum Field: Hashable { case kicker, headline, subtitle }
    var group: Int
    var field: Field
}

/// One item of the page in input order.
enum Item: Hashable {
    case part(Int)
    case group(Int)
    case block(Int)
}

/// An article being put together: which parts, group, bylines, captions and subheads are in it.
struct ArticleDraft {
    var group: Int?
    /// The group's part came after it (headline, byline, body) rather than before it.
    var forwardPart: Int?
    var parts: [Int]
    var bylineBlocks: [Int] = []
    var captionBlocks: [Int] = []
    /// Subheads printed elsewhere on the page, in order.
    var looseSubheads: [Int] = []
}
