import Foundation

/// Counts the letters and digits of a page's input against those its result holds, so that text lost on the
/// way shows: every article field, caption and unassigned entry is counted; what the markers consume (a jump
/// marker becomes `continuedOn`, `报道` closes a byline, `By` opens one) is taken out of the input first.
public enum TextAccounting {
    /// Letters that markers consume where they stand in a byline (`□记者 刘腾 报道`, `By A`, `by A`).
    static let consumedByMarkers = Set("报道Byb".unicodeScalars)
    /// The letters of the words of a jump marker (`（下转第三版）`, `（上接第一版）`, `（续第2页）`).
    static let jumpWords = Set("下上转轉接续續第版页頁".unicodeScalars)

    /// The letters and digits `results` hold, counted.
    public static func heldLetters(of results: [PageResult]) -> [Unicode.Scalar: Int] {
        var counts: [Unicode.Scalar: Int] = [:]
        for result in results {
            for article in result.articles {
                count([article.kicker, article.headline, article.subtitle].compactMap { $0 }, into: &counts)
                count(article.bylines.flatMap { [$0.role ?? ""] + $0.names }, into: &counts)
                count(article.sections.flatMap { [$0.heading ?? ""] + $0.paragraphs.map(\.text) }, into: &counts)
                count(article.captions, into: &counts)
            }
            // Jump markers read as jumps: their page labels, on the article or (a second marker in one article,
            // or one on an unassigned line) on the block that held it.
            count(result.blocks.flatMap { [$0.continuedOn?.label, $0.continuedFrom?.label].compactMap { $0 } }, into: &counts)
            count(result.unassigned.map(\.text), into: &counts)
        }
        return counts
    }

    /// The letters and digits of page text as the engine reads it (normalized), without those of its jump
    /// markers, counted.
    public static func inputLetters(of normalizedText: String) -> [Unicode.Scalar: Int] {
        var counts: [Unicode.Scalar: Int] = [:]
        var rest: [String] = []
        for line in normalizedText.split(separator: "\n") {
            var line = String(line)
            if line.hasPrefix("By ") { line = line.replacingOccurrences(of: " and ", with: " ") }  // `By A and B` lists names
            rest.append(withoutJumps(line))
        }
        // A jump marker wrapped over two lines (`（下转第二` / `版）`) is read as one.
        count([withoutJumps(rest.joined())], into: &counts)
        return counts
    }

    /// An English jump anywhere in a line: the tables anchor theirs at the line's start or end, which a column
    /// laid beside another (`… twenty-nine rivals.     Continued from Page1`) no longer is in the input.
    static let englishJumpAnywhere = Pattern(#"[(\[]?(?:continued|cont'd)\s++(?:from|on)\s++(?:page|p\.)\s*+([A-Z]?\d+)[)\]]?"#)

    /// `text` without the jump markers of any language whose label names a page (the engine keeps the text of
    /// one that names none: `Continued on Page A`).
    static func withoutJumps(_ text: String) -> String {
        var text = text
        for table in MarkerTable.all {
            for pattern in [table.continuedOn, table.continuedFrom, englishJumpAnywhere] where pattern.matches(text) {
                for match in pattern.jumps(in: text).reversed() { text.removeSubrange(match.whole) }
            }
        }
        return text
    }

    /// The letters and digits of `normalizedText` that `results` do not hold (beyond what markers consume),
    /// with how many of each are missing. Empty when nothing was lost.
    public static func missingLetters(from normalizedText: String, in results: [PageResult]) -> [Unicode.Scalar: Int] {
        let held = heldLetters(of: results)
        var missing: [Unicode.Scalar: Int] = [:]
        // A jump marker the engine read across a column break (`（下转第` … `三版）` in columns laid side by side)
        // is no longer one line of the input: each jump read may take one of each of its words' letters.
        let jumps = results.flatMap(\.blocks).reduce(0) { $0 + ($1.continuedOn == nil ? 0 : 1) + ($1.continuedFrom == nil ? 0 : 1) }
        // `By A and B` lists names: each `and` between names is taken, also where the credit is not the start of
        // an input line (columns laid side by side).
        let joins = results.flatMap(\.blocks).flatMap(\.bylines).reduce(0) { $0 + max(0, $1.names.count - 1) }
        for (letter, count) in inputLetters(of: normalizedText) where !consumedByMarkers.contains(letter) {
            var short = count - (held[letter] ?? 0)
            if jumpWords.contains(letter) { short -= jumps }
            if "and".unicodeScalars.contains(letter) { short -= joins }
            if short > 0 { missing[letter] = short }
        }
        return missing
    }

    /// Whether a scalar is a letter or digit of any script: what a reader would miss. Combining marks are not
    /// counted: they go with the character they are on (a mark on a dash that a marker takes goes with it).
    public static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark: return false
        default: return scalar.properties.isAlphabetic || scalar.properties.numericType == .decimal
        }
    }

    static func count(_ texts: [String], into counts: inout [Unicode.Scalar: Int]) {
        for text in texts {
            for scalar in text.unicodeScalars where isLetter(scalar) { counts[scalar, default: 0] += 1 }
        }
    }
}
