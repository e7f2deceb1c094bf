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
