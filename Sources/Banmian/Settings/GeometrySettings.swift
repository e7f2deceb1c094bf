/// The numbers of layout analysis on pages with geometry (PDF, OCR), relative to the body's type size `em`.
public struct GeometrySettings: Sendable, Equatable {
    /// Lines stack into one column block when the white space between them is at most this (em)…
    public var stackMaximumGap = 0.8
    /// …their left edges are at most this far apart (em: a paragraph indent is two)…
    public var stackMaximumLeftShift = 2.6
    /// …they overlap across by at least this share of the narrower one…
    public var stackMinimumAcross = 0.5
    /// …their boxes overlap down by at most this (em)…
    public var stackMaximumOverlap = 0.3
    /// …and their type sizes differ by at most this ratio.
    public var sameSizeRatio = 1.1
    /// …or, without type sizes (an OCR layer), their heights by at most this ratio.
    public var sameHeightRatio = 1.4
    /// Two type sizes differing by more than this share are two sizes (the share absorbs only the extractor's
    /// rounding: the body's own lines are set in one exact size). In type whose face the text layer names, a line
    /// in another size does not stack with a column's lines (a byline half a point smaller than the body under
    /// it). A line set larger than the body by more was set apart by the designer (a brief's heading a fraction
    /// of a point larger than the text under it), as a bold face is — smaller lines are bylines, notes and
    /// captions, none of them a heading; a line in a byline's own size under it, apart from the body's, is that
    /// byline wrapped.
    public var distinctSizeShare = 0.01
    /// …and, without type sizes, line boxes may overlap down by this share of their height (OCR boxes take
    /// in the ascenders and descenders of the lines around).
    public var unmeasuredOverlap = 0.8
    /// Text reads on into the next column only in the same size, within this ratio (a kicker is a little larger).
    public var flowSizeRatio = 1.03
    /// White space across a whole region at least this high (em) separates rows of modules: read first.
    public var moduleGap = 1.2
    /// A vertical gutter at least this wide (em) separates columns: read left to right.
    public var gutter = 0.6
    /// Without type sizes, or on a scan (OCR), a gutter may be crossed by lines up to this share of those a column holds.
    public var roughGutterDepth = 0.2
    /// …and be only this wide (em: OCR line boxes reach to the column rule).
    public var roughGutter = 0.3
    /// …counting each line without this much (em) at either end: a column rule or a speck the engine read into a
    /// line makes it poke into the gutter by a character or two (the 1862 page: a fifth of its lines).
    public var roughGutterTrim = 1.0
    /// A one-line stack narrower than this (em) is a speck: it bridges no gutter (OCR reads smudges as characters).
    public var speckWidth = 1.5
    /// Smaller white space across a region (em): a caption above text, a byline under a headline.
    public var minorGap = 0.4
    /// Where nothing else cuts a region, any white space across it (points: more than the extractor's rounding)
    /// parts what is above from what is below (a headline and subtitle over columns whose first lines start a
    /// hair under them), before reading what is left top to bottom.
    public var tightGap = 0.1
    /// Cuts nest at most this deep (a page's rows, columns and modules nest a few levels; a spiral of lines would
    /// nest once per line).
    public var maximumCutDepth = 64
    /// A line that starts this far right of its column's left edge (em) is indented.
    public var indent = 0.8
    /// Type smaller than this share of the body's size is fine print (map labels, microprint), not text.
    public var finePrintRatio = 0.4
    /// Without type sizes (OCR), a line at least this far (em) in from both edges of its column, about as far
    /// on each side, is centred: a heading.
    public var centredMargin = 1.5
    /// …its two margins differing by at most this share of the wider.
    public var centredLineImbalance = 0.5
    /// On a scan, a line's column is read from the lines within this many of its type sizes above and below it…
    public var centredColumnReach = 12.0
    /// …when at least this many are there.
    public var centredColumnMinimumLines = 4
    /// Drawn lines: a rule ends a column block where it lies under at least this share of the narrower of two
    /// lines, and cuts a region into rows where it spans at least `ruleMinimumSpan` of the region's width.
    public var ruleMinimumUnder = 0.5
    public var ruleMinimumSpan = 0.6
    /// A rule drawn down at least this long (em), text on both sides, parts modules set side by side: no row of
    /// modules is cut across it.
    public var dividerMinimumLength = 3.0
    /// Advertisements: a frame at most this share of the page…
    public var advertisementMaximumPageShare = 0.25
    /// …holding at most this many lines of running text (body size, on one left edge)…
    public var advertisementMaximumRunningLines = 2
    /// …with a line at least this much larger than the body (display type), or lines mostly centred: in from
    /// both edges by an em or more, the two margins differing by at most this share of the wider.
    public var advertisementDisplayRatio = 1.3
    public var centredImbalance = 0.3
    /// …or a frame of at most this many lines with a notice's title or contact line.
    public var noticeMaximumLines = 16
    /// Furniture bands: rows lying wholly within this share of the page's height at its top or bottom.
    public var headerBand = 0.12
    public var footerBand = 0.08

    /// Assembly: a headline printed over the text that follows it gets this bonus (enough to attach alone)…
    public var moduleBonus = 0.6
    /// …and so does a headline set top to bottom (its box at least `verticalHeadlineAspect` times as tall as
    /// wide) beside the text: on either side of it, at most `besideMaximumGap` of its type size away, the text's
    /// top within that distance of its own.
    public var verticalHeadlineAspect = 2.5
    public var besideMaximumGap = 2.0
    /// A Latin title run into its text's first line (`ATTEMPT TO KILL.—About…`) heads that text over any other
    /// candidate: the bonus outweighs a module's and any share of words with the text before it.
    public var runInTitleBonus = 1.5
    /// …and a bare headline is a subhead in place only when printed in the column of the text before it,
    /// at most this many of its line heights under it.
    public var subheadMaximumGap = 3.0
    /// A caption lies in an article's printed area (its headline's and text's boxes) when it reaches out of it by
    /// at most this many of its line heights (a caption set across the module's full measure).
    public var captionEnclosureMargin = 0.5
    /// A kicker set at body size stands at most this many of its line heights over its headline.
    public var kickerMaximumGap = 1.5
    /// A brief's title run into its text and wrapped starts at most this many line heights further in than the
    /// line it wraps to (its paragraph's indent).
    public var titleIndentMaximum = 3.0

    public init() {}

    /// Two type sizes set apart by more than the extractor's rounding (`distinctSizeShare`).
    public func isDistinctSize(_ size: Double, from other: Double) -> Bool {
        abs(size - other) > other * distinctSizeShare
    }
}
