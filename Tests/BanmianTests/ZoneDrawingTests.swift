import Banmian
import Testing

/// `ZoneDrawing`: the ImageMagick draw primitives `banmian render` lays over a picture of a page.
@Suite struct ZoneDrawingTests {
    func article(_ number: Int, zones: [BoundingBox]) -> Article {
        var article = Article(
            id: "p1-a\(number)", headline: "Headline \(number)", sections: [],
            span: SourceSpan(source: "page.pdf", firstLine: number * 10, lastLine: number * 10 + 9))
        article.zones = zones
        return article
    }

    func page(_ articles: [Article], blocks: [Block] = [], unassigned: [UnassignedText] = []) -> PageResult {
        PageResult(
            source: "page.pdf", number: 1, articles: articles, unassigned: unassigned, diagnostics: [], blocks: blocks, encoding: nil,
            language: .english, size: PageSize(width: 612, height: 792))
    }

    /// Article 1 in an L on page 1 with a piece on page 2, article 2 beside it, article 3 on page 2 only.
    var twoPages: PageResult {
        page([
            article(
                1,
                zones: [
                    BoundingBox(page: 1, x: 30, y: 100, width: 120, height: 118),
                    BoundingBox(page: 2, x: 400, y: 500, width: 100, height: 50),
                ]),
            article(2, zones: [BoundingBox(page: 1, x: 160, y: 100, width: 120, height: 58)]),
            article(3, zones: [BoundingBox(page: 2, x: 30, y: 60, width: 200, height: 80)]),
        ])
    }

    func commands(_ result: PageResult, page: Int, scale: Double) -> [String] {
        ZoneDrawing(scale: scale).primitives(for: result, page: page).split(separator: "\n").map(String.init)
    }

    @Test func eachArticleIsOutlinedInItsColourAndNumbered() {
        #expect(
            commands(twoPages, page: 1, scale: 2) == [
                "fill none", "stroke #1f77b4", "stroke-width 3.0", "rectangle 54.0,194.0 306.0,442.0",
                "stroke none", "fill #1f77b4", "rectangle 54.0,165.4 75.3,194.0", "fill white", "font-size 22.0", "text 60.6,188.5 '1'",
                "fill none", "stroke #d62728", "stroke-width 3.0", "rectangle 314.0,194.0 566.0,322.0",
                "stroke none", "fill #d62728", "rectangle 314.0,165.4 335.3,194.0", "fill white", "font-size 22.0", "text 320.6,188.5 '2'",
            ])
    }

    @Test func boxesOfAnotherPageAreNotDrawn() {
        let drawn = commands(twoPages, page: 2, scale: 2)
        // Articles keep their numbers and colours: the page's first article here is number 1, then 3.
        #expect(drawn.filter { $0.hasPrefix("stroke #") } == ["stroke #1f77b4", "stroke #2ca02c"])
        #expect(drawn.filter { $0.hasPrefix("text ") }.map { String($0.suffix(3)) } == ["'1'", "'3'"])
        #expect(drawn.contains("rectangle 794.0,994.0 1006.0,1106.0"))
        #expect(drawn.contains("rectangle 54.0,114.0 466.0,286.0"))
        #expect(!drawn.contains("rectangle 54.0,194.0 306.0,442.0"), "article 1's zone on page 1")
        #expect(!drawn.contains("rectangle 314.0,194.0 566.0,322.0"), "article 2's zone on page 1")
        #expect(commands(twoPages, page: 3, scale: 2) == [])
    }

    @Test func drawingScalesWithThePicture() {
        let drawn = commands(page([twoPages.articles[0]]), page: 1, scale: 1)
        // A point is a pixel; the outline grows 3 pixels; line and label keep their minimum sizes.
        #expect(drawn.contains("rectangle 27.0,97.0 153.0,221.0"))
        #expect(drawn.contains("stroke-width 2.0"))
        #expect(drawn.contains("font-size 12.0"))
    }

    @Test func headlineRolesAreFilledAndUnplacedTextIsDashed() {
        func line(_ text: String, page: Int, y: Double) -> TextLine {
            var line = TextLine(
                number: Int(y), text: text, indent: 0, width: text.count, box: BoundingBox(page: page, x: 40, y: y, width: 200, height: 20))
            line.fontSize = 16
            return line
        }
        let blocks = [
            Block(role: .headline, lines: [line("Harbour works begin", page: 1, y: 50)], text: "Harbour works begin", source: "page.pdf"),
            Block(role: .body, lines: [line("The harbour board said", page: 1, y: 80)], text: "The harbour board said", source: "page.pdf"),
            Block(role: .headline, lines: [line("On the next page", page: 2, y: 50)], text: "On the next page", source: "page.pdf"),
        ]
        let furniture = UnassignedText(
            role: .pageFurniture, text: "Page 3",
            span: SourceSpan(source: "page.pdf", firstLine: 1, lastLine: 1, box: BoundingBox(page: 1, x: 500, y: 10, width: 40, height: 10))
        )
        #expect(
            commands(page([], blocks: blocks, unassigned: [furniture]), page: 1, scale: 1) == [
                "stroke none", "fill #e6194b55", "rectangle 39.0,49.0 241.0,71.0",
                "push graphic-context", "fill none", "stroke #555555", "stroke-width 1", "stroke-dasharray 6 4",
                "rectangle 498.0,8.0 542.0,22.0", "pop graphic-context",
            ])
    }
}
