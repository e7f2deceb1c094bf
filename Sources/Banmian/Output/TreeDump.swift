/// A small indented tree of a page's roles and articles, for reviewing golden files in a diff.
public enum TreeDump {
    /// Texts are cut to this many characters; the JSON golden file holds them whole.
    static let excerptLength = 16

    public static func dump(_ result: PageResult) -> String {
        var out = "page \(result.source) number=\(result.number.map(String.init) ?? "nil") language=\(result.language.rawValue)\n"
        out += "  blocks\n"
        for block in result.blocks {
            var notes: [String] = []
            if block.role == .body, block.opensParagraph { notes.append("¶") }
            if let dateline = block.dateline { notes.append("dateline=\(dateline)") }
            if let on = block.continuedOn { notes.append("on=\(on.label)") }
            if let from = block.continuedFrom { notes.append("from=\(from.label)") }
            if !block.bylines.isEmpty {
                notes.append(block.bylines.map { "\($0.role ?? "-"):\($0.names.joined(separator: ","))" }.joined(separator: " "))
            }
            out += "    \(block.role.rawValue) \(lines(block.span)) \(excerpt(block.text))"
            out += notes.isEmpty ? "\n" : " [" + notes.joined(separator: " ") + "]\n"
        }
        for article in result.articles {
            out += "  article \(article.id) \(lines(article.span))\n"
            for (label, value) in [("kicker", article.kicker), ("headline", article.headline), ("subtitle", article.subtitle), ("dateline", article.dateline)] {
                if let value { out += "    \(label) \(value)\n" }
            }
            for byline in article.bylines { out += "    byline \(byline.role ?? "-"): \(byline.names.joined(separator: ", "))\n" }
            for section in article.sections {
                out += "    section \(section.heading ?? "-")\n"
                for paragraph in section.paragraphs { out += "      paragraph \(lines(paragraph.span)) \(excerpt(paragraph.text))\n" }
            }
            for caption in article.captions { out += "    caption \(excerpt(caption))\n" }
            if let from = article.continuedFrom { out += "    continuedFrom \(from.number)\n" }
            if let on = article.continuedOn { out += "    continuedOn \(on.number)\n" }
        }
        for item in result.unassigned { out += "  unassigned \(item.role.rawValue) \(lines(item.span)) \(excerpt(item.text))\n" }
        for diagnostic in result.diagnostics { out += "  diagnostic \(diagnostic.code.rawValue)\n" }
        return out
    }

    static func lines(_ span: SourceSpan) -> String {
        span.firstLine == span.lastLine ? "L\(span.firstLine)" : "L\(span.firstLine)-\(span.lastLine)"
    }

    static func excerpt(_ text: String) -> String {
        text.count <= excerptLength ? "«\(text)»" : "«\(text.prefix(excerptLength))…»"
    }
}
