/// Writes pages as plain text: articles one after another, paragraphs separated by blank lines.
public enum PlainTextWriter {
    /// `storiesAtEnd`: a part of a story is left out here and printed whole by `write(stories:)` at the end.
    public static func write(_ results: [PageResult], storiesAtEnd: Bool = false) -> String {
        var out = ""
        for result in results {
            for article in result.articles where !(storiesAtEnd && MarkdownWriter.isStoryPart(article)) {
                let head = [article.kicker, article.headline, article.subtitle.map { "——" + $0 }].compactMap { $0 }
                out += head.joined(separator: "\n") + (head.isEmpty ? "" : "\n")
                let credits = article.bylines.map { ([$0.role].compactMap { $0 } + $0.names).joined(separator: " ") }
                if !credits.isEmpty { out += credits.joined(separator: " ") + "\n" }
                out += "\n"
                for section in article.sections {
                    if let heading = section.heading { out += heading + "\n\n" }
                    for paragraph in section.paragraphs { out += paragraph.text + "\n\n" }
                }
                if let on = article.continuedOn { out += "(continued on page \(on.label))\n\n" }
                out += "\n"
            }
        }
        return out
    }

    /// Each issue's stories whole, their parts' text joined in reading order, a later part's own headline kept;
    /// then the parts that joined no story.
    public static func write(stories issues: [Issue], articles: [String: [String: Article]]) -> String {
        var out = ""
        for issue in issues {
            let parts = articles[issue.id] ?? [:]
            var joined = Set<String>()
            let stories = issue.stories.map { story in (story.headline, story.parts.compactMap { parts[$0] }) }
                + parts.keys.filter { id in !issue.stories.contains { $0.parts.contains(id) } }.sorted { MarkdownWriter.order($0, $1) }
                .compactMap { parts[$0] }.map { ($0.headline, [$0]) }
            for (headline, members) in stories {
                guard let first = members.first else { continue }
                let head = [first.kicker, headline, first.subtitle.map { "——" + $0 }].compactMap { $0 }
                out += head.joined(separator: "\n") + (head.isEmpty ? "" : "\n")
                let credits = first.bylines.map { ([$0.role].compactMap { $0 } + $0.names).joined(separator: " ") }
                if !credits.isEmpty { out += credits.joined(separator: " ") + "\n" }
                out += "\n"
                for (index, part) in members.enumerated() {
                    joined.insert(part.id)
                    if index > 0, let own = part.headline, own != headline { out += own + "\n\n" }
                    for section in part.sections {
                        if let heading = section.heading { out += heading + "\n\n" }
                        for paragraph in section.paragraphs { out += paragraph.text + "\n\n" }
                    }
                }
                if members.count == 1, let on = first.continuedOn { out += "(continued on page \(on.label))\n\n" }
                out += "\n"
            }
        }
        return out
    }
}
