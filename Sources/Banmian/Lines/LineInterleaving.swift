/// Finds runs where an extractor alternated the lines of two neighbouring columns (A1 B1 A2 B2 …) and
/// reads them one column after the other, with a diagnostic.
///
/// Without geometry the evidence is the text itself: where a line joins the next, the last character of one
/// and the first of the other usually form a pair of characters that occurs elsewhere on the page. When lines
/// alternate, that holds far more often for a line and the line after next.
struct LineInterleaving: Sendable {
    let settings: LayoutSettings
    let source: String

    struct Result {
        var lines: [TextLine]
        var diagnostics: [Diagnostic]
        /// The extractor's blank lines fall inside the columns' running text (`blanksFallInColumns`).
        var blanksFallInColumns = false
    }

    /// Reports a shredded reading order (on the lines as read, blank lines and all), undoes double spacing,
    /// reads alternating columns one after the other, and drops blank lines set in the middle of a sentence.
    func rebuild(_ read: [TextLine]) -> Result {
        let pairs = pagePairs(read)
        let fragmented = fragmentation(read, pairs: pairs)
        let lines = LineReader.undoingDoubleSpacing(read, settings: settings, pairs: fragmented == nil ? pairs : nil)
        var output: [TextLine] = []
        var diagnostics: [Diagnostic] = []
        var runStart = 0
        for index in 0...lines.count where index == lines.count || lines[index].isBlank {
            let run = Array(lines[runStart..<index])
            if run.count >= settings.interleavedMinimumLines, let firstLine = run.first, let lastLine = run.last,
                isInterleaved(run, pairs: pairs)
            {
                let first = run.enumerated().filter { $0.offset % 2 == 0 }.map(\.element)
                let second = run.enumerated().filter { $0.offset % 2 == 1 }.map(\.element)
                output += first + [TextLine(number: first.last?.number ?? firstLine.number, text: "", indent: 0, width: 0)] + second
                diagnostics.append(
                    Diagnostic(
                        code: .interleavedColumns, severity: .warning,
                        message: "\(source): lines \(firstLine.number)–\(lastLine.number) alternate between two columns; "
                            + "they were read one column after the other. For an exact reading order give Banmian the PDF.",
                        span: SourceSpan(source: source, firstLine: firstLine.number, lastLine: lastLine.number)))
            } else {
                output += run
            }
            if index < lines.count { output.append(lines[index]) }
            runStart = index + 1
        }
        if diagnostics.isEmpty, let fragmented { diagnostics.append(fragmented) }
        // Blank lines in the middle of a sentence are the extractor's, where the reading order is whole; in shredded
        // text the line after a blank line is as often another column's.
        if diagnostics.isEmpty { output = LineReader.closingBlankLinesMidSentence(output, settings: settings) }
        return Result(lines: output, diagnostics: diagnostics, blanksFallInColumns: diagnostics.isEmpty && blanksFallInColumns(read, pairs: pairs))
    }

    /// Whether the extractor set its blank lines inside the columns' running text (`mutool draw -F txt` ends a block
    /// wherever a line's spacing changes): at least `blanksInColumnsMinimumRunOn` of the lines on either side of
    /// one blank line read on into each other, as lines of one column do. Where the extractor gave blocks out of
    /// order (pdftotext's default mode), the text after a blank line seldom goes on with the text before it.
    private func blanksFallInColumns(_ lines: [TextLine], pairs: Set<UInt64>) -> Bool {
        var junctions = 0
        var runOn = 0
        for index in lines.indices.dropFirst().dropLast() where lines[index].isBlank && !lines[index - 1].isBlank && !lines[index + 1].isBlank {
            guard let key = ContentMatch.joinKey(lines[index - 1].text, lines[index + 1].text) else { continue }
            junctions += 1
            if pairs.contains(key) { runOn += 1 }
        }
        return junctions >= settings.blanksInColumnsMinimumJunctions && Double(runOn) >= Double(junctions) * settings.blanksInColumnsMinimumRunOn
    }

    /// Reading order shredded into pieces of a line or two from many columns (pdftotext's default mode does this
    /// to pages set in CSS columns): reported, because text alone can rebuild it only in part. Told from text
    /// that is merely double-spaced by its continuity: there, most lines run on into the next one (their joining
    /// character pair occurs elsewhere on the page); in shredded text few do.
    private func fragmentation(_ lines: [TextLine], pairs: Set<UInt64>) -> Diagnostic? {
        let runs = lines.split(whereSeparator: \.isBlank)
        guard Self.comesInPieces(runs.map(\.count), settings: settings) else { return nil }
        let text = lines.filter { !$0.isBlank }
        var junctions = 0
        var runOn = 0
        for (a, b) in zip(text, text.dropFirst()) {
            guard let key = ContentMatch.joinKey(a.text, b.text) else { continue }
            junctions += 1
            if pairs.contains(key) { runOn += 1 }
        }
        guard junctions >= settings.fragmentedMinimumPieces, Double(runOn) < Double(junctions) * settings.fragmentedMaximumRunOn else { return nil }
        return Diagnostic(
            code: .fragmentedColumns, severity: .warning,
            message: "\(source): the text comes in \(runs.count) pieces of a line or two that seldom run on into each other: "
                + "the extractor mixed the lines of several columns. Articles were rebuilt as far as the text allows; "
                + "`pdftotext -raw` or the PDF itself keeps the columns' order.",
            span: SourceSpan(source: source, firstLine: lines.first?.number ?? 1, lastLine: lines.last?.number ?? 1))
    }

    /// Every pair of adjacent ideographs inside the page's lines (the keys of their `ContentMatch`; pairs never
    /// span a line break, and Latin word keys never equal a pair).
    private func pagePairs(_ lines: [TextLine]) -> Set<UInt64> {
        ContentMatch(lines.map(\.text).joined(separator: "\n")).keys
    }

    /// The line reads on into the other: it ends and the other starts (unindented) on ideographs that stand
    /// together elsewhere on the page.
    static func runsOn(_ a: TextLine, into b: TextLine, pairs: Set<UInt64>, settings: LayoutSettings) -> Bool {
        guard b.indent < settings.paragraphIndent, let key = ContentMatch.joinKey(a.text, b.text) else { return false }
        return pairs.contains(key)
    }

    /// Text between blank lines comes in pieces: at least `fragmentedMinimumPieces` runs, six in ten of one or two
    /// lines (given the runs' lengths).
    static func comesInPieces(_ runLengths: [Int], settings: LayoutSettings) -> Bool {
        runLengths.count >= settings.fragmentedMinimumPieces && runLengths.filter { $0 <= 2 }.count * 10 >= runLengths.count * 6
    }

    /// Whether the junctions of lines two apart read on much more often than those of neighbouring lines.
    private func isInterleaved(_ run: [TextLine], pairs: Set<UInt64>) -> Bool {
        func joins(_ a: TextLine, _ b: TextLine) -> Bool { Self.runsOn(a, into: b, pairs: pairs, settings: settings) }
        var adjacent = 0
        var skipping = 0
        for index in 0..<(run.count - 2) {
            if joins(run[index], run[index + 1]) { adjacent += 1 }
            if joins(run[index], run[index + 2]) { skipping += 1 }
        }
        return skipping >= settings.interleavedMinimumEvidence && skipping >= adjacent * 3
    }
}
