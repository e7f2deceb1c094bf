/// Reads a page's lines into blocks with roles: furniture, headline groups, bylines, captions, teasers,
/// jumps, and body paragraph pieces. Each decision is one of the small rules below, tried in order.
struct BlockReader: Sendable {
    let table: MarkerTable
    let settings: LayoutSettings
    let source: String

    /// The body text's type size, when the reader knew sizes (PDF): then size, not punctuation, tells headlines.
    var bodySize: Double?
    /// The face most body-sized text is set in, when the reader knew faces (PDF): a heading at body size is set
    /// apart from it (bold, another family, coloured ink).
    var bodyFace: TypeFace?
    /// Whether an OCR engine read the page from a picture: its type sizes are estimates from the lines' heights,
    /// too rough to tell a headline's deck from a heading over several items (`TELEGRAPHIC NEWS.`).
    var recognized = false
    /// The page's Latin text capitalizes its nouns (German, `CharacterClass.capitalizesNouns`): a line in title
    /// case is no heading by that alone.
    var capitalizesNouns = false
    /// The lines come in the page's reading order (`PageResult.readingOrderKept`): a line's neighbour in the text is
    /// its neighbour on the page.
    var readingOrderKept = true
    /// The extractor's blank lines fall inside the columns' running text, which goes on after them
    /// (`LineInterleaving.blanksFallInColumns`): a line between two of them may be the middle of a paragraph.
    var blanksFallInColumns = false

    init(table: MarkerTable, settings: LayoutSettings, source: String) {
        self.table = table
        self.settings = settings
        self.source = source
    }

    var classifier: LineClassifier { LineClassifier(table: table, settings: settings) }

    func blocks(from input: [TextLine]) -> [Block] {
        let sizes = input.compactMap(\.fontSize).sorted()
        if bodySize == nil, !sizes.isEmpty {
            var reader = self
            reader.bodySize = sizes[sizes.count / 2]
            reader.bodyFace = Self.commonestFace(of: input, size: sizes[sizes.count / 2])
            return reader.blocks(from: input)
        }
        let lines = rejoiningBrokenBylines(rejoiningBrokenTeasers(splittingRunOnHeadings(splittingTeaserStrips(rejoiningBrokenJumps(input).flatMap(splittingAfterJumps)).flatMap(splittingTrailingCredits))))
        var kinds = lines.map(classifier.kind(of:))
        markHeaderAndFooterRuns(lines, &kinds)
        markNamesAboveHeader(lines, &kinds)
        markDatesBesideFurniture(lines, &kinds)
        markLatinNamesOfPapers(lines, &kinds)
        unmarkBodySizedSubtitles(lines, &kinds)
        let units = segment(lines, kinds)
        return read(units)
    }

    // MARK: Header and footer

    /// The page's first and last runs of lines (up to a blank line) are furniture when one of their lines is,
    /// and they are short: the newspaper's name stands next to the date and page number.
    private func markHeaderAndFooterRuns(_ lines: [TextLine], _ kinds: inout [LineKind]) {
        let runs = lines.indices.split(whereSeparator: { lines[$0].isBlank })
        for run in [runs.first, runs.last].compactMap({ $0 }) {
            guard run.contains(where: { kinds[$0] == .furniture }), run.count <= 4 else { continue }
            for index in run where lines[index].width <= settings.shortLineWidth && lines[index].indent < settings.paragraphIndent {
                if case .byline = kinds[index] { continue }
                kinds[index] = .furniture
            }
        }
    }

    /// Above the page's header lines (a date, a page or issue number among the page's first lines) the paper's
    /// name and the page's name may stand on lines of their own (`文化` over `江城日报 1998年1月2日 第3版`;
    /// `第四版`, `综合新闻`, `东海日报 1998年1月8日`; `江城日报`, a blank line, `1998年1月2日 星期五`): short
    /// lines without punctuation are furniture too. The paper's name alone heads a page whose date the extractor
    /// put elsewhere (`2`, `科教`, `江城日报` from `pdftotext -layout`).
    private func markNamesAboveHeader(_ lines: [TextLine], _ kinds: inout [LineKind]) {
        let top = Array(lines.indices.lazy.filter { !lines[$0].isBlank }.prefix(settings.namesAboveHeader + 2))
        func isHeader(_ index: Int) -> Bool { kinds[index] == .furniture && isHeaderLine(lines[index].text) }
        let headers = top.indices.filter { position in
            let index = top[position], text = lines[index].text
            guard kinds[index] == .text else { return isHeader(index) }
            // A Latin paper's name is set like a headline: only right over a header line (under it, it is as
            // likely the first headline: `… · PAGE 3` / `Council Approves New Bridge`).
            let overHeader = position + 1 < top.count && isHeader(top[position + 1])
            return Masthead.isPaperName(text) || isDateAlone(text) || (overHeader && Masthead.latinPaperName(text) != nil)
        }.map { top[$0] }
        for header in headers.reversed() {
            let names = top.prefix { $0 <= header }.filter { kinds[$0] != .furniture }
            guard names.count <= settings.namesAboveHeader, names.allSatisfy({ kinds[$0] == .text && isHeaderName(lines[$0].text) }) else { continue }
            for index in names { kinds[index] = .furniture }
            return
        }
    }

    /// A date alone on its line next to furniture (a masthead's ear: `1998年1月17日` over `星期六`, or the year the
    /// extractor broke off the header's date, `1998` over `年 1 月 6 日`) is furniture; in a column it is the end of a
    /// line of text. So is a short line of figures right under furniture: the rest of its number, wrapped
    /// (`联系电话：027-` / `2870066`).
    private func markDatesBesideFurniture(_ lines: [TextLine], _ kinds: inout [LineKind]) {
        let printed = lines.indices.filter { !lines[$0].isBlank }
        for (position, index) in printed.enumerated() where kinds[index] == .text {
            let neighbours = [position - 1, position + 1].filter(printed.indices.contains).map { printed[$0] }
            if neighbours.contains(where: { kinds[$0] == .furniture }), isDateAlone(lines[index].text) || isYearAlone(lines[index].text) {
                kinds[index] = .furniture
            }
            if index > 0, kinds[index - 1] == .furniture, lines[index].text.count <= 12, isFigures(lines[index].text) {
                kinds[index] = .furniture
            }
        }
    }

    /// A paper's name with its Latin name under it (`江城日报` / `J I A N G C H E N G  D A I LY`) is a masthead,
    /// wherever it stands.
    private func markLatinNamesOfPapers(_ lines: [TextLine], _ kinds: inout [LineKind]) {
        let printed = lines.indices.filter { !lines[$0].isBlank }
        for (above, below) in zip(printed, printed.dropFirst())
        where Masthead.isPaperName(lines[above].text) && Masthead.isLatinName(lines[below].text) {
            kinds[above] = .furniture
            kinds[below] = .furniture
        }
    }

    /// A line that says which paper, day or page this is: a full date, a page number or an issue number.
    private func isHeaderLine(_ text: String) -> Bool {
        Masthead.date(in: text) != nil || Masthead.latinDate(in: text) != nil || Masthead.issueNumber(in: text) != nil
            || table.furniturePageNumber.matches(text)
    }

    /// A name as a header prints it: the paper's (`江城日报`), the page's (`文化`, `地方新闻`), its number
    /// (`2`, `A2`, `第二版`), or the number in its box with the name beside it (`2 国际`).
    private func isHeaderName(_ text: String) -> Bool {
        // A header's names on one line (`03 地方新闻 北川日报`): each of them one.
        let items = Masthead.joiningSpacedItems(text.split(whereSeparator: CharacterClass.isSpace).map(String.init))
        if items.count > 1, items.count <= 4, items.allSatisfy(isHeaderName) { return true }
        let item = text.filter { !CharacterClass.isSpace($0) }
        return Masthead.isPaperName(item) || Masthead.isPageName(item) || Masthead.isPageNumber(item, pageNumber: nil)
            || (item.count <= 3 && PageReference.readNumber(item) != nil) || isDateAlone(item) || Masthead.isLatinName(text)
            || Masthead.latinPaperName(text) != nil || Masthead.isNumberAndPageName(item)
    }

    /// A year alone (`1998`), of the two centuries newspapers have printed dates in.
    private func isYearAlone(_ text: String) -> Bool {
        text.count == 4 && text.allSatisfy(\.isNumber) && Int(text).map { (1800...2199).contains($0) } == true
    }

    /// A date and nothing else (`1998年1月2日`): among the page's first lines, its header; in a column, the end
    /// of a line of text.
    private func isDateAlone(_ text: String) -> Bool {
        guard text.count <= 24, text.contains("日"), Masthead.date(in: text) != nil else { return false }
        return text.allSatisfy { $0.isNumber || "年月日".contains($0) || CharacterClass.isSpace($0) }
    }

    /// With type sizes, a subtitle is set larger than the body, apart from its face (another colour or font), or
    /// right under a headline: a body line that opens with a dash elsewhere is the rest of a dateline
    /// (`HARLOW FALLS, Jan. 3` / `— After nearly four hours`) or a quotation.
    private func unmarkBodySizedSubtitles(_ lines: [TextLine], _ kinds: inout [LineKind]) {
        guard let body = bodySize else { return }
        for index in lines.indices where kinds[index] == .subtitle && !standsApart(lines[index]) {
            let above = lines[..<index].last { !$0.isBlank }
            if let size = above?.fontSize, size >= body * settings.headlineMinimumSizeRatio { continue }
            if let size = lines[index].fontSize, size <= body * settings.kickerMinimumSizeRatio { kinds[index] = .text }
        }
    }

    /// In text, a subtitle's last characters, wrapped by its column onto the next line (`——它的主人就是` /
    /// `永隆乡小`): words and title marks only, shorter than the line over it, which ends no sentence. Only where a
    /// blank line sets the subtitle apart from what is above it: right under a headline, a dashed line may be the
    /// headline itself wrapped at its dash (`一代人的青春体验` / `——《知青老照` / `片》的魅力`), which text cannot tell.
    private func endsWrappedSubtitle(_ line: TextLine, under previous: TextLine) -> Bool {
        line.box == nil && previous.box == nil && line.width < previous.width && RunInHeads.isWordsAndMarks(line.text)
            && !settings.endsSentence(previous.text) && !classifier.startsWithDateline(line.text)
    }

    // MARK: Segments

    /// A stretch of lines of one local kind; text stretches are split at blank lines and jumps.
    struct Unit {
        var kind: LineKind
        var lines: [TextLine]
        /// A blank line came before it.
        var afterBlank: Bool
        var headlineLike = false
        /// A subhead in the body's size and face, known by its place in the column: a section heading.
        var isSubhead = false
        /// A paragraph's first line the extractor set apart from the rest of it: it opens a paragraph of body text.
        var opensParagraph = false
        /// A caption under its photo news item's title, the text unit right above it (`photoNewsCaptions`): that
        /// title is no lead of the caption.
        var isUnderTitle = false
    }

    private func segment(_ lines: [TextLine], _ kinds: [LineKind]) -> [Unit] {
        var units: [Unit] = []
        var afterBlank = true
        for (line, kind) in zip(lines, kinds) {
            if kind == .blank {
                afterBlank = true
                continue
            }
            let startsNew: Bool
            if let last = units.last, let previous = last.lines.last, !afterBlank, last.kind == .text, kind == .text {
                startsNew = classifier.table.continuedOn.matches(previous.text) || changesSize(from: previous, to: line)
                    || opensWithContinuation(line.text)
                    || isPhotoNewsTitle(line) || isPhotoNewsTitle(previous)
            } else if let last = units.last, !afterBlank, last.kind == .subtitle, kind == .text, let size = line.fontSize,
                last.lines.last?.fontSize == size
            {
                startsNew = false  // a subtitle wrapped over lines, known by its type size
            } else if let last = units.last, let previous = last.lines.last, !afterBlank, last.kind == .subtitle, last.afterBlank, kind == .text,
                endsWrappedSubtitle(line, under: previous)
            {
                startsNew = false
            } else if let last = units.last, !afterBlank, last.kind == .caption,
                !isClosedCaption(last.lines) || (table.captionCredit.matches(line.text) && line.text.count <= 30 && !table.captionCredit.matches(last.lines.last?.text ?? "")
                    && !table.captionStart.matches(line.text))
            {
                // A caption runs on until its full stop or photo credit, and takes a credit under its full stop (not
                // the next caption, `图为…（通讯员 汤强勇 摄）`).
                startsNew = false
            } else {
                startsNew = true
            }
            if startsNew {
                units.append(Unit(kind: kind, lines: [line], afterBlank: afterBlank))
            } else {
                units[units.count - 1].lines.append(line)
            }
            afterBlank = false
        }
        // A headline printed right above its body, with no blank line: split the headline lines off.
        let blankless = Self.isBlankless(units, settings: settings)
        if readingOrderKept, lines.allSatisfy({ $0.box == nil }) {
            units = photoNewsCaptions(units, column: LineReader.commonestWidth(lines.filter { !$0.isBlank })?.width)
        }
        if blankless && readingOrderKept { units = widenedCaptions(units, in: lines) }
        var split: [Unit] = []
        for (position, unit) in units.enumerated() {
            guard unit.kind == .text else {
                split.append(unit)
                continue
            }
            var start = 0
            var first = true
            let next = units.indices.contains(position + 1) ? units[position + 1].kind : nil
            for cut in headlineCuts(unit.lines, blankless: blankless, before: next).sorted() where cut > start && cut < unit.lines.count {
                split.append(Unit(kind: .text, lines: Array(unit.lines[start..<cut]), afterBlank: first && unit.afterBlank))
                start = cut
                first = false
            }
            split.append(Unit(kind: .text, lines: Array(unit.lines[start...]), afterBlank: first && unit.afterBlank))
        }
        split = mergingWrappedBylines(mergingCaptionLeads(creditedCaptions(readingBulletedParagraphs(split))))
        var previousBody: [TextLine]?
        // A subhead stands under a headline set larger than itself; a briefs column's headings under each other do not.
        var underLargerHeadline = false
        for index in split.indices {
            // A label over a column of its own (`新闻速递`, `简讯`) opens a module: what follows is under no headline.
            if split[index].kind == .furniture { underLargerHeadline = false }
            guard split[index].kind == .text else { continue }
            if index > 0, split[index - 1].opensParagraph {
                // The rest of the paragraph whose first line was set apart: body text, never a heading.
            } else if isFirstLineSetApart(split, at: index) {
                split[index].opensParagraph = true
            } else if split.indices.contains(index + 1), isSentenceTail(split[index + 1]) {
                // The text under it is the last characters of a sentence (`了。`): it is that sentence's start.
            } else if underLargerHeadline && isSubheadInOtherFace(split, at: index) {
                split[index].headlineLike = true
                split[index].isSubhead = true
            } else if isHeadlineLike(split[index].lines, previousBody: previousBody, over: articleOpening(split, at: index + 1))
                || split[index].lines.count == 1 && isPhotoNewsTitle(split[index].lines[0])
            {
                split[index].headlineLike = true
                let size = split[index].lines.first?.fontSize ?? 0
                underLargerHeadline = bodySize.map { size >= $0 * settings.headlineMinimumSizeRatio } ?? false
            } else if underLargerHeadline && isSubheadCutOut(split, at: index) {
                split[index].headlineLike = true
                split[index].isSubhead = true
            } else if isKickerAtBodySize(split, at: index) {
                split[index].headlineLike = true
            } else if !underLargerHeadline && isBriefHeading(split, at: index) {
                split[index].headlineLike = true
            }
            if !split[index].headlineLike {
                // The column's running text before the next unit: in text that keeps the reading order, the body
                // units in a row, over the blank lines an extractor set inside the column (mutool sets one every few
                // lines in some modules).
                let goesOn = readingOrderKept && index > 0 && split[index - 1].kind == .text && !split[index - 1].headlineLike
                previousBody = Array(((goesOn ? previousBody ?? [] : []) + split[index].lines).suffix(settings.columnWidthWindow))
            }
        }
        return readingOnToJumps(split)
    }

    /// A text of one short line that ends a sentence (`了。`, `去。”`): the last characters of a paragraph whose line an
    /// extractor parted from the rest at a blank line — no text under a headline opens so. Only where the text keeps
    /// the reading order (elsewhere the next unit may be another column's).
    func isSentenceTail(_ unit: Unit) -> Bool {
        guard bodySize == nil, readingOrderKept, unit.kind == .text, unit.lines.count == 1, let line = unit.lines.first, line.indent < settings.paragraphIndent
        else { return false }
        let text = line.text.trimmingCharacters(in: .whitespaces)
        return text.count(where: CharacterClass.isIdeograph) <= settings.sentenceTailMaximumCharacters && endsSentence(text)
            && text.contains(where: CharacterClass.isIdeograph)
    }

    /// In text without blank lines that keeps the reading order (`pdftotext -raw`), a caption printed under a
    /// picture that spans several columns runs in lines wider than the column the text before it is set in
    /// (`日前，西藏自治区畜科所的志愿者服务队员在牧区向` / `牧民讲授…` / `养畜知识。（范长国摄）` after lines of nine
    /// characters): those lines right over a caption's credit are the caption's, not the end of that text.
    private func widenedCaptions(_ units: [Unit], in lines: [TextLine]) -> [Unit] {
        let captions = units.indices.dropFirst().filter { units[$0].kind == .caption && units[$0 - 1].kind == .text }
        guard !captions.isEmpty else { return units }
        var units = units
        let index = Dictionary(lines.enumerated().map { ($0.element.number, $0.offset) }, uniquingKeysWith: { first, _ in first })
        for position in captions {
            // The column the text ends in: measured on its lines before the last few (a unit of text without
            // blank lines may run through modules of several widths).
            let text = units[position - 1].lines
            guard let at = index[text[max(0, text.count - 1 - settings.columnWidthWindow)].number] else { continue }
            let column = localColumnWidth(lines, at: at)
            // Sentences, as a caption's lines are (a headline over the picture spans columns too, unpunctuated).
            let wide = text.reversed().prefix {
                Double($0.width) > Double(column) * (1 + settings.columnLineTolerance) && $0.indent < settings.paragraphIndent
                    && classifier.bodyPunctuationCount($0.text) > 0
            }
            // Some of the text stays: the caption's lines are the last few of a text set in its column.
            guard !wide.isEmpty, wide.count <= settings.maximumHeadlineLines, wide.count < text.count else { continue }
            units[position - 1].lines.removeLast(wide.count)
            units[position].lines.insert(contentsOf: wide.reversed(), at: 0)
        }
        return units
    }

    /// Without type sizes, the line or two right over a jump to another page (`（下转第4版）`) are the end of a text,
    /// never a heading, even where the extractor parted them at a blank line (`短短几个月间就` / `三次调图，在哈尔滨`):
    /// no text opens under a headline only to leave the page a line or two later.
    private func readingOnToJumps(_ units: [Unit]) -> [Unit] {
        guard bodySize == nil else { return units }
        var units = units
        for jump in units.indices where units[jump].kind == .jump && units[jump].lines.allSatisfy({ table.continuedOn.matches($0.text) }) {
            var lines = 0
            var index = jump - 1
            while index >= 0, units[index].kind == .text, units[index].headlineLike, !units[index].isSubhead,
                lines + units[index].lines.count <= settings.jumpLeadMaximumLines, !endsSentence(units[index].lines[...])
            {
                units[index].headlineLike = false
                lines += units[index].lines.count
                index -= 1
            }
        }
        return units
    }

    /// How a unit opens what a headline heads, if it does.
    enum ArticleOpening {
        /// By what no paragraph of running text opens with: a byline, a subtitle, a dispatch's dateline
        /// (`本报北京１月１８日讯`).
        case byMarks
        /// By a paragraph's indented first line only.
        case byIndent
    }

    /// Whether, and how, the unit opens what a headline heads.
    func articleOpening(_ units: [Unit], at index: Int) -> ArticleOpening? {
        guard units.indices.contains(index) else { return nil }
        switch units[index].kind {
        case .byline, .subtitle: return .byMarks
        case .text:
            guard let first = units[index].lines.first else { return nil }
            if classifier.startsWithDateline(first.text) { return .byMarks }
            return first.indent >= settings.paragraphIndent ? .byIndent : nil
        default: return nil
        }
    }

    /// A page extracted with (nearly) no blank lines (`pdftotext -raw`): at most one run of lines in
    /// `blanklessPageShare` (after the first) follows a blank line; other extractors put one before most runs.
    static func isBlankless(_ units: [Unit], settings: LayoutSettings) -> Bool {
        units.dropFirst().filter(\.afterBlank).count * settings.blanklessPageShare <= units.count
    }

    /// A photo news title (`图片新闻`) is a headline wherever it stands, even run into a column by the extractor.
    func isPhotoNewsTitle(_ line: TextLine) -> Bool {
        table.photoNewsTitles.contains(line.text.trimmingCharacters(in: .whitespaces))
    }

    /// A change of type size is a change of block: a headline above its body, a body after a headline. So is a
    /// change between the body's face and one set apart from it (a bold subhead in the column).
    func changesSize(from a: TextLine, to b: TextLine) -> Bool {
        if standsApart(a) != standsApart(b) { return true }
        guard let x = a.fontSize, let y = b.fontSize, x > 0, y > 0 else { return false }
        return max(x, y) / min(x, y) > 1.1
    }

    /// The line is set in a face apart from the body's (bold, another family, coloured ink), or larger than the
    /// body however little (`GeometrySettings.distinctSizeShare`).
    func standsApart(_ line: TextLine) -> Bool {
        if line.isSpacedTitle { return true }
        guard let body = bodyFace, let face = line.face else { return false }
        if let bodySize, let size = line.fontSize, size > bodySize, settings.isDistinctSize(size, from: bodySize) { return true }
        return face.standsApart(from: body)
    }

    /// The face of most characters set in `size`: the body's.
    static func commonestFace(of lines: [TextLine], size: Double) -> TypeFace? {
        var counts: [TypeFace: Int] = [:]
        for line in lines where line.fontSize == size {
            if let face = line.face { counts[face, default: 0] += line.text.count }
        }
        return counts.max { ($0.value, $0.key.font, $0.key.color) < ($1.value, $1.key.font, $1.key.color) }?.key
    }

    // MARK: Blocks

    /// The units read in order into blocks (`BlockBuilder`), jump lines then attached to the text they end.
    private func read(_ units: [Unit]) -> [Block] {
        var builder = BlockBuilder(reader: self, units: units)
        for position in units.indices { builder.add(at: position) }
        return markingEars(attachingJumpBlocks(builder.finished()))
    }

    /// A short line standing among the furniture at the head of the page, before any text — the label of a
    /// weather box in the masthead's ears (`今日天气` between `今日4版` and `阴有小雨 5℃～11℃`) — is furniture
    /// too, not a one-line text that would join the article sharing its words. (A headline there stays one: in
    /// text shredded by an extractor, a story's headline comes among the header's lines.)
    private func markingEars(_ blocks: [Block]) -> [Block] {
        var blocks = blocks
        for index in blocks.indices.dropFirst().dropLast() {
            if blocks[index].role == .body, blocks[index - 1].role == .pageFurniture,
                blocks[index + 1].role == .pageFurniture, blocks[index].lines.count == 1, let line = blocks[index].lines.first,
                line.text.count <= settings.earMaximumLength, isUnpunctuated(line.text)
            {
                blocks[index].role = .pageFurniture
            } else if blocks[index].role == .body {
                break  // the page's text has begun: its masthead is behind
            }
        }
        return blocks
    }

    /// The width of the column a line is set in (`LineReader.columnWidth`), or the widest line around it where no
    /// width repeats.
    func localColumnWidth(_ lines: [TextLine], at index: Int) -> Int {
        LineReader.columnWidth(around: index, in: lines, settings: settings)
            ?? lines[max(0, index - settings.columnWidthWindow)..<min(lines.count, index + settings.columnWidthWindow + 1)].map(\.width).max() ?? 0
    }

    /// The text opens with a jump from another page (`（上接第一版）…`).
    func opensWithContinuation(_ text: String) -> Bool {
        table.continuedFrom.firstMatch(in: text).map { $0.whole.lowerBound == text.startIndex } == true
    }

    /// The line goes on with a dateline whose first characters (up to three) end the line above
    /// (`李贵鲜会见希腊客人　据新` / `华社北京一月十三日电…`: the column cut the agency's name after a title run in),
    /// though its own words read as one (`华社…电`): no paragraph opens there.
    func continuesDateline(_ line: TextLine, after previous: TextLine) -> Bool {
        // Only where the page's geometry gave the indents: in text, a line after a heading or a line that lost its
        // indent is as often a dispatch's first, and any agency-like word reads on into one (`会` + `新华社…`).
        guard line.box != nil, previous.box != nil else { return false }
        let tail = String(previous.text.reversed().prefix(while: CharacterClass.isIdeograph).reversed())
        guard !tail.isEmpty else { return false }
        return (1...min(3, tail.count)).contains { classifier.dateline(in: String(tail.suffix($0)) + line.text) != nil }
    }

    /// A line opens a new paragraph when it is indented, opens with a dateline or a jump from another page,
    /// or (on pages printed without indentation) follows a short line that ended a sentence (`earlier` are the
    /// lines before it, the last one directly above).
    func opensParagraph(_ line: TextLine, after earlier: ArraySlice<TextLine>, next: TextLine? = nil, columnWidth: Int, indentedPage: Bool) -> Bool {
        if line.indent >= settings.paragraphIndent { return true }
        if let previous = earlier.last, continuesDateline(line, after: previous) { return false }
        if opensWithDateline(line, next: indentedPage ? nil : next, column: columnWidth) { return true }
        if opensWithContinuation(line.text) { return true }
        // A closing credit on a line of its own (`（文一）`) closes the paragraph before it.
        if settings.isClosingCredit(line.text) { return false }
        // Latin text from extractors may lose its indents; a page with boxes keeps them.
        if !indentedPage || (isLatin([line]) && line.box == nil), let previous = earlier.last {
            let ended = endsSentence(earlier)
            // Where the extractor dropped the two ideographic spaces of an indent, a paragraph's first line is
            // exactly two characters short of the column.
            let droppedIndent = !isLatin([line]) && settings.hasDroppedIndent(line, column: columnWidth) && line.width >= 8
            return ended && (settings.isShort(previous.width, column: columnWidth) || droppedIndent)
        }
        return false
    }

    func bodyPiece(_ lines: [TextLine]) -> Block {
        var texts = lines.map(\.text)
        var continuedOn: PageReference?
        var continuedFrom: PageReference?
        // A marker is taken out of the text only when its label names a page: then the page says it.
        if let lastIndex = texts.lastIndex(where: { table.continuedOn.matches($0) }), let jump = table.continuedOn.firstJump(in: texts[lastIndex]) {
            continuedOn = jump.page
            texts[lastIndex].removeSubrange(jump.match.whole)
            texts[lastIndex] = texts[lastIndex].trimmingCharacters(in: .whitespaces)
        }
        if let jump = table.continuedFrom.firstJump(in: texts[0]), jump.match.whole.lowerBound == texts[0].startIndex {
            continuedFrom = jump.page
            texts[0].removeSubrange(jump.match.whole)
            texts[0] = texts[0].trimmingCharacters(in: .whitespaces)
        }
        var text = LineJoiner.join(texts)
        let bylines = trailingBylines(&text)
        var block = Block(role: .body, lines: lines, text: text, source: source)
        block.bylines = bylines
        block.opensParagraph = lines[0].indent >= settings.paragraphIndent || continuedFrom != nil
        block.dateline = classifier.dateline(in: block.text)
        if block.dateline != nil { block.opensParagraph = true }
        if let dateline = block.dateline, let end = block.text.range(of: dateline)?.upperBound {
            // `新华社北京1月5日电（记者冯歆然）`: the credit stays in the paragraph as printed and is the article's byline.
            block.bylines = (BylineParser(table: table, settings: settings).datelineCredit(after: block.text[end...]) ?? []) + block.bylines
        }
        block.continuedOn = continuedOn
        block.continuedFrom = continuedFrom
        return block
    }

    /// A caption's closing credit (`（通讯员 白梅 摄）`; in a caption a name alone before `摄` too, `（牟健为摄）`): the
    /// bylines of the article the picture is in, or of the photo news item the caption is. The text stays as it is.
    func captionCredits(_ text: String) -> [Byline] {
        var rest = text
        let bylines = trailingBylines(&rest)
        guard bylines.isEmpty, let open = rest.lastIndex(where: { $0 == "（" || $0 == "(" }) else { return bylines }
        return BylineParser(table: table, settings: settings).photographers(String(rest[open...])) ?? []
    }

    /// Credits printed in parentheses at the end of an article's last paragraph (`…开幕。（记者 易　川）`):
    /// taken out of the text and returned as bylines.
    func trailingBylines(_ text: inout String) -> [Byline] {
        guard let close = text.last, close == "）" || close == ")",
            let open = text.lastIndex(where: { $0 == "（" || $0 == "(" }), open > text.startIndex,
            let bylines = BylineParser(table: table, settings: settings).parse(String(text[open...]))
        else { return [] }
        text = String(text[..<open]).trimmingCharacters(in: .whitespaces)
        return bylines
    }

    /// A jump line from another page opens the body piece right after it.
    private func attachingJumpBlocks(_ blocks: [Block]) -> [Block] {
        var result: [Block] = []
        var pendingFrom: Block?
        for block in blocks {
            if block.role == .jump, block.continuedFrom != nil {
                if let pending = pendingFrom { result.append(pending) }
                pendingFrom = block
                continue
            }
            if var pending = pendingFrom {
                pendingFrom = nil
                if block.role == .body, block.continuedFrom == nil {
                    var merged = block
                    merged.continuedFrom = pending.continuedFrom
                    merged.opensParagraph = true
                    merged.span = pending.span.union(block.span)
                    merged.lines = pending.lines + block.lines
                    result.append(merged)
                    continue
                }
                pending.text = pending.text.trimmingCharacters(in: .whitespaces)
                result.append(pending)
            }
            result.append(block)
        }
        if let pending = pendingFrom { result.append(pending) }
        return result
    }
}

import Foundation
