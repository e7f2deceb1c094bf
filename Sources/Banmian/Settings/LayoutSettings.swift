/// Every number the text engine's rules use, in one place, in units relative to the page.
///
/// Widths are in half-width units (an ASCII character is 1, a CJK character 2); "column width" is
/// the typical width of a full body line on the page, measured per page.
public struct LayoutSettings: Sendable, Equatable {
    /// A page of text larger than this is refused (the file's other pages are read): the densest broadsheet
    /// page holds under 100 KB of text, so a page this large is many pages run together without form feeds, or
    /// no text at all. It bounds the memory a page takes (about 25 bytes per byte of text).
    public var maximumPageBytes = 8 * 1_048_576
    /// A headline, part or caption looks for its article among the items (parts, headline groups, bylines,
    /// captions) at most this many places before or after it in reading order. The densest pages hold about
    /// 250 items, so on a page this never binds; on text that runs many pages together without form feeds it
    /// keeps assembly linear in the length of the text.
    public var assemblyWindow = 500
    /// A line of text standing among the page's furniture is furniture when it holds at most this many characters
    /// (the label of a weather box in the masthead's ears, `今日天气`).
    public var earMaximumLength = 8
    /// Leading white space at least this wide starts a paragraph (two ideographic spaces are 4).
    public var paragraphIndent = 2
    /// A line fills its column when its width is within this share of the column's either side; a heading's
    /// lines are clearly narrower or wider (`isOffColumn`).
    public var columnLineTolerance = 0.15
    /// A line narrower than this share of its column was cut short: the last line of a paragraph (`isShort`).
    public var shortLineShare = 0.8
    /// Where the extractor dropped a paragraph's indent (two ideographic spaces), the first line is this much
    /// short of the column…
    public var droppedIndentWidth = 4
    /// …and a full line is at most this much over it (a squeezed closing mark).
    public var fullLineOverrun = 2
    /// A page indents its paragraphs when at least this share of its body lines is indented.
    public var indentedPageShare = 0.05
    /// Double spacing (`mutool draw -F txt`): a page of at least this many lines of text…
    public var doubleSpacingMinimumLines = 10
    /// …of which at least this share is followed by one blank line.
    public var doubleSpacingShare = 0.6
    /// …or, on a page double-spaced only in some modules, a stretch of that many lines each followed by one blank
    /// line, this share of them full lines of one column.
    public var doubleSpacedColumnShare = 0.6
    /// …where two to this many lines kept together after a sentence's end are a block of their own (a headline).
    public var tightRunMaximumLines = 3
    /// A line led by this many ASCII spaces or more is placed, not indented (a centred headline in layout output).
    public var positioningSpaces = 6
    /// A page on which at least this many lines of running text (with commas and stops) are led by one space
    /// indents its paragraphs by one space: every line so led opens a paragraph (`LineReader.lines`).
    public var loneSpaceIndentMinimumLines = 2
    /// Letter-spaced lines: at least this many space-separated pieces…
    public var letterSpacingMinimumTokens = 4
    /// …of which at least this share are single CJK characters.
    public var letterSpacingSingleShare = 0.5
    /// Above a header line among the page's first lines, this many lines may be its names (paper, page name).
    public var namesAboveHeader = 3
    /// Lines wider than this (half-width units) are never furniture, bylines or teasers.
    public var shortLineWidth = 70
    /// In text without geometry, a notice's title stands at most this many lines over its contact line…
    public var textNoticeMaximumLines = 8
    /// …and an advertisement's display lines (a shop's name, its slogans) are at most this many, each at most
    /// this many characters.
    public var textAdvertisementMaximumDisplayLines = 4
    public var textAdvertisementMaximumDisplayLength = 16
    /// …and fewer than this share of a display line's character pairs stand on another line of the page (a
    /// headline's come back in its article).
    public var textAdvertisementMaximumEcho = 0.5
    /// Text whose paragraphs are not indented is read for advertisements only where at most this share of its
    /// lines follow a blank line (the columns' lines kept together, as `pdftotext -raw` keeps them).
    public var textAdvertisementMaximumBlankShare = 0.03
    /// Credits: the longest credit line taken for a byline, in characters…
    public var bylineMaximumLength = 80
    /// A caption is given to an article by its words only when it has at least this many characters before its
    /// photographer's credit (a caption's last line cut off from the rest, `工女。`, says too little).
    public var captionMinimumWords = 6
    /// A caption's credit of names alone (`（张三、李四摄）`) names at most this many photographers.
    public var photographersMaximumCount = 3
    /// …the farthest the closing bracket of a dateline's credit may be (`本报北京1月5日电（记者冯歆然、曹嘉玥）`)…
    public var datelineCreditMaximumLength = 40
    /// …the longest organisation name before the role word of a credit run into a dispatch
    /// (`中央人民广播电台记者刘振英…报道：`)…
    public var creditOrganisationMaximumLength = 10
    /// …the longest role word and name glued together (`新华社记者欧阳明`)…
    public var bylineFirstTokenMaximumLength = 14
    /// …and the longest run of names glued together still read as names (four names of three).
    public var gluedNamesMaximumLength = 12
    /// A credit line broken in a narrow column takes back a next line of at most this many characters
    /// (`戴敏艳 报道`).
    public var wrappedBylineMaximumCharacters = 8
    /// A brief closes with its author's name in brackets after its last sentence (`（范菊）`): at most this many
    /// characters with the brackets.
    public var trailingCreditMaximumLength = 8
    /// A dispatch closes with its agency, place and date in brackets (`（本报华盛顿１月１２日电）`): at most this many
    /// characters with the brackets.
    public var trailingDispatchMaximumLength = 20
    /// The fewest characters of text a news item has (a one-sentence brief has about this many): an article with
    /// less is in doubt (`ArticleDoubt.littleText`).
    public var articleMinimumCharacters = 30
    /// A page is unfamiliar (`DiagnosticCode.unfamiliarLayout`) when at least this share of its articles (and two
    /// or more) have doubts…
    public var unfamiliarDoubtfulShare = 0.5
    /// …or when text that could not be placed (lone headlines, bylines, body: not furniture, teasers, fine print)
    /// holds at least this share of its letters.
    public var unfamiliarUnplacedShare = 0.2
    /// A page of text is extracted without blank lines between blocks (`pdftotext -raw`) when at most one run of
    /// lines in this many (after the first) follows a blank line; other extractors put one before most runs.
    public var blanklessPageShare = 5
    /// A line's column width is the commonest width of the lines this many before and after it…
    public var columnWidthWindow = 8
    /// …when at least this many of them have it.
    public var columnWidthMinimumLines = 3
    /// Figures and Latin letters in a line from which its width in half-width units may fall a unit short of the
    /// width it is printed in (many faces set them wider than half an em).
    public var wideFiguresMinimum = 3
    /// A headline group has at most this many lines…
    public var maximumHeadlineLines = 4
    /// …or this many when its type size tells it (a headline in one narrow column wraps often), or, in text, when
    /// its lines are at most `narrowHeadlineMaximumWidth` wide (`BlockReader.isNarrowStack`: a headline set beside its text).
    public var maximumSizedHeadlineLines = 8
    /// Six ideographs, in display width (an ideograph counts two, as `TextLine.width` does).
    public var narrowHeadlineMaximumWidth = 12
    /// A Latin heading known on a scan by its place (centred, or a line of its own) has at most this many words
    /// (a column's centred line of running text or an address has more)…
    public var headingPhraseMaximumWords = 10
    /// …and one set across the column, known by its words in title case, at least this many.
    public var spannedHeadingMinimumWords = 3
    /// The first line of a headline stack is a kicker when it has at most this many characters and at most this
    /// share of the next line's width (a wrapped headline fills its first line; a kicker is a short phrase).
    public var kickerMaximumCharacters = 8
    /// An opening run into its line in another face is a title with at least this many characters; a shorter one
    /// only ends a title wrapped from the line above, set whole in that face (`《中华民族》栏目元旦献` / `礼　本报讯…`).
    public var runInTitleMinimumCharacters = 4
    /// At most so many words in a Latin title run into its item's first line before a dash (`RunInHeads`).
    public var runInDashedTitleMaximumWords = 8
    /// A page's Latin text capitalizes its nouns (German) when at least this share of its lines start a longer word
    /// inside a sentence with a capital (`CharacterClass.capitalizesNouns`: German about four in five, English and
    /// French a few in a hundred, an English page's OCR with its advertisements half): there a heading is told by
    /// capitals, not by title case.
    public var nounCapitalsMinimumShare = 0.65
    /// …judged on at least this many such lines.
    public var nounCapitalsMinimumLines = 10
    /// A space at a line's end tells a title run into its text only on a page where at most this share of the
    /// lines end in one (a PDF maker that ends every line with a space says nothing by it).
    public var endingGapMaximumShare = 0.2
    /// With type sizes, of two headings stacked, one set under this share of the other's size is its kicker
    /// (over it) or its subtitle (under it).
    public var stackedSizeRatio = 0.9
    public var kickerMaximumWidthShare = 0.5
    /// Without type sizes, a stack's first line holding at least this many times the characters of each line of a
    /// headline wrapped under it is a kicker (set smaller: more characters fill the same measure).
    public var wrappedKickerWidthRatio = 1.25
    /// …when the headline's first line holds at least this many characters (a measure, not a line cut up).
    public var wrappedHeadlineMinimumCharacters = 4
    /// Without type sizes, a photo news item's title over its caption: the caption's widest line (set across the
    /// picture) holds at least this many times the title's characters.
    public var photoNewsCaptionWidthRatio = 1.25
    /// With type sizes (PDF), a line set at least this much larger than the body is a headline.
    public var headlineMinimumSizeRatio = 1.15
    /// …and a kicker or subtitle at least this much larger (body text is set in one size).
    public var kickerMinimumSizeRatio = 1.03
    /// A headline line contains at most this many body punctuation marks (`，。；、：`).
    public var maximumHeadlinePunctuation = 1
    /// A page's side-by-side columns: a gutter is internal white space at least this wide…
    public var gutterMinimumWidth = 4
    /// …found at the same position (± `gutterTolerance`) on at least `gutterMinimumLines` lines in a row.
    public var gutterTolerance = 2
    public var gutterMinimumLines = 4
    /// A line of at most this many ideographs ending a sentence (`了。`) is a paragraph's tail, never the opening of a
    /// text under a headline.
    public var sentenceTailMaximumCharacters = 2
    /// Without type sizes, up to this many lines without a sentence's end right over a jump to another page are
    /// the end of the text, not a heading.
    public var jumpLeadMaximumLines = 2
    /// Columns joined on one line by single spaces (pdftotext's default mode): a block between blank lines where at
    /// least `joinedMinimumLines` lines, and `joinedMinimumShare` of its lines, hold two pieces or more at least
    /// `joinedPieceMinimumWidth` ideographs wide; at most `joinedMaximumColumns` columns.
    public var joinedPieceMinimumWidth = 8
    public var joinedMinimumLines = 3
    public var joinedMinimumShare = 0.5
    public var joinedMaximumColumns = 8
    /// A line whose first piece is this many times wider than the block's column measure spans columns.
    public var joinedSpanningRatio = 1.4
    /// …each piece given a column by a beam search (`joinedBeamWidth` hypotheses): a column passed over costs
    /// `joinedSkipCost` (one whose last line is full and unfinished, so that its next line is due; after a line of
    /// several columns, any), a piece wider than its column `joinedTooWideCost`, a piece that begins a column
    /// `joinedStartCost`; a join to the column's previous full line on a character pair the page prints elsewhere
    /// gains `joinedPairBonus`, on one it does not costs `joinedUnpairedCost`.
    public var joinedBeamWidth = 48
    public var joinedSkipCost = 0.6
    public var joinedTooWideCost = 3.0
    public var joinedStartCost = 0.5
    public var joinedPairBonus = 1.5
    public var joinedUnpairedCost = 0.2
    /// A piece at most this many ideographs narrower than its column is a full line (a paragraph's first line is
    /// indented by two, which extractors drop).
    public var joinedFullLineSlack = 2.5
    /// The columns are read apart only where their pieces read on into each other at least this many times as
    /// often as the text as given, and at least `joinedMinimumEvidence` times more.
    public var joinedEvidenceRatio = 2.0
    public var joinedMinimumEvidence = 3
    /// …and where at least this share of the lines holds every column.
    public var joinedMinimumFullRows = 0.5
    /// Alternating lines of two columns: a run of at least this many lines…
    public var interleavedMinimumLines = 8
    /// …whose lines two apart join on (a character pair seen elsewhere on the page) at least this often, and
    /// three times as often as neighbouring lines do.
    public var interleavedMinimumEvidence = 3
    /// Reading order in pieces: at least this many runs of lines, six in ten of one or two lines, and fewer than
    /// this share of lines running on into the next.
    public var fragmentedMinimumPieces = 30
    public var fragmentedMaximumRunOn = 0.15
    /// An extractor's blank lines fall inside the columns' running text when at least this share of the lines on
    /// either side of one read on into each other (`LineInterleaving.blanksFallInColumns`)…
    public var blanksInColumnsMinimumRunOn = 0.2
    /// …of at least this many.
    public var blanksInColumnsMinimumJunctions = 10
    /// Headline-to-body matching: weights of the headline's, subtitle's and kicker's words found in a body…
    public var headlineWeight = 0.6
    public var subtitleWeight = 0.3
    public var kickerWeight = 0.1
    /// …plus these for position: headline then byline then body; headline then body; body then headline.
    public var forwardWithBylineBonus = 0.5
    public var forwardBonus = 0.35
    public var backwardBonus = 0.3
    /// A heading printed right before a text that opens with its continuation marker (`（上接第一版）`) is that
    /// continuation's, whatever its words (a continuation often carries a new headline): this outranks every
    /// pairing by words alone (a share of at most 1), as the drawn module does with geometry.
    public var continuationHeadingBonus = 1.0
    /// …and this is taken off when the headline is printed neither next to the body nor next to its byline.
    public var distantPenalty = 0.25
    /// A headline goes to a body only when the score reaches this.
    public var attachThreshold = 0.45
    /// A column of briefs holds items of like length: an item this many times as long as the column's longest
    /// other item is no brief, the briefs having ended inside it (`AssemblyState.briefsHeadings`).
    public var briefsItemMaximumRatio = 3.0
    /// A headline left without a body pairs with a headline-less article holding this share of its words…
    public var leftoverMinimumCoverage = 0.4
    /// …when no other article holds within this share as many.
    public var leftoverMargin = 0.15
    /// A headline with no body becomes a subhead of the article before it when this share of its words is in it.
    public var subheadMinimumOverlap = 0.3
    /// Without geometry, a headline with no body is a photo news item's when the caption right after it holds
    /// this share of its words.
    public var photoNewsMinimumOverlap = 0.3
    /// A body part with no headline joins an article when this share of its words is shared with it.
    public var partMinimumSimilarity = 0.25
    /// A heading of two lines set larger than the body (in text: not wrapped at the column) between a finished text
    /// and a new paragraph is a subhead in place only when the texts around it share this share of their words
    /// (one story's words go on after its subhead; the next article's are others).
    public var largeSubheadMinimumSimilarity = 0.1
    /// Reading order and breaks on pages with geometry (PDF).
    public var geometry = GeometrySettings()

    /// Joining stories: a continuation's score against a jump drops by this much for each place their orders
    /// on their pages differ (the words they share count up to 1, a repeated headline 1): a tie-breaker, since
    /// pages do not always set their continuations in the order of the jumps.
    public var storyOrderPenalty = 0.05
    /// A teaser points to the article on its target page whose headings hold at least this share of its words.
    public var teaserMinimumOverlap = 0.5
    /// …looking, where no article's headings hold them, at this many characters of an article's text.
    public var teaserTextReach = 80
    /// A teaser wrapped in its box: the line over the one with the page reference is at least this share of its
    /// width.
    public var teaserWrapMinimumShare = 0.6
    /// A page reference the box broke over two lines (`详见第` / `二版`): the second line has at most this many
    /// characters.
    public var brokenReferenceMaximumCharacters = 6
    public init() {}

    /// A line clearly narrower or wider than its column (`columnLineTolerance`): not a full line of running text.
    public func isOffColumn(_ width: Int, column: Int) -> Bool {
        Double(width) < Double(column) * (1 - columnLineTolerance) || Double(width) > Double(column) * (1 + columnLineTolerance)
    }

    /// A line cut short of its column (`shortLineShare`).
    public func isShort(_ width: Int, column: Int) -> Bool { Double(width) < Double(column) * shortLineShare }

    /// A paragraph's first line whose indent the extractor dropped: `droppedIndentWidth` short of its column, within
    /// one half-width unit — curly quotation marks counted wide or narrow, as fonts set them (a full em in
    /// Founder's faces, half of one in many others).
    func hasDroppedIndent(_ line: TextLine, column: Int) -> Bool {
        let target = column - droppedIndentWidth
        return line.width >= target - 1 && line.width - CharacterClass.quotationMarks(in: line.text) <= target + 1
    }

    /// A line as wide as its column: its indent dropped at most, a squeezed mark over it at most.
    public func isFull(_ width: Int, column: Int) -> Bool {
        width >= column - droppedIndentWidth && width <= column + fullLineOverrun
    }

    /// A type size that is the body's: within the margin under which a kicker is no larger than the body.
    public func isBodySized(_ size: Double, body: Double) -> Bool { isSameSize(size, as: body) }

    /// Two type sizes set apart by more than the extractor's rounding (`GeometrySettings.distinctSizeShare`).
    public func isDistinctSize(_ size: Double, from other: Double) -> Bool { geometry.isDistinctSize(size, from: other) }

    /// Two type sizes a reader sees as one: within the margin under which a kicker is no larger than the body.
    public func isSameSize(_ size: Double, as other: Double) -> Bool {
        abs(size - other) <= other * (kickerMinimumSizeRatio - 1)
    }

    /// Whether the text ends a sentence, a brief's or a dispatch's closing credit allowed (`Punctuation.endsSentence`):
    /// the one answer for a paragraph break, a heading cut, an unfinished part and an article's confidence.
    public func endsSentence(_ text: some StringProtocol) -> Bool {
        Punctuation.endsSentence(text, creditLength: trailingCreditMaximumLength, dispatchLength: trailingDispatchMaximumLength)
    }

    /// Whether the text is a closing credit on its own (`（本报华盛顿１月１２日电）`), as the column may wrap it.
    public func isClosingCredit(_ text: some StringProtocol) -> Bool {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard trimmed.count > 2, trimmed.first == "（", trimmed.last == "）" else { return false }
        return Punctuation.isCredit(trimmed.dropFirst().dropLast(), creditLength: trailingCreditMaximumLength, dispatchLength: trailingDispatchMaximumLength)
    }

    /// Whether the text closes a news item: a sentence's end and a closing credit (`送温暖。（范菊）`).
    public func endsWithClosingCredit(_ text: some StringProtocol) -> Bool {
        Punctuation.endsWithClosingCredit(text, creditLength: trailingCreditMaximumLength, dispatchLength: trailingDispatchMaximumLength)
    }
}
