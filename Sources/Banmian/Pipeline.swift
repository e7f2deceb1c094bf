/// The text engine, stage by stage. Start reading here.
///
/// `PageSource → decoded text → normalized text → [TextLine] → [Block] with roles → [Article] → PageResult`
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
        let decoded = try TextDecoder(forced: encoding).decode(source)
        // 2. Repair characters: radicals to ideographs, line ends, invisible marks.
        let text = Normalizer().normalize(decoded.text)
        let table = MarkerTable.detect(for: text)
        // 3. Text → lines: columns printed side by side, or in alternating lines, read one after another;
        //    indentation measured, letter-spaced lines closed up.
        let numbered = text.split(separator: "\n", omittingEmptySubsequences: false).enumerated().map {
            ColumnShredding.NumberedLine(number: $0.offset + 1, text: String($0.element))
        }
        let rebuilt = ColumnShredding(settings: settings, source: source.name).rebuild(numbered)
        let interleaving = LineInterleaving(settings: settings, source: source.name)
            .rebuild(LineReader(settings: settings).lines(of: rebuilt.lines))
        let lines = interleaving.lines
        // 4. Lines → blocks with roles: headlines, bylines, paragraphs, jumps, captions, furniture.
        let blocks = BlockReader(table: table, settings: settings, source: source.name).blocks(from: lines)
        // 5. The page number: given, or from the file name, or from the furniture.
        let number = source.pageNumber ?? PageNumberReader.fromFileName(source.name)
            ?? PageNumberReader.fromFurniture(blocks, table: table)
        // 6. Blocks → articles; what fits no article is unassigned.
        let assembled = ArticleAssembler(settings: settings, table: table).assemble(blocks, page: number, source: source.name)
        return PageResult(
            source: source.name, number: number, articles: assembled.articles, unassigned: assembled.unassigned,
            diagnostics: rebuilt.diagnostics + interleaving.diagnostics + assembled.diagnostics, blocks: blocks, encoding: decoded.encoding,
            language: table.name)
    }
}

extension Pipeline {
    /// A page's text as the engine reads it: decoded and normalized (radicals repaired, line ends unified).
    public func normalizedText(of source: PageSource) throws(BanmianError) -> String {
        Normalizer().normalize(try TextDecoder(forced: encoding).decode(source).text)
    }
}

extension MarkerTable {
    /// Chinese when at least a tenth of the letters are CJK ideographs, else English.
    public static func detect(for text: String) -> MarkerTable {
        var ideographs = 0
        var letters = 0
        for scalar in text.unicodeScalars.prefix(20_000) where scalar.properties.isAlphabetic {
            letters += 1
            if scalar.properties.isIdeographic { ideographs += 1 }
        }
        return ideographs * 10 >= letters && ideographs > 0 ? .chinese : .english
    }
}
