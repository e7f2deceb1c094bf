/// Writes pages for people to read: each article with its headline stack, credits, sections and jumps,
/// then what could not be placed, then the diagnostics.
public enum MarkdownWriter {
    public static func write(_ results: [PageResult], errors: [BanmianError] = []) -> String {
        var out = ""
        for result in results {
            out += "# \(result.source)" + (result.number.map { " — page \($0)" } ?? "") + "\n\n"
            for article in result.articles { out += write(article) }
            if !result.unassigned.isEmpty {
                out += "## Not in any article\n\n"
                for item in result.unassigned { out += "- *\(item.role.rawValue)* (line \(item.span.firstLine)): \(item.text)\n" }
                out += "\n"
            }
            for diagnostic in result.diagnostics { out += "> **\(diagnostic.severity.rawValue)**: \(diagnostic.message)\n\n" }
        }
        for error in errors { out += "> **error**: \(error.description)\n\n" }
        return out
    }

    /// An article with a jump to or from another page, or one whose text could run on over a page's foot
    /// (`RunOnText`): a part of a story, or perhaps one.
    public static func isStoryPart(_ article: Article) -> Bool {
        article.continuedOn != nil || article.continuedFrom != nil || RunOnText.mayRunOn(article)
    }

    /// The stories of each issue, whole, after the pages (where each part also stands in place): the first part's
    /// headings, then every part's text in reading order, a later part's own headline kept as a subhead, with where
    /// each part was printed. `articles` holds every story part of the run by issue and id.
    public static func write(stories issues: [Issue], articles: [String: [String: Article]]) -> String {
        var out = ""
        for issue in issues {
            let parts = articles[issue.id] ?? [:]
            guard !issue.stories.isEmpty else { continue }
            let title = [issue.paper, issue.date].compactMap { $0 }.joined(separator: " ")
            out += "# Stories" + (title.isEmpty ? "" : " — \(title)") + "\n\n"
            for story in issue.stories {
                let members = story.parts.compactMap { parts[$0] }
                guard let first = members.first else { continue }
                var whole = first
                whole.headline = story.headline
                whole.continuedOn = nil
                whole.continuedFrom = nil
                whole.sections = []
                whole.captions = []
                var body = write(whole).replacingOccurrences(of: "---\n\n", with: "")
                for (index, part) in members.enumerated() {
                    if index > 0, let headline = part.headline, headline != story.headline { body += "#### \(headline)\n\n" }
                    let page = pageNumber(ofPart: part.id)
                    body += index == 0 ? "*Page \(page)*\n\n" : "*Page \(page) (continued from page \(pageNumber(ofPart: members[index - 1].id)))*\n\n"
                    for section in part.sections {
                        if let heading = section.heading { body += "#### \(heading)\n\n" }
                        for paragraph in section.paragraphs { body += paragraph.text + "\n\n" }
                    }
                    for caption in part.captions { body += "> 📷 \(caption)\n\n" }
                }
                out += body + "---\n\n"
            }
        }
        return out
    }

    /// The page an article id names: `p2-a3`, `i2-p2-a3`, `p2.2-a3` → `2`.
    static func pageNumber(ofPart id: String) -> String {
        guard let page = id.split(separator: "-").first(where: { $0.hasPrefix("p") }) else { return "?" }
        return String(page.dropFirst().prefix { $0.isNumber })
    }

    static func write(_ article: Article) -> String {
        var out = ""
        if let kicker = article.kicker { out += "*\(kicker)*\n\n" }
        out += "## " + (article.headline ?? "(no headline on this page)") + "\n\n"
        if let subtitle = article.subtitle { out += "### ——\(subtitle)\n\n" }
        let credits = article.bylines.map { ([$0.role].compactMap { $0 } + $0.names).joined(separator: " ") }
        if !credits.isEmpty { out += "*" + credits.joined(separator: " · ") + "*\n\n" }
        if let from = article.continuedFrom { out += "*Continued from page \(from.number) (上接第\(from.label)版)*\n\n" }
        for section in article.sections {
            if let heading = section.heading { out += "#### \(heading)\n\n" }
            for paragraph in section.paragraphs { out += paragraph.text + "\n\n" }
        }
        for caption in article.captions { out += "> 📷 \(caption)\n\n" }
        if let on = article.continuedOn { out += "*Continued on page \(on.number) (下转第\(on.label)版)*\n\n" }
        out += "---\n\n"
        return out
    }
}
