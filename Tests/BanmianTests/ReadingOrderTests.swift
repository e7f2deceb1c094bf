import BanmianTesting
import Testing

@testable import Banmian

/// `ReadingOrder` on synthetic newspaper pages built in code: which text comes after which, and where a
/// blank line says that the text does not read on.
@Suite struct ReadingOrderTests {
    /// A page the height of a broadsheet-like PDF page, in points.
    static let pageHeight = 970.0

    /// The texts `ReadingOrder` gives for `lines` (numbered in the order given), a blank line as "".
    func read(_ lines: [TextLine], pageHeight: Double? = ReadingOrderTests.pageHeight, drawings: PageDrawings = PageDrawings()) -> [String] {
        ReadingOrder().arrange(SyntheticPage.numbered(lines), pageHeight: pageHeight, drawings: drawings).map(\.text)
    }

    @Test func headerBandComesFirstAsOneRun() {
        let header = [
            SyntheticPage.line("THE MERIDIAN GAZETTE", x: 36, y: 24, width: 150, size: 12),
            SyntheticPage.line("Monday, June 3, 2024", x: 250, y: 28, width: 90, size: 8),
            SyntheticPage.line("Page 3", x: 540, y: 28, width: 30, size: 8),
        ]
        let module =
            [SyntheticPage.line("Harbour works begin after ten years", x: 36, y: 70, width: 540, size: 18)]
            + SyntheticPage.column(labels("first", 8), x: 36, top: 105, width: 170, size: 8)
            + SyntheticPage.column(labels("second", 8), x: 216, top: 105, width: 170, size: 8)
            + SyntheticPage.column(labels("third", 8), x: 396, top: 105, width: 170, size: 8)
        // The module first in the input: the order must come from the page, not from the input.
        let texts = read(module + header)
        #expect(
            texts == ["THE MERIDIAN GAZETTE", "Monday, June 3, 2024", "Page 3", "", "Harbour works begin after ten years", ""]
                + labels("first", 8) + labels("second", 8) + labels("third", 8))
    }

    /// Two modules one above the other in a column, set as tight as the lines of one (no white space between):
    /// the rule drawn between them is the boundary, and the text does not read on across it.
    @Test func aDrawnRuleEndsAColumnBlock() {
        let upper = SyntheticPage.column(labels("upper", 6), x: 36, top: 200, width: 170, size: 8)
        let lower = SyntheticPage.column(labels("lower", 6), x: 36, top: 200 + 6 * 12, width: 170, size: 8)
        let rule = BoundingBox(page: 1, x: 36, y: 200 + 6 * 12 - 1.5, width: 170, height: 0.75)
        let plain = read(upper + lower)
        #expect(plain == labels("upper", 6) + labels("lower", 6))
        #expect(read(upper + lower, drawings: PageDrawings(rules: [rule])) == labels("upper", 6) + [""] + labels("lower", 6))
        // A rule beside the text, under neither module, changes nothing.
        let aside = BoundingBox(page: 1, x: 300, y: 200 + 6 * 12 - 1.5, width: 170, height: 0.75)
        #expect(read(upper + lower, drawings: PageDrawings(rules: [aside])) == plain)
    }

    /// A module with a photo under its headline beside a box of briefs: the white space between two briefs
    /// runs across the page only past the photo. With the photo and the box's frame known, no cut runs through
    /// either: the module is read whole, then the box, brief after brief.
    @Test func aPhotoAndAFrameKeepTheirModulesWhole() {
        let module =
            [SyntheticPage.line("Harbour headline", x: 36, y: 200, width: 240, size: 14)]
            // The photo fills 222 to 330.
            + [SyntheticPage.line("Harbour caption", x: 36, y: 334, width: 240, size: 7)]
            + SyntheticPage.column(labels("harbour", 6), x: 36, top: 350, width: 240, size: 8)
        let briefs = briefsColumn()
        let photo = BoundingBox(page: 1, x: 36, y: 222, width: 240, height: 108)
        let frame = BoundingBox(page: 1, x: 292, y: 194, width: 206, height: 230)
        let lines = SyntheticPage.numbered(module + briefs)
        let plain = read(lines).filter { !$0.isEmpty }
        #expect(plain.firstIndex(of: "alpha headline")! < plain.firstIndex(of: "Harbour caption")!, "without drawings the gap cuts the page")
        for drawings in [PageDrawings(pictures: [photo]), PageDrawings(frames: [frame]), PageDrawings(frames: [frame], pictures: [photo])] {
            let texts = read(lines, drawings: drawings).filter { !$0.isEmpty }
            #expect(texts == module.map(\.text) + briefs.map(\.text))
        }
    }

    /// A module beside a column of briefs parted from it by a rule drawn down the gutter (no frame): the white
    /// space under the module's caption lines up with the space between two briefs. The rule, with text on both
    /// sides, keeps any row cut from running across it: the module is read whole, then the briefs.
    @Test func aRuleDownTheGutterKeepsModulesSideBySideWhole() {
        let module =
            [SyntheticPage.line("Harbour headline", x: 36, y: 200, width: 240, size: 14)]
            + [SyntheticPage.line("Harbour caption", x: 36, y: 236, width: 240, size: 7)]
            + SyntheticPage.column(labels("harbour", 8), x: 36, top: 276, width: 240, size: 8)
        let briefs = briefsColumn()
        let lines = SyntheticPage.numbered(module + briefs)
        let plain = read(lines).filter { !$0.isEmpty }
        #expect(plain.firstIndex(of: "alpha 3")! < plain.firstIndex(of: "harbour 1")!, "without the rule the white space cuts the page")
        let rule = BoundingBox(page: 1, x: 288, y: 196, width: 0.75, height: 204)
        let ruled = read(lines, drawings: PageDrawings(rules: [rule])).filter { !$0.isEmpty }
        #expect(ruled == module.map(\.text) + briefs.map(\.text))
        // Nor does a separator an OCR engine found in a scan, too rough to overrule the white space.
        var found = PageDrawings(rules: [rule])
        found.foundInScan = true
        #expect(read(lines, drawings: found).filter { !$0.isEmpty } == plain)
        // A short rule (a mark beside one line) parts nothing.
        let mark = BoundingBox(page: 1, x: 288, y: 252, width: 0.75, height: 16)
        #expect(read(lines, drawings: PageDrawings(rules: [mark])).filter { !$0.isEmpty } == plain)
    }

    /// Photo news at the foot of the page: a headline, the photo, and a one-line caption set small under it, in
    /// the bottom band of the page's text, where a footer stands. The photo holds the caption to its headline:
    /// it is read with them, before the module beside them, not after everything as the page's footer.
    @Test func aCaptionUnderAPhotoAtTheFootOfThePageIsNoFooter() {
        let (photoNews, photo) = photoNewsItem(headlineTop: 600, photoHeight: 278)
        let module =
            [SyntheticPage.line("Module headline", x: 256, y: 600, width: 300, size: 14)]
            + SyntheticPage.column(labels("module", 12), x: 256, top: 630, width: 300, size: 9)
        let lines = photoNews + module
        let plain = read(lines).filter { !$0.isEmpty }
        #expect(plain.last == "Photo caption", "without the photo the caption is the page's footer")
        #expect(read(lines, drawings: PageDrawings(pictures: [photo])).filter { !$0.isEmpty } == photoNews.map(\.text) + module.map(\.text))
    }

    /// A tall photo beside a module over two others: the photo stops every cut across, so the page is parted at
    /// its gutters first; the module's third column, whose headline spans only its first two, stands over the
    /// module on the right. Once the photo's column is cut off, the columns beside it are one region again, read
    /// row by row: the module whole, then the two under it.
    @Test func aTallPhotoBesideModulesLeavesTheirRowsToBeRead() {
        let (photoNews, photo) = photoNewsItem(headlineTop: 182, photoHeight: 396)
        let upper =
            [SyntheticPage.line("Upper headline", x: 256, y: 200, width: 300, size: 14)]
            + SyntheticPage.column(labels("upper", 10), x: 256, top: 230, width: 145, size: 8)
            + SyntheticPage.column(labels("upper", 20).suffix(10), x: 411, top: 230, width: 145, size: 8)
            + SyntheticPage.column(labels("upper", 30).suffix(10), x: 566, top: 200, width: 145, size: 8)
        let left =
            [SyntheticPage.line("Left headline", x: 256, y: 400, width: 300, size: 14)]
            + SyntheticPage.column(labels("left", 8), x: 256, top: 430, width: 300, size: 8)
        let right =
            [SyntheticPage.line("Right headline", x: 566, y: 400, width: 145, size: 14)]
            + SyntheticPage.column(labels("right", 8), x: 566, top: 430, width: 145, size: 8)
        let lines = photoNews + upper + left + right
        let texts = read(lines, drawings: PageDrawings(pictures: [photo])).filter { !$0.isEmpty }
        #expect(texts == (photoNews + upper + left + right).map(\.text))
    }

    /// Photo news at x 36, 200 wide: its headline at `headlineTop`, the photo 22 points under it, the caption's one
    /// line set small 4 points under the photo.
    func photoNewsItem(headlineTop: Double, photoHeight: Double) -> (lines: [TextLine], photo: BoundingBox) {
        let photo = BoundingBox(page: 1, x: 36, y: headlineTop + 22, width: 200, height: photoHeight)
        let lines = [
            SyntheticPage.line("Photo headline", x: 36, y: headlineTop, width: 200, size: 14),
            SyntheticPage.line("Photo caption", x: 36, y: photo.maxY + 4, width: 200, size: 7),
        ]
        return (lines, photo)
    }

    /// Three briefs under each other beside a module, at x 300 from y 200: a headline and three lines each, the
    /// space between two briefs from 250 to 272 and from 322 to 344.
    func briefsColumn() -> [TextLine] {
        ["alpha", "beta", "gamma"].enumerated().flatMap { index, name in
            let top = 200 + Double(index) * 72
            return [SyntheticPage.line("\(name) headline", x: 300, y: top, width: 190, size: 10)]
                + SyntheticPage.column(labels(name, 3), x: 300, top: top + 16, width: 190, size: 8)
        }
    }

    /// A page with a wide bottom margin: its footer line, set smaller than the body, stands above the page's
    /// bottom band, close under the columns, but in the bottom band of its text; it comes last, after both
    /// columns, as one run.
    @Test func aFooterAboveAWideMarginComesLast() {
        let columns = SyntheticPage.column(labels("left", 30), x: 36, top: 100, width: 120, size: 9)
            + SyntheticPage.column(labels("right", 30), x: 166, top: 100, width: 120, size: 9)
        // The columns end at 100 + 29 × 13.5 + 11.25 ≈ 503; the footer 14 pt under them, 260 pt above the foot.
        let footer = SyntheticPage.line("Editor: Jane Roe", x: 36, y: 517, width: 100, size: 8)
        let texts = ReadingOrder().arrange(SyntheticPage.numbered(columns + [footer]), pageHeight: 790).map(\.text)
        #expect(texts.last == "Editor: Jane Roe")
        #expect(texts.filter { !$0.isEmpty } == labels("left", 30) + labels("right", 30) + ["Editor: Jane Roe"])
    }

    /// A kicker set to the right, over the space beside a short headline: white space runs down between them, but
    /// the kicker lies wholly above the headline, so it is read first.
    @Test func aKickerSetToTheRightOfItsHeadlineIsReadFirst() {
        let lines = [
            SyntheticPage.line("World view", x: 250, y: 200, width: 44, size: 10),
            SyntheticPage.line("Guerrillas hold the hills", x: 100, y: 214, width: 132, size: 13),
        ] + SyntheticPage.column(labels("body", 6), x: 100, top: 240, width: 194, size: 8)
        #expect(read(lines).filter { !$0.isEmpty } == ["World view", "Guerrillas hold the hills"] + labels("body", 6))
    }

    /// A kicker centred over its module, across the gutter between its third and fourth columns, over a headline
    /// set to the left (over the first two) by less than a line's white space: read first, not after the first
    /// two columns as the head of the two it stands over. Set in type (the text layer names a face).
    @Test func aKickerCentredOverItsModuleIsReadFirst() {
        let lines = [
            SyntheticPage.line("City desk", x: 400, y: 190, width: 40, size: 10),
            SyntheticPage.line("Council votes to reopen the bridge", x: 36, y: 206, width: 220, size: 24),
        ] + [36, 166, 296, 426].enumerated().flatMap { column, x in
            SyntheticPage.column(labels("column \(column + 1)", 6), x: Double(x), top: 250, width: 120, size: 8)
        }
        let body = (1...4).flatMap { labels("column \($0)", 6) }
        #expect(read(typeset(lines)).filter { !$0.isEmpty } == ["City desk", "Council votes to reopen the bridge"] + body)
    }

    /// The lines as a PDF's text layer gives them: each names its face.
    func typeset(_ lines: [TextLine]) -> [TextLine] {
        lines.map { line in
            var line = line
            line.face = TypeFace(font: "NotoSerifCJKsc-Regular", color: 0)
            return line
        }
    }

    /// A byline set half a point smaller than the body right under it is a block of its own: a column's text is
    /// set in one size.
    @Test func aBylineSetALittleSmallerIsABlockOfItsOwn() {
        let lines =
            [
                SyntheticPage.line("Council votes to reopen the bridge", x: 36, y: 200, width: 250, size: 14),
                SyntheticPage.line("By ANNA REED", x: 36, y: 222, width: 70, size: 7.5),
            ] + SyntheticPage.column(labels("body", 6), x: 36, top: 236, width: 250, size: 8)
        #expect(read(typeset(lines)) == ["Council votes to reopen the bridge", "", "By ANNA REED", ""] + labels("body", 6))
    }

    /// Two modules side by side under a lead, their headlines and bylines set level, the left one's text starting
    /// lower (under its photo): each module is read head first, not both heads before both bodies.
    @Test func headsSetLevelInTwoModulesAreReadWithTheirBodies() {
        let lead =
            [SyntheticPage.line("Harbour works begin after ten years", x: 36, y: 200, width: 530, size: 18)]
            + [36.0, 216, 396].enumerated().flatMap { column, x in
                SyntheticPage.column(labels("lead \(column + 1)", 5), x: x, top: 228, width: 170, size: 8)
            }
        let heads = [
            SyntheticPage.line("Council opens the new library", x: 36, y: 292, width: 200, size: 14),
            SyntheticPage.line("By ANNA REED", x: 36, y: 314, width: 70, size: 7.5),
            SyntheticPage.line("Harbour fees to rise in spring", x: 306, y: 292, width: 200, size: 14),
            SyntheticPage.line("By TOM HALE", x: 306, y: 314, width: 70, size: 7.5),
        ]
        let bodies =
            SyntheticPage.column(labels("library a", 6), x: 36, top: 420, width: 125, size: 8)
            + SyntheticPage.column(labels("library b", 6), x: 171, top: 420, width: 125, size: 8)
            + SyntheticPage.column(labels("harbour a", 10), x: 306, top: 328, width: 125, size: 8)
            + SyntheticPage.column(labels("harbour b", 6), x: 441, top: 328, width: 125, size: 8)
        let texts = read(typeset(lead + heads + bodies)).filter { !$0.isEmpty }
        #expect(
            texts == ["Harbour works begin after ten years"] + labels("lead 1", 5) + labels("lead 2", 5) + labels("lead 3", 5)
                + ["Council opens the new library", "By ANNA REED"] + labels("library a", 6) + labels("library b", 6)
                + ["Harbour fees to rise in spring", "By TOM HALE"] + labels("harbour a", 10) + labels("harbour b", 6))
    }

    /// A headline at the top of one module, another module beside it beginning lower with a headline of its own:
    /// the first headline heads only its own columns, and each module is read whole.
    @Test func aHeadlineOverPartOfTheRegionIsReadWithItsOwnColumns() {
        let lines =
            [SyntheticPage.line("Harbour fees to rise", x: 306, y: 200, width: 100, size: 14)]
            + SyntheticPage.column(labels("harbour a", 10), x: 306, top: 225, width: 125, size: 8)
            + SyntheticPage.column(labels("harbour b", 10), x: 441, top: 225, width: 125, size: 8)
            + [SyntheticPage.line("Council opens the new library", x: 36, y: 300, width: 200, size: 14)]
            + SyntheticPage.column(labels("library a", 6), x: 36, top: 325, width: 125, size: 8)
            + SyntheticPage.column(labels("library b", 6), x: 171, top: 325, width: 125, size: 8)
        #expect(
            read(typeset(lines)).filter { !$0.isEmpty }
                == ["Council opens the new library"] + labels("library a", 6) + labels("library b", 6) + ["Harbour fees to rise"]
                + labels("harbour a", 10) + labels("harbour b", 10))
    }

    /// A lead over four columns, its headline over the first two, and under it, a little closer than modules
    /// usually stand, two modules whose headlines open the row: one over three columns, one over the fourth,
    /// so a gutter runs down the whole region. The white space with headlines under it parts the rows: the lead is
    /// read whole before the modules under it, not its fourth column after the first module.
    @Test func modulesSetCloseUnderALeadAreReadAfterItWhole() {
        let lead =
            [SyntheticPage.line("Harbour works begin after ten years", x: 36, y: 100, width: 244, size: 18)]
            + [36.0, 166, 296, 426].enumerated().flatMap { column, x in
                SyntheticPage.column(labels("lead \(column + 1)", 8), x: x, top: 130, width: 120, size: 8)
            }
        // The lead's last lines end at 224; the next row's headlines stand 8 points (an em) lower.
        let modules =
            [SyntheticPage.line("Council opens the new library", x: 36, y: 232, width: 364, size: 14)]
            + SyntheticPage.column(labels("library a", 10), x: 36, top: 256, width: 120, size: 8)
            + SyntheticPage.column(labels("library b", 10), x: 166, top: 256, width: 120, size: 8)
            + SyntheticPage.column(labels("library c", 10), x: 296, top: 256, width: 120, size: 8)
            + [SyntheticPage.line("Fees rise", x: 426, y: 232, width: 110, size: 14)]
            + SyntheticPage.column(labels("fees", 10), x: 426, top: 256, width: 120, size: 8)
        #expect(
            read(typeset(lead + modules)).filter { !$0.isEmpty }
                == ["Harbour works begin after ten years"] + (1...4).flatMap { labels("lead \($0)", 8) }
                + ["Council opens the new library"] + labels("library a", 10) + labels("library b", 10) + labels("library c", 10)
                + ["Fees rise"] + labels("fees", 10))
    }

    /// Two one-column stories side by side over a story whose headline stands over the first of their columns and
    /// whose text runs on in both, a long story in the column beside them: the two columns, parted by the same
    /// white space, are read row by row — both short stories, then the one under them.
    @Test func twoColumnsPartedAtOneHeightAreReadRowByRow() {
        let lines =
            [SyntheticPage.line("Mill town keeps its school", x: 36, y: 100, width: 120, size: 14)]
            + SyntheticPage.column(labels("school", 20), x: 36, top: 124, width: 120, size: 8)
            + [SyntheticPage.line("Fees rise", x: 166, y: 100, width: 100, size: 14)]
            + SyntheticPage.column(labels("fees", 8), x: 166, top: 124, width: 120, size: 8)
            + [SyntheticPage.line("Bridge shut", x: 296, y: 100, width: 100, size: 14)]
            + SyntheticPage.column(labels("bridge", 8), x: 296, top: 124, width: 120, size: 8)
            + [SyntheticPage.line("Port deal", x: 166, y: 230, width: 100, size: 14)]
            + SyntheticPage.column(labels("port a", 8), x: 166, top: 254, width: 120, size: 8)
            + SyntheticPage.column(labels("port b", 8), x: 296, top: 254, width: 120, size: 8)
        #expect(
            read(lines).filter { !$0.isEmpty }
                == ["Mill town keeps its school"] + labels("school", 20) + ["Fees rise"] + labels("fees", 8) + ["Bridge shut"]
                + labels("bridge", 8) + ["Port deal"] + labels("port a", 8) + labels("port b", 8))
    }

    /// Two stories one above the other in two columns, beside them a story whose headline stands in a column of
    /// its own, beside its text: the headline's column lies wholly in the upper row, so it is no part of the
    /// rows the two columns form, and is read right before its text.
    @Test func aHeadlineBesideItsTextStaysBeforeIt() {
        let lines =
            [SyntheticPage.line("Mill town keeps its school", x: 36, y: 100, width: 250, size: 14)]
            + SyntheticPage.column(labels("school a", 7), x: 36, top: 124, width: 120, size: 8)
            + SyntheticPage.column(labels("school b", 7), x: 166, top: 124, width: 120, size: 8)
            + [SyntheticPage.line("Fees rise again", x: 36, y: 220, width: 250, size: 14)]
            + SyntheticPage.column(labels("fees a", 7), x: 36, top: 244, width: 120, size: 8)
            + SyntheticPage.column(labels("fees b", 7), x: 166, top: 244, width: 120, size: 8)
            + [SyntheticPage.line("Port deal", x: 296, y: 100, width: 100, size: 14), SyntheticPage.line("Port talks end", x: 296, y: 120, width: 100, size: 14)]
            + SyntheticPage.column(labels("port a", 16), x: 426, top: 100, width: 120, size: 8)
            + SyntheticPage.column(labels("port b", 16), x: 556, top: 100, width: 120, size: 8)
        #expect(
            read(lines).filter { !$0.isEmpty }
                == ["Mill town keeps its school"] + labels("school a", 7) + labels("school b", 7) + ["Fees rise again"] + labels("fees a", 7)
                + labels("fees b", 7) + ["Port deal", "Port talks end"] + labels("port a", 16) + labels("port b", 16))
    }

    /// Modules set in an L: on the right a story running the page's height; on the left one story over two
    /// others whose headline reaches a hair into the gutter, so that no white space runs clear down or across.
    /// The gutter that few lines cross still parts them: the left modules in turn, then the story on the right.
    @Test func modulesSetInAnLAreReadModuleByModule() {
        let lines =
            [SyntheticPage.line("Banks merge", x: 36, y: 100, width: 250, size: 14)]
            + SyntheticPage.column(labels("banks a", 16), x: 36, top: 124, width: 120, size: 8)
            + SyntheticPage.column(labels("banks b", 16), x: 166, top: 124, width: 120, size: 8)
            + [SyntheticPage.line("Theatre", x: 300, y: 112, width: 130, size: 14)]
            + SyntheticPage.column(labels("theatre", 40), x: 300, top: 136, width: 130, size: 8)
            + [SyntheticPage.line("Alarm keeps drivers awake", x: 36, y: 340, width: 262, size: 14)]
            + SyntheticPage.column(labels("alarm a", 8), x: 36, top: 364, width: 120, size: 8)
            + SyntheticPage.column(labels("alarm b", 8), x: 166, top: 364, width: 120, size: 8)
        #expect(
            read(lines).filter { !$0.isEmpty }
                == ["Banks merge"] + labels("banks a", 16) + labels("banks b", 16) + ["Alarm keeps drivers awake"] + labels("alarm a", 8)
                + labels("alarm b", 8) + ["Theatre"] + labels("theatre", 40))
    }

    /// A paragraph ends at the top of the next column in a line of two characters; the next paragraph opens
    /// under it, indented two em, overlapping it by less than half its width: one column block, read on with no
    /// break (a second dispatch under one headline, `据新华社巴黎1月27日电…`, stays in its article).
    @Test func anIndentedLineUnderAShortLastLineGoesOnInItsColumn() {
        let lines =
            SyntheticPage.column(labels("first", 12), x: 36, top: 100, width: 120, size: 8)
            + [SyntheticPage.line("支持。", x: 166, y: 100, width: 20, size: 8)]
            + SyntheticPage.column(["据新华社巴黎1月27日电"] + labels("second", 10), x: 166, top: 112, width: 120, size: 8).enumerated().map { offset, line in
                var line = line
                if offset == 0 { line.box?.x += 16; line.box?.width -= 16 }
                return line
            }
        #expect(read(lines) == labels("first", 12) + ["支持。", "据新华社巴黎1月27日电"] + labels("second", 10))
    }

    /// A headline set top to bottom at the right of its two columns (vertical text reads from the right), a
    /// photo's caption under it, a story with a headline of its own to the left: the vertical headline is read
    /// before its columns, not after them; the other story keeps its place. A vertical headline at the left of
    /// its text stays where it stands, whatever text stands level with it on its left.
    @Test func aVerticalHeadlineAtTheRightOfItsTextIsReadFirst() {
        let lines =
            [SyntheticPage.line("Fees rise", x: 36, y: 100, width: 120, size: 14)]
            + SyntheticPage.column(labels("fees", 16), x: 36, top: 124, width: 120, size: 8)
            + SyntheticPage.column(labels("theory a", 16), x: 166, top: 100, width: 120, size: 8)
            + SyntheticPage.column(labels("theory b", 16), x: 296, top: 100, width: 120, size: 8)
            + [SyntheticPage.line("时评家辨析矛盾的多元决定论", x: 430, y: 98, width: 20, size: 16)]
            + [SyntheticPage.line("图为研究员在讲课。", x: 426, y: 300, width: 60, size: 7)]
        var vertical = lines
        vertical[vertical.count - 2].box?.height = 190
        #expect(
            read(vertical).filter { !$0.isEmpty }
                == ["Fees rise"] + labels("fees", 16) + ["时评家辨析矛盾的多元决定论"] + labels("theory a", 16) + labels("theory b", 16)
                + ["图为研究员在讲课。"])
        // Set at the left of its text, beside text from another page that has no heading here.
        let onTheLeft =
            SyntheticPage.column(labels("continued", 16), x: 36, top: 100, width: 120, size: 8)
            + [SyntheticPage.line("时评家辨析矛盾的多元决定论", x: 166, y: 98, width: 20, size: 16)]
            + SyntheticPage.column(labels("theory a", 16), x: 196, top: 100, width: 120, size: 8)
            + SyntheticPage.column(labels("theory b", 16), x: 326, top: 100, width: 120, size: 8)
        var leftVertical = onTheLeft
        leftVertical[16].box?.height = 190
        #expect(
            read(leftVertical).filter { !$0.isEmpty }
                == labels("continued", 16) + ["时评家辨析矛盾的多元决定论"] + labels("theory a", 16) + labels("theory b", 16))
    }

    /// A headline and its subtitle over three columns whose first lines start a hair under the subtitle, a
    /// subhead at the top of the third column a hair higher than the columns' text: the headline and subtitle
    /// come first, then the columns in order, the subhead at the head of its own.
    @Test func aSubheadAtAColumnsTopIsReadInItsColumn() {
        let lines =
            [
                SyntheticPage.line("Snow cuts off the valley", x: 36, y: 100, width: 380, size: 18),
                SyntheticPage.line("— roads to reopen by Friday", x: 36, y: 124, width: 200, size: 8.2),
            ]
            + SyntheticPage.column(labels("first", 8), x: 36, top: 137, width: 120, size: 8)
            + SyntheticPage.column(labels("second", 8), x: 166, top: 137, width: 120, size: 8)
            + [SyntheticPage.line("Power restored", x: 326, y: 136.5, width: 60, size: 8)]
            + SyntheticPage.column(labels("third", 6), x: 296, top: 150, width: 120, size: 8)
        #expect(
            read(typeset(lines)).filter { !$0.isEmpty }
                == ["Snow cuts off the valley", "— roads to reopen by Friday"] + labels("first", 8) + labels("second", 8)
                + ["Power restored"] + labels("third", 6))
    }

    /// A kicker in the body's size at the top of the next column, set above where the column before begins, over
    /// its own headline: the text of the column before does not read on into it.
    @Test func aKickerAtTheTopOfTheNextColumnDoesNotContinueTheColumnBefore() {
        let lines =
            [SyntheticPage.line("Council opens the library", x: 36, y: 228, width: 125, size: 14)]
            + SyntheticPage.column(labels("library", 10), x: 36, top: 250, width: 125, size: 8)
            + [
                SyntheticPage.line("City desk", x: 171, y: 212, width: 40, size: 8),
                SyntheticPage.line("Harbour fees rise", x: 171, y: 226, width: 125, size: 14),
            ]
            + SyntheticPage.column(labels("harbour", 10), x: 171, top: 250, width: 125, size: 8)
        let texts = read(typeset(lines))
        let kicker = texts.firstIndex(of: "City desk")
        #expect(kicker.map { $0 > 0 ? texts[$0 - 1] : "read first" } == "", "\(texts)")
        #expect(texts.filter { !$0.isEmpty } == ["Council opens the library"] + labels("library", 10) + ["City desk", "Harbour fees rise"] + labels("harbour", 10))
    }

    @Test func headlineThenColumnOneThenColumnTwo() {
        let lines =
            [SyntheticPage.line("Council votes to reopen the old bridge", x: 36, y: 200, width: 250, size: 14)]
            + SyntheticPage.column(labels("right", 7), x: 166, top: 230, width: 120, size: 8)
            + SyntheticPage.column(labels("left", 7), x: 36, top: 230, width: 120, size: 8)
        // Blank between headline and body; none where the left column's foot reads on at the right one's top.
        #expect(read(lines) == ["Council votes to reopen the old bridge", ""] + labels("left", 7) + labels("right", 7))
    }

    /// A story under its photo's caption (which bridges its two columns): the left column goes on under a subhead
    /// set apart by a little white space, below the foot of the right column. The column is read down to its end
    /// before the right one, not cut across where the right one ends.
    @Test func aColumnGoingOnBelowItsNeighboursFootIsReadToItsEnd() {
        let lines =
            [
                SyntheticPage.line("Mill town votes to keep its last school", x: 36, y: 200, width: 250, size: 14),
                SyntheticPage.line("Pupils at the gates on Monday. (Photo: J. Lee)", x: 36, y: 226, width: 250, size: 7),
            ]
            + SyntheticPage.column(labels("left", 6), x: 36, top: 244, width: 120, size: 8)
            + [SyntheticPage.line("A long campaign", x: 66, y: 320, width: 60, size: 8)]
            + SyntheticPage.column(labels("below", 2), x: 36, top: 336, width: 120, size: 8)
            + SyntheticPage.column(labels("right", 7), x: 166, top: 244, width: 120, size: 8)
        #expect(
            read(lines).filter { !$0.isEmpty }
                == ["Mill town votes to keep its last school", "Pupils at the gates on Monday. (Photo: J. Lee)"] + labels("left", 6)
                + ["A long campaign"] + labels("below", 2) + labels("right", 7))
    }

    /// Two subheads set level in the two columns of one story, white space above and below them: each column is
    /// read whole, its subhead in its place.
    @Test func subheadsSetLevelInTwoColumnsStayInTheirColumns() {
        let lines =
            [SyntheticPage.line("Ministers agree on a common border plan", x: 36, y: 200, width: 250, size: 14)]
            + SyntheticPage.column(labels("left", 5), x: 36, top: 226, width: 120, size: 8)
            + SyntheticPage.column(labels("right", 5), x: 166, top: 226, width: 120, size: 8)
            + [
                SyntheticPage.line("A new start", x: 76, y: 292, width: 40, size: 8),
                SyntheticPage.line("Trade grows", x: 206, y: 292, width: 40, size: 8),
            ]
            + SyntheticPage.column(labels("left below", 3), x: 36, top: 308, width: 120, size: 8)
            + SyntheticPage.column(labels("right below", 3), x: 166, top: 308, width: 120, size: 8)
        #expect(
            read(lines).filter { !$0.isEmpty }
                == ["Ministers agree on a common border plan"] + labels("left", 5) + ["A new start"] + labels("left below", 3)
                + labels("right", 5) + ["Trade grows"] + labels("right below", 3))
    }

    @Test func headlinesOverLevelPhotosStayWithTheirModules() {
        func module(_ name: String, x: Double) -> [TextLine] {
            [
                SyntheticPage.line("\(name) headline", x: x, y: 200, width: 240, size: 14),
                SyntheticPage.line("By \(name) reporter", x: x, y: 222, width: 100, size: 8),
                // The photo fills 232 to 304: white space across both modules under the headlines.
                SyntheticPage.line("\(name) caption", x: x, y: 304, width: 240, size: 7),
            ] + SyntheticPage.column(labels(name, 6), x: x, top: 320, width: 240, size: 8)
        }
        func expected(_ name: String) -> [String] {
            ["\(name) headline", "", "By \(name) reporter", "", "\(name) caption", ""] + labels(name, 6)
        }
        let texts = read(module("Harbour", x: 36) + module("Market", x: 296))
        #expect(texts == expected("Harbour") + [""] + expected("Market"))
    }

    @Test func rowOfModulesAboveAnotherRowIsReadFirst() {
        func module(_ name: String, x: Double, top: Double) -> [TextLine] {
            [SyntheticPage.line("\(name) headline", x: x, y: top, width: 240, size: 14)]
                + SyntheticPage.column(labels(name, 5), x: x, top: top + 25, width: 240, size: 8)
        }
        // Row 1 ends at 283; row 2 starts at 310. Its modules stand under row 1's, column for column.
        let lines =
            module("Dock", x: 296, top: 310) + module("School", x: 36, top: 310)
            + module("Ferry", x: 296, top: 200) + module("Council", x: 36, top: 200)
        let texts = read(lines)
        let expected = Array(
            ["Council", "Ferry", "School", "Dock"].map { ["\($0) headline", ""] + labels($0, 5) }.joined(separator: [""]))
        #expect(texts == expected)
    }

    /// A line set a little larger than the body (a kicker) right of a finished column starts something new;
    /// a line in the body's size there is the text going on.
    @Test(arguments: [(8.6, true), (8.0, false)])
    func lineRightOfAFinishedColumnReadsOnOnlyInTheBodySize(size: Double, startsAfresh: Bool) {
        let lines =
            SyntheticPage.column(labels("left", 8), x: 36, top: 200, width: 120, size: 8) + [
                SyntheticPage.line("ON THE WATERFRONT", x: 166, y: 200, width: 90, size: size),
                SyntheticPage.line("Ferry fares to rise", x: 166, y: 216, width: 120, size: 14),
            ] + SyntheticPage.column(labels("right", 5), x: 166, top: 240, width: 120, size: 8)
        let texts = read(lines)
        #expect(
            texts == labels("left", 8) + (startsAfresh ? [""] : []) + ["ON THE WATERFRONT", "", "Ferry fares to rise", ""]
                + labels("right", 5))
    }

    @Test func lineIndentedTwoEmIsMarkedIndented() throws {
        var lines = SyntheticPage.column(labels("line", 6), x: 36, top: 200, width: 120, size: 8)
        // The fourth line opens a paragraph: 2 em in.
        lines[3].box!.x += 16
        lines[3].box!.width -= 16
        let arranged = ReadingOrder().arrange(SyntheticPage.numbered(lines), pageHeight: Self.pageHeight)
        #expect(arranged.map(\.text) == labels("line", 6))
        let indents = arranged.map(\.indent)
        #expect(indents[3] >= 4)
        #expect(indents.enumerated().filter { $0.offset != 3 }.allSatisfy { $0.element == 0 })
    }

    @Test func linesWithoutABoxComeAfterTheOthers() {
        let column = SyntheticPage.column(labels("line", 4), x: 36, top: 200, width: 120, size: 8)
        let noBox = { (text: String) in TextLine(number: 0, text: text, indent: 0, width: TextLine.displayWidth(of: text)) }
        let lines = [noBox("loose one"), column[0], column[1], noBox(""), noBox("loose two"), column[2], column[3]]
        #expect(read(lines) == labels("line", 4) + ["", "loose one", "loose two"])
    }

    /// The footer band comes last, not with the module whose columns it stands under.
    @Test func wholePageReadsHeaderThenModulesThenFooter() {
        func module(_ name: String) -> [String] {
            ["\(name) headline", "", "By a \(name) reporter", ""] + (1...10).map { "\(name) a\($0)" } + (1...6).map { "\(name) b\($0)" }
        }
        let lead = (1...3).flatMap { column in (1...12).map { "lead \(column).\($0)" } }
        let expected =
            ["THE MERIDIAN GAZETTE", "Monday, June 3, 2024", "Page 3", "", "Harbour works begin after ten years", ""] + lead
            + [""] + module("council") + [""] + module("market") + ["", "Printed by Meridian Press"]
        #expect(read(SyntheticPage.fullPage()) == expected)
    }

    @Test(arguments: [1, 2, 3, 4, 5] as [UInt64])
    func shufflingTheInputGivesTheSameOrder(seed: UInt64) {
        let page = SyntheticPage.numbered(SyntheticPage.fullPage())
        var generator = SeededGenerator(seed: seed)
        let shuffled = page.shuffled(using: &generator)
        #expect(shuffled.map(\.number) != page.map(\.number), "the shuffle changed the input")
        let order = ReadingOrder()
        #expect(order.arrange(shuffled, pageHeight: Self.pageHeight) == order.arrange(page, pageHeight: Self.pageHeight))
    }

    /// `prefix 1`, `prefix 2`, …: the lines of one column, told apart in a failure message.
    func labels(_ prefix: String, _ count: Int) -> [String] { (1...count).map { "\(prefix) \($0)" } }

    /// Lines set in a spiral (a damaged PDF can place its lines anywhere) are all read; and cuts nested deeper
    /// than any page's are read top to bottom rather than nesting on until the stack is exhausted.
    @Test func aSpiralOfLinesIsReadWhole() {
        // A strip across the top of what is left, then a strip down its left side, and so on: each cut leaves a
        // region holding all the lines still to come.
        var lines: [TextLine] = []
        var region = (x: 0.0, y: 0.0, width: 60_000.0, height: 60_000.0)
        for index in 0..<1500 {
            let box: BoundingBox
            if index % 2 == 0 {
                box = BoundingBox(page: 1, x: region.x, y: region.y, width: region.width, height: 10)
                region.y += 30
                region.height -= 30
            } else {
                box = BoundingBox(page: 1, x: region.x, y: region.y, width: 10, height: region.height)
                region.x += 30
                region.width -= 30
            }
            var line = TextLine(number: index + 1, text: "第\(index)行", indent: 0, width: 8, box: box)
            line.fontSize = 10
            lines.append(line)
        }
        let arranged = ReadingOrder().arrange(lines.reversed(), pageHeight: 60_000)
        #expect(arranged.filter { !$0.isBlank }.count == 1500)
        let order = ReadingOrder()
        let stacks = order.stack(Array(lines.prefix(6)))
        let deepest = order.cut(Array(stacks.indices.reversed()), stacks, em: 10, depth: order.settings.maximumCutDepth)
        #expect(deepest == stacks.indices.sorted { (stacks[$0].box.y, stacks[$0].box.x) < (stacks[$1].box.y, stacks[$1].box.x) })
    }

}

/// Lines of a synthetic page: boxes in points from the top-left corner of page 1. A line of type `size`
/// points has a box 1.25 × size high; the lines of a column stand 1.5 × size apart.
enum SyntheticPage {
    static func line(_ text: String, x: Double, y: Double, width: Double, size: Double) -> TextLine {
        var line = TextLine(
            number: 0, text: text, indent: 0, width: TextLine.displayWidth(of: text),
            box: BoundingBox(page: 1, x: x, y: y, width: width, height: size * 1.25))
        line.fontSize = size
        return line
    }

    /// One line of `texts` under the other, the first at `top`.
    static func column(_ texts: [String], x: Double, top: Double, width: Double, size: Double) -> [TextLine] {
        texts.enumerated().map { line($1, x: x, y: top + Double($0) * size * 1.5, width: width, size: size) }
    }

    /// The lines numbered 1, 2, … in the order given, as a reader numbers its input.
    static func numbered(_ lines: [TextLine]) -> [TextLine] {
        lines.enumerated().map { offset, line in
            var line = line
            line.number = offset + 1
            return line
        }
    }

    /// A page with a header band, a module over three columns, two modules side by side and a footer.
    static func fullPage() -> [TextLine] {
        var lines = [
            line("THE MERIDIAN GAZETTE", x: 36, y: 24, width: 150, size: 12),
            line("Monday, June 3, 2024", x: 250, y: 28, width: 90, size: 8),
            line("Page 3", x: 540, y: 28, width: 30, size: 8),
            line("Harbour works begin after ten years", x: 36, y: 70, width: 540, size: 18),
        ]
        for (index, x) in [36.0, 216, 396].enumerated() {
            lines += column((1...12).map { "lead \(index + 1).\($0)" }, x: x, top: 105, width: 170, size: 8)
        }
        for (name, x) in [("council", 36.0), ("market", 306)] {
            lines.append(line("\(name) headline", x: x, y: 320, width: 260, size: 14))
            lines.append(line("By a \(name) reporter", x: x, y: 342, width: 100, size: 8))
            lines += column((1...10).map { "\(name) a\($0)" }, x: x, top: 360, width: 125, size: 8)
            lines += column((1...6).map { "\(name) b\($0)" }, x: x + 135, top: 360, width: 125, size: 8)
        }
        lines.append(line("Printed by Meridian Press", x: 36, y: 940, width: 140, size: 7))
        return lines
    }
}
