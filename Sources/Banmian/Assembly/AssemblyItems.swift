/// The units article assembly works on, each pointing at blocks of the page.

/// Body text that belongs together: paragraph pieces read on from one another, up to a jump or an interruption.
struct Part {
    var pieces: [BlockRef]
    /// Ended by `（下转…）`: nothing more of it is on this page.
    var isClosed: Bool
    /// Begins an article by itself: opens with a dateline or a jump from another page, or follows a byline.
    var startsArticle: Bool
    /// Subheads printed in place: before piece `key` (an index into `pieces`), the heading.
    var headingsBefore: [Int: String] = [:]
}

/// A headline group: kicker, headline and subtitle blocks printed together.
struct HeadlineGroup {
    var blocks: [BlockRef]
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
    var group: GroupRef
    var field: Field
}

/// One item of the page in input order.
enum Item: Hashable {
    case part(PartRef)
    case group(GroupRef)
    case block(BlockRef)
}

/// An article being put together: which parts, group, bylines, captions and subheads are in it.
struct ArticleDraft {
    var group: GroupRef?
    /// The group's part came after it (headline, byline, body) rather than before it.
    var forwardPart: PartRef?
    /// The group heads a continuation by its place alone, right over the marker (`（上接第一版）`): its words would
    /// not have given it the text.
    var headsByPlace = false
    var parts: [PartRef]
    var bylineBlocks: [BlockRef] = []
    var captionBlocks: [BlockRef] = []
    /// Subheads printed elsewhere on the page, in order.
    var looseSubheads: [GroupRef] = []
}

/// An index into one of the assembly's arrays (`blocks`, `parts`, `groups`, `drafts`), typed by what it points at:
/// a part's index cannot be used as a group's. Positions in `items` (the page's reading order) stay `Int`.
struct Ref<Element>: Hashable, Comparable, Sendable {
    let offset: Int

    init(_ offset: Int) { self.offset = offset }

    static func < (a: Self, b: Self) -> Bool { a.offset < b.offset }
}

typealias BlockRef = Ref<Block>
typealias PartRef = Ref<Part>
typealias GroupRef = Ref<HeadlineGroup>
typealias DraftRef = Ref<ArticleDraft>

extension Array {
    subscript(ref: Ref<Element>) -> Element {
        get { self[ref.offset] }
        set { self[ref.offset] = newValue }
    }

    /// Every element's ref, in order.
    var refs: [Ref<Element>] { indices.map(Ref.init) }

    /// Appends an element and gives its ref.
    @discardableResult mutating func add(_ element: Element) -> Ref<Element> {
        append(element)
        return Ref(count - 1)
    }
}
