/// Splits normalized page text into `TextLine`s: indentation measured, letter-spacing closed up.
struct LineReader: Sendable {
    var settings: LayoutSettings

    func lines(of numbered: [ColumnShredding.NumberedLine]) -> [TextLine] {
        var read = numbered.map { line(Substring($0.text), number: $0.number) }
        // Where one space indents the page's running text, it indents the lines without commas too (a narrow
        // column's `日本最大的证券公司`, a brief's run-in title).
        let loneSpaced = numbered.indices.filter { index in
            let text = numbered[index].text
            return text.first == " " && text.dropFirst().first.map { !CharacterClass.isSpace($0) } == true
        }
        if loneSpaced.count(where: { read[$0].indent == settings.paragraphIndent }) >= settings.loneSpaceIndentMinimumLines {
            for index in loneSpaced { read[index].indent = settings.paragraphIndent }
        }
        var result = ExtractorArtefacts.rejoiningSplitOpenings(
            ExtractorArtefacts.rejoiningSqueezedPunctuation(ExtractorArtefacts.joiningVerticalText(read)), settings: settings)
        while result.last?.isBlank == true { result.removeLast() }
        return result
    }

    /// Some extractors (`mutool draw -F txt`) put a blank line after nearly every line: then a single blank line
    /// says nothing and is dropped, and only a run of blank lines still marks a break — or a few lines the extractor
    /// kept together (below). Where they do so only in some modules of a page (narrow columns, each line a block of
    /// its own, beside modules printed in tight blocks), the single blank lines are dropped only inside a long
    /// stretch of lines each followed by one that reads as a column: given the page's character pairs (`pairs`,
    /// `LineInterleaving`; nil in shredded text, whose one-line pieces come from many columns).
    static func undoingDoubleSpacing(_ lines: [TextLine], settings: LayoutSettings, pairs: Set<UInt64>? = nil) -> [TextLine] {
        let text = lines.indices.filter { !lines[$0].isBlank }
        let followedByOneBlank = text.filter { index in
            index + 2 < lines.count && lines[index + 1].isBlank && !lines[index + 2].isBlank
        }
        guard text.count >= settings.doubleSpacingMinimumLines else { return lines }
        let wholePage = Double(followedByOneBlank.count) >= Double(text.count) * settings.doubleSpacingShare
        var dropped = Set<Int>()
        if !wholePage {
            guard let pairs else { return lines }
            dropped = blanksInDoubleSpacedStretches(lines, followedByOneBlank, pairs: pairs, settings: settings)
            guard !dropped.isEmpty else { return lines }
        }
        var result: [TextLine] = []
        var blanks = 0
        var tightRunEnd = -1
        for (index, line) in lines.enumerated() {
            if line.isBlank {
                blanks += 1
                continue
            }
            // Two or three lines the extractor kept together, without the blank line it put after the lines around
            // them, after a sentence's end and over an indented paragraph (perhaps under a byline), are a block of
            // their own: a headline's lines (`…来华访问的。` / `陈方安生政务司长` `访美时说香港政经` `形势很好` /
            // `本报记者 沈凯英`). The indent tells the double-spacing extractors' pages from pdftotext's default
            // mode, whose blocks come tight and lose their indents.
            var opensTightRun = false
            if blanks == 1, result.last.map({ settings.endsSentence($0.text) }) == true {
                let run = lines[index...].prefix(settings.tightRunMaximumLines + 1).prefix { !$0.isBlank }.count
                opensTightRun = (2...settings.tightRunMaximumLines).contains(run)
                    && lines[(index + run)...].lazy.filter { !$0.isBlank }.prefix(2).contains { $0.indent >= settings.paragraphIndent }
                if opensTightRun { tightRunEnd = index + run - 1 }
            }
            // …and the blank line after them keeps them apart from that paragraph (a run ends at a blank line).
            let closesTightRun = tightRunEnd >= 0 && index - blanks - 1 == tightRunEnd
            let meaningful = blanks >= 2 || (blanks == 1 && !wholePage && !dropped.contains(index - 1))
            if meaningful || opensTightRun || closesTightRun, let last = result.last {
                result.append(TextLine(number: last.number + 1, text: "", indent: 0, width: 0))
            }
            blanks = 0
            result.append(line)
        }
        return result
    }

    /// The single blank lines inside stretches of at least `doubleSpacingMinimumLines` lines in a row each followed
    /// by one (the lines of `followedByOneBlank`, in order): a double-spaced module. The blank line after a stretch's
    /// last line is one of them unless a tight block follows it (another module, set in the other way).
    private static func blanksInDoubleSpacedStretches(_ lines: [TextLine], _ followedByOneBlank: [Int], pairs: Set<UInt64>, settings: LayoutSettings)
        -> Set<Int>
    {
        var dropped = Set<Int>()
        var stretch: [Int] = []
        for index in followedByOneBlank + [Int.max] {
            if let last = stretch.last, index != last + 2 {
                let column = (stretch + [last + 2]).filter(lines.indices.contains).map { lines[$0] }
                if stretch.count >= settings.doubleSpacingMinimumLines, isColumn(column, pairs: pairs, settings: settings) {
                    let tightBlockAfter = last + 3 < lines.count && !lines[last + 3].isBlank
                    dropped.formUnion((tightBlockAfter ? stretch.dropLast() : stretch[...]).map { $0 + 1 })
                }
                stretch = []
            }
            stretch.append(index)
        }
        return dropped
    }

    /// Most of the lines are full lines of one column (of one width, or a half-width unit shorter), a paragraph
    /// opens among them (indented: the extractors that double-space keep indents, pdftotext's default mode, whose
    /// one-line pieces are often other columns', drops them), and they do not read on into the line after next more
    /// often than into the next (a few times at least): one column's text, not a stack of one-line blocks of their
    /// own (headline, subtitle, byline, an advertisement's lines) nor two columns' lines alternating.
    private static func isColumn(_ lines: [TextLine], pairs: Set<UInt64>, settings: LayoutSettings) -> Bool {
        guard let column = commonestWidth(lines)?.width else { return false }
        let full = lines.count { settings.isFull($0.width, column: column) }
        guard Double(full) >= Double(lines.count) * settings.doubleSpacedColumnShare,
            lines.contains(where: { $0.indent >= settings.paragraphIndent })
        else { return false }
        let adjacent = zip(lines, lines.dropFirst()).filter { LineInterleaving.runsOn($0, into: $1, pairs: pairs, settings: settings) }.count
        let skipping = zip(lines, lines.dropFirst(2)).filter { LineInterleaving.runsOn($0, into: $1, pairs: pairs, settings: settings) }.count
        return skipping <= adjacent || skipping < settings.interleavedMinimumEvidence
    }

    /// Some extractors (`mutool draw -F txt`, pdftotext on justified Chinese text) end a block after a paragraph's first
    /// line, or after any line whose spacing differs: a blank line in the middle of a sentence. One blank line is
    /// dropped where the lines on both sides are full lines of their column (or two characters short: an indent
    /// dropped), the one before has body punctuation (or ends in a digit the next line goes on with) and stops
    /// mid-sentence (on an ideograph, a digit or a clause mark), and the one after goes on, unindented, into a next
    /// line. A heading stops mid-sentence too, but is set short of the column, between blank lines — and never cuts
    /// a number in two. A blank line never stands inside brackets or title marks either: one between a line that
    /// opens a bracket and the line that closes it (`（新华社记者刘宇摄）（传真照` / `片）`) is dropped.
    static func closingBlankLinesMidSentence(_ lines: [TextLine], settings: LayoutSettings) -> [TextLine] {
        var result: [TextLine] = []
        result.reserveCapacity(lines.count)
        for (index, line) in lines.enumerated() {
            if line.isBlank, index + 1 < lines.count, let before = result.last, !before.isBlank, closesBracket(opened: before, in: lines[index + 1]) {
                continue
            }
            // The line after goes on in the column: a line between two blank lines is a heading of its own.
            if line.isBlank, index > 0, index + 2 < lines.count, let before = result.last, !before.isBlank, !lines[index + 1].isBlank,
                !lines[index + 2].isBlank, let column = columnWidth(around: index - 1, in: lines, settings: settings),
                runsOn(before, into: lines[index + 1], column: column, settings: settings)
            {
                continue
            }
            result.append(line)
        }
        return result
    }

    /// Whether an extractor's text without geometry kept each column's lines together and in order: its paragraphs
    /// indented (`mutool draw -F txt`), or hardly a blank line (`pdftotext -raw`). pdftotext's default mode drops the
    /// indents and cuts the columns into blocks it may give out of order: there a line's neighbours in the text need
    /// not be its neighbours on the page.
    static func keepsColumnsTogether(_ lines: [TextLine], settings: LayoutSettings) -> Bool {
        let printed = lines.filter { !$0.isBlank }.count
        let indented = lines.filter { !$0.isBlank && $0.indent >= settings.paragraphIndent }.count
        let runs = lines.split(whereSeparator: \.isBlank).count
        return Double(indented) >= Double(printed) * settings.indentedPageShare || Double(runs - 1) <= Double(printed) * settings.textAdvertisementMaximumBlankShare
    }

    /// The width of the column a line is set in: the commonest width of the lines around it (full lines; a
    /// squeezed mark makes one a half-width unit shorter), nil where no width comes three times. A page of
    /// extracted text runs through modules of several column widths.
    static func columnWidth(around index: Int, in lines: [TextLine], settings: LayoutSettings) -> Int? {
        let window = lines[max(0, index - settings.columnWidthWindow)..<min(lines.count, index + settings.columnWidthWindow + 1)]
        guard let best = commonestWidth(window.filter { !$0.isBlank }), best.count >= settings.columnWidthMinimumLines else { return nil }
        return best.width
    }

    /// The width most of the lines are set to, counting with each width the lines a half-width unit shorter (a
    /// squeezed mark), and how many lines that is; the wider of two as common. Nil for no lines.
    static func commonestWidth(_ lines: [TextLine]) -> (width: Int, count: Int)? {
        var counts: [Int: Int] = [:]
        for line in lines { counts[line.width, default: 0] += 1 }
        return counts.keys.map { width in (width: width, count: counts[width, default: 0] + counts[width - 1, default: 0]) }
            .max { $0.count != $1.count ? $0.count < $1.count : $0.width < $1.width }
    }

    /// Brackets and title marks, which never hold a paragraph break (quotation marks may: a quotation over several
    /// paragraphs opens each and closes only the last).
    private static let bracketPairs: [(open: Set<Character>, close: Set<Character>)] = [
        (["（", "("], ["）", ")"]), (["《"], ["》"]), (["〈"], ["〉"]), (["【"], ["】"]), (["〔"], ["〕"]),
    ]

    /// The line before ends inside a bracket or title mark it opened, and the line after closes it before opening
    /// another (`长达１００万字的《许` / `广平文集》辑录了…`).
    private static func closesBracket(opened before: TextLine, in after: TextLine) -> Bool {
        bracketPairs.contains { pair in
            guard let open = before.text.lastIndex(where: pair.open.contains), !before.text[open...].contains(where: pair.close.contains),
                let close = after.text.firstIndex(where: pair.close.contains)
            else { return false }
            return !after.text[..<close].contains(where: pair.open.contains)
        }
    }

    private static func runsOn(_ before: TextLine, into after: TextLine, column: Int, settings: LayoutSettings) -> Bool {
        guard settings.isFull(before.width, column: column), settings.isFull(after.width, column: column),
            after.indent < settings.paragraphIndent,
            let last = before.text.last, CharacterClass.isIdeograph(last) || last.isNumber || "，、；：".contains(last),
            let first = after.text.first, CharacterClass.isIdeograph(first) || first.isNumber || CharacterClass.neverStartsALine(first)
        else { return false }
        // Body punctuation, or a number cut in two (`…许广平１` / `９１７年至…`), which no heading ends in.
        return before.text.contains(where: { "，。；、：".contains($0) }) || (last.isNumber && first.isNumber)
    }

    func line(_ raw: Substring, number: Int) -> TextLine {
        var indent = 0
        var asciiSpaces = 0
        var start = raw.startIndex
        while start < raw.endIndex, CharacterClass.isSpace(raw[start]) {
            if raw[start] == "\u{3000}" { indent += 2 } else { asciiSpaces += 1 }
            start = raw.index(after: start)
        }
        // A few ASCII spaces indent a paragraph; a long run only places a centred line (layout-preserving output).
        if asciiSpaces < settings.positioningSpaces { indent += asciiSpaces }
        var end = raw.endIndex
        while end > start, CharacterClass.isSpace(raw[raw.index(before: end)]) { end = raw.index(before: end) }
        let (text, letterSpaced) = ExtractorArtefacts.repairingLine(String(raw[start..<end]), settings: settings)
        // Extractors write an indent set by position as one space; a lone space also strays before headings
        // (` 青岛开发区将实施`). Before running text, with its commas and stops, it is the indent.
        if indent == 1, text.contains(where: Punctuation.bodyMarks.contains) { indent = settings.paragraphIndent }
        if text.isEmpty { indent = 0 }
        var line = TextLine(number: number, text: text, indent: indent, width: CharacterClass.width(of: text), wasLetterSpaced: letterSpaced)
        // (`mutool draw -F txt` keeps the space after a title run into its text where the title ends the line.)
        line.endsInGap = !text.isEmpty && end < raw.endIndex && !letterSpaced
        return line
    }
}
