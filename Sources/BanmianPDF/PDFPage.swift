import Banmian

/// One page of a PDF as its text layer has it: lines with their boxes and type sizes, in the PDF's block order.
public struct PDFPage: Sendable, Equatable {
    /// 1-based page number within the PDF file.
    public var index: Int
    public var width: Double
    public var height: Double
    public var lines: [PDFLine]
    /// The rules, frames, tints and pictures drawn on it (`mutool draw -F trace`).
    public var drawings = PageDrawings()

    public init(index: Int, width: Double, height: Double, lines: [PDFLine], drawings: PageDrawings = PageDrawings()) {
        self.index = index
        self.width = width
        self.height = height
        self.lines = lines
        self.drawings = drawings
    }
}

/// A line of a PDF's text layer: its characters, its box (top-left origin, points) and its type size.
public struct PDFLine: Sendable, Equatable {
    public var text: String
    public var box: BoundingBox
    /// The size most of its characters are set in.
    public var fontSize: Double
    /// The font and ink most of its characters are set in.
    public var face: TypeFace? = nil
    /// Which block of the page mutool grouped it in.
    public var block: Int
    /// Leading white space the text layer holds (an ideographic space counts 2, a space 1).
    public var leadingSpace: Int
    /// The opening of a line set in another face than the rest of it: a head run into its text.
    public var runIn: TextLine.RunIn? = nil
    /// The text layer held white space after its last character (`TextLine.endsInGap`).
    public var endsInGap = false
}

extension PDFPage {
    /// The page as page `number` of its file, its lines' boxes too.
    func numbered(_ number: Int) -> PDFPage {
        var page = self
        page.index = number
        for index in page.lines.indices { page.lines[index].box.page = number }
        page.drawings = page.drawings.onPage(number)
        return page
    }

    /// Sheets that print one newspaper page (a page a browser spilled onto a second sheet) as one tall page:
    /// each sheet's lines moved down by the heights of the sheets above it.
    public static func stacking(_ sheets: [PDFPage]) -> PDFPage? {
        guard var page = sheets.first else { return nil }
        page.lines = []
        page.height = 0
        page.drawings = PageDrawings()
        for sheet in sheets {
            page.drawings.add(sheet.drawings.moved(down: page.height).onPage(page.index))
            page.lines += sheet.lines.map { line in
                var line = line
                line.box.y += page.height
                line.box.page = page.index
                return line
            }
            page.height += sheet.height
        }
        return page
    }
}
