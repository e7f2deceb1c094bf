/// Finds columns that an extractor printed side by side on the same lines (`pdftotext -layout` does) and reads
/// them one column after the other, keeping each piece's input line number. A diagnostic says it happened.
///
/// Columns are found where text resumes after a wide run of spaces at the same position on many lines.
/// Positions are counted two ways, because extractors pad differently: in characters (a CJK character is
/// one cell), and in display width (a CJK character is two).
struct ColumnShredding: Sendable {
    let settings: LayoutSettings
    let source: String

    /// A line of input text and the 1-based input line it came from.
    struct NumberedLine: Equatable {
        var number: Int
        var text: String
    }

    enum Metric: CaseIterable { case characters, displayWidth }

    struct Rebuilt {
        var lines: [NumberedLine]
        var diagnostics: [Diagnostic]
    }

    func rebuild(_ input: [NumberedLine]) -> Rebuilt {
        for metric in Metric.allCases {
            var current = input
            var regions: [(first: Int, last: Int)] = []
            for _ in 0..<12 {
                guard let (region, column) = findRegion(current, metric: metric) else { break }
                regions.append((current[region.lowerBound].number, current[region.upperBound - 1].number))
                var left: [NumberedLine] = []
                var right: [NumberedLine] = []
                for line in current[region] {
                    let (l, r) = split(line.text, at: column, metric: metric)
                    left.append(NumberedLine(number: line.number, text: l))
                    right.append(NumberedLine(number: line.number, text: r))
                }
                while right.first?.text.allSatisfy(CharacterClass.isSpace) == true { right.removeFirst() }
                while right.last?.text.allSatisfy(CharacterClass.isSpace) == true { right.removeLast() }
                let separator = NumberedLine(number: left.last?.number ?? 0, text: "")
                current.replaceSubrange(region, with: left + [separator] + right)
            }
            if !regions.isEmpty { return Rebuilt(lines: current, diagnostics: [diagnostic(regions)]) }
        }
        return Rebuilt(lines: input, diagnostics: [])
    }

    private func diagnostic(_ regions: [(first: Int, last: Int)]) -> Diagnostic {
        let first = regions.map(\.first).min() ?? 0
        let last = regions.map(\.last).max() ?? 0
        return Diagnostic(
            code: .shreddedColumns, severity: .warning,
            message: "\(source): lines \(first)–\(last) hold columns side by side (the extractor kept the page's layout); "
                + "they were read one column after another, which can still misplace text that crossed columns. "
                + "For an exact reading order give Banmian the PDF, or extract without -layout.",
            span: SourceSpan(source: source, firstLine: first, lastLine: last))
    }

    private func width(_ scalar: Unicode.Scalar, _ metric: Metric) -> Int {
        if scalar == "\t" { return 8 }
        return metric == .characters ? 1 : (CharacterClass.isWide(scalar) ? 2 : 1)
    }

    /// Positions where text resumes after a run of at least `gutterMinimumWidth` ASCII spaces (also at the
    /// start of a line: a line holding only a right-hand column).
    func gutters(_ line: String, metric: Metric, internalOnly: Bool = false) -> [Int] {
        var result: [Int] = []
        var column = 0
        var gap = 0
        var seenText = false
        for scalar in line.unicodeScalars {
            if scalar == " " || scalar == "\t" {
                gap += width(scalar, metric)
            } else {
                if gap >= settings.gutterMinimumWidth, seenText || !internalOnly { result.append(column) }
                gap = 0
                seenText = true
            }
            column += width(scalar, metric)
        }
        return result
    }

    private func lineWidth(_ line: String, _ metric: Metric) -> Int {
        var end = line.unicodeScalars.endIndex
        while end > line.unicodeScalars.startIndex, line.unicodeScalars[line.unicodeScalars.index(before: end)] == " " {
            end = line.unicodeScalars.index(before: end)
        }
        return line.unicodeScalars[..<end].reduce(0) { $0 + width($1, metric) }
    }

    /// The rightmost gutter position shared by enough lines in a row, and that run of lines (lines between may
    /// be blank or end before it). Splitting at the rightmost gutter first leaves the columns to its left in
    /// reading order for the next splits.
    private func findRegion(_ lines: [NumberedLine], metric: Metric) -> (Range<Int>, Int)? {
        let gutterLists = lines.map { gutters($0.text, metric: metric) }
        // Text on both sides of the gutter on some lines: columns, not merely lines placed with leading spaces.
        let internalLists = lines.map { gutters($0.text, metric: metric, internalOnly: true) }
        let widths = lines.map { lineWidth($0.text, metric) }
        var counts: [Int: Int] = [:]
        for list in gutterLists { for column in Set(list) { counts[column, default: 0] += 1 } }
        let candidates = counts.filter { $0.value >= settings.gutterMinimumLines }.keys.sorted(by: >)
        var best: (range: Range<Int>, column: Int, hits: Int)?
        for column in candidates {
            // A right-hand column's line may start indented (a paragraph), a little past the gutter.
            let near = { (list: [Int]) in list.contains { $0 >= column - settings.gutterTolerance && $0 <= column + settings.gutterTolerance + 4 } }
            var start: Int?
            var hits = 0
            var internalHits = 0
            var lastHit = 0
            for index in 0...lines.count {
                let fits = index < lines.count && (near(gutterLists[index]) || widths[index] <= column)
                if fits {
                    if start == nil {
                        start = index
                        hits = 0
                        internalHits = 0
                    }
                    if near(internalLists[index]) { internalHits += 1 }
                    if near(gutterLists[index]) {
                        hits += 1
                        lastHit = index
                    }
                } else if let begin = start {
                    // From the first line that shows the gutter to the last one.
                    let firstHit = (begin..<index).first { near(gutterLists[$0]) } ?? begin
                    // …and on over the lines right after it that hold only the left columns' text.
                    var end = lastHit + 1
                    while end < index, !lines[end].text.allSatisfy(CharacterClass.isSpace) { end += 1 }
                    let range = hits > 0 ? trimmed(firstHit..<end, lines) : begin..<begin
                    if hits >= settings.gutterMinimumLines, internalHits * 2 >= settings.gutterMinimumLines, hits > (best?.hits ?? 0),
                        range.count > 0
                    {
                        let exact = range.flatMap { gutterLists[$0] }.filter { abs($0 - column) <= settings.gutterTolerance }.min() ?? column
                        best = (range, exact, hits)
                    }
                    start = nil
                }
            }
            if let best { return (best.range, best.column) }
        }
        return nil
    }

    private func trimmed(_ range: Range<Int>, _ lines: [NumberedLine]) -> Range<Int> {
        var lower = range.lowerBound
        var upper = range.upperBound
        while lower < upper, lines[lower].text.allSatisfy(CharacterClass.isSpace) { lower += 1 }
        while upper > lower, lines[upper - 1].text.allSatisfy(CharacterClass.isSpace) { upper -= 1 }
        return lower..<upper
    }

    /// The part of a line before `column`, and the part from it on. The right part keeps its ideographic
    /// indentation (a paragraph start); the padding spaces before it go.
    private func split(_ line: String, at column: Int, metric: Metric) -> (String, String) {
        let scalars = line.unicodeScalars
        var position = 0
        var index = scalars.startIndex
        while index < scalars.endIndex, position < column - settings.gutterTolerance {
            position += width(scalars[index], metric)
            index = scalars.index(after: index)
        }
        // Text running past the cut without a gap belongs to the left column.
        while index < scalars.endIndex, index > scalars.startIndex, scalars[index] != " ", scalars[scalars.index(before: index)] != " " {
            position += width(scalars[index], metric)
            index = scalars.index(after: index)
        }
        var cut = index
        while cut < scalars.endIndex, scalars[cut] == " " || scalars[cut] == "\t" { cut = scalars.index(after: cut) }
        var left = String(scalars[..<index])
        while let last = left.last, last == " " { left.removeLast() }
        return (left, String(scalars[cut...]))
    }
}
