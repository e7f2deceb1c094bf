/// Something a reader of the output should know about a page that was still processed.
public struct Diagnostic: Sendable, Codable, Equatable, Hashable {
    public enum Severity: String, Sendable, Codable { case info, warning }

    /// A stable machine-readable code; its raw value is what the JSON prints (`shreddedColumns`).
    public var code: DiagnosticCode
    public var severity: Severity
    public var message: String
    /// The input lines concerned, when there are any.
    public var span: SourceSpan?

    public init(code: DiagnosticCode, severity: Severity, message: String, span: SourceSpan? = nil) {
        self.code = code
        self.severity = severity
        self.message = message
        self.span = span
    }
}

/// What a diagnostic is about. The raw values are part of the page JSON: new cases may come, none is renamed.
public enum DiagnosticCode: String, Sendable, Codable, Equatable, Hashable, CaseIterable {
    // Text as the extractor gave it.
    /// The extractor kept the page's layout: columns side by side on one line.
    case shreddedColumns
    /// Lines of neighbouring columns joined into one by single spaces (pdftotext's default mode, narrow gutters).
    case joinedColumns
    /// Lines of two columns alternate (the extractor read across the gutter).
    case interleavedColumns
    /// Reading order in pieces of a line or two that seldom run on into each other.
    case fragmentedColumns

    // The page as printed.
    /// Framed advertisements or notices set aside, not read as articles.
    case advertisement
    /// Type too small to be text (map labels, microprint), not read.
    case finePrint
    /// Text lies outside the PDF's media box: the box is wrong, the page was read as large as its text.
    case mediaBoxTooSmall
    /// Lines outside the page (printer's marks), listed as unassigned.
    case offPage

    // Assembly.
    /// A headline no body on the page shares words with; listed as unassigned.
    case headlineWithoutBody
    /// The page looks unlike the layouts Banmian knows: check its articles.
    case unfamiliarLayout

    // The issue.
    /// A jump (`（下转第二版）`) whose continuation is not in the run, or matches no article of its page.
    case jumpWithoutContinuation
    /// A continuation (`（上接第一版）`) whose first part is not in the run, or matches no jump of its page.
    case continuationWithoutSource

    // The PDF file.
    /// A damaged PDF, read as far as it could be.
    case damagedPDF
    /// Pages asked for that the PDF does not have.
    case noSuchPage
    /// A page without a text layer (a scan or a picture).
    case noTextLayer
    /// No text of a page could be read (the file is damaged).
    case pageUnreadable
    /// Characters of the text layer that map to no text.
    case unreadableCharacters
    /// What mutool noted about the PDF's fonts.
    case pdfFontNotes
    /// Words an OCR engine was unsure of (an ALTO file's word confidence), kept in the text as it read them.
    case doubtfulWords
    /// A page's text was read by OCR from its picture (`--ocr`).
    case recognized
    /// A page's articles are those a METS document's logical structure gives, not rebuilt.
    case libraryArticles
}
