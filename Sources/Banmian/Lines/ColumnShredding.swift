/// Finds columns that an extractor printed side by side on the same lines (pdftotext -layout does) and reads
/// them one column after the other. What it cannot rebuild is left as it was; either way a diagnostic says so.
struct ColumnShredding: Sendable {
    let settings: LayoutSettings
    let source: String

    struct Rebuilt {
        var lines: [String]
        var diagnostics: [Diagnostic]
    }

    func rebuild(_ lines: [String]) -> Rebuilt {
        var current = lines
        var regions: [(Int, Int)] = []
        for _ in 0..<8 {
            guard let (region, column) = findRegion(current) else { break }
            regions.append((region.lowerBound + 1, region.upperBound))
            var left: [String] = []
            var right: [String] = []
            for line in current[region] {
                let (l, r) = split(line, at: column)
                left.append(l)
                right.append(r)
            }
            while right.first?.trimmingCharacters(in: .whitespaces).isEmpty == true { right.removeFirst() }
            current.replaceSubrange(region, with: left + [""] + right)
        }
        guard !regions.isEmpty else { return Rebuilt(lines: lines, diagnostics: []) }
        let first = regions.map(\.0).min()!
        let last = regions.map(\.1).max()!
        return Rebuilt(
            lines: current,
            diagnostics: [
                Diagnostic(
                    code: "shreddedColumns", severity: .warning,
                    message: "\(source): lines \(first)–\(last) hold columns side by side (the extractor kept the page's layout); "
                        + "they were read one column after another, which can still misplace text that crossed columns. "
                        + "For an exact reading order give Banmian the PDF, or extract without -layout.",
                    span: SourceSpan(source: source, firstLine: first, lastLine: last))
            ])
    }

    /// Display columns where text resumes after a wide internal gap, on one line.
    func gutters(_ line: String) -> [Int] {
        var result: [Int] = []
        var column = 0
        var gap = 0
        var seenText = false
        for scalar in line.unicodeScalars {
            let width = scalar == "\t" ? 4 : (CharacterClass.isWide(scalar) ? 2 : 1)
            if scalar == " " || scalar == "\u{3000}" || scalar == "\t" {
                gap += width
            } else {
                if seenText, gap >= settings.gutterMinimumWidth { result.append(column) }
                seenText = true
                gap = 0
            }
            column += width
        }
        return result
    }

    /// The first run of lines that share a gutter column on enough lines; lines between may be blank or end before it.
    private func findRegion(_ lines: [String]) -> (Range<Int>, Int)? {
        let gutterLists = lines.map(gutters)
        var counts: [Int: Int] = [:]
        for list in gutterLists { for column in list { counts[column, default: 0] += 1 } }
        let candidates = counts.keys.sorted { (counts[$0]!, -$0) > (counts[$1]!, -$1) }
        for column in candidates where counts[column]! >= settings.gutterMinimumLines {
            // A right column's line may start indented (a paragraph), a few units past the gutter.
            let near = { (list: [Int]) in list.contains { $0 >= column - settings.gutterTolerance && $0 <= column + settings.gutterTolerance + 4 } }
            var start: Int?
            var hits = 0
            var best: (Range<Int>, Int)?
            for index in 0...lines.count {
                let fits = index < lines.count && (near(gutterLists[index]) || CharacterClass.width(of: lines[index]) <= column)
                if fits {
                    if start == nil { start = index; hits = 0 }
                    if near(gutterLists[index]) { hits += 1 }
                } else if let begin = start {
                    if hits >= settings.gutterMinimumLines, best == nil || hits > best!.1 { best = (begin..<index, hits) }
                    start = nil
                }
            }
            if let (range, _) = best {
                let exact = gutterLists[range].flatMap { $0 }.filter { abs($0 - column) <= settings.gutterTolerance }.min() ?? column
                return (trimmed(range, lines), exact)
            }
        }
        return nil
    }

    private func trimmed(_ range: Range<Int>, _ lines: [String]) -> Range<Int> {
        var lower = range.lowerBound
        var upper = range.upperBound
        while lower < upper, lines[lower].trimmingCharacters(in: .whitespaces).isEmpty { lower += 1 }
        while upper > lower, lines[upper - 1].trimmingCharacters(in: .whitespaces).isEmpty { upper -= 1 }
        return lower..<upper
    }

    /// The part of a line before display column `column`, and the part from it on.
    private func split(_ line: String, at column: Int) -> (String, String) {
        var position = 0
        var index = line.startIndex
        while index < line.endIndex, position < column - settings.gutterTolerance {
            position += line[index] == "\t" ? 4 : (CharacterClass.isWide(line[index]) ? 2 : 1)
            index = line.index(after: index)
        }
        // Move to where the right column's text starts, if the gap runs on.
        var cut = index
        var cutColumn = position
        while cut < line.endIndex, CharacterClass.isSpace(line[cut]) {
            cutColumn += line[cut] == "\t" ? 4 : (CharacterClass.isWide(line[cut]) ? 2 : 1)
            cut = line.index(after: cut)
        }
        if cut == line.endIndex { return (line, "") }
        var left = String(line[..<index])
        while let last = left.last, CharacterClass.isSpace(last) { left.removeLast() }
        // Keep the right column's own indentation (a paragraph start) as ideographic spaces.
        let rightIndent = cutColumn - column >= settings.paragraphIndent ? "\u{3000}\u{3000}" : ""
        return (left, rightIndent + String(line[cut...]))
    }
}

import Foundation
