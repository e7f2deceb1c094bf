/// Briefs (简讯, 要闻简报) print each item's title in bold run into the item's first line, the text going on in
/// the body's face: `本赛季男篮职业联赛取消　本报讯一度推迟举行的…`. In reading order (geometry known), such a
/// line becomes two: the title, in its face, then the text opening a paragraph — so the title reads as the
/// heading it is, and a column of briefs as items of their own.
///
/// Only a line whose rest is in the page's body face (most characters' face) is split, so a headline with a word
/// in colour stays whole. An opening that is no title still reads as none once split off, by the rules that read
/// any line: a dateline set in bold (`本报北京1月5日电`) goes back into its paragraph as a dateline the column
/// wrapped does, and a speaker before a colon (`记者：`) ends in a clause mark, which no heading does.
struct RunInHeads: Sendable {
    let settings: LayoutSettings

    func splitting(_ lines: [TextLine]) -> [TextLine] {
        guard lines.contains(where: { $0.runIn != nil }) else { return lines }
        var characters: [TypeFace: Int] = [:]
        for line in lines { if let face = line.face { characters[face, default: 0] += line.text.count } }
        guard let body = characters.max(by: { ($0.value, $0.key.font) < ($1.value, $1.key.font) })?.key else { return lines }
        var result: [TextLine] = []
        for line in lines {
            guard let runIn = line.runIn, line.face == body, runIn.face != body, let parts = split(line, runIn) else {
                result.append(line)
                continue
            }
            result += parts
        }
        return result
    }

    /// The title and the text of a line opening with a head run in, or nil when the opening is no title.
    private func split(_ line: TextLine, _ runIn: TextLine.RunIn) -> [TextLine]? {
        guard let end = Self.end(of: runIn.text, in: line.text) else { return nil }
        let head = String(line.text[..<end]).trimmingCharacters(in: .whitespaces)
        let rest = String(line.text[end...]).trimmingCharacters(in: .whitespaces)
        guard !head.isEmpty, !rest.isEmpty, isTitle(head) else { return nil }
        var title = line
        title.text = head
        title.width = TextLine.displayWidth(of: head)
        title.face = runIn.face
        title.runIn = nil
        var text = line
        text.text = rest
        text.width = TextLine.displayWidth(of: rest)
        text.indent = max(line.indent, settings.paragraphIndent)
        text.runIn = nil
        // Each keeps its share of the line's box, by width.
        if let box = line.box {
            let share = Double(title.width) / Double(max(1, title.width + text.width))
            title.box = BoundingBox(page: box.page, x: box.x, y: box.y, width: box.width * share, height: box.height, origin: box.origin)
            text.box = BoundingBox(page: box.page, x: box.x + box.width * share, y: box.y, width: box.width * (1 - share), height: box.height, origin: box.origin)
        }
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
