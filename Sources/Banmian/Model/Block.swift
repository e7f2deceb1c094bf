/// A run of lines with one role: a paragraph piece, a headline line group, a byline, a caption…
///
/// Body blocks are paragraph pieces: a paragraph cut by a headline or byline printed inside it comes as
/// two pieces, and assembly joins them.
public struct Block: Sendable, Codable, Equatable {
    public var role: BlockRole
    public var lines: [TextLine]
    /// The lines joined as the role reads (paragraph text, a headline on one line, a subtitle without its dash).
    public var text: String
    public var span: SourceSpan
    /// Body: the piece begins a paragraph (indented, or opening with a dateline or a jump from another page).
    public var opensParagraph = false
    /// Body: the dateline the paragraph opens with (`本报讯`).
    public var dateline: String?
    /// Body, on a page with geometry: the piece reads on in the column block of the piece before it, with no
    /// white space between (a second dispatch of one article, `据新华社巴格达1月25日电…`, under the first).
    public var readsOnInColumn = false
    /// Body or jump: where the text goes on (`（下转第二版）`) or comes from (`（上接第一版）`).
    public var continuedOn: PageReference?
    public var continuedFrom: PageReference?
    /// Byline: the credits it holds.
    public var bylines: [Byline] = []
    /// Kicker, headline, subtitle: which headline group of the page the block belongs to.
    public var group: Int?

    public init(role: BlockRole, lines: [TextLine], text: String, source: String) {
        self.role = role
        self.lines = lines
        self.text = text
        self.span = SourceSpan(
            source: source, firstLine: lines.first?.number ?? 0, lastLine: lines.last?.number ?? 0,
            box: lines.allSatisfy({ $0.box != nil }) ? BoundingBox.enclosing(lines.compactMap(\.box)) : nil)
    }
}
