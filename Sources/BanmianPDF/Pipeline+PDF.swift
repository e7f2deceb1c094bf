import Banmian

extension Pipeline {
    /// Rebuilds the articles of one PDF page: its lines in reading order (`PDFReader.textLines`), then steps 4
    /// to 6 of the text pipeline, with the page's size for the boxes.
    /// `position` is the page's place in a multi-page file, as for `extract(lines:source:position:size:)`.
    public func extract(_ page: PDFPage, source: PageSource, position: Int? = nil) -> PageResult {
        extract(
            lines: PDFReader.textLines(page, settings: settings.geometry), source: source, position: position,
            size: PageSize(width: page.width, height: page.height))
    }
}
