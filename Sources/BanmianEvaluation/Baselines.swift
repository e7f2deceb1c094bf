import Banmian

/// What a user gets without Banmian, scored by the same scorer.
public enum Baseline: String, Sendable, CaseIterable, Codable {
    /// The extractor's text as it is: blank-line blocks as paragraphs, the page as one article.
    case asExtracted = "extractor as is"
    /// The best simple heuristic in ten lines: join wrapped lines, a paragraph at each indented line or after a
    /// short line ending a sentence, a new article at each dateline.
    case simpleHeuristic = "ten-line heuristic"

    public func articles(from text: String) -> [ScoredArticle] {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
        switch self {
        case .asExtracted:
            let blocks = lines.split(whereSeparator: { $0.allSatisfy { $0 == "\u{3000}" } }).map { $0.joined() }.filter { !$0.isEmpty }
            return [ScoredArticle(paragraphs: blocks)]
        case .simpleHeuristic:
            return simpleHeuristic(text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init))
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

import Foundation
