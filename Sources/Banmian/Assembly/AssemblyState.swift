/// The working state of one page's assembly; each step of `ArticleAssembler` is a method here.
struct AssemblyState {
    let blocks: [Block]
    let settings: LayoutSettings
    let table: MarkerTable
    /// Headlines another page's teasers name (`菜花西红柿橙子可抗癌　详见第3版`), without spaces: each heads an
    /// article of its own on this page.
    let announced: Set<String>
    /// The blocks come in the page's reading order (`PageResult.readingOrderKept`).
    let readingOrderKept: Bool
    var parts: [Part] = []
    var groups: [HeadlineGroup] = []
    var items: [Item] = []
    var drafts: [ArticleDraft] = []
    /// Which draft each part, group, byline and caption went to.
    var draftOfPart: [PartRef: DraftRef] = [:]
    var draftOfGroup: [GroupRef: DraftRef] = [:]
    var draftOfBlock: [BlockRef: DraftRef] = [:]
    /// Groups used as subheads printed in place.
    var inPlaceSubheads: Set<GroupRef> = []
    /// Parts that went on a roundup as its later dispatches (`joinRoundupDispatches`): their credits stay in their
    /// text, the article's byline being its first dispatch's.
    var laterDispatches: Set<PartRef> = []
    /// The words of each part; a step that changes a part's pieces drops its entry.
    var partContentCache: [PartRef: ContentMatch] = [:]
    /// The words of each group's headline, subtitle and kicker.
    var groupContentCache: [GroupField: ContentMatch] = [:]
    /// The words of each draft; a step that changes a draft's parts or group drops its entry.
    var draftContentCache: [DraftRef: ContentMatch] = [:]
    /// Where each item stands in `items`.
    var positions: [Item: Int] = [:]

    init(blocks: [Block], settings: LayoutSettings, table: MarkerTable, announced: Set<String> = [], readingOrderKept: Bool = true) {
        self.blocks = blocks
        self.settings = settings
        self.table = table
        self.announced = announced
        self.readingOrderKept = readingOrderKept
        buildItems()
        indexItems()
    }

    mutating func indexItems() {
        positions = Dictionary(items.enumerated().map { ($0.element, $0.offset) }, uniquingKeysWith: { first, _ in first })
    }

    // MARK: Step 1: parts and groups

    private mutating func buildItems() {
        var openPart: PartRef?
        var interrupted = false
        // …by a headline with its subtitle: a text under a subtitle is that headline's, unless it goes on with an
        // unfinished sentence of the text before, or is no text's opening (`isRunningTextOpening`). Only where the
        // blocks keep the reading order (elsewhere the text under it may be another column's).
        var interruptedBySubtitle = false
        var afterByline = false
        // A subhead known in the column (`BlockRole.subhead`) heads the paragraph printed after it.
        var subhead: BlockRef?
        for index in blocks.refs {
            let block = blocks[index]
            if let pending = subhead, block.role != .body {
                items.append(.block(pending))  // no paragraph after it: listed, not lost
                subhead = nil
            }
            switch block.role {
            case .subhead:
                subhead = index
            case .body:
                // A dateline starts an article, unless it reads on in the column right under the text before it.
                let startsArticle = (block.dateline != nil && !block.readsOnInColumn) || block.continuedFrom != nil || afterByline
                defer { subhead = nil }
                if let pending = subhead, let open = openPart, !parts[open].isClosed, !startsArticle {
                    parts[open].headingsBefore[parts[open].pieces.count] = blocks[pending].text
                    parts[open].pieces.append(index)
                } else if let pending = subhead {
                    let part = parts.add(Part(pieces: [index], isClosed: false, startsArticle: startsArticle, headingsBefore: [0: blocks[pending].text]))
                    items.append(.part(part))
                    openPart = part
                } else if let open = openPart, !parts[open].isClosed, !startsArticle, !interrupted || !block.opensParagraph,
                    !(interruptedBySubtitle && readingOrderKept && endsSentence(parts[open]) && isRunningTextOpening(block))
                {
                    parts[open].pieces.append(index)
                } else if !block.opensParagraph, !startsArticle,
                    let unfinished = parts.refs.suffix(settings.assemblyWindow).last(where: { !hasEnded($0) })
                {
                    parts[unfinished].pieces.append(index)
                    openPart = unfinished
                } else {
                    let part = parts.add(Part(pieces: [index], isClosed: false, startsArticle: startsArticle))
                    items.append(.part(part))
                    openPart = part
                }
                if block.continuedOn != nil, let open = openPart { parts[open].isClosed = true }
                interrupted = false
                interruptedBySubtitle = false
                afterByline = false
            case .kicker, .headline, .subtitle:
                let last: GroupRef
                if let open = groups.refs.last, groups[open].blocks.last.map({ blocks[$0].group }) == block.group, items.last == .group(open) {
                    groups[open].blocks.append(index)
                    last = open
                } else {
                    last = groups.add(HeadlineGroup(blocks: [index]))
                    items.append(.group(last))
                }
                // A second block of one role goes on after the first, never over it. A headline has one subtitle: of
                // two dashed lines under it, the first is the headline wrapped at its dash (`戏迷团长` / `——侯树忱`).
                let append = { (field: String?) in field.map { $0 + " " + block.text } ?? block.text }
                switch block.role {
                case .kicker: groups[last].kicker = append(groups[last].kicker)
                case .subtitle:
                    if let headline = groups[last].headline, let first = groups[last].subtitle {
                        groups[last].headline = headline + "——" + first
                        groups[last].subtitle = block.text
                    } else {
                        groups[last].subtitle = append(groups[last].subtitle)
                    }
                default: groups[last].headline = append(groups[last].headline)
                }
                interrupted = true
                if block.role == .subtitle { interruptedBySubtitle = true }
                afterByline = false
            case .caption:
                items.append(.block(index))
            case .byline:
                items.append(.block(index))
                interrupted = true
                afterByline = !isParenthesized(block)
            default:
                items.append(.block(index))
                interrupted = true
                afterByline = false
            }
        }
        if let pending = subhead { items.append(.block(pending)) }
    }

    /// A teaser on another page names the group's headline.
    func isAnnounced(_ group: GroupRef) -> Bool {
        guard !announced.isEmpty, let headline = groups[group].headline else { return false }
        return announced.contains(Self.unspaced(headline))
    }

    static func unspaced(_ text: String) -> String { text.filter { !$0.isWhitespace } }

    func endsSentence(_ part: Part) -> Bool {
        guard let piece = part.pieces.last, !blocks[piece].text.isEmpty else { return true }
        return settings.endsSentence(blocks[piece].text)
    }

    /// The block can open a text: sentences (it holds a mark of running text), not from a small letter (a
    /// subtitle's wrapped words, `artist go on display for the first time`) or a bracket's close (`时）`).
    func isRunningTextOpening(_ block: Block) -> Bool {
        guard let first = block.text.first, !CharacterClass.neverStartsALine(first) else { return false }
        return block.text.first(where: \.isLetter)?.isLowercase != true && block.text.contains(where: Punctuation.bodyMarks.contains)
    }

    /// The part's text has ended on this page: with a sentence, or at a jump to another page (`（下转第2版）`).
    func hasEnded(_ part: PartRef) -> Bool { parts[part].isClosed || endsSentence(parts[part]) }

    /// The part's text ends with a sentence and a closing credit (`送温暖。（范菊）`): its news item has ended.
    func closesWithCredit(_ part: PartRef) -> Bool {
        guard let piece = parts[part].pieces.last else { return false }
        return settings.endsWithClosingCredit(blocks[piece].text)
    }

    func isParenthesized(_ block: Block) -> Bool { Punctuation.isParenthesized(block.text) }

    /// The part opens with a continuation's marker (`（上接第一版）`): it goes on a text from another page.
    func opensWithContinuation(_ part: PartRef) -> Bool {
        parts[part].pieces.first.map { blocks[$0].continuedFrom != nil } == true
    }

    /// The part opens with a dispatch's dateline (`本报曼谷１月５日电`): the first paragraph of a story.
    func opensWithDateline(_ part: PartRef) -> Bool {
        parts[part].pieces.first.map { blocks[$0].dateline != nil && !blocks[$0].readsOnInColumn } == true
    }

    // MARK: Content

    mutating func content(ofPart part: PartRef) -> ContentMatch {
        if let cached = partContentCache[part] { return cached }
        let match = ContentMatch(parts[part].pieces.map { blocks[$0].text }.joined(separator: "\n"))
        partContentCache[part] = match
        return match
    }

    /// The words of a draft: its parts, headline group and subheads.
    mutating func content(ofDraft draft: DraftRef) -> ContentMatch {
        if let cached = draftContentCache[draft] { return cached }
        var match = ContentMatch(keys: [])
        for part in drafts[draft].parts { match = match.union(content(ofPart: part)) }
        if let group = drafts[draft].group { match = match.union(ContentMatch(groups[group].text)) }
        draftContentCache[draft] = match
        return match
    }

    /// How much of a headline group's words a part holds: headline, subtitle and kicker weighted.
    mutating func headlineCoverage(_ group: GroupRef, in part: PartRef) -> Double {
        let body = content(ofPart: part)
        let fields: [(GroupField.Field, String?, Double)] = [
            (.headline, groups[group].headline, settings.headlineWeight), (.subtitle, groups[group].subtitle, settings.subtitleWeight),
            (.kicker, groups[group].kicker, settings.kickerWeight),
        ]
        var score = 0.0
        var weights = 0.0
        for (field, text, weight) in fields {
            guard let text else { continue }
            let key = GroupField(group: group, field: field)
            let match: ContentMatch
            if let cached = groupContentCache[key] {
                match = cached
            } else {
                match = ContentMatch(text)
                groupContentCache[key] = match
            }
            if match.isEmpty { continue }
            score += weight * match.coverage(in: body)
            weights += weight
        }
        return weights > 0 ? score / weights : 0
    }

    // MARK: Geometry (pages with boxes)

    /// The box of a headline group, or nil on a page without geometry.
    func box(ofGroup group: GroupRef) -> BoundingBox? {
        BoundingBox.enclosing(groups[group].blocks.compactMap { blocks[$0].span.box })
    }

    /// The type size of the group's first line, where the reader knew sizes (PDF).
    func typeSize(ofGroup group: GroupRef) -> Double? {
        groups[group].blocks.first.flatMap { blocks[$0].lines.first?.fontSize }
    }

    /// The headline is printed over the part's first lines: the module's text starts under it, overlapping it
    /// across — or run in, the text starting on the heading's own (last) line right after it (a brief's title in
    /// bold, `体育界（18人）　马凤祥、马晓春…`, also under a first line of the title set wider). Nil on a page without
    /// geometry.
    func isPrinted(_ group: GroupRef, over part: PartRef) -> Bool? {
        guard let headline = box(ofGroup: group), let first = blocks[parts[part].pieces[0]].lines.first?.box else { return nil }
        let lastLine = groups[group].blocks.last.flatMap { blocks[$0].lines.last?.box } ?? headline
        return isRunIn(first, after: lastLine) || (first.y >= headline.maxY - 1 && first.horizontalOverlap(with: headline) > 0)
    }

    /// A text's first line goes on on the heading's own line, right after it: a title run into its text.
    func isRunIn(_ first: BoundingBox, after headline: BoundingBox) -> Bool {
        abs(first.y - headline.y) <= headline.height / 2 && first.x >= headline.maxX - 1
            && first.x - headline.maxX <= headline.height * settings.geometry.besideMaximumGap
    }

    /// The headline is set top to bottom beside the part's text, on either side of it (a vertical headline stands
    /// at the side of its module, its top level with the text's). Nil on a page without geometry.
    func isPrinted(_ group: GroupRef, beside part: PartRef) -> Bool? {
        guard let headline = box(ofGroup: group),
            let text = BoundingBox.enclosing(parts[part].pieces.flatMap { blocks[$0].lines.compactMap(\.box) })
        else { return nil }
        guard headline.height >= headline.width * settings.geometry.verticalHeadlineAspect else { return false }
        let em = typeSize(ofGroup: group) ?? headline.width
        let reach = em * settings.geometry.besideMaximumGap
        let gap = max(text.x - headline.maxX, headline.x - text.maxX)
        return gap >= -1 && gap <= reach && abs(text.y - headline.y) <= reach
    }

    /// The group is printed in the column of the part before it, right under its last line and within that column,
    /// or — set smaller than a headline — at the head of the next column, level with the top of that column (the
    /// part's text ended at its column's foot): where a subhead in place stands. Nil on a page without geometry.
    func isPrinted(_ group: GroupRef, under part: PartRef) -> Bool? {
        guard let heading = box(ofGroup: group), let (lastLine, column) = endingColumn(of: part), let last = lastLine.box else { return nil }
        let (top, left, right) = (column.y, column.x, column.maxX)
        let gap = heading.y - last.maxY
        // In that column: a heading across the gutter (centred over the next module's columns) heads that module.
        if gap >= -1 && gap <= last.height * settings.geometry.subheadMaximumGap && heading.x < right && heading.maxX > left {
            return heading.x >= left - last.height && heading.maxX <= right + last.height
        }
        guard isSetUnderHeadlineSize(group, after: part) == true, let headingSize = typeSize(ofGroup: group) else { return false }
        // A heading the size of the one over the text before it is its sibling (the next of a column of briefs).
        let before = items[..<position(of: .part(part))].last { if case .group = $0 { return true } else { return false } }
        if case .group(let previous) = before, let previousSize = typeSize(ofGroup: previous), settings.isSameSize(headingSize, as: previousSize) { return false }
        // The top of that column, where a subhead stands when the part's text ended at the column's foot.
        let gutter = heading.x - right
        return gutter >= 0 && gutter <= last.height * settings.geometry.subheadMaximumGap * 2 && abs(heading.y - top) <= last.height * settings.geometry.subheadMaximumGap
    }

    /// Whether the group is set under a headline's size (`headlineMinimumSizeRatio` of the last line of the text
    /// before it), as a subhead is; nil without type sizes.
    func isSetUnderHeadlineSize(_ group: GroupRef, after part: PartRef) -> Bool? {
        guard let size = typeSize(ofGroup: group), let body = parts[part].pieces.last.flatMap({ blocks[$0].lines.last?.fontSize }) else { return nil }
        return size < body * settings.headlineMinimumSizeRatio
    }

    /// The column a part ends in: its last line, and the box of its lines over or under that one (a paragraph's
    /// short last line does not give the column's width). Nil on a page without geometry.
    func endingColumn(of part: PartRef) -> (lastLine: TextLine, column: BoundingBox)? {
        guard let piece = parts[part].pieces.last, let lastLine = blocks[piece].lines.last, let last = lastLine.box else { return nil }
        let lines = parts[part].pieces.flatMap { blocks[$0].lines.compactMap(\.box) }.filter { $0.horizontalOverlap(with: last) > 0 }
        return (lastLine, BoundingBox.enclosing(lines) ?? last)
    }

    // MARK: Neighbours

    func position(of item: Item) -> Int { positions[item] ?? items.firstIndex(of: item) ?? 0 }

    /// The positions of the items a headline, part or caption at `position` looks among for its article:
    /// `assemblyWindow` on either side, which is more than a page holds.
    func window(around position: Int) -> Range<Int> {
        max(0, position - settings.assemblyWindow)..<min(items.count, position + settings.assemblyWindow + 1)
    }

    /// The drafts with a part or headline near `position`, in draft order.
    func drafts(near position: Int) -> [DraftRef] {
        var near = Set<DraftRef>()
        for index in window(around: position) {
            switch items[index] {
            case .part(let part): if let draft = draftOfPart[part] { near.insert(draft) }
            case .group(let group): if let draft = draftOfGroup[group] { near.insert(draft) }
            case .block: continue
            }
        }
        return near.sorted()
    }

    /// The first part after an item with nothing but bylines and captions between, and how many bylines.
    func partAfter(_ item: Item) -> (part: PartRef, bylines: Int)? {
        var bylines = 0
        for next in items[(position(of: item) + 1)...] {
            switch next {
            case .part(let part): return (part, bylines)
            case .block(let index) where blocks[index].role == .byline && !isParenthesized(blocks[index]): bylines += 1
            case .block(let index) where blocks[index].role == .caption: continue
            default: return nil
            }
        }
        return nil
    }

    /// The last part before an item with nothing but bylines and captions between.
    func partBefore(_ item: Item) -> PartRef? {
        for previous in items[..<position(of: item)].reversed() {
            switch previous {
            case .part(let part): return part
            case .block(let index) where [.byline, .caption].contains(blocks[index].role): continue
            default: return nil
            }
        }
        return nil
    }
}

import Foundation
