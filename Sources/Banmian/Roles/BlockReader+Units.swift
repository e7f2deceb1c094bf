/// How `BlockReader` mends what extractors break before roles are read: jump markers split or joined to the
/// next line, captions and credits wrapped over lines.
extension BlockReader {
    /// A jump marker broken over two lines (`…处理。（下转` / `第三版）人事部…`) is put back on the first.
    func rejoiningBrokenJumps(_ lines: [TextLine]) -> [TextLine] {
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
            lines[index] = lines[index].replacingText(head)
            lines[index + 1] = lines[index + 1].replacingText(tail, indent: 0)
        }
        return lines
    }

    /// A teaser entry wrapped in a narrow box (`低幼文学呼唤成熟艺术形象（第` / `2版）`) is one line again, so that
    /// it reads as a teaser: the short line that completes its page reference joins the line before. So do,
    /// inside a teaser box (after its label or another teaser), the one or two lines wrapped over the line that
    /// holds the reference (`纳扎尔巴耶夫指出改革为哈发` / `展奠定基础　详见第4版`), when no sentence ends in them
    /// and the entry, joined, reads as a teaser (a headline's comma or colon at most: `天津：万户文明家庭扶老助` /
    /// `孤　详见第三版`).
    func rejoiningBrokenTeasers(_ lines: [TextLine]) -> [TextLine] {
        // The line after `index`, over one blank line at most (`mutool` sets a blank line after every line).
        func next(_ lines: [TextLine], _ index: Int) -> Int? {
            for candidate in [index + 1, index + 2] where candidate < lines.count {
                if !lines[candidate].isBlank { return candidate }
            }
            return nil
        }
        // First the references broken over two lines, so that a wrapped entry finds its reference whole under it
        // (`全国清理公款电话收回资` / `金４．８４亿元　详见第` / `二版`).
        var whole: [TextLine] = []
        var index = 0
        while index < lines.count {
            var line = lines[index]
            if !line.isBlank, let below = next(lines, index), lines[below].text.count <= settings.brokenReferenceMaximumCharacters,
                table.hints.has(table.hints.pageReference, in: lines[below].text), !table.teaserReference.matches(line.text)
            {
                let joined = line.readingOn(lines[below])
                if classifier.isTeaser(joined) {
                    line = joined
                    index = below
                }
            }
            whole.append(line)
            index += 1
        }
        var result: [TextLine] = []
        index = 0
        while index < whole.count {
            if let (joined, last) = wrappedTeaser(whole, at: index, after: result.last(where: { !$0.isBlank }), next: next) {
                result.append(joined)
                index = last + 1
                continue
            }
            result.append(whole[index])
            index += 1
        }
        return result
    }

    /// The teaser entry that starts at `index` wrapped over one or two lines before the line with its page
    /// reference, joined, and the index of that line; nil when the lines do not read as one wrapped teaser.
    private func wrappedTeaser(
        _ lines: [TextLine], at index: Int, after before: TextLine?, next: ([TextLine], Int) -> Int?
    ) -> (TextLine, Int)? {
        guard let before, classifier.isTeaser(before) || table.isBoxLabel(before.text.trimmingCharacters(in: .whitespaces)) else { return nil }
        var run = [index]
        while let last = run.last, !lines[last].isBlank, !classifier.isTeaser(lines[last]), !endsSentence(lines[last].text),
            run.count <= 2, let below = next(lines, last), isWrappedOver(lines[last], lines[below])
        {
            run.append(below)
            guard !classifier.isTeaser(lines[below]) else {
                var joined = lines[index].replacingText(LineJoiner.join(run.map { lines[$0].text }))
                joined.box = run.compactMap { lines[$0].box }.reduce(nil as BoundingBox?) { $0?.union($1) ?? $1 }
                return classifier.isTeaser(joined) ? (joined, below) : nil
            }
        }
        return nil
    }

    /// A line wrapped in a box fills the box: it is nearly as wide as the line under it (which ends in the page
    /// reference), and with geometry it starts where that line starts. A short line beside the box (the weather,
    /// a masthead's Latin name, another column's kicker side by side in `pdftotext -layout`) is not.
    func isWrappedOver(_ line: TextLine, _ below: TextLine) -> Bool {
        guard Double(line.width) >= settings.teaserWrapMinimumShare * Double(below.width) else { return false }
        guard let a = line.box, let b = below.box else { return true }
        return abs(a.x - b.x) <= max(a.height, b.height)
    }

    /// A credit line broken in a narrow column between a role and its name (`□记者 程明英 通讯员` / `戴敏艳 报道`)
    /// is one line again when the two read as one credit and the first does not read as one alone; a credit
    /// that does read alone takes only a closer or a short name wrapped under it (`报道`, `波`). A bracket the
    /// first line opens and the next closes holds them together across a blank line (`（记者 郭其侨 通讯员`, set
    /// flush left, / `江姐）`, set flush right: two blocks of a page read from its geometry), and so does a closer
    /// ending the next line when the first does not read alone (`□记者 邵景均 吴` / `刚 报道`).
    func rejoiningBrokenBylines(_ lines: [TextLine]) -> [TextLine] {
        let parser = BylineParser(table: table, settings: settings)
        var result: [TextLine] = []
        var index = 0
        while index < lines.count {
            var line = lines[index]
            let acrossBlank = index + 2 < lines.count && lines[index + 1].isBlank
            let bracketed = acrossBlank && classifier.leavesParenthesisOpen(line.text) && classifier.endsParenthesisOpenedBefore(lines[index + 2].text)
            // A credit's close set flush right on the next line, in a block of its own (`□记者 邵景均 吴` / `刚 报道`).
            let closedAfterBlank = acrossBlank && table.bylineClosers.contains(where: lines[index + 2].text.hasSuffix) && parser.parse(line.text) == nil
            let nextIndex = bracketed || closedAfterBlank ? index + 2 : index + 1
            if nextIndex < lines.count, !line.isBlank, !lines[nextIndex].isBlank, line.width <= settings.shortLineWidth,
                case let next = lines[nextIndex], next.text.count <= settings.wrappedBylineMaximumCharacters,
                next.indent < settings.paragraphIndent, classifier.bodyPunctuationCount(next.text) == 0, parser.parse(next.text) == nil,
                !endsSentence(line.text)
            {
                let alone = parser.parse(line.text)
                let closes = next.text.count <= 3 || table.bylineClosers.contains(where: next.text.hasSuffix)
                // Joined with a space (a name wrapped under its role) or without (a word wrapped: `通讯` / `员 邹林斌`):
                // the reading with more roles, then fewer names.
                let readings = [line.text + " " + next.text, line.text + next.text].compactMap { text in
                    parser.parse(text).map { (text: text, roles: $0.filter { $0.role != nil }.count, names: $0.reduce(0) { $0 + $1.names.count }) }
                }
                let best = readings.max { ($0.roles, -$0.names) < ($1.roles, -$1.names) }  // the first of equals
                if alone == nil || closes, let joined = best?.text {
                    line = line.readingOn(next, as: joined)
                    index = nextIndex
                }
            }
            result.append(line)
            index += 1
        }
        return result
    }

    /// A jump marker ends its column: text after it on the same line (`…处理。（下转第三版）人事部领导走访`, as
    /// `pdftotext -raw` joins them) starts a new line.
    func splittingAfterJumps(_ line: TextLine) -> [TextLine] {
        guard table.hints.has(table.hints.pageReference, in: line.text), let match = table.continuedOn.firstMatch(in: line.text),
            match.whole.upperBound < line.text.endIndex
        else { return [line] }
        let head = String(line.text[..<match.whole.upperBound])
        let tail = String(line.text[match.whole.upperBound...]).trimmingCharacters(in: .whitespaces)
        guard !tail.isEmpty else { return [line] }
        return [
            line.replacingText(head),
            line.replacingText(tail, indent: 0),
        ]
    }

    /// An institution's credit set beside the last line of a headline (`队的精髓　本报评论员`), which an extractor
    /// gives as one line without geometry (`pdftotext -raw`: `队的精髓本报评论员`): the headline's words and the
    /// credit, each a line of its own. Only a short line whose text before the credit is words, not a sentence's end.
    func splittingTrailingCredits(_ line: TextLine) -> [TextLine] {
        guard line.box == nil, line.width <= settings.shortLineWidth,
            let credit = table.collectiveBylines.filter({ line.text.hasSuffix($0) }).max(by: { $0.count < $1.count })
        else { return [line] }
        let head = String(line.text.dropLast(credit.count)).trimmingCharacters(in: .whitespaces)
        guard head.count >= 2, let last = head.last, CharacterClass.isIdeograph(last) else { return [line] }
        return [line.replacingText(head), line.replacingText(credit, indent: 0)]
    }

    /// Strips of teasers (`splittingTeaserStrips(_:)` on each line), also one whose last reference the box wrapped
    /// onto the next line (`导读 外国政要电慰我地震灾民 详见第2版 … 依靠科技进步调整经济结构 详见第2` / `版`): the short
    /// line that completes it joins the strip.
    func splittingTeaserStrips(_ lines: [TextLine]) -> [TextLine] {
        var result: [TextLine] = []
        var index = 0
        while index < lines.count {
            let line = lines[index]
            var entries = splittingTeaserStrips(line)
            if entries.count == 1, index + 1 < lines.count, case let next = lines[index + 1], !line.isBlank, !next.isBlank,
                next.text.count <= settings.brokenReferenceMaximumCharacters, table.hints.has(table.hints.pageReference, in: next.text)
            {
                let split = splittingTeaserStrips(line.readingOn(next))
                if split.count > 1 {
                    entries = split
                    index += 1
                }
            }
            result.append(contentsOf: entries)
            index += 1
        }
        return result
    }

    /// Text printed on one baseline comes as one line from `pdftotext -raw`: a paragraph's last line and the
    /// headline of the module beside it (`化，并收到实效。 越南实施经济紧缩政策`). In text without geometry, a line wider
    /// than its column whose part before its one space ends a sentence within the column, and whose part after it
    /// reads as a headline (ideographs first, no body punctuation, a few characters at least), is those two lines.
    func splittingRunOnHeadings(_ lines: [TextLine]) -> [TextLine] {
        var result: [TextLine] = []
        for (index, line) in lines.enumerated() {
            let tokens = line.text.split(whereSeparator: CharacterClass.isSpace).map(String.init)
            guard line.box == nil, tokens.count == 2, case let (head, tail) = (tokens[0], tokens[1]),
                settings.endsSentence(head), tail.count >= settings.wrappedHeadlineMinimumCharacters,
                tail.first.map(CharacterClass.isIdeograph) == true, classifier.bodyPunctuationCount(tail) == 0,
                let column = LineReader.columnWidth(around: index, in: lines, settings: settings),
                TextLine.displayWidth(of: head) <= column, settings.isOffColumn(line.width, column: column), line.width > column
            else {
                result.append(line)
                continue
            }
            let headline = line.replacingText(tail, indent: 0)
            guard !classifier.isTeaser(headline), !table.furniture.matches(tail), !classifier.startsWithDateline(tail) else {
                result.append(line)
                continue
            }
            result.append(contentsOf: [line.replacingText(head), headline])
        }
        return result
    }

    /// A strip of teasers printed on one line (`今日导读　描绘美好人生（第A3版）　哈将着力打击官员违法乱纪（第A3版）`, as
    /// `pdftotext -raw` gives a strip under the masthead) is its label and its entries, each on a line of its own:
    /// when every piece after the label ends in a page reference and reads as a teaser, and there are two entries
    /// or a label and one.
    func splittingTeaserStrips(_ line: TextLine) -> [TextLine] {
        guard table.hints.has(table.hints.pageReference, in: line.text) else { return [line] }
        let tokens = line.text.split(whereSeparator: CharacterClass.isSpace).map(String.init)
        guard tokens.count >= 2 else { return [line] }
        let label = table.isBoxLabel(tokens[0])
        var entries: [String] = []
        var current: [String] = []
        for token in tokens.dropFirst(label ? 1 : 0) {
            current.append(token)
            guard let match = table.teaserReference.firstMatch(in: token), match.whole.upperBound == token.endIndex else { continue }
            entries.append(current.joined(separator: " "))
            current = []
        }
        let pieces = (label ? [tokens[0]] : []) + entries
        guard current.isEmpty, entries.count >= (label ? 1 : 2), pieces.count > 1 else { return [line] }
        let lines = pieces.map { line.replacingText($0, indent: 0) }
        return lines.dropFirst(label ? 1 : 0).allSatisfy(classifier.isTeaser) ? lines : [line]
    }

    /// A caption ends at its photo credit (its bracket perhaps opened a line before: `（通讯员 姜` / `辉 摄）`) or,
    /// after its first line, at a full stop; it runs on over no more lines than a headline.
    func isClosedCaption(_ lines: [TextLine]) -> Bool {
        lines.count >= settings.maximumHeadlineLines || endsCaption(lines)
    }

    /// The lines end at a photo credit or, after the first line, at a full stop.
    private func endsCaption(_ lines: [TextLine]) -> Bool {
        guard let last = lines.last?.text else { return true }
        return endsWithPhotoCredit(lines[...]) || (last.last.map { "。.".contains($0) } == true && lines.count > 1)
    }

    /// A paragraph led by a mark that also leads captions (`▲配备好你的电脑` / `硬件和软件。在你驶入` / …, a list of
    /// steps), read as a caption, is text again: up to a jump it holds (a picture's caption never goes on on another
    /// page), or whole when it ran to a caption's line limit without ending (no full stop or photo credit at its end)
    /// and reads on into the text right under it, which ends in no photo credit either. Only where the text keeps the
    /// page's reading order, so that the lines of a caption's unit and the text under it are one column's.
    func readingBulletedParagraphs(_ units: [Unit]) -> [Unit] {
        guard readingOrderKept else { return units }
        var result: [Unit] = []
        var index = 0
        while index < units.count {
            let unit = units[index]
            index += 1
            guard unit.kind == .caption else {
                result.append(unit)
                continue
            }
            if let jump = unit.lines.firstIndex(where: { table.continuedOn.matches($0.text) }) {
                result.append(Unit(kind: .text, lines: Array(unit.lines[...jump]), afterBlank: unit.afterBlank))
                let rest = Array(unit.lines[(jump + 1)...])
                if let first = rest.first { result.append(Unit(kind: classifier.kind(of: first), lines: rest, afterBlank: false)) }
                continue
            }
            if unit.lines.count >= settings.maximumHeadlineLines, !endsCaption(unit.lines), index < units.count, case let next = units[index],
                next.kind == .text, !next.afterBlank, !endsWithPhotoCredit(next.lines[...])
            {
                result.append(Unit(kind: .text, lines: unit.lines + next.lines, afterBlank: unit.afterBlank))
                index += 1
                continue
            }
            result.append(unit)
        }
        return result
    }

    /// A credit line wrapped in a narrow column (`□本报记者 段超 梁杰` / `波`, `… 赵睿红` / `报道`, `□本报记者 姚波 郝强`
    /// / `娜 雷佳强`): the short line right after it, or a line of names whose first is the end of one cut at the
    /// line's end (also after a blank line, as mutool leaves one after every line of some modules), joins it when
    /// the two read as one credit.
    func mergingWrappedBylines(_ units: [Unit]) -> [Unit] {
        var result: [Unit] = []
        for var unit in units {
            if let previous = result.last, case .byline = previous.kind, unit.kind == .text || unit.kind == .furniture,
                let first = unit.lines.first,
                (!unit.afterBlank && (first.text.count <= 3 || isSetLikeByline(first, under: previous.lines.last)))
                    || isRestOfNames(first.text, after: previous.lines.last?.text ?? ""),
                first.indent < settings.paragraphIndent,
                let bylines = BylineParser(table: table, settings: settings).parse(bylineText(previous.lines, wrappedOnto: first))
            {
                result[result.count - 1] = Unit(kind: .byline(bylines), lines: previous.lines + [first], afterBlank: previous.afterBlank)
                unit.lines.removeFirst()
                if unit.lines.isEmpty { continue }
            }
            result.append(unit)
        }
        return result
    }

    /// A byline's lines joined with one space, the line it wrapped onto read on as running text (no space between
    /// ideographs, one between Latin words).
    private func bylineText(_ lines: [TextLine], wrappedOnto next: TextLine) -> String {
        var text = lines.map(\.text).joined(separator: " ")
        LineJoiner.append(next.text, to: &text)
        return text
    }

    /// With type sizes, a line set in the byline's own size and face right under it, apart from the body's size
    /// (`By JAMES BRANDT and JAMES` / `OKAFOR`, 6.1 pt over 6.6 pt text): the byline the column wrapped.
    func isSetLikeByline(_ line: TextLine, under byline: TextLine?) -> Bool {
        guard let body = bodySize, let byline, let size = line.fontSize, let bylineSize = byline.fontSize, line.face != nil, line.face == byline.face
        else { return false }
        return !settings.isDistinctSize(size, from: bylineSize) && settings.isDistinctSize(size, from: body)
    }

    /// A line of names only, its first one or two characters the end of the name that ends the line before
    /// (`郝强` / `娜 雷佳强`, `郭国` / `秀 贾华桂 陶梅`; the two parts at most four characters together), each further
    /// name two to four ideographs (a `·` between the parts of a transcribed one).
    func isRestOfNames(_ text: String, after line: String) -> Bool {
        let names = text.split(whereSeparator: CharacterClass.isSpace)
        let isName = { (name: Substring) in name.allSatisfy { CharacterClass.isIdeograph($0) || $0 == "·" } }
        guard names.count >= 2, let rest = names.first, let cut = line.split(whereSeparator: CharacterClass.isSpace).last,
            (1...2).contains(rest.count), isName(rest), isName(cut), cut.count + rest.count <= 4
        else { return false }
        return names.dropFirst().allSatisfy { (2...4).contains($0.count) && isName($0) }
    }

    /// Photo news in text without geometry that keeps the reading order: a title over its picture's caption,
    /// read on from the text before it (`…的一部分。` / `美国马里兰州盖茨堡镇举办新年灯展` / `美国马里兰州的盖茨堡镇近日
    /// 举办新年灯展。200多件…` / `（新华社记者刘宇摄）`). The caption is set across the picture: a few lines of sentences,
    /// its first its widest, wider than the page's commonest line (`column`) and than the title's lines
    /// (`photoNewsCaptionWidthRatio`), closed by the photographer's credit in its last line or on the line after it.
    /// The title (up to a headline's lines without punctuation, at the text's start or after a sentence's end)
    /// becomes a text of its own, the rest with the credit a caption. A caption's own first line (`图为…`, or a
    /// sentence's start without a mark) is as wide as the rest of it; a caption in the column under a headline over
    /// the next text is no wider than the page's column.
    func photoNewsCaptions(_ units: [Unit], column: Int?) -> [Unit] {
        guard bodySize == nil, let column else { return units }
        let credits = BylineParser(table: table, settings: settings)
        var result: [Unit] = []
        var index = 0
        while index < units.count {
            let unit = units[index]
            index += 1
            guard unit.kind == .text, unit.lines.count >= 2 else {
                result.append(unit)
                continue
            }
            let creditAfter = index < units.count && units[index].lines.count == 1 && !units[index].afterBlank
                && table.captionCredit.matches(units[index].lines[0].text)
            guard creditAfter || table.captionCredit.matches(unit.lines.last?.text ?? ""),
                let (title, caption) = photoNewsTitle(unit.lines, column: column, credits: credits)
            else {
                result.append(unit)
                continue
            }
            // The text before the title, where the unit began with it (a sentence's end closes it).
            if title.lowerBound > 0 { result.append(Unit(kind: .text, lines: Array(unit.lines[..<title.lowerBound]), afterBlank: unit.afterBlank)) }
            result.append(Unit(kind: .text, lines: Array(unit.lines[title]), afterBlank: title.lowerBound == 0 && unit.afterBlank))
            var captionUnit = Unit(kind: .caption, lines: Array(unit.lines[caption]), afterBlank: false)
            if creditAfter {
                captionUnit.lines += units[index].lines
                index += 1
            }
            captionUnit.isUnderTitle = true
            result.append(captionUnit)
        }
        return result
    }

    /// Where a text closing in a caption holds a photo news item's title and its caption (`photoNewsCaptions`): the
    /// caption its last lines, the title the lines over it, after a sentence's end or at the text's start.
    private func photoNewsTitle(_ lines: [TextLine], column: Int, credits: BylineParser) -> (title: Range<Int>, caption: Range<Int>)? {
        for captionCount in 1...settings.maximumHeadlineLines + 1 {
            for titleCount in 1...settings.maximumHeadlineLines {
                let start = lines.count - captionCount - titleCount
                guard start >= 0 else { break }
                let title = lines[start..<start + titleCount], caption = lines[(start + titleCount)...]
                guard let widest = caption.map(\.width).max(), let titleWidth = title.map(\.width).max(), caption.first?.width == widest,
                    Double(widest) > Double(column) * (1 + settings.columnLineTolerance),
                    Double(widest) >= Double(titleWidth) * settings.photoNewsCaptionWidthRatio, caption.contains(where: { $0.text.contains("。") }),
                    start == 0 || endsSentence(lines[..<start]) || settings.isClosingCredit(lines[start - 1].text),
                    title.allSatisfy({ $0.indent < settings.paragraphIndent && isUnpunctuated($0.text) && credits.parse($0.text) == nil }),
                    let first = title.first, !table.captionStart.matches(first.text), isHeadlineLike(Array(title), previousBody: nil)
                else { continue }
                return (start..<start + titleCount, (start + titleCount)..<lines.count)
            }
        }
        return nil
    }

    /// A few lines standing apart whose text ends with a photo credit (`… (Sentinel file photo)`), even when
    /// the credit is broken over lines, are a caption.
    func creditedCaptions(_ units: [Unit]) -> [Unit] {
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
    /// short text lines printed right above it, when those stand apart (after a blank line) — with type sizes, with
    /// as many lines as a headline has, set in the credit's own size apart from the body's (`2：全国爱民模范廖伟兴
    /// 上尉` / … / `他正在接受老阿婆贺年的木棉` / `花。（牟健为摄）` at 8.8 points beside a text at 9.5).
    func mergingCaptionLeads(_ units: [Unit]) -> [Unit] {
        var result: [Unit] = []
        for unit in units {
            if unit.kind == .caption, !unit.afterBlank, !unit.isUnderTitle, let last = unit.lines.last, table.captionCredit.matches(last.text),
                !table.captionStart.matches(unit.lines[0].text), let previous = result.last, previous.kind == .text,
                previous.afterBlank, previous.lines.count <= 2 || isSetLikeCaption(previous.lines, credit: last),
                previous.lines.allSatisfy({ $0.indent < settings.paragraphIndent })
            {
                result[result.count - 1] = Unit(kind: .caption, lines: previous.lines + unit.lines, afterBlank: true)
                continue
            }
            result.append(unit)
        }
        return result
    }

    /// Lines of a caption's lead with type sizes: no more than a headline's lines (the credit's line one more, as
    /// `creditedCaptions` allows), each in the size of the credit that ends the caption, a size apart from the body's.
    private func isSetLikeCaption(_ lines: [TextLine], credit: TextLine) -> Bool {
        guard let body = bodySize, let size = credit.fontSize, settings.isDistinctSize(size, from: body), lines.count <= settings.maximumHeadlineLines
        else { return false }
        return lines.allSatisfy { $0.fontSize.map { !settings.isDistinctSize($0, from: size) } == true }
    }
}

import Foundation
