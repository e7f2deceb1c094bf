/// Facts about single characters that line reading needs.
enum CharacterClass {
    /// Lines of a language that capitalizes its nouns (German): at least `share` of the lines (of three words or
    /// more of four letters inside a sentence: not a line's first, not after a stop or colon; words with a capital
    /// inside, in capitals or an OCR engine's misreading, aside) start one of those words with a capital. Lines of
    /// English or French capitalize a name here and there, most of them none (on the 1862 page's OCR, with its
    /// advertisements in title case, about half); German nearly every line has a noun. There a phrase in title
    /// case says nothing of a heading. A page of fewer than `minimumLines` such lines says nothing (a short English
    /// item's `Tuesday` and headline are two lines of three).
    static func capitalizesNouns(_ lines: [String], share: Double, minimumLines: Int) -> Bool {
        var counted = 0
        var capitalizing = 0
        for line in lines {
            let words = line.split(separator: " ")
            var inside = 0
            var capitals = 0
            for (index, word) in words.enumerated() where index > 0 && !(words[index - 1].last.map { ".!?:;".contains($0) } ?? false) {
                let letters = word.filter(\.isLetter)
                guard letters.count >= 4, !letters.dropFirst().contains(where: \.isUppercase) else { continue }
                inside += 1
                if letters.first?.isUppercase == true { capitals += 1 }
            }
            guard inside >= 3 else { continue }
            counted += 1
            if capitals > 0 { capitalizing += 1 }
        }
        return counted >= minimumLines && Double(capitalizing) >= Double(counted) * share
    }

    /// More than half of the text's letters are ASCII: Latin script (accented letters aside), not CJK.
    static func isLatin(_ text: some StringProtocol) -> Bool {
        var letters = 0
        var ascii = 0
        for scalar in text.unicodeScalars where scalar.properties.isAlphabetic {
            letters += 1
            if scalar.isASCII { ascii += 1 }
        }
        return letters > 0 && ascii * 2 > letters
    }

    /// CJK ideographs, kana, hangul and full-width forms: joined with no space, two half-width units wide.
    static func isWide(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x1100...0x115F, 0x2E80...0x303E, 0x3040...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F,
            0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x20000...0x3FFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2014, 0x2026, 0x25A0...0x25FF:
            true
        default: false
        }
    }

    static func isWide(_ character: Character) -> Bool { character.unicodeScalars.first.map(isWide) ?? false }

    /// Characters after which, or before which, a line join needs no space.
    static func joinsWithoutSpace(_ character: Character) -> Bool {
        guard let scalar = character.unicodeScalars.first else { return true }
        return isWide(scalar) && !(0x2018...0x201D).contains(scalar.value)
    }

    static func isIdeograph(_ character: Character) -> Bool {
        character.unicodeScalars.first.map(isIdeograph) ?? false
    }

    /// CJK unified and compatibility ideographs (by range: much cheaper than the Unicode property lookup).
    static func isIdeograph(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF, 0x20000...0x3FFFF, 0x3006, 0x3007: true
        default: false
        }
    }

    /// Display width in half-width units.
    static func width<S: StringProtocol>(of text: S) -> Int {
        text.unicodeScalars.reduce(0) { $0 + (isWide($1) ? 2 : 1) }
    }

    /// The text with full-width digits (`１９９８`) as ASCII ones.
    static func halfWidthDigits(_ text: some StringProtocol) -> String {
        String(String.UnicodeScalarView(text.unicodeScalars.map { scalar in
            (0xFF10...0xFF19).contains(scalar.value) ? Unicode.Scalar(scalar.value - 0xFF10 + 0x30) ?? scalar : scalar
        }))
    }

    /// How many curly quotation marks (`‘’“”`) the text holds: counted wide, which many fonts set narrow.
    static func quotationMarks(in text: some StringProtocol) -> Int {
        text.unicodeScalars.reduce(0) { $0 + ((0x2018...0x201D).contains($1.value) ? 1 : 0) }
    }

    /// Closing punctuation, which Chinese typesetting never sets at the start of a line.
    static func neverStartsALine(_ character: Character) -> Bool { "，。、；：？！）」』”’》〉】".contains(character) }

    /// Marks that open a quotation or a title (not a bracket, which opens credits and jump lines).
    static func opensAQuotation(_ character: Character) -> Bool { "“‘《「『〈".contains(character) }

    static func isSpace(_ character: Character) -> Bool { character == " " || character == "\u{3000}" || character == "\t" }
}
