import Banmian

/// A search as a reader types it, parsed by Banmian and rebuilt for FTS5: nothing typed reaches SQL as written.
///
/// Terms separated by spaces must all occur; `"…"` is a phrase (an unclosed quote runs to the end); `a OR b`
/// finds either; `-term` excludes; `word*` finds words that begin so (Latin script). Chinese needs no phrase
/// marks: `码头工人` is found where those four characters stand together. Characters that find nothing on their
/// own (`*`, `:`, `(`) are only separators.
public struct SearchQuery: Sendable, Equatable {
    public struct Term: Sendable, Equatable {
        public var text: String
        /// `word*`: words that begin with `text`.
        public var prefix: Bool

        public init(_ text: String, prefix: Bool = false) {
            self.text = text
            self.prefix = prefix
        }
    }

    /// Every group must match; a group matches when one of its terms does.
    public var groups: [[Term]]
    /// No match may hold one of these.
    public var excluded: [Term]

    public enum ParseError: Error, Equatable, CustomStringConvertible {
        case empty
        case onlyExclusions

        public var description: String {
            switch self {
            case .empty: "the query has no word to look for: type one or more words, e.g. 码头 or \"码头工人\""
            case .onlyExclusions: "the query only excludes words (-…): add a word to look for, e.g. 码头 -工人"
            }
        }
    }

    public init(groups: [[Term]], excluded: [Term] = []) {
        self.groups = groups
        self.excluded = excluded
    }

    /// Parses what a reader typed. Throws only when nothing is left to look for.
    public init(parsing input: String) throws(ParseError) {
        var groups: [[Term]] = []
        var excluded: [Term] = []
        var joinNext = false
        for word in Self.words(of: input) {
            if word.isOperator {
                joinNext = !groups.isEmpty
                continue
            }
            guard let term = Self.term(word) else { continue }
            if word.excluded {
                excluded.append(term)
            } else if joinNext, !groups.isEmpty {
                groups[groups.count - 1].append(term)
            } else {
                groups.append([term])
            }
            joinNext = false
        }
        if groups.isEmpty { throw excluded.isEmpty ? .empty : .onlyExclusions }
        self.groups = groups
        self.excluded = excluded
    }

    /// The FTS5 expression: each term a quoted string (quotes doubled) that the archive's tokenizer reads.
    public var fts5Expression: String {
        func quoted(_ term: Term) -> String {
            "\"" + term.text.replacingOccurrences(of: "\"", with: "\"\"") + "\"" + (term.prefix ? " *" : "")
        }
        var expression = groups.map { group in "(" + group.map(quoted).joined(separator: " OR ") + ")" }.joined(separator: " AND ")
        for term in excluded { expression += " NOT " + quoted(term) }
        return expression
    }

    /// The terms a match holds (for snippets): every term of every group.
    public var wanted: [Term] { groups.flatMap { $0 } }

    // MARK: Reading the input

    private struct Word {
        var text: String
        var quoted: Bool
        var excluded: Bool
        var isOperator: Bool { !quoted && !excluded && text == "OR" }
    }

    /// Words split at white space, a quoted phrase as one word, a leading `-` as exclusion.
    private static func words(of input: String) -> [Word] {
        var words: [Word] = []
        var characters = Substring(input)
        while let first = characters.first {
            if Self.separates(first) {
                characters = characters.dropFirst()
                continue
            }
            var excluded = false
            if first == "-", let next = characters.dropFirst().first, !Self.separates(next) {
                excluded = true
                characters = characters.dropFirst()
            }
            if characters.first == "\"" {
                let rest = characters.dropFirst()
                let end = rest.firstIndex(of: "\"") ?? rest.endIndex
                words.append(Word(text: String(rest[..<end]), quoted: true, excluded: excluded))
                characters = end < rest.endIndex ? rest[rest.index(after: end)...] : rest[end...]
            } else {
                let end = characters.firstIndex(where: Self.separates) ?? characters.endIndex
                words.append(Word(text: String(characters[..<end]), quoted: false, excluded: excluded))
                characters = characters[end...]
            }
        }
        return words
    }

    /// White space and control characters (a NUL, a line feed) separate words.
    private static func separates(_ character: Character) -> Bool {
        character.isWhitespace || character.unicodeScalars.allSatisfy { $0.properties.generalCategory == .control }
    }

    /// A word as a term: nil when it holds nothing the index finds (`*`, `:`, `()`).
    private static func term(_ word: Word) -> Term? {
        var text = word.text
        var prefix = false
        if !word.quoted, text.hasSuffix("*") {
            text = String(text.drop(while: { $0 == "*" }).reversed().drop(while: { $0 == "*" }).reversed())
            // A prefix is a beginning of a word: after Chinese, or after punctuation, it is the word itself.
            prefix = text.unicodeScalars.last.map(SearchTokenizer.isWordCharacter) ?? false
        }
        guard !SearchTokenizer.tokens(in: text, mode: .query).isEmpty else { return nil }
        return Term(text, prefix: prefix)
    }
}
