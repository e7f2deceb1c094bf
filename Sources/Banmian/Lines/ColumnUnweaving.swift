/// Reads columns that an extractor joined into one line with a single space between them, and reads them one
/// column after another. `pdftotext` does this in its default mode where gutters are narrow: it puts the words
/// that share a baseline on one line, so `…经济的条件下， 不同的是这种价值… 美、表情美、技艺美…` holds one line of
/// each of three columns, and a line whose columns stand a little higher or lower than their neighbours' comes
/// as a line of its own holding only some of the columns.
///
/// Without geometry the evidence is the one a reader would use: a piece of a line as wide as a column continues
/// the column it belongs to, so where two pieces join, the character pair they form is one the page prints
/// elsewhere (`戏剧` + `大国` at `…是戏剧` / `大国，做好…`); a line never starts with closing punctuation;
/// and the extractor goes through the columns left to right and from one row to the next. Each piece is given
/// the column that explains the block best (a beam search over the pieces in the extractor's order).
struct ColumnUnweaving: Sendable {
    typealias NumberedLine = ColumnShredding.NumberedLine

    let settings: LayoutSettings
    let source: String

    /// A piece of an input line: the text of one column at one baseline.
    struct Piece {
        var number: Int
        var text: String
        /// Width in ideographs (half-width characters count half).
        var width: Double
        /// The first piece of its input line, and how many pieces follow it on that line.
        var opensLine: Bool
        var followers: Int
    }

    func rebuild(_ input: [NumberedLine]) -> ColumnShredding.Rebuilt {
        // Text in pieces of a line or two between blank lines is shredded another way (`LineInterleaving` reports
        // it); its few joined lines are no blocks of columns.
        let runs = input.split { $0.text.allSatisfy(CharacterClass.isSpace) }
        if LineInterleaving.comesInPieces(runs.map(\.count), settings: settings) {
            return ColumnShredding.Rebuilt(lines: input, diagnostics: [])
        }
        let split = input.map { Self.pieces(of: $0.text, minimumWidth: Double(settings.joinedPieceMinimumWidth)) }
        let pairs = ContentMatch(split.flatMap { $0 }.joined(separator: "\n")).keys
        var output: [NumberedLine] = []
        var regions: [(first: Int, last: Int)] = []
        var start = 0
        for index in 0...input.count where index == input.count || split[index].isEmpty {
            let block = start..<index
            if let read = unweave(Array(input[block]), pieces: Array(split[block]), pairs: pairs) {
                regions.append((input[block.lowerBound].number, input[block.upperBound - 1].number))
                output += read
            } else {
                output += input[block]
            }
            if index < input.count { output.append(input[index]) }
            start = index + 1
        }
        guard let first = regions.first?.first, let last = regions.last?.last else { return ColumnShredding.Rebuilt(lines: input, diagnostics: []) }
        let diagnostic = Diagnostic(
            code: .joinedColumns, severity: .warning,
            message: "\(source): lines \(first)–\(last) join the lines of neighbouring columns with a space "
                + "(pdftotext's default mode does where gutters are narrow); they were read one column after another, "
                + "which can misplace a line. `pdftotext -raw` or the PDF itself keeps the columns apart.",
            span: SourceSpan(source: source, firstLine: first, lastLine: last))
        return ColumnShredding.Rebuilt(lines: output, diagnostics: [diagnostic])
    }

    // MARK: Pieces

    /// The pieces of a line: its text cut at the single spaces that stand between two runs of running text
    /// (each of at least two wide characters, or a letter-spaced run and such a run), each piece closed up where
    /// a justifying extractor spread it out (`上 年 增 长 18.2% 的` → `上年增长18.2%的`). A line with no piece of
    /// at least `minimumWidth` ideographs is one piece.
    static func pieces(of text: String, minimumWidth: Double) -> [String] {
        let tokens = text.split(separator: " ", omittingEmptySubsequences: true)
        guard let firstToken = tokens.first else { return [] }
        func wide(_ token: Substring) -> Int { token.filter(CharacterClass.isWide).count }
        var groups: [[Substring]] = [[firstToken]]
        for index in tokens.indices.dropFirst() {
            let left = tokens[index - 1]
            let right = tokens[index]
            let next = index + 1 < tokens.count ? tokens[index + 1] : nil
            let joint =
                (wide(left) >= 2 && wide(right) >= 2)
                // A letter-spaced run ends, or one begins.
                || (left.count == 1 && wide(left) == 1 && wide(right) >= 4)
                || (wide(left) >= 4 && right.count == 1 && wide(right) == 1 && next.map { $0.count == 1 } == true)
            if joint { groups.append([right]) } else { groups[groups.count - 1].append(right) }
        }
        let pieces = groups.map(closedUp)
        // A line of short words (a byline's names, a date and a weekday) is one piece, its spaces kept: a line of
        // joined columns holds at least one column's running text.
        guard pieces.contains(where: { width($0) >= minimumWidth }) else { return [text.trimmingCharacters(in: .whitespaces)] }
        return pieces
    }

    /// A piece's tokens joined: with no space, except between two Latin words or numbers.
    private static func closedUp(_ tokens: [Substring]) -> String {
        var result = ""
        for token in tokens {
            if let last = result.last, let first = token.first, last.isASCII, first.isASCII,
                last.isLetter || last.isNumber, first.isLetter || first.isNumber
            {
                result.append(" ")
            }
            result += token
        }
        return result
    }

    static func width(_ text: String) -> Double { Double(CharacterClass.width(of: text)) / 2 }

    // MARK: Columns

    /// The block's lines read column by column, or nil where the block is not one of joined columns: at least
    /// `joinedMinimumLines` of its lines (and `joinedMinimumShare` of them) hold two pieces or more as wide as
    /// running text of a column. A line wider than a column (a caption or a headline across them) stays in its
    /// place, a line of its own, and the columns above and below it are read apart.
    private func unweave(_ lines: [NumberedLine], pieces split: [[String]], pairs: Set<UInt64>) -> [NumberedLine]? {
        let minimum = Double(settings.joinedPieceMinimumWidth)
        let joinedLines = split.filter { $0.filter { Self.width($0) >= minimum }.count >= 2 }
        guard joinedLines.count >= settings.joinedMinimumLines, Double(joinedLines.count) >= Double(lines.count) * settings.joinedMinimumShare
        else { return nil }
        let measure = Self.wider(joinedLines.flatMap { $0.map(Self.width) }) ?? 0
        var output: [NumberedLine] = []
        var unwoven = false
        var start = 0
        for index in 0...lines.count {
            let spanning = index < lines.count && (split[index].first.map(Self.width) ?? 0) > measure * settings.joinedSpanningRatio
            guard index == lines.count || spanning else { continue }
            // Lines between spanning lines with no line of several pieces among them stay as they are.
            if (start..<index).contains(where: { split[$0].count > 1 }) {
                if let read = columns(Array(lines[start..<index]), pieces: Array(split[start..<index]), pairs: pairs) {
                    unwoven = true
                    for column in read.columns + [read.trailing] where !column.isEmpty {
                        if !output.isEmpty { output.append(NumberedLine(number: column.first?.number ?? 0, text: "")) }
                        output += column.map { NumberedLine(number: $0.number, text: $0.text) }
                    }
                } else {
                    output += lines[start..<index]
                }
            } else {
                output += lines[start..<index]
            }
            if index < lines.count {
                if unwoven { output.append(NumberedLine(number: lines[index].number, text: "")) }
                output.append(lines[index])
            }
            start = index + 1
        }
        return unwoven ? output : nil
    }

    /// How many joins of one piece to the next run on (end and start on ideographs that stand together elsewhere
    /// on the page).
    private static func runningOn(_ pieces: [Piece], pairs: Set<UInt64>) -> Int {
        zip(pieces, pieces.dropFirst()).filter { a, b in ContentMatch.joinKey(a.text, b.text).map(pairs.contains) ?? false }.count
    }

    /// A width most pieces stay within: the 80th percentile.
    private static func wider(_ values: [Double]) -> Double? {
        let sorted = values.sorted()
        return sorted.isEmpty ? nil : sorted[min(sorted.count - 1, sorted.count * 4 / 5)]
    }

    /// The pieces of lines between spanning lines, column by column; nil unless the columns read on from piece to
    /// piece clearly more often than the text as the extractor gave it (`joinedEvidenceRatio` times as often, and
    /// `joinedMinimumEvidence` joins more).
    private func columns(_ lines: [NumberedLine], pieces split: [[String]], pairs: Set<UInt64>) -> (columns: [[Piece]], trailing: [Piece])? {
        // Columns: as many as two lines at least hold pieces (a space inside one column's line is rare).
        let counts = split.map(\.count)
        let columnCount = (1...settings.joinedMaximumColumns).last { k in counts.filter { $0 >= k }.count >= min(2, lines.count) } ?? 1
        var pieces: [Piece] = []
        for (line, texts) in zip(lines, split) {
            var texts = texts
            // A line with more pieces than there are columns had a space of its own: join its narrowest neighbours.
            while texts.count > columnCount {
                let joins = (0..<(texts.count - 1)).map { Self.width(texts[$0]) + Self.width(texts[$0 + 1]) }
                guard let narrowest = joins.indices.min(by: { joins[$0] < joins[$1] }) else { break }
                texts[narrowest] += texts.remove(at: narrowest + 1)
            }
            for (offset, text) in texts.enumerated() {
                pieces.append(
                    Piece(number: line.number, text: text, width: Self.width(text), opensLine: offset == 0, followers: texts.count - offset - 1))
            }
        }
        // Most lines hold every column: where they do not, which column a piece belongs to is guesswork.
        let fullRows = pieces.filter { $0.opensLine && $0.followers == columnCount - 1 }.count
        guard columnCount >= 2, Double(fullRows) >= Double(lines.count) * settings.joinedMinimumFullRows else { return nil }
        let widths = columnWidths(pieces, columnCount: columnCount)
        let assignment = assign(pieces, widths: widths, pairs: pairs)
        var columns = Array(repeating: [Piece](), count: columnCount)
        var trailing: [Piece] = []
        // Lines of one piece after the last line of several go on a column while they continue one whose last
        // line was full and unfinished; from the first that does not (a footer, an editor's line), they stay below.
        let lastJoined = pieces.lastIndex { !($0.opensLine && $0.followers == 0) } ?? 0
        for (index, (piece, column)) in zip(pieces, assignment).enumerated() {
            if index > lastJoined {
                let due = columns[column].last.map { Self.isUnfinished($0) && $0.width >= widths[column] - settings.joinedFullLineSlack } ?? false
                if !due || !trailing.isEmpty {
                    trailing.append(piece)
                    continue
                }
            }
            columns[column].append(piece)
        }
        let before = Self.runningOn(pieces, pairs: pairs)
        let after = columns.reduce(0) { $0 + Self.runningOn($1, pairs: pairs) }
        guard Double(after) >= Double(before) * settings.joinedEvidenceRatio, after - before >= settings.joinedMinimumEvidence else { return nil }
        // A paragraph's first line, after a finished line or at the column's head, gets back the indent the
        // extractor dropped: the column's measure says where it was.
        for (column, width) in widths.enumerated() {
            for index in columns[column].indices where Self.opensParagraph(columns[column][index], width: width) && columns[column][index].text.first != "\u{3000}" {
                if index > 0, Self.isUnfinished(columns[column][index - 1]) { continue }
                columns[column][index].text = "\u{3000}\u{3000}" + columns[column][index].text
            }
        }
        return (columns.filter { !$0.isEmpty }, trailing)
    }

    /// Whether the piece is a paragraph's first line: it opens with an ideographic space, or, all in wide
    /// characters (whose widths are exact) and ending no sentence (a paragraph's last line may be as wide), it is
    /// two characters narrower than the column.
    static func opensParagraph(_ piece: Piece, width: Double) -> Bool {
        if piece.text.first == "\u{3000}" { return true }
        return piece.text.allSatisfy(CharacterClass.isWide) && abs(piece.width - (width - 2)) < 0.5 && isUnfinished(piece)
    }

    static func isUnfinished(_ piece: Piece) -> Bool { !Punctuation.endsSentence(piece.text, creditLength: 0) }

    /// Each column's measure: the wider pieces at its place on lines that hold every column; the block's
    /// wider pieces where no line does.
    private func columnWidths(_ pieces: [Piece], columnCount: Int) -> [Double] {
        let wide = Self.wider
        let overall = wide(pieces.map(\.width)) ?? 0
        var atPlace = Array(repeating: [Double](), count: columnCount)
        var index = 0
        while index < pieces.count {
            let count = pieces[index].followers + 1
            if count == columnCount { for offset in 0..<count { atPlace[offset].append(pieces[index + offset].width) } }
            index += count
        }
        return atPlace.map { wide($0) ?? overall }
    }

    private struct Hypothesis {
        var last: [Int]
        var previous: Int
        var score: Double
        var columns: [Int]
    }

    /// The column of each piece: a beam search that scores the extractor's order (a column skipped along a
    /// line costs), a piece wider than its column (costs much), a column begun (costs a little: most lines go on
    /// a column already begun) and each join of a piece to its column's previous line.
    private func assign(_ pieces: [Piece], widths: [Double], pairs: Set<UInt64>) -> [Int] {
        let columnCount = widths.count
        // A column whose last piece is a full line that ends no sentence has its next line due.
        let unfinished = pieces.map(Self.isUnfinished)
        func isOpen(_ last: Int, width: Double) -> Bool { last >= 0 && unfinished[last] && pieces[last].width >= width - settings.joinedFullLineSlack }
        var beam = [Hypothesis(last: Array(repeating: -1, count: columnCount), previous: -1, score: 0, columns: [])]
        for (index, piece) in pieces.enumerated() {
            var best: [[Int]: (score: Double, parent: Int, column: Int)] = [:]
            for (parent, hypothesis) in beam.enumerated() {
                let lowest = piece.opensLine ? 0 : hypothesis.previous + 1
                guard lowest <= columnCount - 1 - piece.followers else { continue }
                for column in lowest...(columnCount - 1 - piece.followers) {
                    // Each line at a baseline holds every column that is in the middle of a paragraph: one left out
                    // costs, on this line (the line goes on from the last piece) or on a new one.
                    func open(_ range: Range<Int>) -> Int { range.filter { isOpen(hypothesis.last[$0], width: widths[$0]) }.count }
                    // After a line of several columns, the next line goes on with the columns to the right of its
                    // last, or with the next row from the left: columns passed over cost, whether due or not.
                    let along = column > hypothesis.previous ? open((hypothesis.previous + 1)..<column) : Int.max
                    let cyclic = (column - hypothesis.previous - 1 + 2 * columnCount) % columnCount
                    let afterSeveral = index > 0 && !pieces[index - 1].opensLine
                    let skipped = !piece.opensLine ? along : afterSeveral ? cyclic : min(open(0..<column), along)
                    var score = hypothesis.score - settings.joinedSkipCost * Double(skipped)
                    if piece.width > widths[column] + 1 { score -= settings.joinedTooWideCost }
                    let previous = hypothesis.last[column]
                    score += previous >= 0 ? join(pieces[previous], piece, width: widths[column], pairs: pairs) : -settings.joinedStartCost
                    var key = hypothesis.last
                    key[column] = index
                    key.append(column)
                    if let known = best[key], known.score >= score { continue }
                    best[key] = (score, parent, column)
                }
            }
            let kept = best.values.sorted { ($0.score, -$0.parent, -$0.column) > ($1.score, -$1.parent, -$1.column) }
                .prefix(settings.joinedBeamWidth)
            beam = kept.map { entry in
                var next = beam[entry.parent]
                next.last[entry.column] = index
                next.previous = entry.column
                next.score = entry.score
                next.columns.append(entry.column)
                return next
            }
            if beam.isEmpty { break }
        }
        guard let best = beam.first, best.columns.count == pieces.count else { return pieces.map { _ in 0 } }
        return best.columns
    }

    /// The evidence that `piece` is the line after `previous` in one column.
    private func join(_ previous: Piece, _ piece: Piece, width: Double, pairs: Set<UInt64>) -> Double {
        guard !previous.text.isEmpty, let first = piece.text.first else { return 0 }
        let full = previous.width >= width - settings.joinedFullLineSlack
        if CharacterClass.neverStartsALine(first) { return full ? settings.joinedPairBonus / 2 : -settings.joinedPairBonus }
        // A paragraph's first line (indented, or as wide as the column less the indent the extractor dropped) never
        // follows a full line whose sentence is unfinished.
        if full, Self.isUnfinished(previous), Self.opensParagraph(piece, width: width) { return -settings.joinedPairBonus }
        guard full, let key = ContentMatch.joinKey(previous.text, piece.text) else { return 0 }
        return pairs.contains(key) ? settings.joinedPairBonus : -settings.joinedUnpairedCost
    }
}
