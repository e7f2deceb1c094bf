import Foundation

/// Counts the letters and digits of a page's input against those its result holds, so that text lost on the
/// way shows: every article field, caption and unassigned entry is counted; what the markers consume (a jump
/// marker becomes `continuedOn`, `报道` closes a byline, `By` opens one) is taken out of the input first.
public enum TextAccounting {
    /// Letters that markers consume where they stand in a byline (`□记者 刘腾 报道`, `By A and B`).
    static let consumedByMarkers = Set("报道By".unicodeScalars)

    /// The letters and digits `results` hold, counted.
    public static func heldLetters(of results: [PageResult]) -> [Unicode.Scalar: Int] {
        var counts: [Unicode.Scalar: Int] = [:]
        for result in results {
            for article in result.articles {
                count([article.kicker, article.headline, article.subtitle].compactMap { $0 }, into: &counts)
                count(article.bylines.flatMap { [$0.role ?? ""] + $0.names }, into: &counts)
                count(article.sections.flatMap { [$0.heading ?? ""] + $0.paragraphs.map(\.text) }, into: &counts)
                count(article.captions, into: &counts)
                count([article.continuedOn?.label, article.continuedFrom?.label].compactMap { $0 }, into: &counts)
            }
            count(result.unassigned.map(\.text), into: &counts)
        }
        return counts
    }

    /// The letters and digits of page text as the engine reads it (normalized), without those of its jump
    /// markers, counted.
    public static func inputLetters(of normalizedText: String) -> [Unicode.Scalar: Int] {
        var counts: [Unicode.Scalar: Int] = [:]
        for line in normalizedText.split(separator: "\n") {
            var line = String(line)
            if line.hasPrefix("By ") { line = line.replacingOccurrences(of: " and ", with: " ") }  // `By A and B` lists names
            for table in MarkerTable.all {
                for pattern in [table.continuedOn, table.continuedFrom] {
                    line = pattern.regex.stringByReplacingMatches(in: line, range: NSRange(line.startIndex..., in: line), withTemplate: "")
                }
            }
            count([line], into: &counts)
        }
        return counts
    }

    /// The letters and digits of `normalizedText` that `results` do not hold (beyond what markers consume),
    /// with how many of each are missing. Empty when nothing was lost.
    public static func missingLetters(from normalizedText: String, in results: [PageResult]) -> [Unicode.Scalar: Int] {
        let held = heldLetters(of: results)
        var missing: [Unicode.Scalar: Int] = [:]
        for (letter, count) in inputLetters(of: normalizedText) where !consumedByMarkers.contains(letter) {
            let short = count - (held[letter] ?? 0)
            if short > 0 { missing[letter] = short }
        }
        return missing
    }

    /// Whether a scalar is a letter or digit of any script: what a reader would miss.
    public static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isAlphabetic || scalar.properties.numericType == .decimal
    }

    static func count(_ texts: [String], into counts: inout [Unicode.Scalar: Int]) {
        for text in texts {
            for scalar in text.unicodeScalars where isLetter(scalar) { counts[scalar, default: 0] += 1 }
        }
    }
}
