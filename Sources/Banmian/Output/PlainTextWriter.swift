/// Writes pages as plain text: articles one after another, paragraphs separated by blank lines.
public enum PlainTextWriter {
    public static func write(_ results: [PageResult]) -> String {
        var out = ""
        for result in results {
            for article in result.articles {
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

    /// Each issue's stories whole, after the pages: their parts' text joined in reading order, where each later
    /// part was printed (`(page 2, continued from page 1)`), its own headline kept.
    public static func write(stories issues: [Issue], articles: [String: [String: Article]]) -> String {
        var out = ""
        for issue in issues {
            let parts = articles[issue.id] ?? [:]
            let stories = issue.stories.map { story in (story.headline, story.parts.compactMap { parts[$0] }) }
            if !stories.isEmpty { out += "STORIES\n\n" }
            for (headline, members) in stories {
                guard let first = members.first else { continue }
                let head = [first.kicker, headline, first.subtitle.map { "——" + $0 }].compactMap { $0 }
                out += head.joined(separator: "\n") + (head.isEmpty ? "" : "\n")
                let credits = first.bylines.map { ([$0.role].compactMap { $0 } + $0.names).joined(separator: " ") }
                if !credits.isEmpty { out += credits.joined(separator: " ") + "\n" }
                out += "\n"
                for (index, part) in members.enumerated() {
                    if index > 0 {
                        let (page, from) = (MarkdownWriter.pageNumber(ofPart: part.id), MarkdownWriter.pageNumber(ofPart: members[index - 1].id))
                        out += "(page \(page), continued from page \(from))\n\n"
                    }
                    if index > 0, let own = part.headline, own != headline { out += own + "\n\n" }
                    for section in part.sections {
                        if let heading = section.heading { out += heading + "\n\n" }
                        for paragraph in section.paragraphs { out += paragraph.text + "\n\n" }
                    }
                }
                out += "\n"
            }
        }
        return out
    }
}
