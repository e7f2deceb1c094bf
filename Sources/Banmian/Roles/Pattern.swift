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
        guard let result = regex.firstMatch(in: text, range: range), let match = Match(result: result, text: text) else { return nil }
        return match
    }

    /// The first match of a jump pattern (`continuedOn`, `continuedFrom`) whose label names a page
    /// (`（下转第二版）`, `(Continued on Page 4)`); nil for a label that names none (`Continued on Page A`), whose
    /// text then stays text.
    func firstJump(in text: String) -> (match: Match, page: PageReference)? {
        guard let match = firstMatch(in: text), let page = match[1].flatMap(PageReference.init(label:)) else { return nil }
        return (match, page)
    }

    /// Every match of a jump pattern whose label names a page, in order.
    func jumps(in text: String) -> [Match] {
        regex.matches(in: text, range: NSRange(text.startIndex..., in: text)).compactMap { result in
            guard let match = Match(result: result, text: text), match[1].flatMap(PageReference.init(label:)) != nil else { return nil }
            return match
        }
    }

    func matches(_ text: String) -> Bool { regex.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) != nil }

    struct Match {
        let whole: Range<String.Index>
        let groups: [Substring?]

        /// The match on whole characters: the regular expression counts UTF-16 units and may end inside a
        /// character (a combining mark after `）` belongs to the bracket), so a bound inside a character is moved
        /// to that character's end (the upper bound) or start (the lower bound). Nil only when the match lies
        /// outside `text`.
        init?(result: NSTextCheckingResult, text: String) {
            guard let whole = Self.characterRange(result.range, in: text) else { return nil }
            self.whole = whole
            groups = (0..<result.numberOfRanges).map { index in
                Self.characterRange(result.range(at: index), in: text).map { text[$0] }
            }
        }

        /// `range` (UTF-16 offsets) as a range of whole characters of `text`; nil for `NSNotFound` or a range
        /// outside the text.
        static func characterRange(_ range: NSRange, in text: String) -> Range<String.Index>? {
            guard range.location != NSNotFound, range.location >= 0, range.length >= 0 else { return nil }
            let (upperOffset, overflow) = range.location.addingReportingOverflow(range.length)
            guard !overflow else { return nil }
            if let direct = Range(range, in: text), String.Index(direct.lowerBound, within: text) != nil,
                String.Index(direct.upperBound, within: text) != nil
            {
                return direct
            }
            // A bound inside a character: walk the characters, counting their UTF-16 units.
            var offset = 0
            var start: String.Index?
            var index = text.startIndex
            while index < text.endIndex {
                let units = text[index].utf16.count
                if start == nil, offset + units > range.location { start = index }
                if let start, offset >= upperOffset { return start..<max(start, index) }
                offset += units
                index = text.index(after: index)
            }
            guard range.location <= offset, upperOffset <= offset else { return nil }
            let lower = start ?? text.endIndex
            return lower..<text.endIndex
        }

        /// The text of capture group `index`, nil when it did not match.
        subscript(index: Int) -> String? { index < groups.count ? groups[index].map(String.init) : nil }
    }
}
