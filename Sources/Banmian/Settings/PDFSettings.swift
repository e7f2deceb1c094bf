/// The numbers of reading a PDF: how long mutool may take, and how its characters and drawings become lines,
/// type sizes and rules. (How those lines are laid out and read is `GeometrySettings`.)
public struct PDFSettings: Sendable, Equatable {
    /// Seconds mutool may take for any file…
    public var timeout: Double = 120
    /// …and more for each megabyte of it.
    public var timeoutPerMegabyte: Double = 2
    /// A line's opening in another face than the rest of it may be a head run into its text when the rest has at
    /// least this many characters (`国内简讯`'s items: `本赛季男篮职业联赛取消　本报讯…`); which openings are
    /// titles is read later (`LayoutSettings.runInTitleMinimumCharacters`).
    public var runInMinimumCharacters = 4
    /// …or this many where a space parts the two (`五好家庭创建活动协调会召开　本报讯`, the dateline cut by the
    /// column: `李贵鲜会见希腊客人　据新`).
    public static let spacedRunInMinimumCharacters = 2
    /// Characters set one a line (vertical text: a headline or caption set top to bottom) follow each other at
    /// less than this many of their own heights (Chromium sets them touching, one em apart; text set in lines
    /// has its leading between them).
    public var stackedCharacterStep = 1.05
    /// A headline set top to bottom in two columns or more reads from the right column to the left: columns of one
    /// size, their tops level, at most this many of their type sizes apart, are one line (`丹麦可恶贼三伸恶` /
    /// `手美人鱼又失人头`). The modules beside a vertical headline stand a gutter away, about an em.
    public static let verticalColumnMaximumGap = 0.5
    /// Whether the pages' drawings are read too (rules, frames, tints, pictures: module boundaries). A second
    /// mutool run about doubles the time of a page; the articles gain (BENCHMARKS.md, *Drawings*).
    public var drawings = true
    /// Whether the weight of characters is read from their ink on pages whose body font does not name its weight
    /// (a Type 3 font, `Unnamed-T3`): the page is drawn in grey (a third mutool run) and each ideograph's strokes
    /// measured. Needs `drawings` (the trace tells which fonts draw the page).
    public var inkWeights = true
    /// The page is drawn at this many dots per inch for it (a 9-point ideograph is 12 pixels tall), at most this many
    /// pixels each way (a broadsheet is 1,400 × 1,900; a page a damaged box makes huge is drawn smaller)…
    public var inkResolution = 100
    public var inkMaximumSide = 6000
    /// …and a character whose strokes are this many times as thick, for its size, as the body's is heavy (a bold
    /// weight's are about twice a regular's; a regular face's ideographs vary by up to a third)…
    public var heavyInkRatio = 1.45
    /// …where at least this many of the body's ideographs were measured.
    public var inkMinimumCharacters = 50
    /// Whether a PDF without a text layer (a scan) is read as its pages, empty, for OCR to fill, rather than refused.
    public var scans = false

    /// A page set in type sets most of its text in one body size; an OCR layer sizes each word by its box. A page
    /// has type sizes when it uses at most this many sizes (to a tenth of a point)…
    public var fewSizes = 12
    /// …or its commonest size holds at least this share of its characters.
    public var bodySizeShare = 0.25
    /// mutool cuts a justified line with wide word spaces into one line per word: pieces whose tops and bottoms
    /// lie within this share of the type size…
    public var fragmentBaselineShift = 0.3
    /// …that overlap by at most this share of it…
    public var fragmentOverlap = 0.2
    /// …and stand at most this many type sizes apart are one line again.
    public var maximumWordGap = 2.0

    /// Drawings: the thickest line that is a rule, in points, and how many times longer than thick it is at least.
    public var ruleThickness = 3.0
    public var ruleElongation = 4.0
    /// The shortest rule, and the smallest frame, tint or picture on either side, in points.
    public var shortestRule = 12.0
    public var smallestBox = 24.0
    /// A fill at least this light (0 black … 1 white, the mean of its components) is a tint (a screen of 10–20 %
    /// ink behind text); a lighter one than `whitest` is the paper's colour and no drawing; a darker one a picture.
    public var lightest = 0.8
    public var whitest = 0.97

    public init(timeout: Double = 120, timeoutPerMegabyte: Double = 2, drawings: Bool = true, scans: Bool = false) {
        self.timeout = timeout
        self.timeoutPerMegabyte = timeoutPerMegabyte
        self.drawings = drawings
        self.scans = scans
    }
}

extension PDFSettings {
    /// Whether a page's type sizes (each with how many characters are set in it) look set in type rather than
    /// measured from OCR boxes: at most `fewSizes` sizes (to a tenth of a point), or the commonest holding at least
    /// `bodySizeShare` of the characters (a scanned page of 1862: 206 sizes, the commonest 3 % of the characters;
    /// a typeset page: the body 85 %).
    public func areTypeSizes(_ sizes: [(size: Double, characters: Int)]) -> Bool {
        var characters: [Double: Int] = [:]
        for (size, count) in sizes { characters[(size * 10).rounded(), default: 0] += count }
        guard characters.count > fewSizes else { return true }
        let total = characters.values.reduce(0, +)
        return Double(characters.values.max() ?? 0) >= Double(total) * bodySizeShare
    }
}
