/// Closes up lines that a justifying extractor spread out with a space between every character
/// (`遇 。要 按 照 工 委（区` → `遇。要按照工委（区`), while real spaces (`勇担国家战略使命 推动更高质`) stay.
enum LetterSpacing {
    /// A line is letter-spaced when at least `minimumTokens` pieces stand between single spaces and
    /// at least `singleShare` of them are one CJK character long: real spaces separate words, not characters.
    static func closeUp(_ text: String, settings: LayoutSettings) -> String? {
        let tokens = text.split(separator: " ", omittingEmptySubsequences: true)
        guard tokens.count >= settings.letterSpacingMinimumTokens else { return nil }
        let single = tokens.filter { $0.count == 1 && $0.first.map(CharacterClass.isWide) == true }.count
        guard Double(single) >= Double(tokens.count) * settings.letterSpacingSingleShare else { return nil }
        // Single spaces were put there by the extractor; wider gaps were printed.
        var result = ""
        var spaces = 0
        for character in text {
            if character == " " {
                spaces += 1
                continue
            }
            if spaces > 0, let last = result.last {
                // Digits were spread like the rest (`2 2个` is `22个`); only words of Latin letters keep their space.
                let keep = spaces >= 2 || (last.isASCII && last.isLetter && character.isASCII && character.isLetter)
                if keep { result.append(" ") }
            }
            spaces = 0
            result.append(character)
        }
        return result
    }
}
