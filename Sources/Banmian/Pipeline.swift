import Foundation

/// The text engine, stage by stage. Start reading here.
///
/// `PageSource → decoded text → normalized text → [TextLine] → [Block] with roles → [Article] → PageResult`
///
/// Lines with geometry (a PDF reader's) come in at the third stage: normalized, then put in reading order
/// from their boxes (`ReadingOrder`), then the same blocks, roles and articles.
public struct Pipeline: Sendable {
    public var settings: LayoutSettings
    /// Forces an input encoding instead of detecting it.
    public var encoding: TextEncoding?

    public init(settings: LayoutSettings = LayoutSettings(), encoding: TextEncoding? = nil) {
        self.settings = settings
        self.encoding = encoding
    }

    /// Rebuilds the articles of one page of extracted text.
    /// Throws `BanmianError` for input that is not page text (empty, binary, undecodable).
    public func extract(_ source: PageSource) throws(BanmianError) -> PageResult {
        // 1. Bytes → text: detect the encoding, refuse what is not text.
        let decoded = try decode(source)
        // 2. Repair characters: radicals to ideographs, line ends, invisible marks.
        return read(Normalizer().normalize(decoded.text), of: source, encoding: decoded.encoding, firstLine: 1, number: nil)
    }

    /// Rebuilds the articles of a page whose lines a reader of another format gave (PDF: with boxes and type
    /// sizes, in any order): the lines are put in reading order from their boxes, then steps 4 to 6 of the text
    /// pipeline. `position` is the page's place in a multi-page file (its number when neither `--page` nor the
    /// furniture says); `size` is the page's, which the lines' boxes are in.
    public func extract(
        lines input: [TextLine], source: PageSource, position: Int? = nil, size: PageSize? = nil, drawings: PageDrawings = PageDrawings()
    ) -> PageResult {
        // Radical code points are repaired as for text (the page decides simplified or traditional), in the
        // openings run in in another face too (`⼀项吉尼斯…`), which must still open their repaired lines.
        let runInLines = input.indices.filter { input[$0].runIn != nil }
        let pieces = input.map(\.text) + runInLines.compactMap { input[$0].runIn?.text }
        let repairedPieces = Normalizer().normalize(pieces.joined(separator: "\n")).split(separator: "\n", omittingEmptySubsequences: false)
        let repaired = repairedPieces.prefix(input.count)
        let text = repaired.joined(separator: "\n")
        var lines = input
        if repairedPieces.count == pieces.count {
            for (offset, index) in runInLines.enumerated() { lines[index].runIn?.text = String(repairedPieces[input.count + offset]) }
            for index in lines.indices {
                lines[index].text = String(repaired[index])
                // Justified lines come with a space between every character, as from text extractors.
                let line = ExtractorArtefacts.repairingLine(lines[index].text, settings: settings)
                lines[index].text = line.text
                if line.letterSpaced { lines[index].wasLetterSpaced = true }
                lines[index].width = TextLine.displayWidth(of: lines[index].text)
            }
        }
        // 3. Boxes → reading order: columns and modules from the geometry; type too small to be text, and text
        //    outside the page, set apart.
        let table = MarkerTable.detect(for: text)
        var finePrint: [TextLine] = []
        var offPage: [TextLine] = []
        var advertisements: [[TextLine]] = []
        var diagnostics: [Diagnostic] = []
        let originalSize = size
        var size = size
        if let pageSize = size {
            let placed = Self.placingOnPage(lines, size: pageSize, source: source.name)
            (lines, offPage, size) = (placed.onPage, placed.offPage, placed.size)
            diagnostics += placed.diagnostics
        }
        // Drawings are where the media box says; a page read larger than its box (its text moved in) has none.
        let drawings = size == originalSize ? drawings : PageDrawings()
        if lines.contains(where: { $0.box != nil }) {
            let order = ReadingOrder(settings: settings.geometry)
            let parted = order.partingFinePrint(lines)
            // Framed advertisements and notices are set apart before reading order: no article reads into them.
            let found = Advertisements(settings: settings, table: table).find(in: parted.text, drawings: drawings, pageSize: size)
            let set = Set(found.joined())
            advertisements = found.map { $0.map { parted.text[$0] } }
            lines = order.arrange(parted.text.indices.filter { !set.contains($0) }.map { parted.text[$0] }, pageHeight: size?.height, drawings: drawings)
            // Titles run into their items' first lines (briefs) become lines of their own.
            lines = RunInHeads(settings: settings, table: table, scanned: drawings.foundInScan).splitting(lines)
            finePrint = parted.finePrint
            for index in lines.indices { lines[index].number = index + 1 }
            for index in finePrint.indices { finePrint[index].number = lines.count + index + 1 }
            for index in offPage.indices { offPage[index].number = lines.count + finePrint.count + index + 1 }
            var next = lines.count + finePrint.count + offPage.count + 1
            for ad in advertisements.indices {
                for index in advertisements[ad].indices {
                    advertisements[ad][index].number = next
                    next += 1
                }
            }
            if !advertisements.isEmpty {
                diagnostics.append(Self.setAside(advertisements.count, "framed advertisement", from: source.name, knownBy: "display type, no running text"))
            }
            if let limit = parted.finePrintLimit, !finePrint.isEmpty {
                diagnostics.append(
                    Diagnostic(
                        code: .finePrint, severity: .info,
                        message: "\(source.name): \(finePrint.count) lines set smaller than \((limit * 10).rounded() / 10) pt (map or chart labels, microprint) are not read as text; they are listed as unassigned"))
            }
        }
        var result = assemble(lines, table: table, source: source, encoding: nil, diagnostics: diagnostics, position: position, recognized: drawings.foundInScan)
        if let first = finePrint.first, let last = finePrint.last {
            // No box: scattered over the page, one box around them would say nothing.
            let span = SourceSpan(source: source.name, firstLine: first.number, lastLine: last.number)
            result.unassigned.append(UnassignedText(role: .finePrint, text: finePrint.map(\.text).joined(separator: " "), span: span))
        }
        result.unassigned += Self.unassigned(advertisements, source: source.name)
        for line in offPage {
            result.unassigned.append(UnassignedText(role: .offPage, text: line.text, span: SourceSpan(source: source.name, firstLine: line.number, lastLine: line.number, box: line.box)))
        }
        result.size = size
        return result
    }

    /// Lines on the page and lines entirely outside its media box. Where more than a tenth of the text lies
    /// outside, the box is wrong (damaged, or missing and defaulted to US Letter): the page is read as large as
    /// its text, with a warning. A few lines outside are printer's marks or notes beyond the trim: set apart.
    static func placingOnPage(_ lines: [TextLine], size: PageSize, source: String) -> (onPage: [TextLine], offPage: [TextLine], size: PageSize, diagnostics: [Diagnostic]) {
        let tolerance = 1.0
        let isOff = { (box: BoundingBox) in
            box.maxX <= -tolerance || box.x >= size.width + tolerance || box.maxY <= -tolerance || box.y >= size.height + tolerance
        }
        let off = lines.filter { $0.box.map(isOff) ?? false }
        guard !off.isEmpty else { return (lines, [], size, []) }
        let letters = { (lines: [TextLine]) in lines.reduce(0) { $0 + $1.text.unicodeScalars.filter(TextAccounting.isLetter).count } }
        let offLetters = letters(off)
        let allLetters = letters(lines)
        if offLetters * 10 > allLetters {
            // Text above or left of the box (its y or x below 0) moves in with the rest.
            let boxes = lines.compactMap(\.box)
            let left = min(0, boxes.map(\.x).min() ?? 0)
            let top = min(0, boxes.map(\.y).min() ?? 0)
            let moved = lines.map { line in
                var line = line
                line.box?.x -= left
                line.box?.y -= top
                return line
            }
            let width = max(size.width, boxes.map(\.maxX).max() ?? 0) - left
            let height = max(size.height, boxes.map(\.maxY).max() ?? 0) - top
            let share = Int((Double(offLetters) / Double(max(allLetters, 1)) * 100).rounded())
            let warning = Diagnostic(
                code: .mediaBoxTooSmall, severity: .warning,
                message: "\(source): \(share)% of its text lies outside its media box (\(Int(size.width))×\(Int(size.height)) pt): the box is damaged or wrong; the page was read as large as its text (\(Int(width.rounded()))×\(Int(height.rounded())) pt)")
            return (moved, [], PageSize(width: width, height: height), [warning])
        }
        let note = Diagnostic(
            code: .offPage, severity: .info,
            message: "\(source): \(off.count) line\(off.count == 1 ? "" : "s") of text lie outside the page (printer's marks, notes beyond the trim); listed as unassigned")
        return (lines.filter { !($0.box.map(isOff) ?? false) }, off, size, [note])
    }

    /// Rebuilds every page of a file that holds several (`pdftotext` separates pages with form feeds), in
    /// memory. Page numbers: `--page` counted on, else each page's furniture, else its position in the file.
    /// Throws the first page's error; a file with no text at all is refused as empty.
    public func extractPages(_ source: PageSource) throws(BanmianError) -> [PageResult] {
        var splitter = pages(of: DataSource(source.data), named: source.name, firstNumber: source.pageNumber)
        var results: [PageResult] = []
        while let page = try splitter.next() {
            if let result = try extract(page) { results.append(result) }
        }
        guard !results.isEmpty else { throw BanmianError.noText(source.name) }
        return results
    }

    /// The pages of a file of page text, split at form feeds as it is read (see `PageSplitter`).
    public func pages(of source: any ByteSource, named name: String, firstNumber: Int? = nil) -> PageSplitter {
        PageSplitter(source: source, name: name, firstNumber: firstNumber, maximumPageBytes: settings.maximumPageBytes, forced: encoding)
    }

    /// Rebuilds one page a `PageSplitter` read; nil for a page with no text (white space and invisible marks
    /// between two form feeds). Page numbers as for `extractPages(_:)`.
    public func extract(_ page: PageText) throws(BanmianError) -> PageResult? {
        if let bytes = page.skippedBytes {
            throw BanmianError(
                .tooLarge, source: page.source, page: page.position,
                detail: "is \(Self.mebibytes(bytes)) MiB of text without a form feed, more than the \(Self.mebibytes(settings.maximumPageBytes)) MiB a page can be",
                advice: "if it holds several pages, separate them with form feeds (pdftotext does); the file's other pages were read")
        }
        if page.data.isEmpty { return nil }
        let decoded = try TextDecoder(forced: encoding).decode(
            bytes: [UInt8](page.data), name: page.source, page: page.position, guess: page.guess, byteOrderMarked: page.byteOrderMarked)
        let text = Normalizer().normalize(decoded.text)
        if TextDecoder.isBlank(text) { return nil }
        let source = PageSource(name: page.source, data: Data(), pageNumber: page.pageNumber)
        return read(text, of: source, encoding: decoded.encoding, firstLine: page.firstLine, number: page.isOnlyPage ? nil : page.position)
    }

    static func mebibytes(_ bytes: Int) -> String {
        let value = Double(bytes) / 1_048_576
        return value < 10 ? String(format: "%.1f", value) : String(Int(value.rounded()))
    }

    private func decode(_ source: PageSource) throws(BanmianError) -> TextDecoder.Decoded {
        guard source.data.count <= settings.maximumPageBytes else {
            throw BanmianError.tooLarge(source.name, bytes: source.data.count, limit: settings.maximumPageBytes)
        }
        return try TextDecoder(forced: encoding).decode(source)
    }

    /// Steps 3 to 6 on one page's normalized text. `number` is the page's position in a multi-page file.
    private func read(_ text: String, of source: PageSource, encoding: TextEncoding, firstLine: Int, number position: Int?) -> PageResult {
        let table = MarkerTable.detect(for: text)
        // 3. Text → lines: columns printed side by side, or in alternating lines, read one after another;
        //    indentation measured, letter-spaced lines closed up.
        let numbered = text.split(separator: "\n", omittingEmptySubsequences: false).enumerated().map {
            ColumnShredding.NumberedLine(number: $0.offset + firstLine, text: String($0.element))
        }
        let rebuilt = ColumnShredding(settings: settings, source: source.name).rebuild(numbered)
        let unwoven = ColumnUnweaving(settings: settings, source: source.name).rebuild(rebuilt.lines)
        let interleaving = LineInterleaving(settings: settings, source: source.name)
            .rebuild(LineReader(settings: settings).lines(of: unwoven.lines))
        // Titles run into their items' first lines (briefs), known by the space after them — not in text whose
        // columns the extractor shredded, where spaces join pieces of lines side by side.
        let diagnostics = rebuilt.diagnostics + unwoven.diagnostics + interleaving.diagnostics
        let lines = Self.isShredded(diagnostics) ? interleaving.lines
            : TextRunInHeads(settings: settings, classifier: LineClassifier(table: table, settings: settings)).splitting(interleaving.lines)
        return assemble(
            lines, table: table, source: source, encoding: encoding, diagnostics: diagnostics, position: position,
            blanksFallInColumns: interleaving.blanksFallInColumns)
    }

    /// Whether reading the text found its columns shredded or interleaved by the extractor (`ColumnShredding`,
    /// `LineInterleaving`): then a line's neighbours in the text are not its neighbours on the page.
    private static func isShredded(_ diagnostics: [Diagnostic]) -> Bool {
        diagnostics.contains { [.fragmentedColumns, .interleavedColumns].contains($0.code) }
    }

    /// The info that advertisements or notices were set aside: how many, of which kind, known by what.
    private static func setAside(_ count: Int, _ kind: String, from source: String, knownBy evidence: String) -> Diagnostic {
        let plural = count == 1 ? "" : "s"
        return Diagnostic(
            code: .advertisement, severity: .info,
            message: "\(source): \(count) \(kind)\(plural) or notice\(plural) (\(evidence)) kept out of the articles; listed as unassigned")
    }

    /// Each advertisement set aside as one unassigned entry, boxed where its lines have boxes.
    private static func unassigned(_ advertisements: [[TextLine]], source: String) -> [UnassignedText] {
        advertisements.compactMap { ad in
            guard let first = ad.first, let last = ad.last else { return nil }
            let span = SourceSpan(source: source, firstLine: first.number, lastLine: last.number, box: BoundingBox.enclosing(ad.compactMap(\.box)))
            return UnassignedText(role: .advertisement, text: ad.map(\.text).joined(separator: " "), span: span)
        }
    }

    /// Steps 4 to 6 on lines, whichever reader gave them.
    private func assemble(
        _ lines: [TextLine], table: MarkerTable, source: PageSource, encoding: TextEncoding?, diagnostics: [Diagnostic], position: Int?,
        recognized: Bool = false, blanksFallInColumns: Bool = false
    ) -> PageResult {
        // Text without geometry: advertisements and notices known by their contact or sponsor lines, kept out.
        var lines = lines
        var diagnostics = diagnostics
        var advertisements: [[TextLine]] = []
        let readingOrderKept = lines.contains { $0.box != nil }
            || (!Self.isShredded(diagnostics) && (blanksFallInColumns || LineReader.keepsColumnsTogether(lines, settings: settings)))
        // Where the extractor shredded the reading order or cut the columns into blocks out of order, an
        // advertisement's lines do not stand together.
        if readingOrderKept, lines.allSatisfy({ $0.box == nil }) {
            for found in Advertisements(settings: settings, table: table).findInText(lines) {
                advertisements.append(found.map { lines[$0] })
                for index in found { lines[index] = TextLine(number: lines[index].number, text: "", indent: 0, width: 0) }
            }
            if !advertisements.isEmpty {
                diagnostics.append(Self.setAside(advertisements.count, "advertisement", from: source.name, knownBy: "closed by an address, a telephone or a sponsor's line"))
            }
        }
        // 4. Lines → blocks with roles: headlines, bylines, paragraphs, jumps, captions, furniture.
        var reader = BlockReader(table: table, settings: settings, source: source.name)
        reader.recognized = recognized
        reader.capitalizesNouns = CharacterClass.capitalizesNouns(lines.map(\.text), share: settings.nounCapitalsMinimumShare, minimumLines: settings.nounCapitalsMinimumLines)
        reader.readingOrderKept = readingOrderKept
        reader.blanksFallInColumns = blanksFallInColumns
        let blocks = reader.blocks(from: lines)
        // 5. The page number: given, or from the file name, or from the furniture.
        let number =
            position == nil
            ? source.pageNumber ?? PageNumberReader.fromFileName(source.name) ?? PageNumberReader.fromFurniture(blocks, table: table)
            : source.pageNumber ?? PageNumberReader.fromFurniture(blocks, table: table) ?? position
        // 6. Blocks → articles; what fits no article is unassigned.
        let assembled = ArticleAssembler(settings: settings, table: table).assemble(blocks, page: number, source: source.name, readingOrderKept: readingOrderKept)
        var result = PageResult(
            source: source.name, number: number, articles: assembled.articles, unassigned: assembled.unassigned,
            diagnostics: diagnostics + assembled.diagnostics, blocks: blocks, encoding: encoding,
            language: table.language)
        result.readingOrderKept = readingOrderKept
        result.unassigned += Self.unassigned(advertisements, source: source.name)
        if let unfamiliar = PageFamiliarity.diagnostic(for: result, settings: settings) { result.diagnostics.append(unfamiliar) }
        return result
    }
}

extension Pipeline {
    /// A page's text as the engine reads it: decoded and normalized (radicals repaired, line ends unified).
    public func normalizedText(of source: PageSource) throws(BanmianError) -> String {
        Normalizer().normalize(try decode(source).text)
    }

    /// The text of a page a `PageSplitter` read, as the engine reads it.
    public func normalizedText(of page: PageText) throws(BanmianError) -> String {
        let decoded = try TextDecoder(forced: encoding).decode(
            bytes: [UInt8](page.data), name: page.source, page: page.position, guess: page.guess, byteOrderMarked: page.byteOrderMarked)
        return Normalizer().normalize(decoded.text)
    }
}

extension MarkerTable {
    /// Chinese when at least a tenth of the letters are CJK ideographs, else English.
    public static func detect(for text: String) -> MarkerTable {
        var ideographs = 0
        var letters = 0
        for scalar in text.unicodeScalars.prefix(20_000) where scalar.properties.isAlphabetic {
            letters += 1
            if CharacterClass.isIdeograph(scalar) { ideographs += 1 }
        }
        return ideographs * 10 >= letters && ideographs > 0 ? .chinese : .english
    }
}
