/// A page's blocks as its units are read in order: each kind of unit has its method, and body lines gather into
/// a paragraph piece until a line opens a new paragraph or something else interrupts the text.
struct BlockBuilder {
    let reader: BlockReader
    let units: [BlockReader.Unit]
    private(set) var blocks: [Block] = []
    /// The headline group the next kicker, headline or subtitle belongs to.
    private var group = 0
    /// The body lines of the piece being gathered, and what is known of its start.
    private var pieceLines: [TextLine] = []
    private var pieceOpens = false
    private var pieceReadsOn = false
    /// A kicker printed over its headline was read; the headline goes on in its group.
    private var continuingStack = false
    /// A heading was cut out of the text after a sentence's end: the text after it opens a paragraph.
    private var afterHeading = false
    /// On a page extracted with (nearly) no blank lines (`pdftotext -raw`), a heading cut out of the text after a
    /// sentence's end is the only sign of a paragraph's start: the text after it opens one, indented or not.
    /// (Where the extractor prints blank lines, they say where blocks end, and a heading cut out of a column
    /// without one is as often a line of another column.)
    private let blankless: Bool
    /// A page printed with paragraph indents has one every few lines; without them (pdftotext drops the
    /// ideographic spaces) a paragraph ends at a short line closing a sentence.
    private let indentedPage: Bool

    init(reader: BlockReader, units: [BlockReader.Unit]) {
        self.reader = reader
        self.units = units
        let settings = reader.settings
        blankless = BlockReader.isBlankless(units, settings: settings)
        let bodyLines = units.filter { $0.kind == .text && !$0.headlineLike }.flatMap(\.lines)
        let indented = bodyLines.filter { $0.indent >= settings.paragraphIndent }.count
        indentedPage = Double(indented) >= Double(bodyLines.count) * settings.indentedPageShare
    }

    var source: String { reader.source }

    /// The blocks read, the last piece of text included.
    mutating func finished() -> [Block] {
        flushPiece()
        return blocks
    }

    mutating func add(at position: Int) {
        let unit = units[position]
        switch unit.kind {
        case .text where unit.isSubhead: addSubhead(unit, at: position)
        case .text where unit.headlineLike: addHeadline(unit, at: position)
        case .text: addText(unit)
        case .subtitle: addSubtitle(unit, at: position)
        case .jump: addJump(unit)
        case .byline(let bylines): addByline(unit, bylines: bylines)
        case .caption: addCaption(unit)
        case .teaser, .furniture: addFurniture(unit)
        case .blank: return
        }
    }

    // MARK: Kinds of unit

    private mutating func addSubhead(_ unit: BlockReader.Unit, at position: Int) {
        flushPiece()
        afterHeading = cutOutAfterSentence()
        // The column is the text's under the subhead (its widest line).
        let column = units[(position + 1)...].first { $0.kind == .text }?.lines.compactMap(\.box?.width).max()
        blocks.append(Block(role: .subhead, lines: unit.lines, text: LineJoiner.joinSubhead(unit.lines, columnWidth: column), source: source))
    }

    private mutating func addHeadline(_ unit: BlockReader.Unit, at position: Int) {
        flushPiece()
        afterHeading = afterHeading || cutOutAfterSentence()
        if let last = blocks.last, last.role == .headline, position > 0, units[position - 1].headlineLike {
            if reader.isStacked(unit.lines, under: last.lines, sameSize: true) {
                // The headline's next line, read apart (centred narrower, say): the headline goes on.
                var headline = Block(role: .headline, lines: last.lines + unit.lines, text: LineJoiner.join([last.text] + unit.lines.map(\.text)), source: source)
                headline.group = last.group
                blocks[blocks.count - 1] = headline
                return
            }
            if reader.isStacked(unit.lines, under: last.lines, sameSize: false) {
                var subtitle = Block(role: .subtitle, lines: unit.lines, text: reader.subtitleText(unit.lines), source: source)
                subtitle.group = last.group
                blocks.append(subtitle)
                return
            }
        }
        if continuingStack { continuingStack = false } else { group += 1 }
        if reader.isStackedKicker(units, at: position) {
            // A kicker wrapped onto a second line (`世界卫生组织成立` / `50年来`) is one, as a headline is.
            var kicker = Block(role: .kicker, lines: unit.lines, text: reader.trimmedKicker(LineJoiner.join(unit.lines.map(\.text))), source: source)
            kicker.group = group
            blocks.append(kicker)
            continuingStack = true
        } else {
            blocks.append(contentsOf: reader.headlineBlocks(unit.lines, group: group))
        }
    }

    /// Body lines: a piece of a paragraph goes on until a line opens a new paragraph or a jump ends it.
    private mutating func addText(_ unit: BlockReader.Unit) {
        for (offset, line) in unit.lines.enumerated() {
            let columnWidth = reader.localColumnWidth(unit.lines, at: offset)
            // Without blank lines or indents only the words tell a paragraph's start: a dateline wrapped onto the
            // next line opens one too.
            let next = blankless && unit.lines.indices.contains(offset + 1) ? unit.lines[offset + 1] : nil
            // A paragraph's first line the extractor set apart opens its paragraph.
            let setApart = offset == 0 && unit.opensParagraph
            if !pieceLines.isEmpty, setApart
                || reader.opensParagraph(line, after: pieceLines.suffix(3), next: next, columnWidth: columnWidth, indentedPage: indentedPage)
            {
                flushPiece()
                pieceOpens = true
                pieceReadsOn = offset > 0 && line.box != nil
            }
            // Under a heading, a first line short of its column by the indent the extractor dropped opens a paragraph.
            let droppedIndent = !indentedPage && offset == 0 && unit.lines.count > 1
                && blocks.last.map { [.headline, .subhead].contains($0.role) } == true
                && reader.settings.hasDroppedIndent(line, column: columnWidth)
            if pieceLines.isEmpty, afterHeading || droppedIndent || setApart { pieceOpens = true }
            afterHeading = false
            pieceLines.append(line)
            if reader.table.continuedOn.matches(line.text) { flushPiece() }
        }
    }

    private mutating func addSubtitle(_ unit: BlockReader.Unit, at position: Int) {
        flushPiece()
        // A dashed line in the headline's own size right under it is the headline wrapped at its dash
        // (`广东群众普遍反映` / `——民警态度变好了`): a subtitle is set smaller than its headline.
        // So is a dash cut by the line's end (`与人奋斗—` / `—为足球拾遗`): a subtitle's dash opens its own line whole.
        if let last = blocks.last, last.role == .headline, last.text.hasSuffix("—") || isSetInTheSize(of: last, unit) {
            var headline = Block(role: .headline, lines: last.lines + unit.lines, text: last.text + LineJoiner.join(unit.lines.map(\.text)), source: source)
            headline.group = last.group
            blocks[blocks.count - 1] = headline
            return
        }
        let previousIsHeadline = blocks.last.map { [.headline, .kicker, .subtitle].contains($0.role) } ?? false
        let follows = position > 0 && (units[position - 1].headlineLike || units[position - 1].kind == .subtitle)
        if !(previousIsHeadline && follows) { group += 1 }
        var block = Block(role: .subtitle, lines: unit.lines, text: reader.subtitleText(unit.lines), source: source)
        block.group = group
        blocks.append(block)
    }

    private func isSetInTheSize(of block: Block, _ unit: BlockReader.Unit) -> Bool {
        guard let blockSize = block.lines.last?.fontSize, let size = unit.lines.first?.fontSize else { return false }
        return reader.settings.isSameSize(size, as: blockSize)
    }

    /// `（下转第二版）` ends the text it follows: the piece being gathered, or the body block just read. A jump line
    /// standing apart (or `（上接第一版）`) is a block of its own.
    private mutating func addJump(_ unit: BlockReader.Unit) {
        let table = reader.table
        if let jump = table.continuedOn.firstJump(in: unit.lines[0].text) {
            if !pieceLines.isEmpty {
                pieceLines.append(contentsOf: unit.lines)
                flushPiece()
                return
            }
            if let index = blocks.lastIndex(where: { $0.role == .body }), index == blocks.count - 1, blocks[index].continuedOn == nil {
                blocks[index].continuedOn = jump.page
                blocks[index].span = blocks[index].span.union(Block(role: .jump, lines: unit.lines, text: "", source: source).span)
                return
            }
        }
        flushPiece()
        var block = Block(role: .jump, lines: unit.lines, text: unit.lines.map(\.text).joined(), source: source)
        block.continuedOn = table.continuedOn.firstMatch(in: block.text)?[1].flatMap(PageReference.init(label:))
        block.continuedFrom = table.continuedFrom.firstMatch(in: block.text)?[1].flatMap(PageReference.init(label:))
        blocks.append(block)
    }

    private mutating func addByline(_ unit: BlockReader.Unit, bylines: [Byline]) {
        flushPiece()
        var block = Block(role: .byline, lines: unit.lines, text: unit.lines.map(\.text).joined(separator: " "), source: source)
        block.bylines = bylines
        blocks.append(block)
    }

    private mutating func addCaption(_ unit: BlockReader.Unit) {
        flushPiece()
        var caption = Block(role: .caption, lines: unit.lines, text: LineJoiner.join(unit.lines.map(\.text)), source: source)
        caption.bylines = reader.captionCredits(caption.text)
        blocks.append(caption)
    }

    private mutating func addFurniture(_ unit: BlockReader.Unit) {
        flushPiece()
        let role: BlockRole = unit.kind == .teaser ? .teaser : .pageFurniture
        // A box of teasers cuts the column as a heading does: a finished text does not go on after it.
        if role == .teaser { afterHeading = afterHeading || cutOutAfterSentence() }
        for line in unit.lines {
            // A header line laid out in blocks (`鹭川商报      2024年11月12日　星期二`) is several entries.
            let pieces = role == .pageFurniture ? line.text.components(separatedBy: "   ") : [line.text]
            for piece in pieces.map({ $0.trimmingCharacters(in: .whitespaces) }) where !piece.isEmpty {
                blocks.append(Block(role: role, lines: [line], text: piece, source: source))
            }
        }
    }

    // MARK: The piece being gathered

    private mutating func flushPiece() {
        guard !pieceLines.isEmpty else { return }
        var piece = reader.bodyPiece(pieceLines)
        piece.opensParagraph = piece.opensParagraph || pieceOpens
        piece.readsOnInColumn = pieceReadsOn
        blocks.append(piece)
        pieceLines = []
        pieceOpens = false
        pieceReadsOn = false
    }

    /// The text before a heading ended a sentence, on a page without blank lines.
    private func cutOutAfterSentence() -> Bool {
        blankless && (blocks.last { $0.role != .pageFurniture && $0.role != .teaser }.map { $0.role == .body && reader.endsSentence($0.text) } ?? false)
    }
}
