import Banmian

/// One page of a PDF as its text layer has it: lines with their boxes and type sizes, in the PDF's block order.
public struct PDFPage: Sendable, Equatable {
    /// 1-based page number within the PDF file.
    public var index: Int
    public var width: Double
    public var height: Double
    public var lines: [PDFLine]
}

/// A line of a PDF's text layer: its characters, its box (top-left origin, points) and its type size.
public struct PDFLine: Sendable, Equatable {
    public var text: String
    public var box: BoundingBox
    /// The size most of its characters are set in.
    public var fontSize: Double
    /// Which block of the page mutool grouped it in.
    public var block: Int
    /// Leading white space the text layer holds (an ideographic space counts 2, a space 1).
    public var leadingSpace: Int
}
