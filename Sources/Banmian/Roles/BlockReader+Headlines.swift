/// The headline rules of `BlockReader`: which lines are headlines, where they are cut out of body text,
/// and how a stack splits into kicker and headline.
extension BlockReader {
    /// Where a text unit must be cut around headline lines printed with no blank line: a headline right above
    /// an indented first paragraph, or a subhead line between a paragraph's short last line and an indented one.
    /// `next`: the kind of the unit after the lines.
    func headlineCuts(_ lines: [TextLine], blankless: Bool = false, before next: LineKind? = nil) -> [Int] {
        // What follows a headline follows the lines (a subtitle `——…`, a byline `□本报记者…`, a caption), so a heading
        // line closing them is that headline; a subtitle or a byline opens an article by its marks (a picture may set
        // its caption between two lines of a paragraph).
        let beforeMarkedOpening: Bool, beforeHeadlinesCompany: Bool
        switch next {
        case .subtitle, .byline: (beforeMarkedOpening, beforeHeadlinesCompany) = (true, true)
        case .caption: (beforeMarkedOpening, beforeHeadlinesCompany) = (false, true)
        default: (beforeMarkedOpening, beforeHeadlinesCompany) = (false, false)
        }
        var cuts: [Int] = []
        if let prefix = headlinePrefixLength(lines) { cuts.append(prefix) }
        if isHeadlineLike(lines, previousBody: nil) { return cuts }
        // Text printed with indents: a line indented as printed (the text after a title run into its line is given
        // an indent where the title was cut off it, whether or not the page indents, so it does not count).
        let indented = lines.indices.contains { index in
            lines[index].indent >= settings.paragraphIndent && !(index > 0 && lines[index - 1].number == lines[index].number)
        }
        let widths = lines.map(\.width).sorted()
        let columnWidth = widths[widths.count / 2]
        // Each line against its own column: a text unit of extracted text can run through modules of several widths.
        let columnWidths = lines.indices.map { localColumnWidth(lines, at: $0) }
        // What can open the text after a heading: an indented line, a dateline (on a page without blank lines perhaps
        // wrapped onto the next line: `新华社北京１月２２日` / `电（记者罗辉）`), a jump from another page.
        func opensText(_ index: Int) -> Bool {
            let line = lines[index]
            let next = blankless && lines.indices.contains(index + 1) ? lines[index + 1] : nil
            return line.indent >= settings.paragraphIndent || opensWithDateline(line, next: next, column: columnWidths[index])
                || opensWithContinuation(line.text)
        }
        // A heading's lines are clearly narrower or wider than the column's. The first line of a paragraph is full,
        // or, where the extractor dropped the ideographic indent, exactly two characters short.
        func offColumn(_ index: Int) -> Bool {
            let line = lines[index], columnWidth = columnWidths[index]
            return !droppedIndent(index) && settings.isOffColumn(line.width, column: columnWidth)
        }
        // (Where the text keeps its indents, a line two characters short is no paragraph's first line.)
        func droppedIndent(_ index: Int) -> Bool { !indented && settings.hasDroppedIndent(lines[index], column: columnWidths[index]) }
        // Text without indents opening with a heading (a kicker and a headline, say): lines without punctuation over
        // a paragraph's first line (two characters short of the column, or opening with a dateline or a jump).
        // A heading line has no body punctuation, is no credit, and opens no dateline wrapped onto the next line
        // (`据新华社北京1` / `月23日电（记者罗`) — over a line that opens with a dateline of its own, the two read as
        // one only by chance (`防部长` + `据新华社北京一月十三日电`: an agency's name may follow a few characters).
        let credits = BylineParser(table: table, settings: settings)
        func opensWrappedDateline(_ index: Int) -> Bool {
            index + 1 < lines.count && classifier.startsWithDateline(lines[index].text + lines[index + 1].text)
                && !classifier.startsWithDateline(lines[index + 1].text)
        }
        // A short line that ends its sentence there opens no text under a heading: it closes a paragraph whose lines
        // a picture's runaround set short (`“乡亲们养猪是为过年，猪` / `养得越肥脸越有光哩。`) — where the extractor
        // kept the columns together: elsewhere the next line may be another column's.
        func closesShort(_ index: Int) -> Bool {
            readingOrderKept && settings.isShort(lines[index].width, column: columnWidths[index]) && endsSentence(lines[index...index])
        }
        func isHeadingLine(_ index: Int) -> Bool {
            isUnpunctuated(lines[index].text) && credits.parse(lines[index].text) == nil && !opensWrappedDateline(index)
        }
        // On a scan, a Latin heading's line opening the run (white space above it) over a text that starts there
        // (not with a small letter, which would go on with its sentence).
        if recognized, lines.count > 1, isLatin([lines[0]]), isHeadlineLike([lines[0]], previousBody: nil),
            !(lines[1].text.first(where: \.isLetter)?.isLowercase ?? false)
        {
            cuts.append(1)
        }
        // Indented text opening with a short line without punctuation over its first paragraph: a heading in the
        // body's size (a brief's), cut off as a unit of its own.
        if indented, cuts.isEmpty, lines.count > 1, lines[0].indent < settings.paragraphIndent, isHeadingLine(0), opensText(1),
            !tookALineStart(lines[1]), isBodySizedSubhead([lines[0]], columnWidth: columnWidth)
        {
            cuts.append(1)
        }
        if !indented, cuts.isEmpty, lines.count > 2,
            let heading = (1...min(3, lines.count - 2)).first(where: { count in
                // (A headline as wide as the column, set larger, wraps into a line off the column over the text's
                // opening: `世贸组织总干事呼吁联合对付贸易` / `保护主义` / `据新华社伦敦1月19日电…`.)
                (0..<count).allSatisfy(isHeadingLine) && (count == 1 || (0..<count).allSatisfy(offColumn) || (count == 2 && offColumn(1) && opensText(2)))
                    // (Three lines where a narrow column wrapped a headline: `北方交大与北` / `京建工学院联` / `合办学`.)
                    && (count < 3 || isWrappedHeading(lines[..<count]))
                    && ((offColumn(count - 1) && droppedIndent(count)) || opensText(count)) && !tookALineStart(lines[count])
                    && isHeadlineLike(Array(lines[..<count]), previousBody: nil)
            })
        {
            cuts.append(heading)
        }
        var index = 1
        while index < lines.count {
            // Between a sentence's end and the start of a text, a line ending without punctuation cannot be the
            // end of a paragraph: it is a heading printed in the column. So are such lines closing the run
            // (before a byline or subtitle) when they do not fill the column.
            // (A photo credit closes a caption too, its bracket perhaps opened a line before.)
            // (So does a closing credit on a line of its own, `（蒋文）`.)
            let endedParagraph = endsSentence(lines[..<index]) || endsWithPhotoCredit(lines[..<index])
                || settings.isClosingCredit(lines[index - 1].text)
            let opening = (index + 1..<min(index + 3, lines.count)).first(where: { opensText($0) })
            // (So does a line cut short of its column after a semicolon, `数达１０万人；`, where a module ends its text
            // there, over heading lines without a mark — a list's next item, `1996年，该院查处…`, has its marks.)
            let afterSemicolon = !endedParagraph && (lines[index - 1].text.last.map { "；;".contains($0) } ?? false)
            let cutAtSemicolon = afterSemicolon && settings.isShort(lines[index - 1].width, column: columnWidths[index - 1])
            // Over a subtitle or a byline the headline closes the run whatever its width (it may span the column),
            // unless it is a paragraph's first line: two lines, or three that a narrow column wrapped (the first two
            // as wide as each other, the last no wider; a kicker over a two-line headline is two units).
            // The run's last line, two characters short of the column, over a subtitle or a byline is no paragraph's
            // first line (its paragraph would end there without a mark): a heading, its width a coincidence (where the
            // reading order is kept: elsewhere the unit under it may be another column's) — alone, or as the wrap of a
            // heading line that fills the column (`震区军民打响救灾第二战役让群` / `众在保暖房中暖暖和和过春节` over
            // `——记者从…获悉`; a line off the column over it, `经济观察`, is a kicker, a unit of its own).
            let overOpening = beforeMarkedOpening && blankless && readingOrderKept
            let wrappedThree = lines.count - index == 3 && isWrappedHeading(lines[index...])
                && (index..<lines.count).allSatisfy(isHeadingLine)
            let closing = (lines.count - index <= 2 || wrappedThree)
                && (index..<lines.count).allSatisfy { line in
                    let lastOverOpening = overOpening && line == lines.count - 1 && !(index..<line).contains(where: offColumn)
                    return offColumn(line) || (beforeHeadlinesCompany && isHeadingLine(line) && (!droppedIndent(line) || lastOverOpening))
                }
            // Unindented text: a heading of one or two lines (a kicker over a headline) off the column, the second over
            // a paragraph's first line.
            let twoLines = index + 2 < lines.count && (index..<index + 2).allSatisfy { offColumn($0) && isHeadingLine($0) }
                && (droppedIndent(index + 2) || opensText(index + 2)) && !tookALineStart(lines[index + 2])
            // A line as wide as the column after a paragraph's short last line cannot open a paragraph (its first
            // line lost only its indent): over a paragraph's first line, without punctuation, it is a heading.
            let fullHeading = index + 1 < lines.count && settings.isShort(lines[index - 1].width, column: columnWidths[index - 1])
                && !droppedIndent(index) && isHeadingLine(index)
                && (droppedIndent(index + 1) || opensText(index + 1))
            // …or three, where a narrow column wrapped it (`去年国债发行` / `兑付工作顺利` / `结束`), its wrap ending there
            // (a fourth heading line no wider, `全国清理公` / `款电话收回` / `资金４．８` / `４亿元`, is no text's first line).
            func threeLines() -> Bool {
                index + 3 < lines.count
                    && (index..<index + 3).allSatisfy { offColumn($0) && isHeadingLine($0) } && isWrappedHeading(lines[index..<index + 3])
                    && (droppedIndent(index + 3) || opensText(index + 3)) && !tookALineStart(lines[index + 3])
                    && !(isHeadingLine(index + 3) && isWrappedHeading(lines[index...index + 3]))
            }
            // …or a full line and the short one its wrap left (`从评选最佳中场球员` / `想到的`), neither a paragraph's
            // first line nor its last (no mark), over a paragraph's first line.
            let fullThenShort = index + 2 < lines.count && settings.isShort(lines[index - 1].width, column: columnWidths[index - 1])
                && !offColumn(index) && !droppedIndent(index) && isHeadingLine(index) && isHeadingLine(index + 1)
                && settings.isShort(lines[index + 1].width, column: columnWidths[index + 1])
                && (droppedIndent(index + 2) || opensText(index + 2)) && !tookALineStart(lines[index + 2])
            let unindentedHeading = indented ? nil
                : twoLines ? index + 2
                : endedParagraph && fullThenShort ? index + 2
                : endedParagraph && threeLines() ? index + 3
                : (index + 1 < lines.count && (offColumn(index) || fullHeading) && !tookALineStart(lines[index + 1]) && !closesShort(index + 1) ? index + 1 : nil)
            // A closing credit the column wrapped (`（本报华盛顿１月１２` / `日电）`) is the end of the text before it.
            let wrappedCredit = (index + 1..<min(index + 3, lines.count)).first { classifier.endsParenthesisOpenedBefore(lines[$0].text) }
                .map { settings.isClosingCredit(LineJoiner.join(lines[index...$0].map(\.text))) } ?? false
            // Two lines closing the run, a full one and a short one without punctuation: a subhead the column
            // wrapped, over the paragraph the next run opens (`isSubheadCutOut` asks that of the run after it).
            let wrappedSubhead = lines.count - index == 2 && isHeadingLine(index) && isHeadingLine(index + 1)
                && isBodySizedSubhead(Array(lines[index...]), columnWidth: columnWidth)
            // A closing credit on a line of its own (`（蒋文）`) ends the text before it: no heading.
            let creditLine = settings.isClosingCredit(lines[index].text)
            // (A centred line's indent is its place.)
            // (Right over a subtitle's dash, heading lines closing the run after a semicolon are its headline, however
            // full the line before: the extractor read the next module on where a text stopped at its semicolon.)
            let headsSubtitle = afterSemicolon && next == .subtitle && closing
            if endedParagraph || cutAtSemicolon || headsSubtitle, !wrappedCredit, !creditLine, lines[index].indent < settings.paragraphIndent || lines[index].isCentred,
                let next = opening ?? (closing || wrappedSubhead ? lines.count : nil) ?? unindentedHeading,
                !cutAtSemicolon || (index..<next).allSatisfy(isHeadingLine),
                isHeadlineLike(Array(lines[index..<next]), previousBody: nil)
                    || (next == opening && isBodySizedSubhead(Array(lines[index..<next]), columnWidth: columnWidth))
                    || (wrappedSubhead && next == lines.count)
            {
                cuts.append(contentsOf: [index, next])
                index = next
            }
            index += 1
        }
        return cuts
    }

    /// Lines a narrow column wrapped a heading over: each but the last as wide as the first, the last no wider, none
    /// in brackets (`（高艳华）`, the credit closing the text above).
    func isWrappedHeading(_ lines: ArraySlice<TextLine>) -> Bool {
        guard let first = lines.first, let last = lines.last else { return false }
        return !lines.contains { Punctuation.isParenthesized($0.text) } && lines.dropLast().allSatisfy { $0.width == first.width } && last.width <= first.width
    }

    /// A heading's line: no body punctuation (`，。；、：`) and no clause-ending mark at its end.
    func isUnpunctuated(_ text: String) -> Bool {
        classifier.bodyPunctuationCount(text) == 0 && !(text.last.map(table.clauseEnd.contains) ?? false)
    }

    /// The lines end in a photographer's credit (`（新华社记者杨楹摄）`), its bracket perhaps opened a line before
    /// (`（通讯员 姜` / `辉 摄）`): a caption ends there.
    func endsWithPhotoCredit(_ lines: ArraySlice<TextLine>) -> Bool {
        table.captionCredit.matches(LineJoiner.join(lines.suffix(2).map(\.text)))
    }

    /// The line opens with a dateline, read with the next line where the column wrapped it (the line is full, or an
    /// indent short: a paragraph's first line whose indent the extractor dropped).
    func opensWithDateline(_ line: TextLine, next: TextLine?, column: Int) -> Bool {
        if classifier.startsWithDateline(line.text) { return true }
        guard let next, !next.isBlank, settings.isFull(line.width, column: column) || settings.hasDroppedIndent(line, column: column) else { return false }
        return classifier.startsWithDateline(line.text + next.text)
    }

    /// The line opens with a character and the closing mark that may not start a line (`人。一次，他给`): the
    /// line before was cut short to carry that character down, so it is no heading of its own.
    func tookALineStart(_ line: TextLine) -> Bool {
        var characters = line.text.makeIterator()
        guard characters.next() != nil, let second = characters.next() else { return false }
        return CharacterClass.neverStartsALine(second)
    }

    /// With type sizes, a subhead set in the body's size and face (小标题 of a page that sets them apart only by
    /// their place): a line or two between a sentence's end and an indented paragraph, with no punctuation, short
    /// of the column — or, wrapped by a narrow column, a full line and a short one (`保持经济总量的基本` / `平衡`),
    /// the first not indented, no brackets in them (a closing credit, `（张治平摄影报` / `道）`, wraps the same way):
    /// no paragraph ends without punctuation.
    func isBodySizedSubhead(_ lines: [TextLine], columnWidth: Int) -> Bool {
        guard let body = bodySize, lines.count <= 2, let first = lines.first, !classifier.startsWithDateline(first.text) else { return false }
        let unbracketed = !lines.contains { $0.text.contains(where: "（）()".contains) }
        let wrapped = lines.count == 2 && first.indent < settings.paragraphIndent && settings.isShort(lines[1].width, column: columnWidth) && unbracketed
        // One line as wide as the column, not indented: between a sentence's end and an indented paragraph, a line
        // without punctuation is no paragraph (none ends without it), whatever its width.
        let full = lines.count == 1 && first.indent < settings.paragraphIndent && unbracketed
        return lines.allSatisfy { line in
            guard let size = line.fontSize, settings.isBodySized(size, body: body) else { return false }
            return isUnpunctuated(line.text) && (wrapped || full || settings.isShort(line.width, column: columnWidth)) && !table.continuedOn.matches(line.text)
                && !table.continuedFrom.matches(line.text)
        }
    }

    /// A unit `headlineCuts` cut out of a column between a sentence's end and an indented paragraph that is a
    /// subhead in the body's size and face (the caller asks only under a headline set larger than the body).
    func isSubheadCutOut(_ units: [Unit], at index: Int) -> Bool {
        guard isBetweenParagraphs(units, at: index),
            !units[index].afterBlank || isCentred(units[index].lines, under: units[index - 1].lines) || isRightUnder(units[index].lines, units[index - 1].lines)
        else { return false }
        let widths = (units[index - 1].lines + units[index + 1].lines).map(\.width).sorted()
        return isBodySizedSubhead(units[index].lines, columnWidth: widths[widths.count / 2])
    }

    /// A unit in the body's size but set apart from it by its face (bold, another family), between a sentence's
    /// end and an indented paragraph (the caller asks only under a headline set larger than the body): a subhead,
    /// however wide, since the face sets it apart where a body-faced subhead needs to be short.
    func isSubheadInOtherFace(_ units: [Unit], at index: Int) -> Bool {
        guard let body = bodySize, isBetweenParagraphs(units, at: index), units[index].lines.count <= 2,
            !classifier.startsWithDateline(units[index].lines[0].text)
        else { return false }
        return units[index].lines.allSatisfy { line in
            guard let size = line.fontSize, settings.isBodySized(size, body: body), standsApart(line) else { return false }
            return isUnpunctuated(line.text) && !table.continuedOn.matches(line.text) && !table.continuedFrom.matches(line.text)
        }
    }

    /// With type sizes, the heading of a brief in a column of briefs under no larger headline, set in the body's
    /// size and face (`灾区除夕夜`): a line or two standing apart (white space before it), short of the column and
    /// without punctuation, over an indented paragraph, where the text before it ended a sentence or was no text.
    func isBriefHeading(_ units: [Unit], at index: Int) -> Bool {
        guard units[index].afterBlank, index + 1 < units.count, units[index + 1].kind == .text,
            let after = units[index + 1].lines.first, after.indent >= settings.paragraphIndent
        else { return false }
        if index > 0, units[index - 1].kind == .text, let before = units[index - 1].lines.last, !endsSentence(before.text) { return false }
        let widths = units[index + 1].lines.map(\.width).sorted()
        return isBodySizedSubhead(units[index].lines, columnWidth: widths[widths.count / 2])
    }

    /// The unit stands between two runs of text, the one before ending a sentence and the one after opening an
    /// indented paragraph: where a subhead stands.
    private func isBetweenParagraphs(_ units: [Unit], at index: Int) -> Bool {
        guard bodySize != nil, index > 0, index + 1 < units.count, units[index - 1].kind == .text, units[index + 1].kind == .text,
            let before = units[index - 1].lines.last, let after = units[index + 1].lines.first
        else { return false }
        return endsSentence(before.text) && after.indent >= settings.paragraphIndent
    }

    /// The last lines of `lines` that stand in the column the last one does, the last one with them: a paragraph
    /// can begin at the foot of the column before.
    private func columnEnding(_ lines: [TextLine]) -> ArraySlice<TextLine> {
        guard let last = lines.last?.box else { return [] }
        return ArraySlice(lines.reversed().prefix { $0.box.map { $0.horizontalOverlap(with: last) > 0 } ?? false })
    }

    /// The lines start at the left edge of the column the lines above them end in, right under their last line
    /// (white space of at most `subheadMaximumGap` of its heights between): a subhead set flush in its column,
    /// a little space around it.
    func isRightUnder(_ lines: [TextLine], _ above: [TextLine]) -> Bool {
        guard let first = lines.first?.box, let last = above.last?.box, let body = bodySize,
            let left = columnEnding(above).compactMap(\.box).map(\.x).min()
        else { return false }
        let gap = first.y - last.maxY
        return abs(first.x - left) < body && gap >= 0 && gap <= last.height * settings.geometry.subheadMaximumGap
    }

    /// The lines stand centred in the column of the lines above them: in from both its edges by an em or more,
    /// the two margins about equal.
    func isCentred(_ lines: [TextLine], under above: [TextLine]) -> Bool {
        let column = columnEnding(above)
        guard let body = bodySize, let columnBox = BoundingBox.enclosing(column.compactMap(\.box)), column.count >= 2 else { return false }
        return lines.allSatisfy { $0.box?.isCentred(in: columnBox, margin: body, imbalance: settings.geometry.centredImbalance) ?? false }
    }

    /// With type sizes, a kicker set in the body's size and face: a line standing apart (white space before it),
    /// with no punctuation, printed right over a headline set larger than the body.
    func isKickerAtBodySize(_ units: [Unit], at index: Int) -> Bool {
        guard let body = bodySize, index + 1 < units.count, units[index].afterBlank, units[index].lines.count == 1,
            let line = units[index].lines.first, let box = line.box, let size = line.fontSize, settings.isBodySized(size, body: body),
            isUnpunctuated(line.text), !classifier.startsWithDateline(line.text), units[index + 1].kind == .text, let headline = units[index + 1].lines.first,
            let headlineSize = headline.fontSize, headlineSize >= body * settings.headlineMinimumSizeRatio, let under = headline.box,
            isHeadlineLike(units[index + 1].lines, previousBody: nil)
        else { return false }
        let gap = under.y - box.maxY
        return gap >= -1 && gap <= box.height * settings.geometry.kickerMaximumGap && under.horizontalOverlap(with: box) > 0
    }

    /// With type sizes and boxes (not an OCR engine's), a heading printed right under a headline (white space of at most
    /// `kickerMaximumGap` of its own line heights between, under the headline for half its width or more): in
    /// clearly smaller type, the headline's subtitle, dash or none (`成也规模败也规模` / `在东亚金融危机中`); in the
    /// headline's own size (`sameSize`), its next line (`伊拉克禁止核查小组执行任务安` / `南规劝巴格达不要激化矛盾`).
    func isStacked(_ lines: [TextLine], under headline: [TextLine], sameSize: Bool) -> Bool {
        guard !recognized, let size = lines.first?.fontSize, let headlineSize = headline.last?.fontSize, let box = lines.first?.box,
            let above = headline.last?.box,
            sameSize ? settings.isSameSize(size, as: headlineSize) : size < headlineSize * settings.stackedSizeRatio
        else { return false }
        let gap = box.y - above.maxY
        return gap >= -1 && gap <= box.height * settings.geometry.kickerMaximumGap && box.horizontalOverlap(with: above) >= min(box.width, above.width) / 2
    }

    /// A sentence ends the text (`LayoutSettings.endsSentence`), a closing credit allowed (`送温暖。（范菊）`).
    func endsSentence(_ text: String) -> Bool { settings.endsSentence(text) }

    /// A sentence ends the last of the lines, read with the lines before where the column wrapped a closing credit
    /// (`……慰问。（张向` / `东）`, `……时日。` / `（本报华盛顿１月１２` / `日电）`: the last line closes a bracket it did
    /// not open).
    func endsSentence(_ lines: ArraySlice<TextLine>) -> Bool {
        guard let last = lines.last?.text else { return false }
        if lines.count > 1, classifier.endsParenthesisOpenedBefore(last) {
            return endsSentence(LineJoiner.join(lines.suffix(3).map(\.text)))
        }
        return endsSentence(last)
    }

    /// The lines end in a closing credit after a sentence (`（范菊）`, `（本报华盛顿１月１２日电）`, a photographer's
    /// credit), perhaps wrapped by the column: the item they end is finished.
    func closesWithCredit(_ lines: ArraySlice<TextLine>) -> Bool {
        endsWithPhotoCredit(lines) || settings.endsWithClosingCredit(LineJoiner.join(lines.suffix(3).map(\.text)))
    }

    /// How many leading lines of a text unit are a headline directly above an indented body line.
    func headlinePrefixLength(_ lines: [TextLine]) -> Int? {
        guard let firstIndented = lines.firstIndex(where: { $0.indent >= settings.paragraphIndent }), firstIndented > 0,
            firstIndented <= settings.maximumHeadlineLines
        else { return nil }
        let prefix = Array(lines[..<firstIndented])
        let text = Array(lines[firstIndented...])
        let widest = text.map(\.width).max() ?? 0
        let column = LineReader.commonestWidth(text)?.width ?? widest
        // Each line narrower than the text's lines, or, in extracted text (no boxes, no type sizes: characters
        // measure the line), clearly wider than their column (a kicker over several columns:
        // `对重点人员重点教育和管理` / `瑞丽打击` / `社会丑恶现象`).
        func isWider(_ line: TextLine) -> Bool {
            line.box == nil && line.fontSize == nil && Double(line.width) > Double(column) * (1 + settings.columnLineTolerance)
        }
        return isHeadlineLike(prefix, previousBody: nil) && prefix.allSatisfy({ $0.width * 4 < widest * 5 || isWider($0) })
            ? firstIndented : nil
    }

    /// The rules that tell a headline's lines from body lines, in order; body is the fallback. `next`: how the unit
    /// after them opens what a headline heads (`BlockReader.articleOpening`), if it does.
    func isHeadlineLike(_ lines: [TextLine], previousBody: [TextLine]?, over next: ArticleOpening? = nil) -> Bool {
        // A line ending a parenthesis opened on the line before goes on with that line's text; the text after a
        // title run into its line is the item's (`ARRESTED.—` / `On`).
        if let first = lines.first, classifier.endsParenthesisOpenedBefore(first.text) || first.followsRunInTitle { return false }
        // On a scan, a Latin heading in a heading's few words (`isHeadingPhrase`) whatever size the engine gave
        // it, older papers ending it with a full stop: centred in its column (`Military Movements in Kentucky.`, its
        // place giving it an indent), or a phrase of its own in title case (`Terrible Indian Hostilities in
        // Minnesota.`, set across the column after white space).
        if recognized, isLatin(lines), lines.count == 1, isHeadingPhrase(lines[0]), lines[0].isCentred || isSpannedHeading(lines[0]) { return true }
        // A Latin title run into its item's text before a dash (`RunInHeads`), its full stop kept (`VICTIMIZED.—`).
        if lines.count == 1, lines[0].isSpacedTitle, isLatin(lines) { return true }
        // With type sizes (PDF), a headline is set larger than the body; nothing else is needed.
        if let body = bodySize, let size = lines.first?.fontSize, size > 0 {
            guard !lines.contains(where: { classifier.startsWithDateline($0.text) }) else { return false }
            if size >= body * settings.headlineMinimumSizeRatio { return lines.count <= settings.maximumSizedHeadlineLines }
            // A heading at body size is set apart from the body (bold, another family, coloured): a short phrase —
            // not a column's first line whose bold is a jump's label (`（上接第1版）张子善`).
            if lines.allSatisfy(standsApart) {
                return lines.count <= 2 && !lines.contains(where: { $0.text.last.map(table.clauseEnd.contains) ?? false })
                    && !lines.contains(where: { opensWithContinuation($0.text) })
                    && lines.reduce(0, { $0 + classifier.bodyPunctuationCount($1.text) }) <= settings.maximumHeadlinePunctuation
            }
            // A kicker is set only a little larger than the body: a line or two with no sentence punctuation.
            return size > body * settings.kickerMinimumSizeRatio && lines.count <= 2
                && !lines.contains(where: { $0.text.last.map(table.clauseEnd.contains) ?? false })
                && lines.reduce(0, { $0 + classifier.bodyPunctuationCount($1.text) }) <= settings.maximumHeadlinePunctuation
        }
        if lines.count > settings.maximumHeadlineLines, !isNarrowStack(lines) { return false }
        // A headline is words: a line of figures alone is the rest of a number (`联系电话：027-` / `2870066`).
        if lines.allSatisfy({ isFigures($0.text) }) { return false }
        if lines.contains(where: { $0.indent >= settings.paragraphIndent }) { return false }
        if lines.contains(where: { classifier.startsWithDateline($0.text) }) { return false }
        // A Latin heading in capitals may end with a full stop, as older papers set them (`LATER FROM EUROPE.`).
        if isLatin(lines), lines.count <= 2, lines.allSatisfy(isCapitals) { return true }
        if lines.contains(where: { $0.text.last.map(table.clauseEnd.contains) ?? false }) || closesQuotedClause(lines),
            !(next != nil && isTwoClauseHeadline(lines, previousBody: previousBody))
        {
            return false
        }
        if lines.reduce(0, { $0 + classifier.bodyPunctuationCount($1.text) }) > settings.maximumHeadlinePunctuation { return false }
        if lines.contains(where: { $0.text.contains("。") }) { return false }
        if lines.contains(where: { table.continuedOn.matches($0.text) || table.continuedFrom.matches($0.text) }) { return false }
        if isLatin(lines), !lines.allSatisfy(isTitleCase) { return false }
        // A column's next lines that happen to hold no punctuation: as wide as the unfinished body before them (a
        // body closed by a credit, `（张` / `庆霞摄）`, or by a quotation's full stop, `…的“婴儿期”。`, is finished).
        // Over what opens an article by its marks (a byline, a subtitle, a dateline), lines without a mark end no
        // sentence: a heading's — where the text keeps the reading order (elsewhere the next unit may be another
        // column's).
        let headsOpening = readingOrderKept && next == .byMarks && !lines.contains { $0.text.contains(where: Punctuation.bodyMarks.contains) }
        if !headsOpening, let previous = previousBody, let last = previous.last, !(last.text.last.map(table.clauseEnd.contains) ?? true),
            !endsSentence(last.text), !table.continuedOn.matches(last.text), !closesWithCredit(previous[...])
        {
            let columnWidth = previous.map(\.width).max() ?? 0
            if previous.count >= 2, abs(lines[0].width - columnWidth) <= 2 { return false }
        }
        // Lines each as wide as the column of the text before them, a clause mark inside one (`益是一致的，国家的整`):
        // running text that stands between blank lines (mutool sets some after every line), not a headline — set
        // larger, it would hold fewer characters to the line, and a two-clause headline breaks at its comma.
        if let previous = previousBody, previous.count >= 2, lines.count >= 2, let column = LineReader.commonestWidth(previous)?.width,
            lines.allSatisfy({ abs($0.width - column) <= 1 }), lines.contains(where: { $0.text.dropLast().contains(where: Punctuation.bodyMarks.contains) })
        {
            return false
        }
        return true
    }

    /// A headline set beside its text in a narrow measure, wrapped over more lines than a headline across its text
    /// takes (`从资源性` / `城市向综` / `合性城市` / `转型大庆` / `走向全方` / `位开放`): at most
    /// `maximumSizedHeadlineLines` lines of at most six ideographs (`narrowHeadlineMaximumWidth`), words only, each as
    /// wide as the first but the last — a measure a column of running text is never set in.
    func isNarrowStack(_ lines: [TextLine]) -> Bool {
        guard lines.count <= settings.maximumSizedHeadlineLines, let first = lines.first, first.width <= settings.narrowHeadlineMaximumWidth,
            let last = lines.last, last.width <= first.width
        else { return false }
        return lines.dropLast().allSatisfy { $0.width == first.width }
            && lines.allSatisfy { RunInHeads.isWordsAndMarks($0.text) && $0.indent < settings.paragraphIndent }
    }

    /// Figures and signs, no word (`2870066`, `027-2164468`).
    func isFigures(_ text: String) -> Bool {
        text.contains(where: \.isNumber) && !text.unicodeScalars.contains(where: \.properties.isAlphabetic)
    }

    /// A paragraph's first line that the extractor gave as a block of its own, its indent dropped (mutool sets a
    /// blank line after the indented first line of each paragraph in some modules: `高留华运用中西医结合治疗神经性` /
    /// `耳聋，通过全国著名的耳科专家鉴定和` …): one line an indent short of the column of the text right under it,
    /// whose first line is full (it goes on with a sentence, it does not open a paragraph). That text may be a
    /// block of one line itself (`刘澜涛同志1910年` / `11月出生于陕西省米脂县` / `一个贫苦家庭。…`): then its line
    /// is measured against the column of the lines under it, and goes on unfinished (in text whose blank lines
    /// fall inside columns). Without type sizes only; a headline over its text is followed by that text's opening,
    /// indented or an indent short.
    func isFirstLineSetApart(_ units: [Unit], at index: Int) -> Bool {
        guard bodySize == nil, units[index].lines.count == 1, units.indices.contains(index + 1) else { return false }
        let line = units[index].lines[0], next = units[index + 1]
        // One unindented line of CJK text that ends no clause, a blank line, then text that does not open a paragraph
        // (no indent, dateline or jump marker).
        guard next.kind == .text, next.afterBlank, let first = next.lines.first, !isLatin([line]),
            line.indent < settings.paragraphIndent, !(line.text.last.map(table.clauseEnd.contains) ?? false), !endsSentence(line.text),
            first.indent < settings.paragraphIndent, !classifier.startsWithDateline(first.text),
            !opensWithContinuation(first.text)
        else { return false }
        // The running text under it, over the blank lines the extractor set in it.
        let below = Array(units[(index + 1)...].prefix { $0.kind == .text }.flatMap(\.lines).prefix(settings.columnWidthWindow))
        // A space between runs of words is two columns the extractor set on one line, not one paragraph's line.
        if ([line] + next.lines).contains(where: { hasPhraseSpace($0.text) }) { return false }
        // The text under it is a column of running text: its lines full but the last (two in three at least; a
        // justified line the extractor letter-spaced is full with a character fewer), punctuated as sentences are.
        // Its column: the commonest width of those lines, or the first's where no width repeats.
        let commonest = LineReader.commonestWidth(below).flatMap { $0.count >= settings.columnWidthMinimumLines ? $0.width : nil }
        let column = commonest ?? first.width
        func isFullLine(_ line: TextLine) -> Bool {
            settings.isFull(line.width, column: column) && (line.width >= column - 1 || line.wasLetterSpaced)
        }
        // What stands before it is finished: a paragraph's sentence or its short last line (a dispatch's title,
        // `…会议的决定`), or a heading or credit over the text.
        if index > 0, units[index - 1].kind == .text, !units[index - 1].headlineLike, let last = units[index - 1].lines.last,
            !endsSentence(units[index - 1].lines[...]), !settings.isShort(last.width, column: column)
        {
            return false
        }
        // The paragraph goes on in a line wider than an opening (a subhead over a paragraph whose first line is an
        // indent short too is no paragraph's opening).
        guard first.width > column - settings.droppedIndentWidth + 1 || first.wasLetterSpaced else { return false }
        if next.lines.count >= 2 {
            guard next.lines.dropLast().count(where: isFullLine) * 3 >= (next.lines.count - 1) * 2 else { return false }
        } else {
            // One line that goes on unfinished, as wide as the column of the lines under it (where the extractor's
            // blank lines fall inside columns: elsewhere the next piece is as often another column's).
            guard blanksFallInColumns, commonest != nil, first.width <= column + settings.fullLineOverrun, !endsSentence(first.text) else { return false }
        }
        // Its punctuation: in the next block, or over the blank lines after it where those fall inside columns.
        let text = blanksFallInColumns ? below : next.lines
        return isIndentShort(line, column: column) && text.contains { classifier.bodyPunctuationCount($0.text) > 0 }
    }

    /// A paragraph's first line an indent short of its column, as far as its characters tell: a line the extractor
    /// letter-spaced was justified to its measure with fewer characters than it holds (`忠 诚 的 共 产 主 义 战`, its
    /// next character carried over with the comma after it), and figures and Latin letters are set wider than half
    /// an em in many faces (`1936年10月，刘澜` fills the measure in sixteen half-width units of eighteen).
    func isIndentShort(_ line: TextLine, column: Int) -> Bool {
        if settings.hasDroppedIndent(line, column: column) { return true }
        let target = column - settings.droppedIndentWidth
        guard line.width - CharacterClass.quotationMarks(in: line.text) <= target + 1 else { return false }
        if line.wasLetterSpaced { return line.width * 2 >= column }
        let halfWidth = line.text.unicodeScalars.count { $0.isASCII && $0.properties.isAlphabetic || ("0"..."9").contains($0) }
        return halfWidth >= settings.wideFiguresMinimum && line.width >= target - 2
    }

    /// A headline of two clauses set on two lines, the first ending in a comma (`坚持解放生产力不动摇，` /
    /// `努力寻找公有制实现形式`): a block of its own between a finished body and the opening of what it heads (a
    /// byline, an indented paragraph: `next`), whose last line ends unpunctuated. A body's lines end in a
    /// comma too, but its block ends in a sentence's end or runs on into the next block.
    func isTwoClauseHeadline(_ lines: [TextLine], previousBody: [TextLine]?) -> Bool {
        guard lines.count == 2, let previous = previousBody, endsSentence(previous[...]) || closesWithCredit(previous[...]),
            lines[0].text.last == "，" || lines[0].text.last == ",", let last = lines[1].text.last,
            CharacterClass.isIdeograph(last) || "”」』》".contains(last)
        else { return false }
        return true
    }

    /// A line closes a quotation opened on a line before, a clause's mark inside the quote (`职工怎么能给个体户干` /
    /// `活？”`, `日本专家连连称赞：“中国军人了不` / `起！”`): the end of a sentence. A heading may quote a whole
    /// question (`『哪种米` / `好吃？』`): lines that open with the quotation are not told by it.
    func closesQuotedClause(_ lines: [TextLine]) -> Bool {
        if let first = lines.first?.text.first, CharacterClass.opensAQuotation(first) { return false }
        return lines.contains { endsClause($0.text) }
    }

    /// The text's last mark is a clause's, or is one past the end of a quotation opened before the text (`活？”`).
    func endsClause(_ text: String) -> Bool {
        guard let last = text.last else { return false }
        if table.clauseEnd.contains(last) { return true }
        let closers = text.count(where: Punctuation.quotationClosers.contains), openers = text.count(where: Punctuation.quotationOpeners.contains)
        guard closers > openers, let mark = text.last(where: { !Punctuation.quotationClosers.contains($0) }) else { return false }
        return table.clauseEnd.contains(mark)
    }

    func isLatin(_ lines: [TextLine]) -> Bool { CharacterClass.isLatin(lines.map(\.text).joined()) }

    /// Two words or more, nine letters in ten capitals.
    func isCapitals(_ line: TextLine) -> Bool {
        let letters = line.text.filter(\.isLetter)
        return line.text.split(separator: " ").count >= 2 && letters.count >= 6 && letters.filter(\.isUppercase).count * 10 >= letters.count * 9
    }

    /// A line of a few words (at most `headingPhraseMaximumWords`), the first capitalized and at least half of
    /// those of four letters or more, with no clause's punctuation inside it nor a colon at its end: the words a
    /// heading is set in, not a centred line of running text, an address, or the line that opens a quotation
    /// (`The Daily Picayune of Aug. 15 says:`).
    func isHeadingPhrase(_ line: TextLine) -> Bool {
        let words = line.text.split(separator: " ")
        guard let first = words.first?.first(where: \.isLetter), first.isUppercase, words.count <= settings.headingPhraseMaximumWords,
            line.text.last != ":"
        else { return false }
        let long = words.filter { $0.count >= 4 && $0.first?.isLetter == true }
        return long.filter { $0.first?.isUppercase == true }.count * 2 >= long.count
            && !line.text.dropLast().contains(where: { ",;:".contains($0) })
    }

    /// A heading set across its column, in title case: a phrase of `spannedHeadingMinimumWords` or more (a word
    /// alone on a line is the end of the heading or sentence above it, `Guerillas.`).
    func isSpannedHeading(_ line: TextLine) -> Bool {
        line.text.split(separator: " ").count >= settings.spannedHeadingMinimumWords && isTitleCase(line)
    }

    /// Most words of four letters or more start with a capital: a Latin-script headline. Where the language
    /// capitalizes its nouns (German), any line of its text is nearly so: there only capitals tell.
    func isTitleCase(_ line: TextLine) -> Bool {
        if capitalizesNouns { return isCapitals(line) }
        let words = line.text.split(separator: " ").filter { $0.count >= 4 && $0.first?.isLetter == true }
        guard !words.isEmpty else { return true }
        return words.filter { $0.first?.isUppercase == true }.count * 10 >= words.count * 7
    }

    /// A stack of headline lines: a first line that is a two-phrase slogan (`埋头苦干 勇毅前行`) or ends with
    /// a colon is the kicker; the rest is the headline, its lines joined.
    func headlineBlocks(_ lines: [TextLine], group: Int) -> [Block] {
        var blocks: [Block] = []
        var rest = lines
        let kickerLines = lines.count >= 3 ? wrappedKickerLength(lines) : 0
        if kickerLines > 0 || (lines.count >= 2 && isKicker(lines[0], before: Array(lines[1...]))) {
            let taken = Array(lines.prefix(max(kickerLines, 1)))
            var kicker = Block(role: .kicker, lines: taken, text: trimmedKicker(LineJoiner.join(taken.map(\.text))), source: source)
            kicker.group = group
            blocks.append(kicker)
            rest.removeFirst(taken.count)
        }
        var headline = Block(role: .headline, lines: rest, text: LineJoiner.join(rest.map(\.text)), source: source)
        headline.group = group
        blocks.append(headline)
        return blocks
    }

    /// A one-line headline set off by a blank line above another headline that opens an article (a subtitle,
    /// a byline or body text follows it) is that headline's kicker.
    func isStackedKicker(_ units: [Unit], at position: Int) -> Bool {
        // A headline set top to bottom stands beside its text, not over another headline.
        if units[position].lines.contains(where: isSetTopToBottom) { return false }
        // With type sizes: a short line set larger than the body but smaller than the headline right under it.
        if let size = units[position].lines.first?.fontSize, bodySize != nil, position + 1 < units.count,
            let next = units[position + 1].lines.first?.fontSize, units[position + 1].headlineLike, units[position].lines.count <= 2
        {
            return size < next * settings.stackedSizeRatio
        }
        guard units[position].lines.count == 1, position + 2 < units.count else { return false }
        let headline = units[position + 1]
        guard headline.kind == .text, headline.headlineLike, headline.afterBlank else { return false }
        // A headline printed after its body and followed by the next article's headline is not a kicker:
        // its words are those of the text just before it.
        let before = units[..<position].reversed().prefix { !$0.headlineLike }.filter { $0.kind == .text }
        let words = ContentMatch(units[position].lines.map(\.text).joined())
        if words.coverage(in: ContentMatch(before.flatMap(\.lines).map(\.text).joined())) >= 0.5 { return false }
        let next = units[position + 2]
        switch next.kind {
        case .subtitle, .byline: return true
        case .text: return !next.headlineLike
        default: return false
        }
    }

    /// A line of several characters set top to bottom (its box `GeometrySettings.verticalHeadlineAspect` times as
    /// tall as wide or more, or in text given one character a line): a vertical headline or caption.
    func isSetTopToBottom(_ line: TextLine) -> Bool {
        if line.isSetVertically { return true }
        guard let box = line.box, line.text.count >= 3 else { return false }
        return box.height >= box.width * settings.geometry.verticalHeadlineAspect
    }

    /// Without type sizes, a kicker told by its measure: a headline wrapped in its column fills its first line, so
    /// a line over it that holds clearly more characters than any of the headline's lines is set in smaller type
    /// (`家庭精神生活同科学` / `襄樊家庭文化` / `呈异彩`). The kicker may itself wrap, its last line short, when the
    /// headline under it wraps too, its first line its widest (`加强党的领导和国家的管理` / `工作` /
    /// `越共发表八届四中` / `全会决议`). A phrase narrower than a wrapped headline's first line is a kicker too (the
    /// wrap would have filled it), and so is a line clearly wider than every line of a headline broken into phrases.
    /// How many of the stack's first lines are such a kicker (0: none, or the stack has sizes and `isKicker` decides).
    func wrappedKickerLength(_ lines: [TextLine]) -> Int {
        // (A line in brackets is a note or a credit, `（附图片１张）`, never a kicker.)
        guard lines.allSatisfy({ $0.fontSize == nil }), !lines.contains(where: isSetTopToBottom), !isLatin(lines),
            !Punctuation.isParenthesized(lines[0].text)
        else { return 0 }
        let ratio = settings.wrappedKickerWidthRatio
        // The headline wrapped: two lines or more, the first its widest and a measure's worth (a line or two of a
        // couple of characters is a line an extractor cut up: `全省外贸出口` / `稳中` / `有升`); the kicker's first line
        // clearly wider.
        func isKicker(_ count: Int) -> Bool {
            let headline = lines.dropFirst(count)
            // A headline broken into phrases of its own (centred, the second line perhaps the longer), every line a
            // phrase and clearly narrower than one line right over it (no blank line between): that line spans what
            // the headline does not fill (`对重点人员重点教育和管理` / `瑞丽打击` / `社会丑恶现象`).
            if count == 1, headline.count >= 2, headline.allSatisfy({ $0.text.count >= settings.wrappedHeadlineMinimumCharacters }),
                let widest = headline.map(\.width).max(), Double(lines[0].width) >= Double(widest) * ratio, isUnpunctuated(lines[0].text),
                !lines[0].text.contains(where: CharacterClass.isSpace), lines[1].number == lines[0].number + 1
            {
                return true
            }
            guard headline.count >= 2, let first = headline.first, let last = headline.last, first.text.count >= settings.wrappedHeadlineMinimumCharacters,
                headline.allSatisfy({ $0.width <= first.width }), !lines.prefix(count).contains(where: { endsSentence($0.text) }),
                // Under a kicker of one line the headline ends in a wrap's remainder: lines as wide as each other were
                // broken so on purpose, as a headline of three lines is.
                count > 1 || last.width < first.width
            else { return false }
            // A kicker is set smaller, so holds more characters to the line — or it is a short phrase, narrower
            // than the headline's first line, which a wrap fills (`积极推进财税` / `福建财政连续十三年` / `收支平衡`):
            // words without a mark or a space (two columns side by side), no dispatch's dateline cut before its
            // mark (`新华社北京一月十三` / `日电…`), printed right over the headline (across a blank line, the end of
            // another heading may stand there: `江泽民分别会` / `见美国客人` / `中法外长举行` / `会谈`).
            if Double(lines[0].width) >= Double(first.width) * ratio { return true }
            return count == 1 && lines[0].width < first.width && isUnpunctuated(lines[0].text) && first.number == lines[0].number + 1
                && !lines[0].text.contains(where: CharacterClass.isSpace)
                && !Punctuation.dispatchMarks.contains { classifier.startsWithDateline(lines[0].text + String($0)) }
        }
        // Two kicker lines: the second its short end, shorter than the headline's lines too.
        if lines.count >= 4, Double(lines[1].width) * ratio <= Double(lines[0].width), lines[1].width < lines[2].width, isKicker(2) {
            return 2
        }
        return isKicker(1) ? 1 : 0
    }

    func isKicker(_ line: TextLine, before rest: [TextLine]) -> Bool {
        if isSetTopToBottom(line) { return false }
        if let size = line.fontSize, let next = rest.first?.fontSize, size > 0 { return size < next * settings.stackedSizeRatio }
        if let last = line.text.last, "：:—".contains(last) { return true }
        // A line ending in a comma is a clause the headline goes on from (`老师，` / `你的住房现在好吗`).
        if let last = line.text.last, "，,、；".contains(last) { return false }
        if isLatin([line]) { return false }
        if hasPhraseSpace(line.text) && !rest.contains(where: { hasPhraseSpace($0.text) }) { return true }
        // A short phrase well under the headline's width: a wrapped headline fills its first line.
        return line.text.count <= settings.kickerMaximumCharacters
            && Double(line.width) <= Double(rest[0].width) * settings.kickerMaximumWidthShare
    }

    /// A space between two runs of at least two CJK characters each.
    func hasPhraseSpace(_ text: String) -> Bool {
        let parts = text.split(whereSeparator: CharacterClass.isSpace)
        return parts.count >= 2 && parts.allSatisfy { $0.count >= 2 && $0.contains(where: CharacterClass.isIdeograph) }
    }

    func trimmedKicker(_ text: String) -> String {
        var text = text
        while let last = text.last, "：:—".contains(last) { text.removeLast() }
        return text.trimmingCharacters(in: .whitespaces)
    }

    func subtitleText(_ lines: [TextLine]) -> String {
        let joined = LineJoiner.join(lines.map(\.text))
        guard let match = table.subtitleDash.firstMatch(in: joined) else { return joined }
        return String(joined[match.whole.upperBound...]).trimmingCharacters(in: .whitespaces)
    }
}

import Foundation
