/// Advertisements and notices set in a frame (`公益广告`, a shop's opening, `更正启事`): display type and short
/// centred lines, no running text and none of a newsroom's marks. A reader of the news skips them; they are
/// kept out of the articles and listed as unassigned, one entry per frame.
struct Advertisements: Sendable {
    let settings: LayoutSettings
    let table: MarkerTable

    /// The lines of each framed advertisement, as indices into `lines`, in reading order within the frame.
    func find(in lines: [TextLine], drawings: PageDrawings, pageSize: PageSize?) -> [[Int]] {
        guard !drawings.frames.isEmpty, let body = Self.bodySize(of: lines) else { return [] }
        let classifier = LineClassifier(table: table, settings: settings)
        var taken = Set<Int>()
        var found: [[Int]] = []
        for frame in drawings.frames.sorted(by: { $0.width * $0.height < $1.width * $1.height }) {
            if let size = pageSize, frame.width * frame.height > size.width * size.height * settings.geometry.advertisementMaximumPageShare { continue }
            let inside = lines.indices.filter { index in
                guard !taken.contains(index), let box = lines[index].box, !lines[index].isBlank else { return false }
                let x = box.x + box.width / 2, y = box.y + box.height / 2
                return x > frame.x && x < frame.maxX && y > frame.y && y < frame.maxY
            }
            let ordered = inside.sorted { (lines[$0].box?.y ?? 0, lines[$0].box?.x ?? 0) < (lines[$1].box?.y ?? 0, lines[$1].box?.x ?? 0) }
            guard !ordered.isEmpty, isAdvertisement(ordered.map { lines[$0] }, frame: frame, body: body, classifier: classifier) else { continue }
            found.append(ordered)
            taken.formUnion(inside)
        }
        return found
    }

    /// No credit, caption (its credit perhaps wrapped), dateline, jump, teaser or page furniture (a page number
    /// in a box); then a notice's title or contact line, or — on two lines or more, so that a cell of a drawn
    /// table is none — display type (a line well larger than the body) or lines mostly centred, with at most two
    /// lines of running text (body size, on one left edge). `lines` in reading order within the frame (top to
    /// bottom, then left to right).
    func isAdvertisement(_ lines: [TextLine], frame: BoundingBox, body: Double, classifier: LineClassifier) -> Bool {
        for line in lines {
            switch classifier.kind(of: line) {
            case .byline, .caption, .jump, .teaser: return false
            case .furniture where !table.noticeContact.matches(line.text): return false
            default: if classifier.startsWithDateline(line.text) { return false }
            }
        }
        // A photographer's credit closing the frame's text, its bracket perhaps opened on the line before
        // (`…出现过巨婴（新` / `华社记者谢家华摄）`): a picture's caption, photo news in a box, no advertisement.
        if lines.count >= 2, classifier.isCaption(LineJoiner.join(lines.suffix(2).map(\.text))) { return false }
        let boxes = lines.compactMap(\.box)
        // A notice says what it is: its title on its first line, or a contact line, in a frame of few lines.
        let topmost = lines.min { ($0.box?.y ?? 0) < ($1.box?.y ?? 0) }
        if lines.count <= settings.geometry.noticeMaximumLines,
            topmost.map({ table.noticeTitle.matches($0.text) }) == true || lines.contains(where: { table.noticeContact.matches($0.text) })
        {
            return true
        }
        guard lines.count >= 2 else { return false }
        // Running text: body-sized lines standing on one left edge, one under the other (a column).
        let bodyLines = lines.filter { line in line.fontSize.map { settings.isBodySized($0, body: body) } ?? false }.compactMap(\.box)
        let running = bodyLines.map { box in bodyLines.filter { abs($0.x - box.x) <= body * 0.5 }.count }.max() ?? 0
        guard running <= settings.geometry.advertisementMaximumRunningLines else { return false }
        let display = lines.contains { ($0.fontSize ?? 0) >= body * settings.geometry.advertisementDisplayRatio }
        let centred = boxes.filter { $0.isCentred(in: frame, margin: body, imbalance: settings.geometry.centredImbalance) }
        return display || centred.count * 2 > boxes.count
    }

    /// The type size most characters are set in.
    static func bodySize(of lines: [TextLine]) -> Double? {
        var counts: [Double: Int] = [:]
        for line in lines { if let size = line.fontSize, size > 0 { counts[size, default: 0] += line.text.count } }
        return counts.max { ($0.value, $0.key) < ($1.value, $1.key) }?.key
    }
}

extension Advertisements {
    /// Advertisements and notices in text without geometry, known by how they close: a run of contact lines
    /// (`地址：…`, `订购电话：…`) or a public-service advertisement's sponsor (`…办公室　宣`). Each takes the lines
    /// over its closing run that belong to it: a notice's title within a few lines above with only text between
    /// (`更正启事` over its sentence), or else the short display lines right above (a shop's name, its slogan:
    /// `长城汽车销售公司` / `春节期间照常营业`; never a headline whose words come back on the page) when what stands
    /// over them is finished (a sentence's end, furniture, another advertisement). The caller runs it only on text
    /// that keeps its columns' lines together (`PageResult.readingOrderKept`). The lines of each, as indices into
    /// `lines`.
    func findInText(_ lines: [TextLine]) -> [[Int]] {
        let classifier = LineClassifier(table: table, settings: settings)
        let printed = lines.indices.filter { !lines[$0].isBlank }
        func closes(_ position: Int) -> Bool {
            let line = lines[printed[position]]
            return line.width <= settings.shortLineWidth && (table.noticeContact.matches(line.text) || table.noticeSponsor.matches(line.text))
        }
        guard printed.indices.contains(where: closes) else { return [] }
        // How many lines hold each character pair: a headline's words come back in its article's text.
        var linesWith: [UInt64: Int] = [:]
        for index in printed { for key in ContentMatch(lines[index].text).keys { linesWith[key, default: 0] += 1 } }
        var found: [[Int]] = []
        var floor = 0
        var position = 0
        while position < printed.count {
            guard closes(position) else {
                position += 1
                continue
            }
            var end = position
            while end + 1 < printed.count, closes(end + 1) || isRestOfContact(lines[printed[end + 1]]) { end += 1 }
            let start = opening(above: position, printed: printed, floor: floor, lines: lines, classifier: classifier, linesWith: linesWith)
            // Contact lines with nothing of their own over them stay the furniture they read as.
            if start < position { found.append(Array(printed[start...end])) }
            floor = end + 1
            position = end + 1
        }
        return found
    }

    /// The end of a contact line the column wrapped: the rest of its number or address (`6469697`, `江路 6 号`), a
    /// few characters with a figure and no punctuation, mostly figures or closing on a house number.
    private func isRestOfContact(_ line: TextLine) -> Bool {
        let text = line.text
        let figures = text.filter(\.isNumber).count
        return text.count <= 8 && figures > 0 && !text.contains(where: { table.clauseEnd.contains($0) || "，,。".contains($0) })
            && (figures * 2 >= text.count || text.last.map { "号室楼层座".contains($0) } == true)
    }

    /// Most of the line's character pairs stand on other lines too: a headline over its article's text, which an
    /// advertisement's name and slogans are not.
    private func isEchoed(_ text: String, linesWith: [UInt64: Int]) -> Bool {
        let keys = ContentMatch(text).keys
        guard !keys.isEmpty else { return false }
        let echoed = keys.filter { (linesWith[$0] ?? 0) >= 2 }.count
        return Double(echoed) >= Double(keys.count) * settings.textAdvertisementMaximumEcho
    }

    /// Where the advertisement closed at `position` (among the printed lines) opens.
    private func opening(
        above position: Int, printed: [Int], floor: Int, lines: [TextLine], classifier: LineClassifier, linesWith: [UInt64: Int]
    ) -> Int {
        func line(_ position: Int) -> TextLine { lines[printed[position]] }
        let reach = max(floor, position - settings.textNoticeMaximumLines)
        if let title = (reach..<position).last(where: { table.noticeTitle.matches(line($0).text) }),
            ((title + 1)..<position).allSatisfy({ classifier.kind(of: line($0)) == .text })
        {
            // Another notice's title left over it (the extractor gave that notice's text elsewhere) goes with it.
            var top = title
            while top > floor, table.noticeTitle.matches(line(top - 1).text) { top -= 1 }
            return top
        }
        var start = position
        while start > floor, position - start < settings.textAdvertisementMaximumDisplayLines {
            let above = line(start - 1)
            guard classifier.kind(of: above) == .text, above.text.count <= settings.textAdvertisementMaximumDisplayLength,
                !classifier.endsParenthesisOpenedBefore(above.text),
                !settings.endsSentence(above.text), !(above.text.last.map(table.clauseEnd.contains) ?? false),
                !isEchoed(above.text, linesWith: linesWith)
            else { break }
            start -= 1
        }
        guard start > floor, start < position else { return start }
        let over = line(start - 1)
        let finished: Bool
        switch classifier.kind(of: over) {
        case .furniture, .caption, .jump, .teaser: finished = true
        default: finished = settings.endsSentence(over.text) || settings.endsWithClosingCredit(over.text)
        }
        return finished ? start : position
    }
}
