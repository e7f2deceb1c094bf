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
            guard !inside.isEmpty, isAdvertisement(inside.map { lines[$0] }, frame: frame, body: body, classifier: classifier) else { continue }
            let ordered = inside.sorted { (lines[$0].box?.y ?? 0, lines[$0].box?.x ?? 0) < (lines[$1].box?.y ?? 0, lines[$1].box?.x ?? 0) }
            found.append(ordered)
            taken.formUnion(inside)
        }
        return found
    }

    /// No credit, caption, dateline, jump, teaser or page furniture (a page number in a box); then a notice's
    /// title or contact line, or — on two lines or more, so that a cell of a drawn table is none — display type
    /// (a line well larger than the body) or lines mostly centred, with at most two lines of running text (body
    /// size, on one left edge).
    func isAdvertisement(_ lines: [TextLine], frame: BoundingBox, body: Double, classifier: LineClassifier) -> Bool {
        for line in lines {
            switch classifier.kind(of: line) {
            case .byline, .caption, .jump, .teaser: return false
            case .furniture where !table.noticeContact.matches(line.text): return false
            default: if classifier.startsWithDateline(line.text) { return false }
            }
        }
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
