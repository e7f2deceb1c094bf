/// Reads a page's lines into blocks with roles: furniture, headline groups, bylines, captions, teasers,
/// jumps, and body paragraph pieces. Each decision is one of the small rules below, tried in order.
struct BlockReader: Sendable {
    let table: MarkerTable
    let settings: LayoutSettings
    let source: String

    var classifier: LineClassifier { LineClassifier(table: table, settings: settings) }

    func blocks(from input: [TextLine]) -> [Block] {
        let lines = rejoiningBrokenJumps(input).flatMap(splittingAfterJumps)
        var kinds = lines.map(classifier.kind(of:))
        markHeaderAndFooterRuns(lines, &kinds)
        let units = segment(lines, kinds)
        return read(units)
    }

    /// A jump marker broken over two lines (`…处理。（下转` / `第三版）人事部…`) is put back on the first.
    private func rejoiningBrokenJumps(_ lines: [TextLine]) -> [TextLine] {
        var lines = lines
        for index in lines.indices.dropLast() where !lines[index].isBlank && !lines[index + 1].isBlank {
            let first = lines[index].text
            let second = lines[index + 1].text
            guard let open = first.lastIndex(where: { $0 == "（" || $0 == "(" }), first.distance(from: open, to: first.endIndex) <= 6,
                !first[open...].contains(where: { $0 == "）" || $0 == ")" }), table.hints.has(table.hints.pageReference, in: String(second.prefix(8)))
            else { continue }
            let joined = String(first[open...]) + second
            guard let match = table.continuedOn.firstMatch(in: joined), match.whole.lowerBound == joined.startIndex else { continue }
            let moved = joined.distance(from: joined.startIndex, to: match.whole.upperBound) - first.distance(from: open, to: first.endIndex)
            guard moved > 0 else { continue }
            let head = first + second.prefix(moved)
            let tail = String(second.dropFirst(moved)).trimmingCharacters(in: .whitespaces)
            lines[index] = TextLine(number: lines[index].number, text: head, indent: lines[index].indent, width: CharacterClass.width(of: head))
            lines[index + 1] = TextLine(number: lines[index + 1].number, text: tail, indent: 0, width: CharacterClass.width(of: tail))
        }
        return lines
    }

    /// A jump marker ends its column: text after it on the same line (`…处理。（下转第三版）人事部领导走访`, as
    /// `pdftotext -raw` joins them) starts a new line.
    private func splittingAfterJumps(_ line: TextLine) -> [TextLine] {
        guard table.hints.has(table.hints.pageReference, in: line.text), let match = table.continuedOn.firstMatch(in: line.text),
            match.whole.upperBound < line.text.endIndex
        else { return [line] }
        let head = String(line.text[..<match.whole.upperBound])
        let tail = String(line.text[match.whole.upperBound...]).trimmingCharacters(in: .whitespaces)
        guard !tail.isEmpty else { return [line] }
        return [
            TextLine(number: line.number, text: head, indent: line.indent, width: CharacterClass.width(of: head), box: line.box),
            TextLine(number: line.number, text: tail, indent: 0, width: CharacterClass.width(of: tail), box: line.box),
        ]
    }

    // MARK: Header and footer

    /// The page's first and last runs of lines (up to a blank line) are furniture when one of their lines is,
    /// and they are short: the newspaper's name stands next to the date and page number.
    private func markHeaderAndFooterRuns(_ lines: [TextLine], _ kinds: inout [LineKind]) {
        let runs = lines.indices.split(whereSeparator: { lines[$0].isBlank })
        for run in [runs.first, runs.last].compactMap({ $0 }) {
            guard run.contains(where: { kinds[$0] == .furniture }), run.count <= 4 else { continue }
            for index in run where lines[index].width <= LineClassifier.shortLineWidth && lines[index].indent < settings.paragraphIndent {
                if case .byline = kinds[index] { continue }
                kinds[index] = .furniture
            }
        }
    }

    // MARK: Segments

    /// A stretch of lines of one local kind; text stretches are split at blank lines and jumps.
    private struct Unit {
        var kind: LineKind
        var lines: [TextLine]
        /// A blank line came before it.
        var afterBlank: Bool
        var headlineLike = false
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
            if let last = units.last, !afterBlank, last.kind == .text, kind == .text {
                startsNew = classifier.table.continuedOn.matches(last.lines.last!.text)
                    || table.continuedFrom.firstMatch(in: line.text).map { $0.whole.lowerBound == line.text.startIndex } == true
            } else if let last = units.last, !afterBlank, last.kind == .caption,
                !isClosedCaption(last.lines) || (table.captionCredit.matches(line.text) && line.text.count <= 30 && !table.captionCredit.matches(last.lines.last!.text))
            {
                startsNew = false  // a caption runs on until its full stop or photo credit
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
        var split: [Unit] = []
        for unit in units {
            guard unit.kind == .text else {
                split.append(unit)
                continue
            }
            var start = 0
            var first = true
            for cut in headlineCuts(unit.lines).sorted() where cut > start && cut < unit.lines.count {
                split.append(Unit(kind: .text, lines: Array(unit.lines[start..<cut]), afterBlank: first && unit.afterBlank))
                start = cut
                first = false
            }
            split.append(Unit(kind: .text, lines: Array(unit.lines[start...]), afterBlank: first && unit.afterBlank))
        }
        split = mergingWrappedBylines(mergingCaptionLeads(creditedCaptions(split)))
        var previousBody: [TextLine]?
        for index in split.indices where split[index].kind == .text {
            split[index].headlineLike = isHeadlineLike(split[index].lines, previousBody: previousBody)
            if !split[index].headlineLike { previousBody = split[index].lines }
        }
        return split
    }

    private func isClosedCaption(_ lines: [TextLine]) -> Bool {
        guard let last = lines.last?.text, lines.count < settings.maximumHeadlineLines else { return true }
        return table.captionCredit.matches(last) || (last.last.map { "。.".contains($0) } == true && lines.count > 1)
    }

    /// A credit line wrapped in a narrow column (`□本报记者 段超 梁杰` / `波`, `… 赵睿红` / `报道`): the short line
    /// right after it joins it when the two read as one credit.
    private func mergingWrappedBylines(_ units: [Unit]) -> [Unit] {
        var result: [Unit] = []
        for var unit in units {
            if let previous = result.last, case .byline = previous.kind, !unit.afterBlank, unit.kind == .text || unit.kind == .furniture,
                let first = unit.lines.first, first.text.count <= 3, first.indent < settings.paragraphIndent,
                let bylines = BylineParser(table: table).parse(previous.lines.map(\.text).joined(separator: " ") + first.text)
            {
                result[result.count - 1] = Unit(kind: .byline(bylines), lines: previous.lines + [first], afterBlank: previous.afterBlank)
                unit.lines.removeFirst()
                if unit.lines.isEmpty { continue }
            }
            result.append(unit)
        }
        return result
    }

    /// A few lines standing apart whose text ends with a photo credit (`… (Sentinel file photo)`), even when
    /// the credit is broken over lines, are a caption.
    private func creditedCaptions(_ units: [Unit]) -> [Unit] {
        units.map { unit in
            guard unit.kind == .text, unit.afterBlank, unit.lines.count <= settings.maximumHeadlineLines + 1,
                unit.lines.allSatisfy({ $0.indent < settings.paragraphIndent }),
                table.captionCredit.matches(LineJoiner.join(unit.lines.map(\.text)))
            else { return unit }
            var caption = unit
            caption.kind = .caption
            return caption
        }
    }

    /// A caption known only by its closing photo credit (`新收的稻谷。（通讯员 雷　晴 摄）`) begins with the
    /// short text lines printed right above it, when those stand apart (after a blank line).
    private func mergingCaptionLeads(_ units: [Unit]) -> [Unit] {
        var result: [Unit] = []
        for unit in units {
            if unit.kind == .caption, !unit.afterBlank, let last = unit.lines.last, table.captionCredit.matches(last.text),
                !table.captionStart.matches(unit.lines[0].text), let previous = result.last, previous.kind == .text,
                previous.afterBlank, previous.lines.count <= 2, previous.lines.allSatisfy({ $0.indent < settings.paragraphIndent })
            {
                result[result.count - 1] = Unit(kind: .caption, lines: previous.lines + unit.lines, afterBlank: true)
                continue
            }
            result.append(unit)
        }
        return result
    }

    /// Where a text unit must be cut around headline lines printed with no blank line: a headline right above
    /// an indented first paragraph, or a subhead line between a paragraph's short last line and an indented one.
    private func headlineCuts(_ lines: [TextLine]) -> [Int] {
        var cuts: [Int] = []
        if let prefix = headlinePrefixLength(lines) { cuts.append(prefix) }
        if isHeadlineLike(lines, previousBody: nil) { return cuts }
        let indented = lines.contains(where: { $0.indent >= settings.paragraphIndent })
        let widths = lines.map(\.width).sorted()
        let columnWidth = widths[widths.count / 2]
        // What can open the text after a heading: an indented line, a dateline, a jump from another page.
        func opensText(_ line: TextLine) -> Bool {
            line.indent >= settings.paragraphIndent || classifier.startsWithDateline(line.text)
                || table.continuedFrom.firstMatch(in: line.text).map { $0.whole.lowerBound == line.text.startIndex } == true
        }
        // A heading's lines are clearly narrower or wider than the column's. The first line of a paragraph is full,
        // or, where the extractor dropped the ideographic indent, exactly two characters short.
        func offColumn(_ line: TextLine) -> Bool {
            let dropIndent = abs(line.width - (columnWidth - 4)) <= 1
            return !dropIndent && (line.width * 20 < columnWidth * 17 || line.width * 20 > columnWidth * 23)
        }
        var index = 1
        while index < lines.count {
            // Between a sentence's end and the start of a text, a line ending without punctuation cannot be the
            // end of a paragraph: it is a heading printed in the column. So are such lines closing the run
            // (before a byline or subtitle) when they do not fill the column.
            let endedParagraph = endsSentence(lines[index - 1].text)
            let closing = (index..<min(index + 2, lines.count)).allSatisfy { offColumn(lines[$0]) } && lines.count - index <= 2
            if endedParagraph, lines[index].indent < settings.paragraphIndent,
                let next = (index + 1..<min(index + 3, lines.count)).first(where: { opensText(lines[$0]) })
                    ?? (closing ? lines.count : nil)
                    ?? (indented ? nil : (index + 1 < lines.count && offColumn(lines[index]) ? index + 1 : nil)),
                isHeadlineLike(Array(lines[index..<next]), previousBody: nil)
            {
                cuts.append(contentsOf: [index, next])
                index = next
            }
            index += 1
        }
        return cuts
    }

    /// A sentence ends the text: `。`, `！`, `？` (English `.!?`), also inside a closing quote (`。”`).
    private func endsSentence(_ text: String) -> Bool {
        var characters = text.reversed().makeIterator()
        guard var last = characters.next() else { return false }
        if "”’\"'」』）)".contains(last), let before = characters.next() { last = before }
        return "。！？.!?".contains(last)
    }

    /// How many leading lines of a text unit are a headline directly above an indented body line.
    private func headlinePrefixLength(_ lines: [TextLine]) -> Int? {
        guard let firstIndented = lines.firstIndex(where: { $0.indent >= settings.paragraphIndent }), firstIndented > 0,
            firstIndented <= settings.maximumHeadlineLines
        else { return nil }
        let prefix = Array(lines[..<firstIndented])
        return isHeadlineLike(prefix, previousBody: nil) && prefix.allSatisfy({ $0.width * 4 < lines[firstIndented...].map(\.width).max()! * 5 })
            ? firstIndented : nil
    }

    /// The rules that tell a headline's lines from body lines, in order; body is the fallback.
    private func isHeadlineLike(_ lines: [TextLine], previousBody: [TextLine]?) -> Bool {
        if lines.count > settings.maximumHeadlineLines { return false }
        if lines.contains(where: { $0.indent >= settings.paragraphIndent }) { return false }
        if lines.contains(where: { classifier.startsWithDateline($0.text) }) { return false }
        if lines.contains(where: { $0.text.last.map(table.clauseEnd.contains) ?? false }) { return false }
        if lines.reduce(0, { $0 + classifier.bodyPunctuationCount($1.text) }) > settings.maximumHeadlinePunctuation { return false }
        if lines.contains(where: { $0.text.contains("。") }) { return false }
        if lines.contains(where: { table.continuedOn.matches($0.text) || table.continuedFrom.matches($0.text) }) { return false }
        if isLatin(lines), !lines.allSatisfy(isTitleCase) { return false }
        // A column's next lines that happen to hold no punctuation: as wide as the unfinished body before them.
        if let previous = previousBody, let last = previous.last, !(last.text.last.map(table.clauseEnd.contains) ?? true),
            !table.continuedOn.matches(last.text)
        {
            let columnWidth = previous.map(\.width).max() ?? 0
            if previous.count >= 2, abs(lines[0].width - columnWidth) <= 2 { return false }
        }
        return true
    }

    private func isLatin(_ lines: [TextLine]) -> Bool {
        var letters = 0
        var ascii = 0
        for line in lines {
            for scalar in line.text.unicodeScalars where scalar.properties.isAlphabetic {
                letters += 1
                if scalar.isASCII { ascii += 1 }
            }
        }
        return letters > 0 && ascii * 2 > letters
    }

    /// Most words of four letters or more start with a capital: a Latin-script headline.
    private func isTitleCase(_ line: TextLine) -> Bool {
        let words = line.text.split(separator: " ").filter { $0.count >= 4 && $0.first!.isLetter }
        guard !words.isEmpty else { return true }
        return words.filter { $0.first!.isUppercase }.count * 10 >= words.count * 7
    }

    // MARK: Blocks

    private func read(_ units: [Unit]) -> [Block] {
        var blocks: [Block] = []
        var group = 0
        var pieceLines: [TextLine] = []
        var pieceOpens = false
        var continuingStack = false
        // A page printed with paragraph indents has one every few lines; without them (pdftotext drops the
        // ideographic spaces) a paragraph ends at a short line closing a sentence.
        let bodyLines = units.filter { $0.kind == .text && !$0.headlineLike }.flatMap(\.lines)
        let indentedPage = bodyLines.filter { $0.indent >= settings.paragraphIndent }.count * 20 >= bodyLines.count

        func flushPiece() {
            guard !pieceLines.isEmpty else { return }
            var piece = bodyPiece(pieceLines)
            piece.opensParagraph = piece.opensParagraph || pieceOpens
            blocks.append(piece)
            pieceLines = []
            pieceOpens = false
        }

        for (position, unit) in units.enumerated() {
            switch unit.kind {
            case .text where unit.headlineLike:
                flushPiece()
                if continuingStack { continuingStack = false } else { group += 1 }
                if isStackedKicker(units, at: position) {
                    var kicker = Block(role: .kicker, lines: unit.lines, text: trimmedKicker(unit.lines[0].text), source: source)
                    kicker.group = group
                    blocks.append(kicker)
                    continuingStack = true
                } else {
                    blocks.append(contentsOf: headlineBlocks(unit.lines, group: group))
                }
            case .text:
                let columnWidth = unit.lines.map(\.width).max() ?? 0
                for line in unit.lines {
                    if !pieceLines.isEmpty, opensParagraph(line, after: pieceLines.last!, columnWidth: columnWidth, indentedPage: indentedPage) {
                        flushPiece()
                        pieceOpens = true
                    }
                    pieceLines.append(line)
                    if table.continuedOn.matches(line.text) { flushPiece() }
                }
            case .subtitle:
                flushPiece()
                let previousIsHeadline = blocks.last.map { [.headline, .kicker, .subtitle].contains($0.role) } ?? false
                let follows = position > 0 && (units[position - 1].headlineLike || units[position - 1].kind == .subtitle)
                if !(previousIsHeadline && follows) { group += 1 }
                var block = Block(role: .subtitle, lines: unit.lines, text: subtitleText(unit.lines), source: source)
                block.group = group
                blocks.append(block)
            case .jump:
                if let match = table.continuedOn.firstMatch(in: unit.lines[0].text), let label = match[1] {
                    if !pieceLines.isEmpty {
                        pieceLines.append(contentsOf: unit.lines)
                        flushPiece()
                        continue
                    }
                    if let index = blocks.lastIndex(where: { $0.role == .body }), index == blocks.count - 1, blocks[index].continuedOn == nil {
                        blocks[index].continuedOn = PageReference(label: label)
                        blocks[index].span = blocks[index].span.union(Block(role: .jump, lines: unit.lines, text: "", source: source).span)
                        continue
                    }
                }
                flushPiece()
                var block = Block(role: .jump, lines: unit.lines, text: unit.lines.map(\.text).joined(), source: source)
                block.continuedOn = table.continuedOn.firstMatch(in: block.text)?[1].flatMap(PageReference.init(label:))
                block.continuedFrom = table.continuedFrom.firstMatch(in: block.text)?[1].flatMap(PageReference.init(label:))
                blocks.append(block)
            case .byline(let bylines):
                flushPiece()
                var block = Block(role: .byline, lines: unit.lines, text: unit.lines.map(\.text).joined(separator: " "), source: source)
                block.bylines = bylines
                blocks.append(block)
            case .caption:
                flushPiece()
                blocks.append(Block(role: .caption, lines: unit.lines, text: LineJoiner.join(unit.lines.map(\.text)), source: source))
            case .teaser, .furniture:
                flushPiece()
                let role: BlockRole = unit.kind == .teaser ? .teaser : .pageFurniture
                for line in unit.lines {
                    // A header line laid out in blocks (`鹭川商报      2024年11月12日　星期二`) is several entries.
                    let pieces = role == .pageFurniture ? line.text.components(separatedBy: "   ") : [line.text]
                    for piece in pieces.map({ $0.trimmingCharacters(in: .whitespaces) }) where !piece.isEmpty {
                        blocks.append(Block(role: role, lines: [line], text: piece, source: source))
                    }
                }
            case .blank:
                continue
            }
        }
        flushPiece()
        return attachingJumpBlocks(blocks)
    }

    /// A line opens a new paragraph when it is indented, opens with a dateline or a jump from another page,
    /// or (on pages printed without indentation) follows a short line that ended a sentence.
    private func opensParagraph(_ line: TextLine, after previous: TextLine, columnWidth: Int, indentedPage: Bool) -> Bool {
        if line.indent >= settings.paragraphIndent { return true }
        if classifier.startsWithDateline(line.text) { return true }
        if let match = table.continuedFrom.firstMatch(in: line.text), match.whole.lowerBound == line.text.startIndex { return true }
        if !indentedPage || isLatin([line]) {
            let ended = previous.text.last.map { ".!?。！？”\"'".contains($0) } ?? false
            // Where the extractor dropped the two ideographic spaces of an indent, a paragraph's first line is
            // exactly two characters short of the column.
            let droppedIndent = !isLatin([line]) && abs(line.width - (columnWidth - 4)) <= 1 && line.width >= 8
            return ended && (previous.width * 10 < columnWidth * 8 || droppedIndent)
        }
        return false
    }

    private func bodyPiece(_ lines: [TextLine]) -> Block {
        var texts = lines.map(\.text)
        var continuedOn: PageReference?
        var continuedFrom: PageReference?
        if let lastIndex = texts.lastIndex(where: { table.continuedOn.matches($0) }), let match = table.continuedOn.firstMatch(in: texts[lastIndex]) {
            continuedOn = match[1].flatMap(PageReference.init(label:))
            texts[lastIndex].removeSubrange(match.whole)
            texts[lastIndex] = texts[lastIndex].trimmingCharacters(in: .whitespaces)
        }
        if let match = table.continuedFrom.firstMatch(in: texts[0]), match.whole.lowerBound == texts[0].startIndex {
            continuedFrom = match[1].flatMap(PageReference.init(label:))
            texts[0].removeSubrange(match.whole)
            texts[0] = texts[0].trimmingCharacters(in: .whitespaces)
        }
        var text = LineJoiner.join(texts)
        let bylines = trailingBylines(&text)
        var block = Block(role: .body, lines: lines, text: text, source: source)
        block.bylines = bylines
        block.opensParagraph = lines[0].indent >= settings.paragraphIndent || continuedFrom != nil
        block.dateline = classifier.dateline(in: block.text)
        if block.dateline != nil { block.opensParagraph = true }
        block.continuedOn = continuedOn
        block.continuedFrom = continuedFrom
        return block
    }

    /// Credits printed in parentheses at the end of an article's last paragraph (`…开幕。（记者 易　川）`):
    /// taken out of the text and returned as bylines.
    private func trailingBylines(_ text: inout String) -> [Byline] {
        guard let close = text.last, close == "）" || close == ")",
            let open = text.lastIndex(where: { $0 == "（" || $0 == "(" }), open > text.startIndex,
            let bylines = BylineParser(table: table).parse(String(text[open...]))
        else { return [] }
        text = String(text[..<open]).trimmingCharacters(in: .whitespaces)
        return bylines
    }

    /// A stack of headline lines: a first line that is a two-phrase slogan (`埋头苦干 勇毅前行`) or ends with
    /// a colon is the kicker; the rest is the headline, its lines joined.
    private func headlineBlocks(_ lines: [TextLine], group: Int) -> [Block] {
        var blocks: [Block] = []
        var rest = lines
        if lines.count >= 2, isKicker(lines[0], before: Array(lines[1...])) {
            var kicker = Block(role: .kicker, lines: [lines[0]], text: trimmedKicker(lines[0].text), source: source)
            kicker.group = group
            blocks.append(kicker)
            rest.removeFirst()
        }
        var headline = Block(role: .headline, lines: rest, text: LineJoiner.join(rest.map(\.text)), source: source)
        headline.group = group
        blocks.append(headline)
        return blocks
    }

    /// A one-line headline set off by a blank line above another headline that opens an article (a subtitle,
    /// a byline or body text follows it) is that headline's kicker.
    private func isStackedKicker(_ units: [Unit], at position: Int) -> Bool {
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

    private func isKicker(_ line: TextLine, before rest: [TextLine]) -> Bool {
        if let last = line.text.last, "：:—".contains(last) { return true }
        if isLatin([line]) { return false }
        if hasPhraseSpace(line.text) && !rest.contains(where: { hasPhraseSpace($0.text) }) { return true }
        // A short phrase well under the headline's width: a wrapped headline fills its first line.
        return line.text.count <= settings.kickerMaximumCharacters
            && Double(line.width) <= Double(rest[0].width) * settings.kickerMaximumWidthShare
    }

    /// A space between two runs of at least two CJK characters each.
    private func hasPhraseSpace(_ text: String) -> Bool {
        let parts = text.split(whereSeparator: CharacterClass.isSpace)
        return parts.count >= 2 && parts.allSatisfy { $0.count >= 2 && $0.contains(where: CharacterClass.isIdeograph) }
    }

    private func trimmedKicker(_ text: String) -> String {
        var text = text
        while let last = text.last, "：:—".contains(last) { text.removeLast() }
        return text.trimmingCharacters(in: .whitespaces)
    }

    private func subtitleText(_ lines: [TextLine]) -> String {
        let joined = LineJoiner.join(lines.map(\.text))
        guard let match = table.subtitleDash.firstMatch(in: joined) else { return joined }
        return String(joined[match.whole.upperBound...]).trimmingCharacters(in: .whitespaces)
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
