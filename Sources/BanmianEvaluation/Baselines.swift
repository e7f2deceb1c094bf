import Banmian
import Foundation

/// What a user gets without Banmian, scored by the same scorer.
public enum Baseline: String, Sendable, CaseIterable, Codable {
    /// The extractor's text as it is: blank-line blocks as paragraphs, the page as one article.
    case asExtracted = "extractor as is"
    /// The best simple heuristic in ten lines: join wrapped lines, a paragraph at each indented line or after a
    /// short line ending a sentence, a new article at each dateline.
    case simpleHeuristic = "ten-line heuristic"

    public func articles(from text: String) -> [ScoredArticle] {
        // A form feed ends a page; it is no text.
        let blank = CharacterSet.whitespaces.union(CharacterSet(charactersIn: "\u{0C}"))
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: blank) }
        switch self {
        case .asExtracted:
            let blocks = lines.split(whereSeparator: { $0.allSatisfy { $0 == "\u{3000}" } }).map(Self.joined).filter { !$0.isEmpty }
            return [ScoredArticle(paragraphs: blocks)]
        case .simpleHeuristic:
            return simpleHeuristic(text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init))
        }
    }

    /// Wrapped lines joined as a reader would: Latin words with a space, CJK with none.
    static func joined(_ lines: ArraySlice<String>) -> String {
        lines.reduce("") { text, line in
            guard let last = text.last, let first = line.first else { return text + line }
            return text + (last.isASCII && first.isASCII && last != "-" ? " " : "") + line
        }
    }

    private func simpleHeuristic(_ raw: [String]) -> [ScoredArticle] {
        var articles = [ScoredArticle(paragraphs: [])], previous = ""
        for line in raw.map({ $0.trimmingCharacters(in: .whitespaces) }) where !line.replacingOccurrences(of: "\u{3000}", with: "").isEmpty {
            let text = line.trimmingCharacters(in: CharacterSet(charactersIn: "\u{3000}"))
            if text.hasPrefix("本报") && (text.contains("讯") || text.contains("电")) || text.hasPrefix("新华社") { articles.append(ScoredArticle(paragraphs: [])) }
            let opens = line.hasPrefix("\u{3000}") || previous.hasSuffix("。") && previous.count < 12 || articles[articles.count - 1].paragraphs.isEmpty
            if opens { articles[articles.count - 1].paragraphs.append(text) } else { articles[articles.count - 1].paragraphs[articles[articles.count - 1].paragraphs.count - 1] += text }
            previous = text
        }
        return articles.filter { !$0.paragraphs.isEmpty }
    }
}
