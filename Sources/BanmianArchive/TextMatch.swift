import Banmian

/// Where search terms occur in a text, compared as search compares them (folded: case, accents, full width), with
/// Latin words matched whole. Marks the matches in snippets, and is the scan that search results are checked
/// against (every article holding a query's words must be found).
public struct TextMatch: Sendable {
    /// The text's characters, and each one folded.
    private let characters: [Character]
    private let folded: [Unicode.Scalar]
    /// For each folded scalar, the character it came from.
    private let owner: [Int]

    public init(_ text: String) {
        characters = Array(text)
        var folded: [Unicode.Scalar] = []
        var owner: [Int] = []
        for (index, character) in characters.enumerated() {
            for scalar in Self.fold(character) {
                folded.append(scalar)
                owner.append(index)
            }
        }
        self.folded = folded
        self.owner = owner
    }

    /// The character ranges where `term` occurs.
    public func occurrences(of term: SearchQuery.Term) -> [Range<Int>] {
        let needle = Array(Self.fold(term.text))
        guard !needle.isEmpty, needle.count <= folded.count else { return [] }
        let wordStart = needle.first.map(SearchTokenizer.isWordCharacter) ?? false
        let wordEnd = !term.prefix && (needle.last.map(SearchTokenizer.isWordCharacter) ?? false)
        var found: [Range<Int>] = []
        var start = 0
        while start + needle.count <= folded.count {
            if folded[start] == needle[0], needle.indices.allSatisfy({ folded[start + $0] == needle[$0] }) {
                let end = start + needle.count
                let openOK = !wordStart || start == 0 || !isWordCharacter(at: start - 1)
                let closeOK = !wordEnd || end == folded.count || !isWordCharacter(at: end)
                if openOK && closeOK {
                    found.append(owner[start]..<owner[end - 1] + 1)
                    start = end
                    continue
                }
            }
            start += 1
        }
        return found
    }

    /// The text holds the term.
    public func contains(_ term: SearchQuery.Term) -> Bool { !occurrences(of: term).isEmpty }

    /// The text holds what the query asks for: a term of every group, no excluded term.
    public func matches(_ query: SearchQuery) -> Bool {
        query.groups.allSatisfy { $0.contains(where: contains) } && !query.excluded.contains(where: contains)
    }

    /// A short piece of the text around the first match, HTML-escaped, each match in `<mark>…</mark>`; the
    /// text's opening when nothing matches.
    public func snippet(for terms: [SearchQuery.Term], length: Int = 80) -> String {
        let matches = terms.flatMap(occurrences).sorted { $0.lowerBound < $1.lowerBound }
        let first = matches.first?.lowerBound ?? 0
        let start = max(0, min(first - length / 4, characters.count - length))
        let end = min(characters.count, start + length)
        var snippet = start > 0 ? "…" : ""
        var index = start
        for match in matches where match.lowerBound >= index && match.upperBound <= end {
            snippet += Self.escaped(characters[index..<match.lowerBound])
            snippet += "<mark>" + Self.escaped(characters[match]) + "</mark>"
            index = match.upperBound
        }
        snippet += Self.escaped(characters[index..<end])
        if end < characters.count { snippet += "…" }
        return snippet
    }

    /// `text` HTML-escaped, each match of `terms` in `<mark>…</mark>`; line breaks kept. Without terms the text
    /// is only escaped, without being folded first.
    public static func marked(_ text: String, _ terms: [SearchQuery.Term]) -> String {
        terms.isEmpty ? escaped(text, keepingLines: true) : TextMatch(text).marked(terms)
    }

    /// The whole text, HTML-escaped, each match of `terms` in `<mark>…</mark>`; line breaks kept.
    public func marked(_ terms: [SearchQuery.Term]) -> String {
        var matches = terms.flatMap(occurrences).sorted { $0.lowerBound < $1.lowerBound }
        matches = matches.reduce(into: []) { kept, match in
            if let last = kept.last, match.lowerBound < last.upperBound { return }
            kept.append(match)
        }
        var out = ""
        var index = 0
        for match in matches {
            out += Self.escaped(characters[index..<match.lowerBound], keepingLines: true)
            out += "<mark>" + Self.escaped(characters[match], keepingLines: true) + "</mark>"
            index = match.upperBound
        }
        return out + Self.escaped(characters[index...], keepingLines: true)
    }

    private func isWordCharacter(at index: Int) -> Bool { SearchTokenizer.isWordCharacter(folded[index]) }

    private static func fold(_ character: Character) -> [Unicode.Scalar] {
        character.unicodeScalars.flatMap { scalar -> [Unicode.Scalar] in
            let narrow = SearchTokenizer.halfWidth(scalar)
            if SearchTokenizer.isWordCharacter(narrow) { return Array(SearchTokenizer.fold(narrow).unicodeScalars) }
            if narrow.properties.generalCategory == .nonspacingMark { return [] }
            return [narrow]
        }
    }

    private static func fold(_ text: String) -> [Unicode.Scalar] { text.flatMap(fold) }

    /// `characters` safe in HTML text and attributes; a line break a space unless `keepingLines`.
    static func escaped<S: Sequence>(_ characters: S, keepingLines: Bool = false) -> String where S.Element == Character {
        var out = ""
        for character in characters {
            switch character {
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "&": out += "&amp;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            case "\n" where !keepingLines: out += " "
            default: out.append(character)
            }
        }
        return out
    }
}
