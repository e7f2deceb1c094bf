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
}
