/// Latin-script papers of the nineteenth century print no jump lines: a text the last column of a page cut goes
/// on at the head of the next page's first column, under no heading, often in the middle of a sentence. The issue
/// stage joins such a text to the page before by that evidence: the next page's first article in reading order
/// has no heading and no marker of its own, and the sentence is cut there — the last article of the page before
/// leaves its sentence unfinished, or the first one opens in the middle of one (`…the people of` / `the county
/// were called out…`). Chinese papers mark every continuation (`（上接第一版）`), so only Latin-script text is
/// joined so.
enum RunOnText {
    /// Whether the text opens in the middle of a sentence and whether it leaves its last one unfinished (Latin
    /// script only: small letters tell).
    static func cut(_ paragraphs: [String]) -> (opens: Bool, ends: Bool) {
        let text = paragraphs.joined(separator: " ")
        guard CharacterClass.isLatin(text) else { return (false, false) }
        let opens = text.first(where: \.isLetter)?.isLowercase ?? false
        let lastWord = text.split(whereSeparator: \.isWhitespace).last ?? ""
        let ends = (lastWord.first(where: \.isLetter)?.isLowercase ?? false) && !(lastWord.last.map(Punctuation.sentenceStops.contains) ?? false)
            || (lastWord.last.map { ",;-".contains($0) } ?? false)
        return (opens, ends)
    }

    /// The article could be a part of a text run on over a page's foot (`links`): Latin-script text without
    /// headings, or one that leaves its last sentence unfinished.
    static func mayRunOn(_ article: Article) -> Bool {
        let (opens, ends) = cut(article.paragraphs)
        return ends || opens || (article.kicker == nil && article.headline == nil && article.subtitle == nil && CharacterClass.isLatin(article.paragraphs.joined()))
    }

    /// Links from the last article of each page to the first of the next page in the run (by number where both
    /// have one) where a text runs on from one to the other; none for an article `linked` already leads from or
    /// to.
    static func links(_ pages: [IssueAssembler.PageSummary], linked: [String: String]) -> [(String, String)] {
        let targets = Set(linked.values)
        var links: [(String, String)] = []
        for (page, next) in zip(pages, pages.dropFirst()) {
            if let number = page.number, let nextNumber = next.number, nextNumber != number + 1 { continue }
            guard let last = page.articles.max(by: { $0.lastLine < $1.lastLine }), let first = next.articles.min(by: { $0.firstLine < $1.firstLine }),
                last.id != first.id, linked[last.id] == nil, !targets.contains(first.id),
                last.continuedOn == nil, first.continuedFrom == nil, first.heading.isEmpty,
                first.opensMidSentence || last.endsMidSentence
            else { continue }
            links.append((last.id, first.id))
        }
        return links
    }
}
