/// Puts the lines of a page with geometry (PDF, OCR) in reading order, with a blank line wherever the text
/// does not read on, so the rest of the engine sees what it sees in well-ordered page text.
///
/// 1. Lines stack into column blocks: one below the other, same type size, left edges together.
/// 2. The blocks are cut recursively at white space (an XY cut, the way a newspaper page is built):
///    the page's header and footer bands first; then rows of modules where white space runs across the whole
///    region and no rule drawn down between two modules crosses it (a row without body text goes with the
///    next: photos set level in two modules leave white space across under their headlines), else columns at
///    the gutters, else any white space across (a caption above text, a byline under a headline; text right under
///    one column of the row above goes on in that column), else top to bottom.
/// 3. A column block that continues the one before it (body text going on at the top of the next column)
///    follows it directly; everything else comes after a blank line. The page's header and footer bands
///    come as one run each, so the furniture rules see the paper's name beside the date and page number.
/// A line starting well right of its column's left edge is marked indented.
public struct ReadingOrder: Sendable {
    public var settings: GeometrySettings

    /// Whether the lines came with type sizes; without them (OCR) line heights stand in, which vary more.
    private var measured = true
    /// Whether an OCR engine read the page from a picture (`PageDrawings.foundInScan`): its line boxes are rough
    /// whatever sizes it wrote, a line it ran a character into the next column bridges the gutter, and the rules it
    /// found are too rough to keep rows from being cut across them (`dividers`).
    private var scanned = false
    /// The horizontal lines drawn on the page (rules, edges of frames and tints): module boundaries.
    private var drawnAcross: [BoundingBox] = []
    /// The vertical ones: a gutter with a rule in it parts modules, and no column reads on across it.
    private var drawnDown: [BoundingBox] = []
    /// Pictures: no cut runs through one (the white space around a photo is no gap between modules).
    private var pictures: [BoundingBox] = []
    /// Frames and tints: no cut runs through the text inside one (a boxed module is read whole).
    private var enclosures: [BoundingBox] = []

    public init(settings: GeometrySettings = GeometrySettings()) {
        self.settings = settings
    }

    /// Lines of one column that read on from one another.
    struct Stack {
        var lines: [TextLine]
        var box: BoundingBox
        var size: Double
    }

    /// A page's lines parted into text and fine print: type under `finePrintRatio` of the body's size (map and
    /// chart labels, microprint, thousands of tiny glyphs) is no running text and is kept out of reading order.
    public struct Parted: Sendable, Equatable {
        public var text: [TextLine]
        public var finePrint: [TextLine]
        /// The largest size that counts as fine print, in points; nil when no line had a type size.
        public var finePrintLimit: Double?
    }

    public func partingFinePrint(_ lines: [TextLine]) -> Parted {
        // The body's size: the median over the page's printed area (characters times size squared), so that
        // thousands of tiny glyphs, which may outnumber the text's characters, do not pull it down.
        let weighted = lines.compactMap { line in line.fontSize.flatMap { $0 > 0 ? ($0, Double(line.text.count) * $0 * $0) : nil } }
            .sorted { $0.0 < $1.0 }
        guard !weighted.isEmpty else { return Parted(text: lines, finePrint: [], finePrintLimit: nil) }
        let half = weighted.reduce(0) { $0 + $1.1 } / 2
        var area = 0.0
        let body = weighted.first { area += $0.1; return area >= half }?.0 ?? weighted[weighted.count / 2].0
        let finePrintLimit = body * settings.finePrintRatio
        var parted = Parted(text: [], finePrint: [], finePrintLimit: finePrintLimit)
        for line in lines {
            if let size = line.fontSize, size > 0, size < finePrintLimit { parted.finePrint.append(line) } else { parted.text.append(line) }
        }
        return parted
    }

    /// `lines` in reading order with blank lines between blocks; `pageHeight` places the furniture bands.
    /// Lines without a box keep their order, after the others.
    public func arrange(_ lines: [TextLine], pageHeight: Double? = nil, drawings: PageDrawings = PageDrawings()) -> [TextLine] {
        let placed = lines.filter { $0.box != nil && !$0.isBlank }
        let unplaced = lines.filter { $0.box == nil && !$0.isBlank }
        guard !placed.isEmpty else { return unplaced }
        if drawings.foundInScan, !scanned {
            var reader = self
            reader.scanned = true
            return reader.arrange(lines, pageHeight: pageHeight, drawings: drawings)
        }
        if placed.contains(where: { $0.fontSize == nil }), measured {
            var reader = self
            reader.measured = false
            return reader.arrange(lines, pageHeight: pageHeight, drawings: drawings)
        }
        if !drawings.isEmpty, drawnAcross.isEmpty, pictures.isEmpty, enclosures.isEmpty {
            var reader = self
            reader.drawnAcross = drawings.boundaries.filter { $0.width > $0.height }
            reader.drawnDown = drawings.boundaries.filter { $0.height > $0.width }
            reader.pictures = drawings.pictures
            reader.enclosures = drawings.frames + drawings.tints
            return reader.arrange(lines, pageHeight: pageHeight)
        }
        let sizes = placed.map(lineSize).sorted()
        let em = max(sizes[sizes.count / 2], 1)
        // (On a scan, the lines by their tops: the lines around a line are found by bisection.)
        let byTop = scanned ? placed.sorted { box($0).y < box($1).y } : []
        let stacks = measured ? stack(placed) : stack(placed).flatMap { splittingCentredLines($0, among: byTop) }
        let (header, body, footer) = bands(Array(stacks.indices), stacks, pageHeight: pageHeight, em: em)
        let order = cut(header, stacks, em: em) + cut(body, stacks, em: em) + cut(footer, stacks, em: em)
        let band = Dictionary(uniqueKeysWithValues: header.map { ($0, 0) } + footer.map { ($0, 1) })

        var result: [TextLine] = []
        var previous: Int?
        for index in order {
            if let previous, !readsOn(from: stacks[previous], to: stacks[index], em: em), band[previous] == nil || band[previous] != band[index] {
                result.append(TextLine(number: stacks[index].lines[0].number, text: "", indent: 0, width: 0))
            }
            result.append(contentsOf: indented(stacks[index]))
            previous = index
        }
        if !unplaced.isEmpty {
            result.append(TextLine(number: unplaced[0].number, text: "", indent: 0, width: 0))
            result.append(contentsOf: unplaced)
        }
        return result
    }

    private func lineSize(_ line: TextLine) -> Double {
        line.fontSize.flatMap { $0 > 0 ? $0 : nil } ?? box(line).height
    }

    /// The box of a line `arrange` placed: it places only lines that have one.
    private func box(_ line: TextLine) -> BoundingBox {
        line.box ?? BoundingBox(page: 0, x: 0, y: 0, width: 0, height: 0)
    }

    private func sameSize(_ a: Double, _ b: Double) -> Bool {
        max(a, b) / max(min(a, b), 0.1) <= (measured ? settings.sameSizeRatio : settings.sameHeightRatio)
    }

    // MARK: 1. Column blocks

    /// In type whose face the text layer names, a line set in another size than the stack's, however near (a
    /// byline half a point smaller than the body under it), is set apart from it: a column's text is set in one
    /// exact size (`distinctSizeShare` absorbs only the extractor's rounding). An OCR layer's sizes are measured
    /// from boxes and vary line by line.
    private func setApart(_ line: TextLine, from stack: Stack) -> Bool {
        guard line.face != nil, stack.lines.last?.face != nil, let size = line.fontSize, size > 0, stack.size > 0 else { return false }
        return settings.isDistinctSize(size, from: stack.size)
    }

    /// Stacks each line under the column block right above it, top to bottom.
    func stack(_ lines: [TextLine]) -> [Stack] {
        let sorted = lines.sorted { (box($0).y, box($0).x) < (box($1).y, box($1).x) }
        var stacks: [Stack] = []
        var open: [Int] = []  // stacks whose last line may still have a line below it
        for line in sorted {
            let box = box(line)
            let size = lineSize(line)
            open.removeAll { stacks[$0].box.maxY < box.y - size * settings.stackMaximumGap * 2 }
            var best: (gap: Double, stack: Int)?
            for index in open {
                guard let last = stacks[index].lines.last?.box else { continue }
                let gap = box.y - last.maxY
                guard sameSize(stacks[index].size, size), !setApart(line, from: stacks[index]), gap <= size * settings.stackMaximumGap, gap >= -size * (measured ? settings.stackMaximumOverlap : settings.unmeasuredOverlap),
                    abs(box.x - stacks[index].box.x) <= size * settings.stackMaximumLeftShift || wrapsCentred(line, in: stacks[index]),
                    box.horizontalOverlap(with: last) >= min(box.width, last.width) * settings.stackMinimumAcross
                        || opensAfterShortLine(box, under: last, size: size),
                    !ruleBetween(last, box)
                else { continue }
                if gap < best?.gap ?? .infinity { best = (gap, index) }
            }
            if let best {
                stacks[best.stack].lines.append(line)
                stacks[best.stack].box = stacks[best.stack].box.union(box)
            } else {
                stacks.append(Stack(lines: [line], box: box, size: size))
                open.append(stacks.count - 1)
            }
        }
        return stacks
    }

    /// A paragraph's first line, indented, under the short last line of the paragraph before it (`支持。` of two
    /// characters): it starts to the right of that line's start by no more than an indent, and may overlap it
    /// by little or nothing.
    private func opensAfterShortLine(_ box: BoundingBox, under last: BoundingBox, size: Double) -> Bool {
        box.x >= last.x && box.x - last.x <= size * settings.stackMaximumLeftShift && box.maxX > last.maxX
    }

    /// In type whose face the text layer names, the shorter last line of a heading set apart by its face that the
    /// column wrapped (`关注部队的现代化建` / `设` in a gothic face over Kai text): on the centre of the line above,
    /// in its face, which is not the face of the text before it. (A centred line in the face of the text above it
    /// is a subhead of its own.)
    private func wrapsCentred(_ line: TextLine, in stack: Stack) -> Bool {
        guard let above = stack.lines.last, let face = line.face, face == above.face, let box = line.box, let upper = above.box, box.width < upper.width
        else { return false }
        if stack.lines.count > 1, stack.lines[stack.lines.count - 2].face == face { return false }
        return abs((box.x + box.maxX) / 2 - (upper.x + upper.maxX) / 2) <= lineSize(line) / 2
    }

    /// Without type sizes (OCR), a heading is known by its place: a line centred in its column, well in from
    /// both edges, stands as a stack of its own (a break before and after it), marked `isCentred`. On a scan the
    /// column is read from the lines around the line, `among` the page's (sorted by their tops; `localColumn`): a
    /// stack there can be a heading and two lines, and a line the engine read into a speck beside the column
    /// widens a stack's box.
    func splittingCentredLines(_ stack: Stack, among placed: [TextLine]) -> [Stack] {
        guard stack.lines.count > 2 || !placed.isEmpty else { return [stack] }
        var parts: [Stack] = []
        var current: [TextLine] = []
        func close() {
            guard let first = current.first?.box else { return }
            parts.append(Stack(lines: current, box: current.compactMap(\.box).dropFirst().reduce(first) { $0.union($1) }, size: stack.size))
            current = []
        }
        let margin = stack.size * settings.centredMargin
        for (index, line) in stack.lines.enumerated() {
            let lineBox = box(line)
            // (Only a line in from both edges of its stack by the margin can be in from its column's; on a scan, a
            // line centred under one that leaves its words unfinished is that heading's last line, `Defeat of a
            // Federal Regiment by Morgan's` / `Guerillas.`)
            func finishedAbove() -> Bool {
                let above = index > 0 ? stack.lines[index - 1] : lineAbove(line, among: placed, size: stack.size)
                return !(above.map { Punctuation.leavesUnfinished($0.text) } ?? false)
            }
            let column = placed.isEmpty ? stack.box
                : (lineBox.x - stack.box.x >= margin || stack.lines.count == 1) && finishedAbove() ? localColumn(of: line, among: placed, size: stack.size) : nil
            if let column, lineBox.isCentred(in: column, margin: margin, imbalance: settings.centredLineImbalance) {
                close()
                var line = line
                line.isCentred = true
                current = [line]
                close()
            } else {
                current.append(line)
            }
        }
        close()
        return parts
    }

    /// The nearest line right above a scanned line, over some of it: the line's top no more than two of its type
    /// sizes below that line's foot.
    func lineAbove(_ line: TextLine, among placed: [TextLine], size: Double) -> TextLine? {
        let lineBox = box(line)
        return near(lineBox.y, within: size * settings.centredColumnReach, in: placed).filter { other in
            guard let otherBox = other.box else { return false }
            return other.number != line.number && otherBox.horizontalOverlap(with: lineBox) > 0 && otherBox.y < lineBox.y
                && lineBox.y - otherBox.y <= size * 2 + otherBox.height
        }.max { box($0).y < box($1).y }
    }

    /// The column a scanned line stands in: from where the middle one of the lines around it starts to where the
    /// middle one ends (their median edges: paragraphs' indents and last lines are few), the lines around it
    /// being those across its middle within `centredColumnReach` of its type size above or below it. Nil where
    /// fewer than `centredColumnMinimumLines` are.
    func localColumn(of line: TextLine, among placed: [TextLine], size: Double) -> BoundingBox? {
        let lineBox = box(line)
        let middle = lineBox.x + lineBox.width / 2, reach = size * settings.centredColumnReach
        let around = near(lineBox.y, within: reach, in: placed).compactMap { other -> BoundingBox? in
            guard other.number != line.number, let otherBox = other.box, otherBox.x < middle, otherBox.maxX > middle else { return nil }
            return otherBox
        }
        guard around.count >= settings.centredColumnMinimumLines else { return nil }
        let lefts = around.map(\.x).sorted(), rights = around.map(\.maxX).sorted()
        let left = lefts[lefts.count / 2], right = rights[rights.count / 2]
        guard right > left else { return nil }
        return BoundingBox(page: lineBox.page, x: left, y: lineBox.y, width: right - left, height: lineBox.height)
    }

    /// The lines of `byTop` (sorted by their tops) whose tops are within `reach` of `y`.
    private func near(_ y: Double, within reach: Double, in byTop: [TextLine]) -> ArraySlice<TextLine> {
        // The number of lines whose tops are above `limit` (`inclusive`: or on it).
        func count(above limit: Double, inclusive: Bool) -> Int {
            var low = 0, high = byTop.count
            while low < high {
                let middle = (low + high) / 2
                let top = box(byTop[middle]).y
                if top < limit || (inclusive && top == limit) { low = middle + 1 } else { high = middle }
            }
            return low
        }
        let lower = count(above: y - reach, inclusive: false)
        return byTop[lower..<max(lower, count(above: y + reach, inclusive: true))]
    }

    // MARK: 2. Cuts

    /// The stacks `items` in reading order. Cuts nest as deep as a page's modules do; past
    /// `maximumCutDepth` (a layout no newspaper has, such as lines set in a spiral) the rest is read top to
    /// bottom, so that no page can exhaust the stack.
    func cut(_ items: [Int], _ stacks: [Stack], em: Double, depth: Int = 0) -> [Int] {
        guard items.count > 1 else { return items }
        let top = { (index: Int) in stacks[index].box.y }
        let bottom = { (index: Int) in stacks[index].box.maxY }
        let left = { (index: Int) in stacks[index].box.x }
        guard depth < settings.maximumCutDepth else { return items.sorted { (top($0), left($0)) < (top($1), left($1)) } }
        func recurse(_ parts: [[Int]]) -> [Int] { parts.flatMap { cut($0, stacks, em: em, depth: depth + 1) } }
        let barriers = obstacles(in: items, stacks, em: em)
        let across = barriers.map { ($0.y, $0.maxY) } + dividers(in: items, stacks, em: em)

        let rows = rowsOfModules(items, stacks, em: em, across: across)
        if rows.count > 1 { return recurse(rows) }
        let drawnRows = moduleRows(splitAtRules(items, stacks), stacks, em: em)
        if drawnRows.count > 1 { return recurse(drawnRows) }
        // The region split at smaller white space across (a caption above text, a byline under a headline).
        let minorRows = split(items, start: top, end: bottom, minimumGap: settings.minorGap * em, barriers: across)
        let headed = headedRows(minorRows, stacks, em: em)
        if headed.count > 1 { return recurse(headed) }
        let gutters = gutterSplit(items, stacks, em: em, barriers: barriers.map { ($0.x, $0.maxX) })
        if gutters.count > 1, let head = headingOverColumns(minorRows, stacks, em: em) { return recurse(head) }
        let columns = keepingRowsTogether(gutters, stacks, em: em, byPictures: !barriers.isEmpty)
        if columns.count > 1 { return recurse(inTurn(columns, stacks, em: em)) }
        if minorRows.count > 1 {
            let joined = joiningHeadsToModules(joiningColumnEnds(minorRows, stacks, em: em), stacks, em: em)
            return recurse(joined.count > 1 ? joined : minorRows)
        }
        // Any white space across at all (a headline and its subtitle over a column set a hair lower).
        let tightRows = split(items, start: top, end: bottom, minimumGap: settings.tightGap, barriers: across)
        if tightRows.count > 1 { return recurse(tightRows) }
        // No white space runs clear across or down (modules set in an L, a headline reaching a hair into a gutter):
        // columns at the gutters few lines cross, as on a scan.
        if measured, !scanned {
            let rough = keepingRowsTogether(roughGutterSplit(items, stacks, em: em), stacks, em: em, byPictures: false)
            if rough.count > 1 { return recurse(inTurn(rough, stacks, em: em)) }
        }
        return items.sorted { (top($0), left($0)) < (top($1), left($1)) }
    }

    /// Of the region's `pieces` (split at smaller white space across it), rows parted where what follows begins
    /// with a headline (a line set larger than the body), body text above it and text of its own below: modules
    /// set a little closer than `moduleGap`, the next one's head under the last lines of the one above. Without
    /// the headline the same space is a pause inside one module (subheads set level in its columns).
    private func headedRows(_ pieces: [[Int]], _ stacks: [Stack], em: Double) -> [[Int]] {
        guard pieces.count > 1 else { return pieces }
        var rows: [[Int]] = [pieces[0]]
        for piece in pieces.dropFirst() {
            let top = piece.map { stacks[$0].box.y }.min() ?? 0
            let headed = piece.contains { isSetLarger(stacks[$0], em: em) && stacks[$0].box.y - top < em }
            if headed, holdsBodyText(rows[rows.count - 1], stacks, em: em) {
                rows.append(piece)
            } else {
                rows[rows.count - 1] += piece
            }
        }
        // The headlines' row must go on to text of its own (its columns may start a little under them).
        if rows.count > 1, let last = rows.last, !holdsBodyText(last, stacks, em: em) { rows[rows.count - 2] += rows.removeLast() }
        return rows
    }

    /// A line or two standing alone over the whole region, white space under it across every column (a kicker
    /// centred over its module, its headline set to the left under it): read before the columns, which it would
    /// otherwise bridge or join in the middle of their text. Nil when the top of the region is no such line. Only
    /// for type whose face the text layer names: an OCR layer's line boxes are too rough to tell a line standing
    /// alone from a line whose neighbours' boxes were cut short. `rows`: the region split at smaller white space.
    private func headingOverColumns(_ rows: [[Int]], _ stacks: [Stack], em: Double) -> [[Int]]? {
        guard rows.count > 1, rows[0].count == 1, stacks[rows[0][0]].lines.count <= 2, stacks[rows[0][0]].lines.allSatisfy({ $0.face != nil })
        else { return nil }
        let rest = Array(rows.dropFirst().joined())
        // A line right over a headline of its own (the kicker of the module under it) stays with that module.
        let line = stacks[rows[0][0]].box
        guard !rest.contains(where: { isSetLarger(stacks[$0], em: em) && stacks[$0].box.y - line.maxY < settings.moduleGap * em && stacks[$0].box.horizontalOverlap(with: line) > 0 })
        else { return nil }
        // Another module's headline beside the columns, lower than their text begins: the line heads only part of
        // the region.
        let bodyTop = rest.filter { isBodyText(stacks[$0], em: em) }.map { stacks[$0].box.y }.min() ?? .infinity
        guard !rest.contains(where: { isSetLarger(stacks[$0], em: em) && stacks[$0].box.y > bodyTop }) else { return nil }
        return [rows[0], rest]
    }

    /// Neighbouring columns that white space parts into rows at the same height are one region, read row by row,
    /// not column by column: where a picture or a box stopped every cut across, a module over two others beside a
    /// tall photo; elsewhere, two one-column stories over a story set across both columns and the one beside them
    /// (a column joins only where the rows part it too: a headline set beside its text, wholly in one row, stays
    /// the column before that text).
    private func keepingRowsTogether(_ columns: [[Int]], _ stacks: [Stack], em: Double, byPictures: Bool) -> [[Int]] {
        guard columns.count > 2 else { return columns }
        var grouped: [[Int]] = [columns[0]]
        for column in columns.dropFirst() {
            let union = grouped[grouped.count - 1] + column
            let across = obstacles(in: union, stacks, em: em).map { ($0.y, $0.maxY) } + dividers(in: union, stacks, em: em)
            let rows = rowsOfModules(union, stacks, em: em, across: across)
            let parted = byPictures || rows.filter { row in column.contains(where: row.contains) }.count > 1
            if rows.count > 1 && parted { grouped[grouped.count - 1] = union } else { grouped.append(column) }
        }
        return grouped
    }

    /// `items` split into rows of modules at white space across them, where nothing in `across` (the heights of
    /// pictures, boxes and rules drawn down between modules) stops the cut.
    private func rowsOfModules(_ items: [Int], _ stacks: [Stack], em: Double, across: [(Double, Double)]) -> [[Int]] {
        moduleRows(
            split(items, start: { stacks[$0].box.y }, end: { stacks[$0].box.maxY }, minimumGap: settings.moduleGap * em, barriers: across),
            stacks, em: em)
    }

    /// Columns side by side in the order they are read: top to bottom where they lie wholly one above the other,
    /// else left to right, a vertical headline before the text on its left that it heads.
    private func inTurn(_ columns: [[Int]], _ stacks: [Stack], em: Double) -> [[Int]] {
        stackedAbove(columns, stacks) ?? headingsBeforeTheirText(columns, stacks, em: em)
    }

    /// A headline set top to bottom at the right of its text (vertical text reads from the right: the heading
    /// stands first), at the top of its column, moved before that text: the columns to its left whose tops lie level
    /// with its top, back to one that holds a heading beside it (another module). Columns beside it that start
    /// lower (a caption under a photo) are passed over; what stands under the heading stays in its column. A heading
    /// with text level with it right beside it on its right heads that text, as it stands.
    private func headingsBeforeTheirText(_ columns: [[Int]], _ stacks: [Stack], em: Double) -> [[Int]] {
        let topOf = { (column: [Int]) in column.min(by: { stacks[$0].box.y < stacks[$1].box.y }) }
        var ordered = columns
        for column in columns {
            guard let heading = topOf(column), let index = ordered.firstIndex(of: column) else { continue }
            let head = stacks[heading]
            guard isSetLarger(head, em: em), head.lines.count <= 2, head.box.height >= head.box.width * settings.verticalHeadlineAspect else { continue }
            let reach = head.size * settings.besideMaximumGap
            // Text level with it right beside it on its right, under no heading of its own, is what it heads.
            let besideOnTheRight = index + 1 < ordered.count ? ordered[index + 1].filter { item in
                let box = stacks[item].box
                return abs(box.y - head.box.y) <= reach && box.x >= head.box.maxX - 1 && box.x - head.box.maxX <= reach
            } : []
            let headsTextOnItsRight = topOf(besideOnTheRight).map { !isSetLarger(stacks[$0], em: em) } ?? false
            guard !headsTextOnItsRight else { continue }
            var first: Int?
            for candidate in stride(from: index - 1, through: 0, by: -1) {
                // Another heading beside this one: another module.
                if ordered[candidate].contains(where: { isSetLarger(stacks[$0], em: em) && stacks[$0].box.y >= head.box.y - reach && stacks[$0].box.y <= head.box.maxY }) {
                    break
                }
                if let top = topOf(ordered[candidate]), abs(stacks[top].box.y - head.box.y) <= reach { first = candidate }
            }
            guard let first, holdsBodyText(Array(ordered[first..<index].joined()), stacks, em: em) else { continue }
            let rest = column.filter { $0 != heading }
            if rest.isEmpty { ordered.remove(at: index) } else { ordered[index] = rest }
            ordered.insert([heading], at: first)
        }
        return ordered
    }

    /// Pieces of a column split that lie wholly one above the other (a kicker set to the right, over the left end
    /// of its headline) are no columns side by side: they read top to bottom. Nil when any two share a height.
    private func stackedAbove(_ columns: [[Int]], _ stacks: [Stack]) -> [[Int]]? {
        let extents = columns.map { column in (column.map { stacks[$0].box.y }.min() ?? 0, column.map { stacks[$0].box.maxY }.max() ?? 0) }
        let order = extents.indices.sorted { extents[$0].0 < extents[$1].0 }
        for (upper, lower) in zip(order, order.dropFirst()) where extents[upper].1 > extents[lower].0 + 1 { return nil }
        return order.map { columns[$0] }
    }

    /// Columns at the gutters. Specks (a stack narrower than `speckWidth` em: an OCR layer reads rules and
    /// smudges in the gutters as stray characters) do not bridge a gutter; each goes to the column over it.
    private func gutterSplit(_ items: [Int], _ stacks: [Stack], em: Double, barriers: [(Double, Double)] = []) -> [[Int]] {
        let isSpeck = { (index: Int) in stacks[index].box.width < em * settings.speckWidth && stacks[index].lines.count == 1 }
        let solid = items.filter { !isSpeck($0) }
        guard !solid.isEmpty else { return [items] }
        var columns = split(solid, start: { stacks[$0].box.x }, end: { stacks[$0].box.maxX }, minimumGap: settings.gutter * em, barriers: barriers)
        if columns.count == 1, !measured || scanned { columns = roughGutterSplit(solid, stacks, em: em) }
        guard columns.count > 1 else { return [items] }
        let spans = columns.map { column in (column.map { stacks[$0].box.x }.min() ?? 0, column.map { stacks[$0].box.maxX }.max() ?? 0) }
        for speck in items where isSpeck(speck) {
            let centre = stacks[speck].box.x + stacks[speck].box.width / 2
            let nearest = spans.indices.min { a, b in
                func distance(_ span: (Double, Double)) -> Double { centre < span.0 ? span.0 - centre : max(0, centre - span.1) }
                return distance(spans[a]) < distance(spans[b])
            }
            columns[nearest ?? 0].append(speck)
        }
        return columns
    }

    /// Without type sizes, or on a scan (an OCR layer), lines misread across a gutter and smudges along a column rule bridge
    /// it: there a gutter is white space at least `gutter` em wide that few lines cross, at most
    /// `roughGutterDepth` of the lines a column has at its middle (the median over the region's width).
    /// Each stack goes to the column holding its centre.
    private func roughGutterSplit(_ items: [Int], _ stacks: [Stack], em: Double) -> [[Int]] {
        // A line's ends count less: an engine often runs a column rule (`|`) or a speck in the gutter into the
        // line beside it, which then pokes into the gutter by a character or two.
        let trim = settings.roughGutterTrim * em
        let boxes = items.flatMap { stacks[$0].lines.compactMap(\.box) }.compactMap { box -> BoundingBox? in
            guard box.width > 2 * trim else { return nil }
            var inner = box
            inner.x += trim
            inner.width -= 2 * trim
            return inner
        }
        guard let left = boxes.map(\.x).min(), let right = boxes.map(\.maxX).max(), right > left else { return [items] }
        // How many lines cross each stretch of the region's width.
        let edges = Set(boxes.flatMap { [$0.x, $0.maxX] }).sorted()
        var starts: [Double: Int] = [:]
        var ends: [Double: Int] = [:]
        for box in boxes {
            starts[box.x, default: 0] += 1
            ends[box.maxX, default: 0] += 1
        }
        var stretches: [(from: Double, to: Double, depth: Int)] = []
        var depth = 0
        for (index, edge) in edges.enumerated().dropLast() {
            depth += (starts[edge] ?? 0) - (ends[edge] ?? 0)
            stretches.append((edge, edges[index + 1], depth))
        }
        // The median depth, weighted by width: how many lines a column holds across its middle.
        let byDepth = stretches.sorted { $0.depth < $1.depth }
        var covered = 0.0
        let median = byDepth.first { covered += $0.to - $0.from; return covered >= (right - left) / 2 }?.depth ?? 0
        let limit = Double(median) * settings.roughGutterDepth
        var cuts: [Double] = []
        var valley: (from: Double, to: Double)?
        for stretch in stretches {
            if Double(stretch.depth) <= limit {
                valley = (valley?.from ?? stretch.from, stretch.to)
                continue
            }
            if let open = valley, open.to - open.from >= settings.roughGutter * em, open.from > left { cuts.append((open.from + open.to) / 2) }
            valley = nil
        }
        guard !cuts.isEmpty else { return [items] }
        var columns = Array(repeating: [Int](), count: cuts.count + 1)
        for index in items {
            let centre = stacks[index].box.x + stacks[index].box.width / 2
            columns[cuts.firstIndex { centre < $0 } ?? cuts.count].append(index)
        }
        return columns.filter { !$0.isEmpty }
    }

    /// Minor rows whose every stack lies right under one column of the row above joined to that row: the columns'
    /// text goes on below a little white space (a subhead set apart in its column, the paragraph after it),
    /// which a cut across would read only after every column above had ended. Joined, the rows split at their
    /// gutters once what bridged them (a caption over both columns, a headline) is cut off above.
    private func joiningColumnEnds(_ rows: [[Int]], _ stacks: [Stack], em: Double) -> [[Int]] {
        var joined: [[Int]] = []
        for row in rows {
            guard let above = joined.last else {
                joined.append(row)
                continue
            }
            let columns = gutterSplit(above, stacks, em: em).compactMap { column in BoundingBox.enclosing(column.map { stacks[$0].box }) }
            // Each stack right under a column whose text reaches down to it (not a line set far below a short column).
            let underColumns = columns.count > 1 && row.allSatisfy { index in
                let box = stacks[index].box
                return columns.contains { box.x >= $0.x - em && box.maxX <= $0.maxX + em && box.y - $0.maxY < settings.moduleGap * em }
            }
            if underColumns { joined[joined.count - 1] += row } else { joined.append(row) }
        }
        return joined
    }

    /// A minor row of heads side by side (two modules' headlines and bylines set level: each piece holds a line
    /// set larger than the body, none holds body text) joined to the row of bodies under it when, joined, the two
    /// split at gutters that give every head the body under it: each module is read head first, not every head
    /// before every body.
    private func joiningHeadsToModules(_ rows: [[Int]], _ stacks: [Stack], em: Double) -> [[Int]] {
        var joined: [[Int]] = []
        var index = 0
        while index < rows.count {
            let heads = rows[index]
            let headColumns = gutterSplit(heads, stacks, em: em)
            if index + 1 < rows.count, headColumns.count > 1, !holdsBodyText(heads, stacks, em: em),
                headColumns.allSatisfy({ $0.contains { isSetLarger(stacks[$0], em: em) } }),
                holdsBodyText(rows[index + 1], stacks, em: em)
            {
                let bodies = Set(rows[index + 1])
                let columns = gutterSplit(heads + rows[index + 1], stacks, em: em)
                if columns.count > 1, columns.allSatisfy({ column in column.allSatisfy(bodies.contains) || column.contains(where: bodies.contains) }) {
                    joined.append(heads + rows[index + 1])
                    index += 2
                    continue
                }
            }
            joined.append(heads)
            index += 1
        }
        return joined
    }

    /// Rows of modules: a row without body text (headlines over photos set level in two modules) belongs
    /// with the row under it, the last such row with the one above.
    private func moduleRows(_ rows: [[Int]], _ stacks: [Stack], em: Double) -> [[Int]] {
        var merged: [[Int]] = []
        var pending: [Int] = []
        for row in rows {
            pending += row
            if holdsBodyText(pending, stacks, em: em) {
                merged.append(pending)
                pending = []
            }
        }
        if !pending.isEmpty {
            if merged.isEmpty { merged.append(pending) } else { merged[merged.count - 1] += pending }
        }
        return merged
    }

    /// The stack is set larger than the body, beyond the margin of one size: a headline's or a kicker's.
    private func isSetLarger(_ stack: Stack, em: Double) -> Bool { stack.size > em && !sameSize(stack.size, em) }

    /// Some of the stacks are body text: three lines or more in the body's size (a byline or caption may wrap
    /// once or twice).
    private func holdsBodyText(_ items: [Int], _ stacks: [Stack], em: Double) -> Bool {
        items.contains { isBodyText(stacks[$0], em: em) }
    }

    private func isBodyText(_ stack: Stack, em: Double) -> Bool { stack.lines.count >= 3 && sameSize(stack.size, em) }

    /// Whether a line drawn across lies between two lines, one above the other, under most of both.
    private func ruleBetween(_ upper: BoundingBox, _ lower: BoundingBox) -> Bool {
        let from = upper.y + upper.height / 2, to = lower.y + lower.height / 2
        let width = min(upper.width, lower.width) * settings.ruleMinimumUnder
        return drawnAcross.contains { rule in
            let y = rule.y + rule.height / 2
            return y > from && y < to && rule.horizontalOverlap(with: upper) >= width && rule.horizontalOverlap(with: lower) >= width
        }
    }

    /// `items` split into rows at the lines drawn across the region they fill (at least `ruleMinimumSpan` of
    /// its width) that no stack reaches over: module boundaries the designer drew, however little white space
    /// there is beside them.
    private func splitAtRules(_ items: [Int], _ stacks: [Stack]) -> [[Int]] {
        guard !drawnAcross.isEmpty, let region = BoundingBox.enclosing(items.map { stacks[$0].box }) else { return [items] }
        let cuts = drawnAcross.compactMap { rule -> Double? in
            let y = rule.y + rule.height / 2
            guard y > region.y, y < region.maxY, rule.horizontalOverlap(with: region) >= region.width * settings.ruleMinimumSpan,
                !items.contains(where: { stacks[$0].box.y < y && stacks[$0].box.maxY > y })
            else { return nil }
            return y
        }
        guard !cuts.isEmpty else { return [items] }
        let bounds = Set(cuts).sorted()
        var rows = Array(repeating: [Int](), count: bounds.count + 1)
        for item in items {
            rows[bounds.firstIndex { stacks[item].box.maxY <= $0 } ?? bounds.count].append(item)
        }
        return rows.filter { !$0.isEmpty }
    }

    /// `items` split where white space at least `minimumGap` wide runs between them along one axis. `barriers`
    /// (extents of pictures and frames along the axis) are no white space: no split falls inside one.
    private func split(
        _ items: [Int], start: (Int) -> Double, end: (Int) -> Double, minimumGap: Double, barriers: [(Double, Double)] = []
    ) -> [[Int]] {
        // Items and barriers swept in order of their start; a barrier holds its extent but no item.
        let entries = (items.map { (start($0), end($0), Optional($0)) } + barriers.map { ($0.0, $0.1, nil) })
            .sorted { ($0.0, $0.1, $0.2 ?? -1) < ($1.0, $1.1, $1.2 ?? -1) }
        var parts: [[Int]] = []
        var reach = -Double.infinity
        for (from, to, item) in entries {
            if parts.isEmpty || from - reach >= minimumGap { parts.append([]) }
            if let item { parts[parts.count - 1].append(item) }
            reach = max(reach, to)
        }
        return parts.filter { !$0.isEmpty }
    }

    /// What a cut of `items` must not run through: the pictures, and the text inside each frame or tint, that
    /// reach into the region the items fill by at least an em each way without holding all of it (the frame of
    /// the box the region is inside, or a scan under its OCR text, does not stop it from being cut). A frame's
    /// own edge is no obstacle: a cut may run between its text and the text outside it.
    private func obstacles(in items: [Int], _ stacks: [Stack], em: Double) -> [BoundingBox] {
        guard !pictures.isEmpty || !enclosures.isEmpty, let region = BoundingBox.enclosing(items.map { stacks[$0].box }) else { return [] }
        let reachesIn = { (box: BoundingBox) -> Bool in
            let across = min(box.maxX, region.maxX) - max(box.x, region.x)
            let down = min(box.maxY, region.maxY) - max(box.y, region.y)
            let holdsRegion = box.x <= region.x + em && box.maxX >= region.maxX - em && box.y <= region.y + em && box.maxY >= region.maxY - em
            return across >= em && down >= em && !holdsRegion
        }
        let inside = enclosures.filter(reachesIn).compactMap { frame in
            BoundingBox.enclosing(items.map { stacks[$0].box }.filter { box in
                let x = box.x + box.width / 2, y = box.y + box.height / 2
                return x > frame.x && x < frame.maxX && y > frame.y && y < frame.maxY
            })
        }
        return pictures.filter(reachesIn) + inside
    }

    /// The heights where a rule drawn down inside the region has text on both sides of it: modules set side by
    /// side (a briefs column beside a story), which no row cuts across, though their white space may line up.
    /// A frame's edge counts only where the text on both sides reaches, not the frame's padding above and below.
    /// Only with rules drawn in a PDF: those an OCR engine finds in a scan (`PageDrawings.foundInScan`), beside line
    /// boxes that reach into the gutters, are too rough to overrule white space.
    private func dividers(in items: [Int], _ stacks: [Stack], em: Double) -> [(Double, Double)] {
        let minimum = settings.dividerMinimumLength * em
        let long = drawnDown.filter { $0.height >= minimum }
        guard !scanned, !long.isEmpty, let region = BoundingBox.enclosing(items.map { stacks[$0].box }) else { return [] }
        let boxes = items.map { stacks[$0].box }
        return long.compactMap { rule in
            let x = rule.x + rule.width / 2
            guard x > region.x + em, x < region.maxX - em, rule.y < region.maxY, rule.maxY > region.y else { return nil }
            let beside = boxes.filter { $0.y < rule.maxY && $0.maxY > rule.y }
            let left = beside.filter { $0.maxX <= x }, right = beside.filter { $0.x >= x }
            guard let leftTop = left.map(\.y).min(), let rightTop = right.map(\.y).min(),
                let leftBottom = left.map(\.maxY).max(), let rightBottom = right.map(\.maxY).max()
            else { return nil }
            let top = max(rule.y, leftTop, rightTop), bottom = min(rule.maxY, leftBottom, rightBottom)
            return bottom - top >= minimum ? (top, bottom) : nil
        }
    }

    // MARK: 3. Breaks

    /// Body text goes on from the foot of one column to the top of the next one to its right, in the same size.
    private func readsOn(from a: Stack, to b: Stack, em: Double) -> Bool {
        let flow = { (x: Double, y: Double) in max(x, y) / max(min(x, y), 0.1) <= settings.flowSizeRatio }
        guard flow(a.size, b.size), sameSize(a.size, em) else { return false }
        guard b.box.x >= a.box.maxX - em && b.box.y < a.box.maxY - em && b.box.x - a.box.maxX < em * 4 else { return false }
        // A line or two set higher than the column before begins (a kicker over the next module's headline) heads
        // what follows; the text of a column that goes on above the one before is more than a line or two.
        guard b.lines.count > 2 || b.box.y >= a.box.y - em else { return false }
        // A rule down the gutter beside the next column's top parts two modules.
        return !drawnDown.contains { rule in
            rule.x + rule.width / 2 >= a.box.maxX - em / 2 && rule.x + rule.width / 2 <= b.box.x + em / 2 && rule.y <= b.box.y + em && rule.maxY >= b.box.y + em
        }
    }

    /// The page's header and footer bands, cut off first: its first and last rows of stacks when they lie
    /// wholly in the top or bottom band of the page. Then the stacks between them.
    private func bands(_ items: [Int], _ stacks: [Stack], pageHeight: Double?, em: Double) -> (header: [Int], body: [Int], footer: [Int]) {
        guard let height = pageHeight, height > 0 else { return ([], items, []) }
        let text = BoundingBox.enclosing(items.map { stacks[$0].box })
        let textBottom = text?.maxY ?? height
        let textTop = text?.y ?? 0
        // A picture holds its rows together: the caption under a photo at the foot of the page is no footer (a
        // scan under the page's OCR text, half as wide and half as high as the text or more, holds nothing).
        let photos = pictures.filter { picture in text.map { picture.width < $0.width / 2 || picture.height < $0.height / 2 } ?? false }
        var rows = split(
            items, start: { stacks[$0].box.y }, end: { stacks[$0].box.maxY }, minimumGap: settings.moduleGap * em,
            barriers: photos.map { ($0.y, $0.maxY) })
        var header: [Int] = []
        var footer: [Int] = []
        if rows.count > 1, rows[0].allSatisfy({ stacks[$0].box.maxY <= height * settings.headerBand }) { header = rows.removeFirst() }
        // A footer line stands in the page's bottom band, or — on a page with a wide bottom margin — in that of
        // its text, a line high and set smaller than the body (a body line there is the foot of a column).
        let inFooterBand = { (index: Int) in
            stacks[index].box.y >= height * (1 - settings.footerBand)
                || (stacks[index].box.y >= textBottom - (textBottom - textTop) * settings.footerBand && stacks[index].lines.count == 1
                    && stacks[index].size < em && !sameSize(stacks[index].size, em))
        }
        if rows.count > 1, rows[rows.count - 1].allSatisfy(inFooterBand) { footer = rows.removeLast() }
        return (header, rows.flatMap { $0 }, footer)
    }

    /// The stack's lines, a line starting well right of the stack's left edge marked indented.
    private func indented(_ stack: Stack) -> [TextLine] {
        stack.lines.map { line in
            var line = line
            if box(line).x - stack.box.x >= stack.size * settings.indent { line.indent = max(line.indent, 4) }
            return line
        }
    }
}
