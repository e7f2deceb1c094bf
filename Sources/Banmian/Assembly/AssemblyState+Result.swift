extension AssemblyState {
    /// The articles in the order their first line is printed (articles opening on one line of the text, side by
    /// side, in the order their headline or text is read), with stable ids, and everything else unassigned.
    mutating func result(page: Int?, source: String) -> ArticleAssembler.Result {
        // (A draft whose parts went to another article, `joinRoundupDispatches`, is no article.)
        let built = drafts.refs.filter { drafts[$0].group != nil || !drafts[$0].parts.isEmpty }.map { (build($0, source: source), firstItem(of: $0)) }
            .sorted { ($0.0.span.firstLine, $0.1) < ($1.0.span.firstLine, $1.1) }.map(\.0)
        let articles = built.enumerated().map { offset, article in
            var article = article
            article.id = "p\(page ?? 0)-a\(offset + 1)"
            return article
        }
        var unassigned: [UnassignedText] = []
        var diagnostics: [Diagnostic] = []
        let masthead = mastheadGroups(before: articles.map(\.span.firstLine).min() ?? Int.max)
        for item in items {
            switch item {
            case .group(let group) where masthead.contains(group):
                for index in groups[group].blocks { unassigned.append(UnassignedText(role: .pageFurniture, text: blocks[index].text, span: blocks[index].span)) }
            case .group(let group) where draftOfGroup[group] == nil && !inPlaceSubheads.contains(group):
                for index in groups[group].blocks { unassigned.append(UnassignedText(role: blocks[index].role, text: blocks[index].text, span: blocks[index].span)) }
                let span = groups[group].blocks.map { blocks[$0].span }.reduce(blocks[groups[group].blocks[0]].span) { $0.union($1) }
                diagnostics.append(
                    Diagnostic(
                        code: .headlineWithoutBody, severity: .info,
                        message: "\(source): no body on this page shares the words of the headline “\(groups[group].text)”; it is listed as unassigned",
                        span: span))
            case .block(let index) where draftOfBlock[index] == nil:
                unassigned.append(UnassignedText(role: blocks[index].role, text: blocks[index].text, span: blocks[index].span))
            default: continue
            }
        }
        unassigned.sort { $0.span.firstLine < $1.span.firstLine }
        return ArticleAssembler.Result(articles: articles, unassigned: unassigned, diagnostics: diagnostics)
    }

    /// Where the draft's headline or first part is read, in `items`.
    private func firstItem(of draft: DraftRef) -> Int {
        let items = (drafts[draft].group.map { [Item.group($0)] } ?? []) + drafts[draft].parts.map { Item.part($0) }
        return items.map { position(of: $0) }.min() ?? Int.max
    }

    /// The order of a draft's parts: a part continued from another page, the part printed after the headline,
    /// the others as printed, and the part that jumps to another page last.
    private func orderedParts(_ draft: ArticleDraft) -> [PartRef] {
        draft.parts.sorted { a, b in
            func rank(_ part: PartRef) -> Int {
                if opensWithContinuation(part) { return 0 }
                if part == draft.forwardPart { return 1 }
                return parts[part].isClosed ? 3 : 2
            }
            return (rank(a), parts[a].pieces[0]) < (rank(b), parts[b].pieces[0])
        }
    }

    private mutating func build(_ ref: DraftRef, source: String) -> Article {
        let draft = drafts[ref]
        var paragraphs: [Paragraph] = []
        var headings: [Int: String] = [:]
        var firstPieceOfParagraph: [BlockRef] = []
        var partStarts: [Int] = []
        var span: SourceSpan?
        func cover(_ other: SourceSpan) { span = span.map { $0.union(other) } ?? other }

        let ordered = orderedParts(draft)
        for part in ordered {
            partStarts.append(paragraphs.count)
            for (offset, piece) in parts[part].pieces.enumerated() {
                let block = blocks[piece]
                cover(block.span)
                let heading = parts[part].headingsBefore[offset]
                if let heading { headings[paragraphs.count] = heading }
                if !block.opensParagraph, heading == nil, offset > 0, !paragraphs.isEmpty {
                    LineJoiner.append(block.text, to: &paragraphs[paragraphs.count - 1].text)
                    paragraphs[paragraphs.count - 1].span = paragraphs[paragraphs.count - 1].span.union(block.span)
                } else if !block.text.isEmpty {
                    paragraphs.append(Paragraph(text: block.text, span: block.span))
                    firstPieceOfParagraph.append(piece)
                }
            }
        }
        let startOfPart = Dictionary(zip(ordered, partStarts), uniquingKeysWith: { first, _ in first })
        let unplaced = placeLooseSubheads(draft.looseSubheads, in: paragraphs, partStarts: partStarts, startOfPart: startOfPart, headings: &headings)
        for group in unplaced { draftOfGroup[group] = nil }  // listed as unassigned rather than lost

        var sections: [Section] = []
        for (index, paragraph) in paragraphs.enumerated() {
            if let heading = headings[index] {
                sections.append(Section(heading: heading, paragraphs: [paragraph]))
            } else if sections.isEmpty {
                sections.append(Section(heading: nil, paragraphs: [paragraph]))
            } else {
                sections[sections.count - 1].paragraphs.append(paragraph)
            }
        }
        let group = draft.group.map { groups[$0] }
        for index in draft.group.map({ groups[$0].blocks }) ?? [] { cover(blocks[index].span) }
        for index in draft.bylineBlocks + draft.captionBlocks { cover(blocks[index].span) }
        let firstPiece = firstPieceOfParagraph.first.map { blocks[$0] }
        let subheads = draft.looseSubheads.filter { !unplaced.contains($0) }.flatMap { groups[$0].blocks }
        let printed = (draft.group.map { groups[$0].blocks } ?? []) + draft.bylineBlocks + ordered.flatMap { parts[$0].pieces } + subheads
            + draft.captionBlocks
        var article = Article(
            id: "", kicker: group?.kicker, headline: group?.headline, subtitle: group?.subtitle,
            bylines: bylines(of: draft, ordered: ordered), dateline: firstPiece?.dateline, sections: sections,
            continuedOn: ordered.compactMap { parts[$0].pieces.compactMap { blocks[$0].continuedOn }.last }.last,
            continuedFrom: firstPiece?.continuedFrom, captions: draft.captionBlocks.map { blocks[$0].text },
            span: span ?? SourceSpan(source: source, firstLine: 0, lastLine: 0))
        article.zones = Zones.of(printed.flatMap { blocks[$0].lines.compactMap(\.box) })
        article.doubts = ArticleConfidence(
            article, opensParagraph: firstPiece?.opensParagraph ?? false, indentsFirstParagraph: table.indentsFirstParagraph, settings: settings
        ).doubts
        return article
    }

    /// Byline lines and credits closing a paragraph, in the order they are printed, then the photographers of the
    /// article's pictures, credited in their captions (`（新华社记者丁仁贵摄）`: DESIGN.md counts `（记者 … 摄）` among
    /// the bylines), each name once. A roundup's later dispatch keeps its credit where it is printed, in its
    /// paragraph (`据新华社汉城…电（记者李平）…`): the article's byline is its first dispatch's — unless reading took
    /// the credit out of the text (a dateline on a line of its own), where it stays a byline, so that nothing is lost.
    private func bylines(of draft: ArticleDraft, ordered: [PartRef]) -> [Byline] {
        let pieces = ordered.flatMap { part in parts[part].pieces.map { (piece: $0, later: laterDispatches.contains(part)) } }
        let printed = (draft.bylineBlocks.map { (piece: $0, later: false) } + pieces).sorted { $0.piece < $1.piece }
        var bylines = printed.flatMap { piece, later in
            guard later else { return blocks[piece].bylines }
            let text = blocks[piece].text.filter { !$0.isWhitespace }
            // (Still in the text: its role, if any, and each of its names, one at least.)
            func isInText(_ credit: Byline) -> Bool {
                !credit.names.isEmpty && credit.names.allSatisfy { text.contains($0.filter { !$0.isWhitespace }) }
                    && (credit.role.map { text.contains($0.filter { !$0.isWhitespace }) } ?? true)
            }
            return blocks[piece].bylines.filter { !isInText($0) }
        }
        var named = Set(bylines.flatMap(\.names))
        for credit in draft.captionBlocks.flatMap({ blocks[$0].bylines }) where credit.role.map(table.isPhotoRole) == true {
            let names = credit.names.filter { named.insert($0).inserted }
            if !names.isEmpty { bylines.append(Byline(role: credit.role, names: names)) }
        }
        return bylines
    }

    /// Subheads printed away from their text: the first opens the columns after a lead (the second part),
    /// each other one goes before the later paragraph that holds most of its words.
    /// Returns the subheads no paragraph was left for.
    private func placeLooseSubheads(
        _ subheads: [GroupRef], in paragraphs: [Paragraph], partStarts: [Int], startOfPart: [PartRef: Int], headings: inout [Int: String]
    ) -> [GroupRef] {
        var earliest = 1
        var unplaced: [GroupRef] = []
        for (rank, group) in subheads.enumerated() {
            let heading = subheadText(group)
            // Printed over a text of the article: it heads that text.
            if let under = partAfter(.group(group)).flatMap({ startOfPart[$0.part] }), under > 0, headings[under] == nil {
                headings[under] = heading
                earliest = max(earliest, under + 1)
                continue
            }
            let free = (earliest..<max(earliest, paragraphs.count)).filter { headings[$0] == nil }
            guard !free.isEmpty else {
                unplaced.append(group)
                continue
            }
            var chosen = free[0]
            if !(rank == 0 && partStarts.count > 1 && free.contains(partStarts[1])) {
                let words = ContentMatch(heading)
                var best = 0.0
                for index in free {
                    let coverage = words.coverage(in: ContentMatch(paragraphs[index].text))
                    if coverage > best {
                        best = coverage
                        chosen = index
                    }
                }
            } else {
                chosen = partStarts[1]
            }
            headings[chosen] = heading
            earliest = chosen + 1
        }
        return unplaced
    }

    /// Headlines of no article above the page's first article that are the paper's name (`江城日报`): the masthead,
    /// page furniture. (The name with its Latin name under it is furniture from the start: `BlockReader`.)
    func mastheadGroups(before firstArticleLine: Int) -> Set<GroupRef> {
        var masthead = Set<GroupRef>()
        for item in items {
            guard case .group(let group) = item, draftOfGroup[group] == nil,
                let first = groups[group].blocks.first, blocks[first].span.firstLine < firstArticleLine,
                groups[group].blocks.allSatisfy({ Masthead.isPaperName(blocks[$0].text) })
            else { continue }
            masthead.insert(group)
        }
        return masthead
    }
}
