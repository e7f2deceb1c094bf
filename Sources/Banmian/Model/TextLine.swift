/// One line of a page as the reader gave it, cleaned for reading: the first value of the pipeline.
public struct TextLine: Sendable, Codable, Equatable, Hashable {
    /// 1-based line number in the input (after line-end normalization).
    public var number: Int
    /// The text without indentation and trailing white space, letter-spaced runs closed up.
    public var text: String
    /// Leading white space in half-width units: an ideographic space counts 2, an ASCII space 1.
    public var indent: Int
    /// Display width of `text` in half-width units (CJK and full-width characters count 2).
    public var width: Int
    /// Whether the line came letter-spaced (`遇 。要 按 照`) and was closed up.
    public var wasLetterSpaced: Bool
    /// The line's box on the page, for inputs that have geometry.
    public var box: BoundingBox?
    /// The type size in points, for inputs that have it (PDF).
    public var fontSize: Double?

    /// Display width in half-width units (CJK and full-width characters count 2).
    public static func displayWidth(of text: String) -> Int { CharacterClass.width(of: text) }

    public init(number: Int, text: String, indent: Int, width: Int, wasLetterSpaced: Bool = false, box: BoundingBox? = nil) {
        self.number = number
        self.text = text
        self.indent = indent
        self.width = width
        self.wasLetterSpaced = wasLetterSpaced
        self.box = box
    }

    public var isBlank: Bool { text.isEmpty }
}

extension TextLine {
    /// The same line (number, box, type size) holding other text: a line a rule cut or mended.
    func replacingText(_ text: String, indent: Int? = nil) -> TextLine {
        var line = self
        line.text = text
        line.width = TextLine.displayWidth(of: text)
        if let indent { line.indent = indent }
        return line
    }
}
