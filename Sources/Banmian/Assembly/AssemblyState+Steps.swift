extension AssemblyState {
    // MARK: Steps 2 and 3: subheads printed in place

    /// Bare headlines printed between an unfinished part and a part that starts no article: a subhead in place
    /// when the text before it has its own headline (or the two parts read as one text), else an ordinary headline.
    /// A text closed by its credit (`送温暖。（范菊）`) has ended: a headline after it heads the next item.
    func sandwichedGroups() -> [GroupRef] {
        let briefs = briefsHeadings()
        return groups.refs.filter { group in
            guard groups[group].isBare, !briefs.contains(group), !isAnnounced(group), let (before, after) = sandwich(group) else { return false }
            return !parts[before].isClosed && !closesWithCredit(before) && !parts[after].startsArticle && isPrinted(group, under: before) != false
                && !isOverPicture(group) && !changesColumn(from: before, to: after) && !isRunIntoLatinText(group, after)
                && !isSetTopToBottom(group)
        }
    }

    /// The heading is set top to bottom (in text, given one character a line; with geometry, its box
    /// `verticalHeadlineAspect` times as tall as wide): a headline standing beside its module, which a subhead set in
    /// the column never is.
    func isSetTopToBottom(_ group: GroupRef) -> Bool {
        let lines = groups[group].blocks.flatMap { blocks[$0].lines }
        if !lines.isEmpty, lines.allSatisfy(\.isSetVertically) { return true }
        guard let box = box(ofGroup: group), lines.reduce(0, { $0 + $1.text.count }) >= 3 else { return false }
        return box.height >= box.width * settings.geometry.verticalHeadlineAspect
    }

    /// A Latin-script title run into the first line of the text after it (`ATTEMPT TO KILL.—About three weeks…`,
    /// `RunInHeads`): the text goes on on the title's own line, to its right. Such a title heads an item of its own
    /// (a column of local items, of briefs); a subhead in place stands on a line of its own.
    func isRunIntoLatinText(_ group: GroupRef, _ part: PartRef) -> Bool {
        let lines = groups[group].blocks.flatMap { blocks[$0].lines }
        guard lines.count == 1, let title = lines[0].box, lines[0].isSpacedTitle, let first = parts[part].pieces.first,
            let box = blocks[first].lines.first?.box, CharacterClass.isLatin(lines[0].text)
        else { return false }
        return isRunIn(box, after: title)
    }

    /// In text, whether the text after a heading is set in a column of another width than the text before it
    /// (`…所向无敌。` in lines of 36 characters, `卖灯草的老人`, `灯草，是过去湘西人…` in lines of 17): another module,
    /// which a subhead in place never opens. Each text's width is that of its full lines next to the heading
    /// (`columnWidthWindow` of them): the widest measure (indent and text) two of them reach — many of a narrow
    /// column's lines open or close a paragraph.
    func changesColumn(from before: PartRef, to after: PartRef) -> Bool {
        let above = parts[before].pieces.flatMap { blocks[$0].lines }.suffix(settings.columnWidthWindow)
        let below = parts[after].pieces.flatMap { blocks[$0].lines }.prefix(settings.columnWidthWindow)
        guard (above + below).allSatisfy({ $0.box == nil }), let a = fullMeasure(above), let b = fullMeasure(below) else { return false }
        return settings.isOffColumn(b, column: a)
    }

    /// The widest measure (indent and text) that two lines reach, a half-width unit short counting (a squeezed mark).
    private func fullMeasure(_ lines: some Collection<TextLine>) -> Int? {
        let measures = lines.map { $0.indent + $0.width }
        return Set(measures).sorted(by: >).first { width in measures.count { $0 == width || $0 == width - 1 } >= 2 }
    }

    /// A heading with a picture's caption right after it heads a story of its own: a subhead in place has no
    /// picture of its own under it.
    func isOverPicture(_ group: GroupRef) -> Bool {
        let next = position(of: .group(group)) + 1
        guard next < items.count, case .block(let block) = items[next] else { return false }
        return blocks[block].role == .caption
    }

    /// The headings of a column of briefs: the bare headlines after its label (`综合简讯`), one type size all (where
    /// sizes are known), up to a headline with a kicker or subtitle, another size, another label, a byline or a
    /// caption (a story of its own). Each heads an item of its own, however short the text between them.
    /// Briefs are set alike: titles run into their items' first lines, or each on a line of its own. In text (no
    /// sizes to tell), after the last title in the form of the column's first, a heading in the other form heads the
    /// next module, unless the item before it runs far longer than every other of the column
    /// (`briefsItemMaximumRatio`): then the briefs had ended inside it, the text going on under no heading of its
    /// own, and the heading is that text's subhead, as those after it are (`■不得采集血液` on its line after titles
    /// run in).
    func briefsHeadings() -> Set<GroupRef> {
        var headings = Set<GroupRef>()
        var run: [GroupRef] = []
        var inBriefs = false
        var size: Double?
        func endBriefs() {
            inBriefs = false
            defer { run = [] }
            // On a page with type sizes these tell the briefs' end; in text, their form.
            guard let first = run.first, box(ofGroup: first) == nil, let last = run.lastIndex(where: { isRunIntoText($0) == isRunIntoText(first) }) else {
                headings.formUnion(run)
                return
            }
            headings.formUnion(run[...last])
            if last + 1 < run.count {
                // The items' lengths, up to the heading in the other form.
                let lengths = zip(run[...last], run[1...(last + 1)]).map { textLength(from: $0, to: $1) }
                let endedInside = lengths.dropLast().max().map { Double(lengths[lengths.count - 1]) > Double($0) * settings.briefsItemMaximumRatio }
                if endedInside != true { headings.insert(run[last + 1]) }
            }
        }
        for item in items {
            switch item {
            case .block(let block) where blocks[block].role == .pageFurniture:
                endBriefs()
                inBriefs = table.isBriefsLabel(blocks[block].text.trimmingCharacters(in: .whitespaces))
                size = nil
            case .group(let group) where inBriefs:
                let groupSize = typeSize(ofGroup: group)
                if let size, let groupSize, !settings.isSameSize(groupSize, as: size) { endBriefs() }
                guard inBriefs, groups[group].isBare else {
                    endBriefs()
                    continue
                }
                run.append(group)
                size = size ?? groupSize
            case .block(let block) where (blocks[block].role == .byline && !isParenthesized(blocks[block])) || blocks[block].role == .caption:
                // A byline or a photo opens a story of its own: the briefs have ended. (An item's closing credit,
                // `（本报记者 方云建）`, ends the item only.)
                endBriefs()
            default: continue
            }
        }
        endBriefs()
        return headings
    }

    /// The characters of the text printed between two groups.
    private func textLength(from start: GroupRef, to end: GroupRef) -> Int {
        items[(position(of: .group(start)) + 1)..<position(of: .group(end))].reduce(0) { length, item in
            guard case .part(let part) = item else { return length }
            return length + parts[part].pieces.reduce(0) { $0 + blocks[$1].text.count }
        }
    }

    /// The group's title was run into the first line of its text (`RunInHeads`), as a brief's title often is.
    private func isRunIntoText(_ group: GroupRef) -> Bool {
        groups[group].blocks.last.flatMap { blocks[$0].lines.last?.isRunInTitle } == true
    }

    /// The parts printed right before and right after a group (captions, and items in `removed`, do not count).
    private func sandwich(_ group: GroupRef, removed: Set<Int> = []) -> (PartRef, PartRef)? {
        let at = position(of: .group(group))
        let skipped = { (index: Int) -> Bool in
            if removed.contains(index) { return true }
            if case .block(let block) = items[index] { return blocks[block].role == .caption }
            return false
        }
        guard let previous = items.indices[..<at].last(where: { !skipped($0) }), case .part(let before) = items[previous],
            let next = items.indices[(at + 1)...].first(where: { !skipped($0) }), case .part(let after) = items[next]
        else { return nil }
        return (before, after)
    }

    /// Merges the parts around each candidate subhead whose text before it already belongs to an article.
    mutating func findSubheadsInPlace(_ candidates: [GroupRef]) {
        // Merged parts and used groups leave `items` at the end, in one pass: until then they are skipped.
        var removed = Set<Int>()
        defer {
            items = items.indices.filter { !removed.contains($0) }.map { items[$0] }
            indexItems()
            draftContentCache = [:]
        }
        for group in candidates {
            guard let (before, after) = sandwich(group, removed: removed) else { continue }
            // A text with no headline yet (its module's headline printed beside it or after it) goes on under a
            // subhead the page sets in its column.
            let headlessInColumn = draftOfPart[before] == nil && isSetInColumn(group, under: before)
            // The text after has a headline already only where that headline stands beside the module or after it
            // (set top to bottom at its side) and the text before has none: the module's text runs on under a
            // subhead set in its column, and the whole of it takes that headline.
            let adopted = draftOfPart[after]
            if let adopted {
                guard headlessInColumn, drafts[adopted].parts == [after], let headline = drafts[adopted].group,
                    isPrinted(headline, over: after) == false
                else { continue }
            }
            let continues = !blocks[parts[after].pieces[0]].opensParagraph
            let similarity = content(ofPart: before).similarity(to: content(ofPart: after))
            // A heading set larger than the body between two texts is a subhead only when they share some words.
            let subheadSized = !endsSentence(parts[before]) || isSetLikeTheBody(group, between: before, and: after)
                || similarity >= settings.largeSubheadMinimumSimilarity
            // The text before belongs to an article: its headline's, or — where the page's geometry gave the reading
            // order, so that the heading is printed in the columns of that text — a continuation's from another page
            // (which may be printed without a headline of its own). In text, a headline after a continuation is as
            // often the next article's, also under a heading found over the continuation by its place alone —
            // unless the text after this heading holds that heading's words (`海南看海` over `（上接第A1版）…`, then
            // `在下海的时候` over `…能在海南看海…`): one story.
            let continuation = opensWithContinuation(before)
                && groups[group].blocks.allSatisfy { blocks[$0].lines.allSatisfy { $0.box != nil } }
            var inArticle = continuation
            if let draft = draftOfPart[before] {
                inArticle = !drafts[draft].headsByPlace || drafts[draft].group.map { headlineCoverage($0, in: after) >= settings.subheadMinimumOverlap } == true
            } else if headlessInColumn {
                inArticle = true
            }
            guard (inArticle && subheadSized) || continues || similarity >= settings.partMinimumSimilarity else { continue }
            let heading = subheadText(group)
            parts[before].headingsBefore[parts[before].pieces.count] = heading
            for (offset, heading) in parts[after].headingsBefore { parts[before].headingsBefore[parts[before].pieces.count + offset] = heading }
            parts[before].pieces.append(contentsOf: parts[after].pieces)
            parts[before].isClosed = parts[after].isClosed
            parts[after].pieces = []
            partContentCache[before] = nil
            removed.insert(position(of: .part(after)))
            removed.insert(position(of: .group(group)))
            inPlaceSubheads.insert(group)
            if let adopted {
                drafts[adopted].parts = [before]
                if drafts[adopted].forwardPart == after { drafts[adopted].forwardPart = before }
                draftOfPart[after] = nil
                draftOfPart[before] = adopted
            }
        }
    }

    /// With geometry, the heading is set as a subhead in the column of the text before it: under a headline's size
    /// (`headlineMinimumSizeRatio` of the body), within that column, right under its last line
    /// (`subheadMaximumGap`). A headline over the next text stands out by its size or crosses the column.
    private func isSetInColumn(_ group: GroupRef, under part: PartRef) -> Bool {
        guard let heading = box(ofGroup: group), isSetUnderHeadlineSize(group, after: part) == true, let (lastLine, column) = endingColumn(of: part),
            let last = lastLine.box
        else { return false }
        let gap = heading.y - last.maxY
        return heading.x >= column.x - 1 && heading.maxX <= column.maxX + 1 && gap >= -1 && gap <= last.height * settings.geometry.subheadMaximumGap
    }

    /// Whether a heading could be set in the body's type, as a subhead is. With type sizes: under a headline's size
    /// (`headlineMinimumSizeRatio` of the text before it; `北京举行新年音乐会` at 17 points under a text at 10 is a
    /// headline). In text: one line, or lines wrapped at the width of the column around it. Lines narrower (or
    /// wider) than the column are set larger, as headlines are (`在《罗荣桓军事文选》出版座` / `谈会上江泽民同志的讲话`
    /// over `同志们：`, `依法治国` / `切戒傲慢`).
    private func isSetLikeTheBody(_ group: GroupRef, between before: PartRef, and after: PartRef) -> Bool {
        if let underHeadlineSize = isSetUnderHeadlineSize(group, after: before) { return underHeadlineSize }
        let lines = groups[group].blocks.flatMap { blocks[$0].lines }
        guard lines.count > 1, lines.allSatisfy({ $0.box == nil }), let last = parts[before].pieces.last, let first = parts[after].pieces.first,
            let column = LineReader.commonestWidth(blocks[last].lines + blocks[first].lines)?.width
        else { return true }
        return settings.isFull(lines[0].width, column: column)
    }

    /// A subhead's text: its blocks' printed lines as `LineJoiner.joinSubhead` joins them, in the column of the
    /// text right after it (its widest line). In text, lines wrapped at that column's width join as running text
    /// (`保持经济总量的基本` / `平衡`).
    func subheadText(_ group: GroupRef) -> String {
        let first = partAfter(.group(group)).flatMap { after in parts[after.part].pieces.first }
        let column = first.flatMap { blocks[$0].lines.compactMap(\.box?.width).max() }
        let textColumn = first.flatMap { LineReader.commonestWidth(blocks[$0].lines)?.width }
        return groups[group].blocks.map { block in
            let lines = blocks[block].lines
            if let textColumn, lines.count > 1, lines.allSatisfy({ $0.box == nil }), settings.isFull(lines[0].width, column: textColumn) {
                return LineJoiner.join(lines.map(\.text))
            }
            return LineJoiner.joinSubhead(lines, columnWidth: column)
        }.joined(separator: " ")
    }

    // MARK: Steps 2 and 4: headlines to parts

    mutating func assignHeadlines(excluding excluded: Set<GroupRef> = []) {
        var candidates: [(score: Double, group: GroupRef, part: PartRef, forward: Bool, byPlace: Bool)] = []
        for group in groups.refs where !inPlaceSubheads.contains(group) && !excluded.contains(group) && groups[group].headline != nil {
            let item = Item.group(group)
            let after = partAfter(item)
            let before = partBefore(item)
            for index in window(around: position(of: item)) {
                guard case .part(let part) = items[index], !parts[part].pieces.isEmpty else { continue }
                var bonus = -settings.distantPenalty
                var forward = false
                var underMarker = false
                if let after, after.part == part {
                    // A byline between the headline and the text says the text is its story; so does a picture
                    // under a heading that ends the text before it (not a subhead, `sandwichedGroups` says) or, in
                    // text that keeps the reading order, that opens the page's text, and a teaser on another page
                    // naming the headline.
                    let picture = isOverPicture(group) ? position(of: item) + 1 : nil
                    let printedOver = isPrinted(group, over: part)
                    let overPicture = picture != nil && (before != nil || (printedOver == nil && readingOrderKept))
                    bonus = after.bylines > 0 || overPicture || isAnnounced(group) || (readingOrderKept && opensWithDateline(part)) ? settings.forwardWithBylineBonus : settings.forwardBonus
                    if printedOver == true { bonus = settings.geometry.moduleBonus }
                    // In text that kept the page's reading order, a text from another page goes on under the heading
                    // right over its marker, whatever its words, and under a picture only when the caption speaks of
                    // that text (else the heading and the picture are photo news of their own).
                    if printedOver == nil, readingOrderKept {
                        let continuation = opensWithContinuation(part)
                        if continuation, position(of: .part(part)) == position(of: item) + 1 {
                            bonus = settings.continuationHeadingBonus
                            underMarker = true
                        } else if continuation, let picture, !isCaption(at: picture, of: part) {
                            bonus = -settings.distantPenalty
                        }
                    }
                    forward = true
                } else if before == part {
                    bonus = settings.backwardBonus
                }
                if isPrinted(group, beside: part) == true { bonus = settings.geometry.moduleBonus }
                // A Latin title run into the text's first line is that text's, whatever words the text before shares.
                if forward, isRunIntoLatinText(group, part) { bonus = settings.geometry.runInTitleBonus }
                let coverage = headlineCoverage(group, in: part)
                let byPlace = underMarker && coverage + settings.forwardBonus < settings.attachThreshold
                if coverage + bonus >= settings.attachThreshold { candidates.append((coverage + bonus, group, part, forward, byPlace)) }
            }
        }
        candidates.sort { ($0.score, -$0.group.offset, -$0.part.offset) > ($1.score, -$1.group.offset, -$1.part.offset) }
        for candidate in candidates where draftOfGroup[candidate.group] == nil && draftOfPart[candidate.part] == nil && !parts[candidate.part].pieces.isEmpty {
            let draft = drafts.add(
                ArticleDraft(group: candidate.group, forwardPart: candidate.forward ? candidate.part : nil, headsByPlace: candidate.byPlace, parts: [candidate.part]))
            draftOfGroup[candidate.group] = draft
            draftOfPart[candidate.part] = draft
        }
    }

    // MARK: Step 4b: headlines over text no headline took

    /// In text that keeps the page's reading order (no geometry to tell), a headline that found no text by words
    /// heads the text printed right under it when that text found no headline either and opens a paragraph, and
    /// the headline stands between two texts (not inside one left unfinished): `离别三十六年梦想终于成真` over
    /// `１９９７年１２月１８日，湖南省…`, which shares none of its words.
    mutating func headTextsUnderLeftoverHeadlines() {
        guard readingOrderKept else { return }
        for group in groups.refs where draftOfGroup[group] == nil && !inPlaceSubheads.contains(group) && groups[group].headline != nil {
            let item = Item.group(group)
            // (A headline over a picture's caption is photo news, or heads the text the caption speaks of: step 6.)
            guard let after = partAfter(item), draftOfPart[after.part] == nil, !parts[after.part].pieces.isEmpty,
                isPrinted(group, over: after.part) == nil, position(of: .part(after.part)) == position(of: item) + 1 + after.bylines,
                blocks[parts[after.part].pieces[0]].opensParagraph || parts[after.part].startsArticle
            else { continue }
            // Not inside a text left unfinished, nor over text that goes on with the story above it (a subhead in
            // place: `新的起点` over more of the dispatch before it).
            if let before = partBefore(item), !hasEnded(before) { continue }
            if content(ofPart: after.part).similarity(to: storyAbove(item)) >= settings.partMinimumSimilarity { continue }
            // Nor where its words are in another text that has no headline (extractors print some headlines after
            // their text, far from it): step 7 pairs those by words.
            let here = headlineCoverage(group, in: after.part)
            let elsewhere = window(around: position(of: item)).contains { index in
                guard case .part(let other) = items[index], other != after.part, draftOfPart[other].map({ drafts[$0].group == nil }) ?? true else { return false }
                let coverage = headlineCoverage(group, in: other)
                return coverage >= settings.leftoverMinimumCoverage && coverage > here
            }
            if elsewhere { continue }
            let draft = drafts.add(ArticleDraft(group: group, forwardPart: after.part, parts: [after.part]))
            draftOfGroup[group] = draft
            draftOfPart[after.part] = draft
        }
    }

    /// The words of the story printed above an item: the texts back to the nearest headline or text that found
    /// its article (headings that found none yet passed over), and that article's.
    private mutating func storyAbove(_ item: Item) -> ContentMatch {
        var words = ContentMatch(keys: [])
        for previous in items[..<position(of: item)].reversed() {
            switch previous {
            case .group(let group): if let draft = draftOfGroup[group] { return words.union(content(ofDraft: draft)) }
            case .part(let part):
                if let draft = draftOfPart[part] { return words.union(content(ofDraft: draft)) }
                words = words.union(content(ofPart: part))
            case .block: continue
            }
        }
        return words
    }

    // MARK: Step 5: parts without a headline

    mutating func placeOrphanParts() {
        let orphans = parts.refs.filter { !parts[$0].pieces.isEmpty && draftOfPart[$0] == nil }
        for part in orphans where parts[part].startsArticle {
            draftOfPart[part] = drafts.add(ArticleDraft(parts: [part]))
        }
        for part in orphans where !parts[part].startsArticle {
            let target = draftOfHeadlineRightAfter(part) ?? mostSimilarDraft(to: part)
            if let target {
                drafts[target].parts.append(part)
                draftOfPart[part] = target
                draftContentCache[target] = nil
            } else {
                draftOfPart[part] = drafts.add(ArticleDraft(parts: [part]))
            }
        }
    }

    /// An article whose headline group is printed right after this part (body first, then its headline).
    private mutating func draftOfHeadlineRightAfter(_ part: PartRef) -> DraftRef? {
        let at = position(of: .part(part))
        guard at + 1 < items.count, case .group(let group) = items[at + 1], let draft = draftOfGroup[group] else { return nil }
        let similarity = content(ofPart: part).similarity(to: content(ofDraft: draft))
        return similarity >= settings.partMinimumSimilarity / 2 ? draft : nil
    }

    private mutating func mostSimilarDraft(to part: PartRef) -> DraftRef? {
        let own = content(ofPart: part)
        var best: (Double, DraftRef)?
        for draft in drafts(near: position(of: .part(part))) where !drafts[draft].parts.contains(where: { parts[$0].isClosed }) || !parts[part].isClosed {
            let similarity = own.similarity(to: content(ofDraft: draft))
            if similarity >= settings.partMinimumSimilarity, similarity > (best?.0 ?? 0) { best = (similarity, draft) }
        }
        return best?.1
    }

    // MARK: Step 6: photo news

    /// The caption at `position` speaks of the part: its words (its credit aside) are there.
    private mutating func isCaption(at position: Int, of part: PartRef) -> Bool {
        guard case .block(let block) = items[position] else { return false }
        let text = blocks[block].text
        let words = ContentMatch(table.captionCredit.firstMatch(in: text).map { String(text[..<$0.whole.lowerBound]) } ?? text)
        return words.coverage(in: content(ofPart: part)) >= settings.partMinimumSimilarity
    }

    /// Photo news (图片新闻): a headline over a picture whose caption is all its text. A headline group that found
    /// no body, printed right before a caption that belongs to no article, is an article whose paragraph is the
    /// caption as printed and whose byline is its photo credit — on a page with geometry when it is printed over
    /// the caption, in text (where a misread credit or a headline far from its body comes before many captions)
    /// when the caption holds enough of its words, the headline is a photo news title (`图片新闻`) or another
    /// page's teaser, or another headline follows the caption.
    mutating func formPhotoNews() {
        for (position, item) in items.enumerated() {
            guard case .group(let group) = item, draftOfGroup[group] == nil, !inPlaceSubheads.contains(group), groups[group].headline != nil,
                position + 1 < items.count, case .block(let caption) = items[position + 1], blocks[caption].role == .caption,
                draftOfBlock[caption] == nil
            else { continue }
            let titled = groups[group].headline.map(table.photoNewsTitles.contains) == true
            // Between two headings, the caption can be no one else's: the next item is a headline, a text from another
            // page (which goes on under no picture of other words), or nothing; and the headline, in words (not a
            // number wrapped off a contact line), follows a finished text, another caption or the page's header (not a
            // line of an unfinished text).
            let alone = (position + 2 == items.count || {
                switch items[position + 2] {
                case .group: return true
                case .part(let next): return opensWithContinuation(next) && !isCaption(at: position + 1, of: next)
                case .block(let next): return blocks[next].continuedFrom != nil
                }
            }())
                && groups[group].headline?.contains(where: \.isLetter) == true
                && position > 0 && {
                    switch items[position - 1] {
                    case .part(let before): return hasEnded(before)
                    case .block(let before):
                        // (A credit in brackets on its own line closes the text before it: `（记者 吴英辅）`.)
                        return [.caption, .pageFurniture].contains(blocks[before].role) || (blocks[before].role == .byline && isParenthesized(blocks[before]))
                    case .group: return false
                    }
                }()
            let printedOver = isPrinted(group, overBlock: caption)
            guard printedOver ?? (titled || alone || isAnnounced(group) || ContentMatch(groups[group].text).coverage(in: ContentMatch(blocks[caption].text)) >= settings.photoNewsMinimumOverlap)
            else { continue }
            makePhotoNews(group, caption: caption)
        }
    }

    /// An article of the headline group whose text is the caption as printed.
    private mutating func makePhotoNews(_ group: GroupRef, caption: BlockRef) {
        let part = parts.add(Part(pieces: [caption], isClosed: true, startsArticle: true))
        let draft = drafts.add(ArticleDraft(group: group, forwardPart: part, parts: [part]))
        draftOfGroup[group] = draft
        draftOfPart[part] = draft
        draftOfBlock[caption] = draft
    }

    /// With geometry, a headline that found no body even among the articles without a headline (step 7) and a
    /// caption that comes later in reading order (a module beside the picture read first): a caption no article
    /// holds, printed under the headline and overlapping it across with nothing printed between them over the
    /// headline's width (the picture is not text), is its text — photo news as in step 6.
    mutating func formPhotoNewsOverPictures() {
        for group in groups.refs where draftOfGroup[group] == nil && !inPlaceSubheads.contains(group) && groups[group].headline != nil {
            if let caption = captionPrinted(under: group) { makePhotoNews(group, caption: caption) }
        }
    }

    /// The caption no article holds printed nearest under the headline, overlapping it across, with no other
    /// block printed between them over the headline's width; nil when there is none or the page has no geometry.
    func captionPrinted(under group: GroupRef) -> BlockRef? {
        guard let headline = box(ofGroup: group) else { return nil }
        let below = blocks.refs.filter { ref in
            guard blocks[ref].role == .caption, draftOfBlock[ref] == nil, let box = blocks[ref].span.box else { return false }
            return box.y >= headline.maxY - 1 && box.horizontalOverlap(with: headline) > 0
        }
        guard let caption = below.min(by: { (blocks[$0].span.box?.y ?? 0) < (blocks[$1].span.box?.y ?? 0) }),
            let top = blocks[caption].span.box?.y
        else { return nil }
        let own = Set(groups[group].blocks)
        let between = blocks.refs.contains { ref in
            guard ref != caption, !own.contains(ref), let box = blocks[ref].span.box else { return false }
            return box.maxY > headline.maxY + 1 && box.y < top - 1 && box.horizontalOverlap(with: headline) > 1
        }
        return between ? nil : caption
    }

    /// The headline is printed above the block, overlapping it across. Nil on a page without geometry.
    func isPrinted(_ group: GroupRef, overBlock block: BlockRef) -> Bool? {
        guard let headline = box(ofGroup: group), let box = blocks[block].span.box else { return nil }
        return box.y >= headline.maxY - 1 && box.horizontalOverlap(with: headline) > 0
    }

    // MARK: Step 7: headlines left at the foot of the page

    /// Extractors often leave headlines at the end of the page, far from their bodies. A headline group that
    /// found no body pairs with an article that has no headline when most of its words are in that article
    /// and clearly fewer in any other (so a subhead, whose words are everywhere in its article, does not).
    /// A bare group printed right after such a headline, with no article of its own, is its subtitle.
    mutating func pairLeftoverHeadlines() {
        let leftover = groups.refs.filter { draftOfGroup[$0] == nil && !inPlaceSubheads.contains($0) && groups[$0].headline != nil }
        guard !leftover.isEmpty, drafts.contains(where: { $0.group == nil }) else { return }
        var candidates: [(score: Double, group: GroupRef, draft: DraftRef)] = []
        for group in leftover {
            let near = drafts(near: position(of: .group(group)))
            let coverages = near.map { draft in drafts[draft].parts.map { headlineCoverage(group, in: $0) }.max() ?? 0 }
            // The best coverage in any other article: the second best where this one is the best.
            let ranked = coverages.indices.sorted { (coverages[$0], -$0) > (coverages[$1], -$1) }
            for (offset, draft) in near.enumerated() where drafts[draft].group == nil {
                let others = ranked.first { $0 != offset }.map { coverages[$0] } ?? 0
                if coverages[offset] >= settings.leftoverMinimumCoverage, coverages[offset] - others >= settings.leftoverMargin {
                    candidates.append((coverages[offset], group, draft))
                }
            }
        }
        var paired: [GroupRef] = []
        for candidate in candidates.sorted(by: { ($0.score, -$0.group.offset) > ($1.score, -$1.group.offset) })
        where draftOfGroup[candidate.group] == nil && drafts[candidate.draft].group == nil {
            drafts[candidate.draft].group = candidate.group
            draftOfGroup[candidate.group] = candidate.draft
            draftContentCache[candidate.draft] = nil
            paired.append(candidate.group)
        }
        for group in paired where groups[group].subtitle == nil {
            let at = position(of: .group(group))
            guard at + 1 < items.count, case .group(let next) = items[at + 1], draftOfGroup[next] == nil, groups[next].isBare,
                let text = groups[next].headline
            else { continue }
            groups[group].subtitle = text
            groups[group].blocks.append(contentsOf: groups[next].blocks)
            draftOfGroup[next] = draftOfGroup[group]
            inPlaceSubheads.insert(next)  // consumed: neither unassigned nor a subhead
        }
    }

    // MARK: Step 7, end: dispatches of a roundup

    /// In text, a dispatch that found no headline, printed right after the finished text of an article that opens
    /// with a dateline, nothing between (no heading, label, byline or caption), is that article's next dispatch: a
    /// roundup sets several under one headline (`新华社华盛顿１月２９日电…` … `据新华社巴黎１月２９日电…`), and a
    /// dispatch with a headline of its own was given it by now. On a page with geometry the column tells
    /// (`Block.readsOnInColumn`).
    mutating func joinRoundupDispatches() {
        // (Only where the extractor kept each column's lines together: elsewhere the text read before is anyone's.)
        guard readingOrderKept else { return }
        for draft in drafts.refs where drafts[draft].group == nil {
            guard let first = firstPart(of: draft), opensWithDateline(first), parts[first].pieces.allSatisfy({ blocks[$0].lines.allSatisfy { $0.box == nil } }),
                case let at = position(of: .part(first)), at > 0, case .part(let previous) = items[at - 1],
                endsSentence(parts[previous]) || closesWithCredit(previous), let target = draftOfPart[previous], target != draft,
                drafts[target].group != nil, let opening = firstPart(of: target), opensWithDateline(opening)
            else { continue }
            for part in drafts[draft].parts { draftOfPart[part] = target }
            laterDispatches.formUnion(drafts[draft].parts)
            drafts[target].parts += drafts[draft].parts
            drafts[draft].parts = []
            draftContentCache[target] = nil
            draftContentCache[draft] = nil
        }
    }

    /// The draft's part read first.
    private func firstPart(of draft: DraftRef) -> PartRef? {
        drafts[draft].parts.min { position(of: .part($0)) < position(of: .part($1)) }
    }

    // MARK: Step 8: bylines

    mutating func assignBylines() {
        for (at, item) in items.enumerated() {
            guard case .block(let index) = item, blocks[index].role == .byline else { continue }
            if let draft = isParenthesized(blocks[index]) ? draftBefore(at) ?? draftAfter(at) : draftAfter(at) ?? draftBefore(at) {
                draftOfBlock[index] = draft
                drafts[draft].bylineBlocks.append(index)
            }
        }
    }

    /// The article of the first part or headline after `at`, skipping bylines and captions.
    private func draftAfter(_ at: Int) -> DraftRef? {
        for item in items[(at + 1)...] {
            switch item {
            case .part(let part): return draftOfPart[part]
            case .block(let index) where [.byline, .caption].contains(blocks[index].role): continue
            default: return nil
            }
        }
        return nil
    }

    private func draftBefore(_ at: Int) -> DraftRef? {
        for item in items[..<at].reversed() {
            switch item {
            case .part(let part): return draftOfPart[part]
            case .group(let group): return draftOfGroup[group]
            case .block(let index) where [.byline, .caption].contains(blocks[index].role): continue
            default: return nil
            }
        }
        return nil
    }

    // MARK: Step 9: headlines left over

    /// A headline group with no body becomes a subhead of the article printed before it when it shares
    /// enough of that article's words; otherwise it is unassigned (a teaser, or a headline whose body is elsewhere).
    mutating func assignLeftoverGroups() {
        for (at, item) in items.enumerated() {
            guard case .group(let group) = item, draftOfGroup[group] == nil, !inPlaceSubheads.contains(group) else { continue }
            var owner: DraftRef?
            for previous in items[..<at].reversed() {
                switch previous {
                case .part(let part): owner = draftOfPart[part]
                case .group(let other) where draftOfGroup[other] != nil: owner = draftOfGroup[other]
                case .group: continue
                case .block(let index) where blocks[index].role == .caption: continue
                case .block(let index): owner = draftOfBlock[index]
                }
                break
            }
            guard let owner, groups[group].isBare else { continue }
            // Its words are the article's, or the text under it went to that article by its own words.
            let textUnder = partAfter(item).map { draftOfPart[$0.part] == owner } ?? false
            guard textUnder || ContentMatch(groups[group].text).coverage(in: content(ofDraft: owner)) >= settings.subheadMinimumOverlap else { continue }
            drafts[owner].looseSubheads.append(group)
            draftOfGroup[group] = owner
        }
    }

    // MARK: Step 10: captions

    /// The article whose headline stands right over an item and whose text comes right after it (bylines and
    /// other captions aside): a picture between a headline and its text is the article's, whatever its words (a
    /// caption that shares a dateline's words with the article before it too).
    private func draftFraming(_ at: Int) -> DraftRef? {
        let isAside = { (item: Item) -> Bool in
            if case .block(let block) = item { return [.byline, .caption].contains(blocks[block].role) }
            return false
        }
        guard let previous = items[..<at].lastIndex(where: { !isAside($0) }), case .group(let group) = items[previous],
            let draft = draftOfGroup[group], let next = items[(at + 1)...].first(where: { !isAside($0) }),
            case .part(let part) = next, drafts[draft].parts.contains(part)
        else { return nil }
        return draft
    }

    mutating func assignCaptions() {
        for (at, item) in items.enumerated() {
            // A photo news item's caption is its text already.
            guard case .block(let index) = item, blocks[index].role == .caption, draftOfBlock[index] == nil else { continue }
            // The photographer's credit names no subject (`（新华社记者刘泉龙摄）` shares its words with every dispatch
            // of the agency): the words before it decide.
            var words = blocks[index].text
            if let credit = table.captionCredit.firstMatch(in: words) { words = String(words[..<credit.whole.lowerBound]) }
            let caption = ContentMatch(words)
            var best: (Double, DraftRef)?
            for draft in drafts(near: at) where words.count >= settings.captionMinimumWords {
                let coverage = caption.coverage(in: content(ofDraft: draft))
                if coverage >= settings.subheadMinimumOverlap, coverage > (best?.0 ?? 0) { best = (coverage, draft) }
            }
            if let draft = draftFraming(at) ?? best?.1 ?? draftEnclosing(blocks[index].span.box) {
                drafts[draft].captionBlocks.append(index)
                draftOfBlock[index] = draft
            }
        }
    }

    /// On a page with geometry, the one article whose printed area (headline and text) holds the caption: a picture
    /// set inside a module is that module's story's, whatever its words (a photo of the grain harvest in a commentary
    /// on the economy). Nil where no article's area holds it, or several do.
    private func draftEnclosing(_ caption: BoundingBox?) -> DraftRef? {
        guard let caption else { return nil }
        let margin = caption.height * settings.geometry.captionEnclosureMargin
        let holding = drafts.refs.filter { draft in
            let boxes = (drafts[draft].group.map { groups[$0].blocks } ?? []).compactMap { blocks[$0].span.box }
                + drafts[draft].parts.flatMap { parts[$0].pieces.flatMap { blocks[$0].lines.compactMap(\.box) } }
            guard let area = BoundingBox.enclosing(boxes), area.page == caption.page else { return false }
            return caption.x >= area.x - margin && caption.maxX <= area.maxX + margin && caption.y >= area.y - margin && caption.maxY <= area.maxY + margin
        }
        return holding.count == 1 ? holding[0] : nil
    }
}
