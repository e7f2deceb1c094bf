import Foundation

/// A compiled regular expression that is safe to share: the markers of a newspaper language are patterns.
struct Pattern: @unchecked Sendable {
    let regex: NSRegularExpression

    /// One pattern matching any of `sources`: a single pass over the text instead of one per pattern.
    init(anyOf sources: [String]) {
        self.init(sources.map { "(?:\($0))" }.joined(separator: "|"))
    }

    init(_ source: String) {
        do {
            regex = try NSRegularExpression(pattern: source, options: [.caseInsensitive])
        } catch {
            preconditionFailure("bad marker pattern \(source): \(error)")
        }
    }

    /// The first match in `text`, with its capture groups (nil where a group did not take part).
    func firstMatch(in text: String) -> Match? {
        let range = NSRange(text.startIndex..., in: text)
        guard let result = regex.firstMatch(in: text, range: range) else { return nil }
        return Match(result: result, text: text)
    }

    func matches(_ text: String) -> Bool { firstMatch(in: text) != nil }

    struct Match {
        let whole: Range<String.Index>
        let groups: [Substring?]

        init(result: NSTextCheckingResult, text: String) {
            whole = Range(result.range, in: text)!
            groups = (0..<result.numberOfRanges).map { index in
                Range(result.range(at: index), in: text).map { text[$0] }
            }
        }

        /// The text of capture group `index`, nil when it did not match.
        subscript(index: Int) -> String? { index < groups.count ? groups[index].map(String.init) : nil }
    }
}
