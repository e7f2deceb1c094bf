/// Briefs (简讯, 要闻简报) print each item's title in bold run into the item's first line, the text going on in
/// the body's face: `本赛季男篮职业联赛取消　本报讯一度推迟举行的…`. In reading order (geometry known), such a
/// line becomes two: the title, in its face, then the text opening a paragraph — so the title reads as the
/// heading it is, and a column of briefs as items of their own.
///
/// A title too long for its line wraps, its last characters opening the next line before the text
/// (`《中华民族》栏目元旦献` / `礼　本报讯今年元旦…`): they go back to the title.
///
/// Only a line whose rest is in the page's body face (most characters' face) is split, so a headline with a word
/// in colour stays whole. An opening that is no title still reads as none once split off, by the rules that read
/// any line: a dateline set in bold (`本报北京1月5日电`) goes back into its paragraph as a dateline the column
/// wrapped does, and a speaker before a colon (`记者：`) ends in a clause mark, which no heading does.
///
/// Some papers set the title in the text's own face, told from it by a space alone (`中国登山队登上` /
/// `非洲最高峰　新华社北京1月6日电…`): at a paragraph's start, a title of words and then, after one space, the text —
/// on the same line, on the next line where the title wrapped, or, the title filling its line with the space at
/// its end, from the next line on (`赞民乐走进“金色大厅”␣` / `据悉，在维也纳…`). Such a title becomes a line of its
/// own too, marked `isSpacedTitle`: set apart from the body as a bold one is. Not a dateline or a credit before
/// the space (`本报北京1月5日电　今天…`, `新华社记者　张三…`), nor figures (`1998　年`).
struct RunInHeads: Sendable {
    let settings: LayoutSettings
    var table: MarkerTable = .chinese
    /// An OCR engine read the page from a picture (`PageDrawings.foundInScan`): its `?` stands for a dash it could
    /// not read.
    var scanned = false

    func splitting(_ lines: [TextLine]) -> [TextLine] {
        let lines = splittingDashedTitles(lines)
        var characters: [TypeFace: Int] = [:]
        for line in lines { if let face = line.face { characters[face, default: 0] += line.text.count } }
        guard let body = characters.max(by: { ($0.value, $0.key.font) < ($1.value, $1.key.font) })?.key else { return lines }
        return splittingSpacedTitles(splittingTitlesInFaces(lines, body: body), body: body)
    }

    /// Latin-script papers run an item's title into its first line before a dash (`ATTEMPT TO KILL.—About three
    /// weeks since…`, in small capitals an OCR engine reads as `Attkx?t to Kill ?About…`): at a paragraph's start
    /// (indented, or after a sentence's end; not under words left unfinished), a few words in title case or
    /// capitals with no clause mark (a dateline's commas, `Louisville, Ky., Aug. 22.—`, are not a title's), a dash,
    /// then the text from a capital, which runs on as a sentence (not a heading's next deck). The title becomes a
    /// line of its own, set apart from the body as a bold one is.
    private func splittingDashedTitles(_ lines: [TextLine]) -> [TextLine] {
        let classifier = LineClassifier(table: table, settings: settings)
        let capitalsOnly = CharacterClass.capitalizesNouns(lines.map(\.text), share: settings.nounCapitalsMinimumShare, minimumLines: settings.nounCapitalsMinimumLines)
        var result: [TextLine] = []
        for (index, line) in lines.enumerated() {
            // At a paragraph's start: indented or after a sentence's end, and not under words left unfinished (the
            // next line of a heading set in decks, `From Aspinwall and California—Rebel` / `Steamers Caused Ashore—`).
            let above = result.last.flatMap { $0.isBlank ? nil : $0.text }
            let unfinished = above.map(Punctuation.leavesUnfinished) ?? false
            let opens = !unfinished && (line.indent >= settings.paragraphIndent || above.map { settings.endsSentence($0) } ?? true)
            // The text after the title runs on as a sentence; in title case with the next line it is a heading's
            // deck (`From Aspinwall and California—Rebel` / `Steamers Driven Ashore—From South`).
            let next = index + 1 < lines.count && !lines[index + 1].isBlank ? lines[index + 1].text : ""
            guard opens, line.box != nil, line.runIn == nil, !line.isSpacedTitle, let (head, rest) = dashedTitle(line.text, capitalsOnly: capitalsOnly),
                !classifier.startsWithDateline(line.text), capitalsOnly || !Self.isHeadingDeck(rest + " " + next)
            else {
                result.append(line)
                continue
            }
            var parts = Self.parted(line, title: head, text: rest, settings: settings)
            parts.title.isSpacedTitle = true
            parts.text.followsRunInTitle = true
            result += [parts.title, parts.text]
        }
        return result
    }

    /// Words in title case, two of four letters or more at least and seven in ten of those capitalized: a heading's
    /// words, not a sentence's.
    static func isHeadingDeck(_ text: String) -> Bool {
        let long = text.split(separator: " ").filter { $0.count(where: \.isLetter) >= 4 }
        return long.count >= 2 && long.filter { $0.first(where: \.isLetter)?.isUppercase == true }.count * 10 >= long.count * 7
    }

    /// The title and the text of a line opening with a Latin title before a dash, or nil. `capitalsOnly`: in a
    /// language that capitalizes its nouns, where a sentence before a dash is in title case (`Die Sitzung der
    /// Kammer. — Der Minister…`), only a title in capitals.
    func dashedTitle(_ text: String, capitalsOnly: Bool = false) -> (String, String)? {
        let characters = Array(text)
        var index = 0
        while index < characters.count {
            let character = characters[index]
            let dash = character == "—" || (character == "-" && index + 1 < characters.count && characters[index + 1] == "-")
            // An unread dash: a `?` on a scan, not after a figure, before the text's capital (inside a word,
            // `Repor?d`, a small letter follows it, and the search goes on). On a typeset page it is a question's.
            let unread = scanned && character == "?" && index > 0 && !characters[index - 1].isNumber
            if dash || unread {
                var after = index + (character == "-" ? 2 : 1)
                while after < characters.count, characters[after] == " " || characters[after] == "—" { after += 1 }
                let head = String(characters[..<index]).trimmingCharacters(in: .whitespaces)
                let rest = String(characters[after...])
                if let first = rest.first(where: { !"\"'‘“".contains($0) }), first.isUppercase, rest.count >= 2 {
                    return isDashedTitle(head, capitalsOnly: capitalsOnly) ? (head, rest) : nil
                }
            }
            if ",;:!".contains(character) || (character == "?" && !scanned) { return nil }
            index += 1
        }
        return nil
    }

    /// A title's words: at most `runInDashedTitleMaximumWords`, Latin letters, the first a capital, most words of
    /// four letters or more capitalized and at least one such word (`capitalsOnly`: all its letters capitals).
    private func isDashedTitle(_ head: String, capitalsOnly: Bool) -> Bool {
        let words = head.split(separator: " ")
        guard !words.isEmpty, words.count <= settings.runInDashedTitleMaximumWords, let first = head.first(where: \.isLetter), first.isUppercase,
            !head.contains(where: \.isNumber),
            head.unicodeScalars.filter({ $0.properties.isAlphabetic }).allSatisfy({ $0.isASCII || $0.properties.isLowercase || $0.properties.isUppercase })
        else { return false }
        if capitalsOnly { return head.count(where: \.isLetter) >= 4 && !head.contains(where: \.isLowercase) }
        let long = words.filter { $0.count(where: \.isLetter) >= 4 }
        return !long.isEmpty && long.filter { $0.first?.isUppercase == true }.count * 10 >= long.count * 7
    }

    private func splittingTitlesInFaces(_ lines: [TextLine], body: TypeFace) -> [TextLine] {
        guard lines.contains(where: { $0.runIn != nil }) else { return lines }
        var result: [TextLine] = []
        for line in lines {
            guard let runIn = line.runIn, line.face == body, runIn.face != body, let parts = split(line, runIn) else {
                result.append(line)
                continue
            }
            if parts[0].text.count < settings.runInTitleMinimumCharacters {
                // A title's last characters, wrapped from the line above: they go back to it.
                guard let above = result.last, isTitleLine(above, over: line, face: runIn.face) else {
                    result.append(line)
                    continue
                }
                result[result.count - 1].text += parts[0].text
                result[result.count - 1].width = TextLine.displayWidth(of: result[result.count - 1].text)
                if let box = above.box, let head = parts[0].box { result[result.count - 1].box = box.union(head) }
                result.append(parts[1])
                continue
            }
            result += parts
        }
        return result
    }

    private func splittingSpacedTitles(_ lines: [TextLine], body: TypeFace) -> [TextLine] {
        let classifier = LineClassifier(table: table, settings: settings)
        let credits = BylineParser(table: table, settings: settings)
        // A title of words (quotation and title marks allowed), no dateline or credit.
        func isTitle(_ text: String) -> Bool {
            Self.isTitleOfWords(text, settings: settings) && !classifier.startsWithDateline(text) && credits.parse(text) == nil
        }
        // Marked as set apart from the body, as a title in bold is.
        func parted(_ line: TextLine, title: String, text: String) -> [TextLine] {
            var parts = Self.parted(line, title: title, text: text, settings: settings)
            parts.title.isSpacedTitle = true
            return [parts.title, parts.text]
        }
        func opensText(_ text: String) -> Bool { text.count >= 2 && !(text.first.map(CharacterClass.neverStartsALine) ?? true) }
        func pieces(_ text: String) -> [String] { text.split(whereSeparator: CharacterClass.isSpace).map(String.init) }
        // The text goes on in the next line: right under the line (white space of at most a line's height), in its
        // size and column, not indented.
        func goesOn(_ next: TextLine, under line: TextLine) -> Bool {
            guard let box = line.box, let below = next.box, next.fontSize == line.fontSize, next.runIn == nil,
                next.indent < settings.paragraphIndent
            else { return false }
            let gap = below.y - box.maxY
            return gap >= -1 && gap <= box.height && below.horizontalOverlap(with: box) > 0
        }
        // Titles in the body's size (a larger one is a headline of its own).
        var sizes: [Double: Int] = [:]
        for line in lines { if let size = line.fontSize { sizes[size, default: 0] += line.text.count } }
        let bodySize = sizes.max { ($0.value, $0.key) < ($1.value, $1.key) }?.key
        let gapsMean = Self.endingGapsMean(lines, settings: settings)
        var result: [TextLine] = []
        var index = 0
        while index < lines.count {
            let line = lines[index]
            let next = index + 1 < lines.count ? lines[index + 1] : nil
            guard line.box != nil, line.runIn == nil, !line.wasLetterSpaced, let size = line.fontSize, size == bodySize,
                line.indent >= settings.paragraphIndent,
                !classifier.startsWithDateline(line.text)
            else {
                result.append(line)
                index += 1
                continue
            }
            let parts = pieces(line.text)
            // (A line in another face with a space in it is a heading of its own, `埋头苦干　勇毅前行`; a title in
            // another face run into its text is `runIn`'s.)
            if parts.count == 2, line.face == body, isTitle(parts[0]), opensText(parts[1]), parts[1].contains(where: CharacterClass.isIdeograph) {
                result += parted(line, title: parts[0], text: parts[1])
                index += 1
                continue
            }
            if parts.count == 1, let next, goesOn(next, under: line) {
                let nextParts = pieces(next.text)
                if line.endsInGap, gapsMean, next.face == body, isTitle(line.text) {
                    // The text opens its paragraph on the next line, as it would after the space on the same line.
                    var title = line
                    title.isSpacedTitle = true
                    var text = next
                    text.indent = max(next.indent, settings.paragraphIndent)
                    result += [title, text]
                    index += 2
                    continue
                }
                if !line.endsInGap, nextParts.count == 2, isTitle(line.text + nextParts[0]), opensText(nextParts[1])
                {
                    var wrapped = parted(next, title: nextParts[0], text: nextParts[1])
                    // The text after the space is the body's, whatever face most of the line was in.
                    wrapped[1].face = body
                    var title = line
                    title.text += nextParts[0]
                    title.width = TextLine.displayWidth(of: title.text)
                    title.isSpacedTitle = true
                    if let box = line.box, let end = wrapped[0].box { title.box = box.union(end) }
                    result += [title, wrapped[1]]
                    index += 2
                    continue
                }
            }
            result.append(line)
            index += 1
        }
        return result
    }

    /// A space at a line's end is rare on the page, so that it means something (`LayoutSettings.endingGapMaximumShare`).
    static func endingGapsMean(_ lines: [TextLine], settings: LayoutSettings) -> Bool {
        let printed = lines.filter { !$0.isBlank }
        return Double(printed.filter(\.endsInGap).count) <= Double(printed.count) * settings.endingGapMaximumShare
    }

    /// The line as a title and the text after it, the text indented as a paragraph's first line; each keeps its
    /// share of the line's box, by width (lines with boxes).
    static func parted(_ line: TextLine, title head: String, text rest: String, settings: LayoutSettings) -> (title: TextLine, text: TextLine) {
        var title = line
        title.text = head
        title.width = TextLine.displayWidth(of: head)
        title.endsInGap = false
        title.isRunInTitle = true
        var text = line
        text.text = rest
        text.width = TextLine.displayWidth(of: rest)
        text.indent = max(line.indent, settings.paragraphIndent)
        if let box = line.box {
            let share = Double(title.width) / Double(max(1, title.width + text.width))
            title.box = BoundingBox(page: box.page, x: box.x, y: box.y, width: box.width * share, height: box.height, origin: box.origin)
            text.box = BoundingBox(page: box.page, x: box.x + box.width * share, y: box.y, width: box.width * (1 - share), height: box.height, origin: box.origin)
        }
        return (title, text)
    }

    /// A title's words: at least `runInTitleMinimumCharacters` ideographs, nothing but ideographs and the marks a
    /// title holds (`TextRunInHeads.titleMarks`).
    static func isTitleOfWords(_ text: String, settings: LayoutSettings) -> Bool {
        text.count(where: CharacterClass.isIdeograph) >= settings.runInTitleMinimumCharacters && isWordsAndMarks(text)
    }

    /// Ideographs and title marks only (a wrapped title's end may be shorter than a title).
    static func isWordsAndMarks(_ text: String) -> Bool {
        text.allSatisfy { CharacterClass.isIdeograph($0) || TextRunInHeads.titleMarks.contains($0) }
    }

    /// A line set whole in the title's face, right over the line (white space of at most a line's height between),
    /// starting where it starts or an indent further in (`GeometrySettings.titleIndentMaximum`).
    private func isTitleLine(_ above: TextLine, over line: TextLine, face: TypeFace) -> Bool {
        guard above.face == face, above.runIn == nil, let top = above.box, let box = line.box else { return false }
        let gap = box.y - top.maxY
        let inset = top.x - box.x
        return gap >= -1 && gap <= box.height && inset >= -box.height && inset <= box.height * settings.geometry.titleIndentMaximum
    }

    /// The title and the text of a line opening with a head run in, or nil when the opening is no title.
    private func split(_ line: TextLine, _ runIn: TextLine.RunIn) -> [TextLine]? {
        guard let end = Self.end(of: runIn.text, in: line.text) else { return nil }
        let head = String(line.text[..<end]).trimmingCharacters(in: .whitespaces)
        let rest = String(line.text[end...]).trimmingCharacters(in: .whitespaces)
        guard !head.isEmpty, !rest.isEmpty, isTitle(head) else { return nil }
        var (title, text) = Self.parted(line, title: head, text: rest, settings: settings)
        title.face = runIn.face
        title.runIn = nil
        text.runIn = nil
        return [title, text]
    }

    /// Where the opening `head` ends in `text`, spaces aside (a letter-spaced line was closed up since it was
    /// read); nil when the text does not open with it (a character the reading repaired).
    static func end(of head: String, in text: String) -> String.Index? {
        var wanted = head.filter { !$0.isWhitespace }[...]
        var index = text.startIndex
        while let next = wanted.first, index < text.endIndex {
            if text[index].isWhitespace {
                index = text.index(after: index)
            } else if text[index] == next {
                wanted.removeFirst()
                index = text.index(after: index)
            } else {
                return nil
            }
        }
        return wanted.isEmpty ? index : nil
    }

    /// An opening of figures or punctuation alone (`2.`) is no title.
    private func isTitle(_ head: String) -> Bool { head.contains { $0.isLetter } }
}

/// In text (no faces to tell a title by), a brief's title run into its first line comes as a phrase, a space,
/// then the item's text (`出租车司机看广告 在北京常见空空的出租汽车…`, as extractors give the bold title's gap): at a
/// paragraph's start (indented, or after a sentence's end, a label or a credit), an opening of words and quotation
/// marks only, the line filling its column and the next line running text. Such a line becomes the title and the
/// text, as with faces. The pipeline skips text whose columns an extractor shredded (`ColumnShredding`).
struct TextRunInHeads: Sendable {
    let settings: LayoutSettings
    let classifier: LineClassifier

    func splitting(_ lines: [TextLine]) -> [TextLine] {
        guard lines.allSatisfy({ $0.box == nil }) else { return lines }
        let gapsMean = RunInHeads.endingGapsMean(lines, settings: settings)
        var result: [TextLine] = []
        var index = 0
        while index < lines.count {
            let line = lines[index]
            index += 1
            if let (title, rest, next) = wrapped(line, at: index - 1, in: lines, gapsMean: gapsMean) {
                index = next + 1
                result += [title, readingOnCutDateline(rest, in: lines, next: &index)]
                continue
            }
            guard let (title, text) = split(line, at: index - 1, in: lines) else {
                result.append(line)
                continue
            }
            // The title stands as a heading does, on a line of its own without an indent.
            var parts = RunInHeads.parted(line, title: title, text: text, settings: settings)
            parts.title.indent = 0
            result += [parts.title, readingOnCutDateline(parts.text, in: lines, next: &index)]
        }
        return result
    }

    /// The text after a title, with the next line (at `next`, then passed) read on where the column cut a dispatch's
    /// dateline after its first characters (`李贵鲜会见希腊客人 据新` / `华社北京一月十三日电…`): one line, so that
    /// no paragraph opens inside the dateline.
    private func readingOnCutDateline(_ text: TextLine, in lines: [TextLine], next: inout Int) -> TextLine {
        guard next < lines.count, !lines[next].isBlank, !classifier.startsWithDateline(text.text),
            classifier.startsWithDateline(text.text + lines[next].text)
        else { return text }
        next += 1
        return text.readingOn(lines[next - 1], as: text.text + lines[next - 1].text)
    }

    /// A title that fills its line at a paragraph's start (indented) and goes on to a space in the next line, the
    /// text after it (`《中华民族》栏目元旦献` / `礼 本报讯今年元旦…`), or ends the line with the space
    /// (`赞民乐走进“金色大厅”␣` / `据悉，在维也纳“金色大…`): the title's line and the text's, indented as a
    /// paragraph's first. In text that lost its indents (`pdftotext -raw`), the title's line after a sentence's end,
    /// a credit or a label, the text after the space running text or a dispatch (`（张捷林）` / `《三国志事典》` /
    /// `光盘问世 日前，东…`). The next line may come after a blank line (mutool sets one after some lines). With the
    /// index of that next line; nil otherwise.
    private func wrapped(_ line: TextLine, at index: Int, in lines: [TextLine], gapsMean: Bool) -> (TextLine, TextLine, Int)? {
        // (Where the text keeps its indents, the title's line has one; a line ending in the space only there. The
        // checks on the characters first: most lines fail them.)
        let indented = line.indent >= settings.paragraphIndent
        let nextIndex = index + 2 < lines.count && lines[index + 1].isBlank ? index + 2 : index + 1
        guard indented || !line.endsInGap, nextIndex < lines.count, case let next = lines[nextIndex], !next.isBlank,
            next.indent < settings.paragraphIndent, !line.wasLetterSpaced, !next.wasLetterSpaced, !line.text.contains(where: CharacterClass.isSpace),
            RunInHeads.isWordsAndMarks(line.text), indented || next.text.contains(where: CharacterClass.isSpace),
            indented || opensParagraph(at: index, in: lines), classifier.kind(of: line) == .text, classifier.kind(of: next) == .text,
            !classifier.startsWithDateline(line.text)
        else { return nil }
        let credits = BylineParser(table: classifier.table, settings: settings)
        func isTitle(_ text: String) -> Bool { RunInHeads.isTitleOfWords(text, settings: settings) && credits.parse(text) == nil }
        var title = line
        title.indent = 0
        title.isRunInTitle = true
        var text = next
        text.indent = settings.paragraphIndent
        let pieces = next.text.split(whereSeparator: CharacterClass.isSpace).map(String.init)
        if line.endsInGap {
            // The title ends its line; the text, running text with its commas and stops, opens the next.
            guard gapsMean, pieces.count == 1, isTitle(line.text), next.text.contains(where: Punctuation.bodyMarks.contains) || classifier.startsWithDateline(next.text),
                let first = next.text.first, !CharacterClass.neverStartsALine(first)
            else { return nil }
            return (title, text, nextIndex)
        }
        // The title's last characters before the space, the text after it: as wide as the column with the title's
        // line over it (the line is full). A line that opens with a dateline (`本报讯　今年…`) opens the text: the
        // line over it is a heading of its own.
        guard pieces.count == 2, !classifier.startsWithDateline(next.text), RunInHeads.isWordsAndMarks(pieces[0]),
            isTitle(line.text + pieces[0]), let first = pieces[1].first, !CharacterClass.neverStartsALine(first),
            pieces[1].contains(where: Punctuation.bodyMarks.contains) || classifier.startsWithDateline(pieces[1] + (lines.dropFirst(nextIndex + 1).first?.text ?? "")),
            let column = LineReader.columnWidth(around: index, in: lines, settings: settings),
            settings.isFull(line.width + max(line.indent, settings.droppedIndentWidth), column: column)
        else { return nil }
        title.text = line.text + pieces[0]
        title.width = TextLine.displayWidth(of: title.text)
        text.text = pieces[1]
        text.width = TextLine.displayWidth(of: pieces[1])
        return (title, text, nextIndex)
    }

    /// The line opens a paragraph by what is above it: nothing, a sentence's end, a closing credit (`（克平）`) or a line
    /// that is no running text (a label, `国内简讯`).
    private func opensParagraph(at index: Int, in lines: [TextLine]) -> Bool {
        let previous = lines[..<index].last { !$0.isBlank }
        return previous.map { settings.endsSentence($0.text) || settings.isClosingCredit($0.text) || classifier.kind(of: $0) != .text } ?? true
    }

    private func split(_ line: TextLine, at index: Int, in lines: [TextLine]) -> (String, String)? {
        let minimum = settings.runInTitleMinimumCharacters
        // One gap only: pdftotext's default mode joins lines of columns side by side with spaces between.
        guard !line.wasLetterSpaced, let gap = line.text.firstIndex(where: CharacterClass.isSpace),
            !line.text[gap...].drop(while: CharacterClass.isSpace).contains(where: CharacterClass.isSpace)
        else { return nil }
        let title = String(line.text[..<gap])
        let text = String(line.text[gap...]).trimmingCharacters(in: .whitespaces)
        // A title of words, quoted or not (no dash, figure or clause mark: pieces of running text have them); on a
        // line not indented, then running text (commas and stops) or the larger part of the line: two headlines
        // side by side are no title and text (`俄罗斯新卢布开 论讲礼貌`).
        // A dispatch's dateline after the gap, perhaps wrapped onto the next line (`法俄签署军事合作意向书 据新华社巴黎1月`
        // / `17日电（记者郭京花）…`, `蒲公英奖出台 本报讯` / `记者王娜梅报道：…`), opens the item's text whatever its
        // length or marks.
        let following = lines[(index + 1)...].prefix(2).first { !$0.isBlank }
        let dispatch = classifier.startsWithDateline(text + (following?.text ?? ""))
        guard RunInHeads.isTitleOfWords(title, settings: settings),
            text.count >= minimum || dispatch, let first = text.first, !CharacterClass.neverStartsALine(first)
        else { return nil }
        let indented = line.indent >= settings.paragraphIndent
        guard indented || dispatch || text.contains(where: Punctuation.bodyMarks.contains) || text.count >= title.count else { return nil }
        // Filling the column with its indent (which `pdftotext -raw` drops) — unless a dispatch follows the title, which
        // may be set larger than the text, so that fewer characters fill the line (`蒲公英奖出台 本报讯`)…
        guard dispatch || LineReader.columnWidth(around: index, in: lines, settings: settings).map({
            settings.isFull(line.width + max(line.indent, settings.droppedIndentWidth), column: $0)
        }) == true
        else { return nil }
        // …at a paragraph's start: indented, or after a sentence's end, a label or a credit (`（克平）` on its line)…
        guard indented || opensParagraph(at: index, in: lines) else { return nil }
        // …the text going on in the next line, running text with its commas and stops, or ending there (not a
        // slogan over a headline: `春风十里 步履不停` / `澜江半程马拉松鸣枪开跑`)…
        let goesOn = following.map { $0.indent < settings.paragraphIndent && $0.text.contains(where: Punctuation.bodyMarks.contains) }
        guard settings.endsSentence(text) || goesOn == true || dispatch else { return nil }
        // …and no dateline or byline spaced from its text (`本报北京电 记者…`; a credit spaced inside its brackets,
        // `（本报记者 方云建）`, has a bracket no title holds).
        guard classifier.kind(of: line) == .text, !classifier.startsWithDateline(line.text),
            BylineParser(table: classifier.table, settings: settings).parse(title) == nil
        else { return nil }
        return (title, text)
    }

    /// The marks a run-in title holds besides its words: quotation and title marks, the middle dot of names.
    static let titleMarks: Set<Character> = ["“", "”", "‘", "’", "《", "》", "「", "」", "『", "』", "·"]
}
