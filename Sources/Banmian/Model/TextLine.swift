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
    /// The typeface and ink most of its characters are set in, for inputs that have them (PDF).
    public var face: TypeFace?
    /// Its opening set in another face than the rest of it (a brief's title run into its text), for inputs that
    /// have faces (PDF).
    public var runIn: RunIn?
    /// The input held white space after the line's last character (a PDF's text layer, or text that keeps it,
    /// as `mutool draw -F txt` does): a title run into its text, the space after it at the line's end
    /// (`赞民乐走进“金色大厅”␣` over `据悉，在维也纳…`).
    public var endsInGap = false
    /// A title run into its item's text in the text's own face, told from it by the space after it alone
    /// (`RunInHeads`): set apart from the body as a title in bold is.
    public var isSpacedTitle = false
    /// Set centred in its column on a page without type sizes (an OCR engine's reading of a scan): where older
    /// Latin-script papers set their headings, in the body's type (`ReadingOrder.splittingCentredLines`).
    public var isCentred = false
    /// The text of an item whose Latin title was run into the same line before a dash (`RunInHeads`): body text
    /// however few its words (`ATTEMPT TO KILL.—` / `On Wednesday`).
    public var followsRunInTitle = false
    /// A title run into the first line of its item's text, parted from it (`RunInHeads`, `TextRunInHeads`): the
    /// text went on on the title's own line.
    public var isRunInTitle = false
    /// Printed top to bottom: in text, a run of lines of one character each that the extractor gave for a vertical
    /// headline or caption, joined into this line (`ExtractorArtefacts.joiningVerticalText`).
    public var isSetVertically = false

    /// A line's opening in a face of its own: its text as the reader gave it, and that face.
    public struct RunIn: Sendable, Codable, Equatable, Hashable {
        public var text: String
        public var face: TypeFace

        public init(text: String, face: TypeFace) {
            self.text = text
            self.face = face
        }
    }

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

/// A line's typeface as a page designer sets it apart: the font (its family and weight) and the ink colour.
public struct TypeFace: Sendable, Codable, Equatable, Hashable {
    /// The font's name without a subset tag (`ABCDEF+FZHei-B01` → `FZHei-B01`).
    public var font: String
    /// The ink as 0xRRGGBB.
    public var color: Int

    public init(font: String, color: Int) {
        self.font = Self.withoutSubsetTag(font)
        self.color = color
    }

    /// Six capitals and a plus sign before a font's name mark a subset embedded in the PDF.
    public static func withoutSubsetTag(_ name: String) -> String {
        let parts = name.split(separator: "+", maxSplits: 1)
        guard parts.count == 2, parts[0].count == 6, parts[0].allSatisfy({ $0.isASCII && $0.isUppercase }) else { return name }
        return String(parts[1])
    }

    /// The face in its bold, where only the ink shows it (the font names no weight): `-Bold` after the font's name,
    /// as an ALTO style's weight is read.
    public var heavier: TypeFace { TypeFace(font: font + "-Bold", color: color) }

    /// Ink a reader sees as coloured (red, blue), not black or grey: its channels clearly unequal.
    public var isColoured: Bool {
        let channels = [(color >> 16) & 0xFF, (color >> 8) & 0xFF, color & 0xFF]
        return (channels.max() ?? 0) - (channels.min() ?? 0) >= Self.colouredSpread
    }

    /// Channels this far apart (of 255) are a colour.
    static let colouredSpread = 64

    /// Set apart from `body`: another font (another family, or a bold or heavy cut of it, which PDFs embed under
    /// its own name: `NotoSerifCJKsc-Bold`), or coloured ink where the body's is not.
    public func standsApart(from body: TypeFace) -> Bool {
        font != body.font || (isColoured && !body.isColoured)
    }
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

    /// The line with `next` read on after it, a wrap mended: their texts joined as running text (`LineJoiner.join`),
    /// or as `text` when given, and its box around both where both have one.
    func readingOn(_ next: TextLine, as text: String? = nil) -> TextLine {
        var line = replacingText(text ?? LineJoiner.join([self.text, next.text]))
        if let a = box, let b = next.box { line.box = a.union(b) }
        return line
    }
}

extension TextLine {
    /// A line of a font's private-use glyphs only: an ornamental rule, which stands for no text.
    public static func isOrnament(_ text: String) -> Bool { ExtractorArtefacts.isOrnament(text) }
    /// The fewest characters, one a line, that are a line of vertical text (in text, and in a PDF's text layer).
    public static var verticalRun: Int { ExtractorArtefacts.verticalRun }
    /// A CJK ideograph (not punctuation, kana or a full-width form).
    public static func isIdeograph(_ character: Character) -> Bool { CharacterClass.isIdeograph(character) }
}
