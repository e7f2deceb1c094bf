import Banmian
import Foundation

extension Pipeline {
    /// The pages of a METS issue whose logical structure marks its articles, read as the library segmented them:
    /// each page is read as an ALTO page (its number, furniture and reading order as Banmian finds them), and its
    /// articles are then the `ARTICLE` divs' blocks on it: headline, kicker, subtitle, bylines and captions from
    /// the divs' roles, a paragraph per `PARAGRAPH` div (or per block of a plain body), its zones the blocks'
    /// boxes; an article over several pages is continued from one to the next. Text in no article's block is
    /// listed as unassigned. `pages` are the ALTO files with their pages, in order.
    public func extract(_ pages: [(file: String, page: ALTOPage, number: Int?)], articles: [METSArticle]) -> [PageResult] {
        let several = Dictionary(grouping: pages, by: \.file).mapValues { $0.count > 1 }
        var results = pages.map { extract($0.page, source: $0.file, several: several[$0.file] ?? false, number: $0.number) }
        // The pages each article is on, in page order: for its continuations.
        let onPages = articles.map { article in
            pages.indices.filter { index in
                let blocks = Set(pages[index].page.lineBlocks.values)
                return article.parts.contains { $0.file == pages[index].file && blocks.contains($0.block) }
            }
        }
        for (index, entry) in pages.enumerated() {
            var result = results[index]
            let page = entry.page
            var linesOfBlock: [String: [TextLine]] = [:]
            for line in page.lines { if let block = page.lineBlocks[line.number] { linesOfBlock[block, default: []].append(line) } }
            var used = Set<String>()
            var built: [Article] = []
            for (articleIndex, article) in articles.enumerated() where onPages[articleIndex].contains(index) {
                let parts = article.parts.filter { $0.file == entry.file && linesOfBlock[$0.block] != nil }
                guard !parts.isEmpty else { continue }
                used.formUnion(parts.map(\.block))
                var made = read(parts, lines: linesOfBlock, page: page, number: result.number, source: result.source)
                let position = onPages[articleIndex].firstIndex(of: index) ?? 0
                // Its jumps as printed, else the pages the METS puts it on.
                if made.continuedFrom == nil, position > 0, let previous = results[onPages[articleIndex][position - 1]].number {
                    made.continuedFrom = PageReference(label: String(previous))
                }
                if made.continuedOn == nil, position + 1 < onPages[articleIndex].count, let next = results[onPages[articleIndex][position + 1]].number {
                    made.continuedOn = PageReference(label: String(next))
                }
                built.append(made)
            }
            // In the page's reading order (its ALTO's), numbered so.
            built.sort { $0.span.firstLine < $1.span.firstLine }
            for index in built.indices { built[index].id = "p\(result.number ?? index + 1)-a\(index + 1)" }
            let rest = page.lines.filter { line in page.lineBlocks[line.number].map { !used.contains($0) } ?? true }
            result.articles = built
            // Text in no article: as Banmian read it where it put it in none (the masthead, the date line: the
            // issue's furniture), else line by line.
            // (Its spans number the lines in Banmian's reading order: the page's lines are found by their boxes.)
            let restNumbers = Set(rest.map(\.number))
            func under(_ text: UnassignedText) -> [Int] {
                guard let box = text.span.box else { return [] }
                return page.lines.filter { line in line.box.map(box.intersects) ?? false }.map(\.number)
            }
            let kept = result.unassigned.filter { text in
                let read = under(text)
                return !read.isEmpty && read.allSatisfy(restNumbers.contains)
            }
            let covered = Set(kept.flatMap(under))
            result.unassigned = kept + rest.filter { !covered.contains($0.number) }.map {
                UnassignedText(role: .body, text: $0.text, span: SourceSpan(source: result.source, firstLine: $0.number, lastLine: $0.number, box: $0.box))
            }
            result.diagnostics.append(
                Diagnostic(
                    code: .libraryArticles, severity: .info,
                    message: "\(result.source): \(built.count) articles as the METS document's logical structure segments them (not rebuilt by Banmian); \(rest.count) lines in none"))
            results[index] = result
        }
        return results
    }

    /// One page's part of a METS article: its blocks' lines read by Banmian as a page of their own (datelines,
    /// bylines in them, jumps, subheads as on any page), the articles found there joined into one, as the METS
    /// says it is: the first headline's article leads, the others' headlines become its subheads. Where Banmian
    /// finds no article in them (a headline alone), or not the headline the METS marks, the parts are placed by
    /// the roles of their divs.
    private func read(_ parts: [METSArticle.Part], lines: [String: [TextLine]], page: ALTOPage, number: Int?, source: String) -> Article {
        let blocks = Set(parts.map(\.block))
        let own = page.lines.filter { line in page.lineBlocks[line.number].map(blocks.contains) ?? false }
        let found = extract(lines: own, source: PageSource(name: source, data: Data(), pageNumber: number), size: page.size, drawings: page.drawings).articles
        let table = MarkerTable.detect(for: own.map(\.text).joined())
        // Where the METS marks a headline, Banmian's reading must find that headline, else the divs' roles stand.
        let bare = { (text: String) in String(text.filter { !$0.isWhitespace }) }
        let marked = bare(LineJoiner.join(parts.filter { ["HEADLINE", "TITLE", "HEADING"].contains($0.role) }.flatMap { lines[$0.block] ?? [] }.map(\.text)))
        guard let lead = found.first(where: { $0.headline != nil }) ?? found.first, marked.isEmpty || bare(lead.headline ?? "") == marked else {
            return Self.article(parts, lines: lines, source: source, id: "", table: table)
        }
        var article = lead
        for other in found where other.id != lead.id {
            if other.headline != nil || other.kicker != nil || other.subtitle != nil {
                article.sections.append(Section(heading: other.headline ?? other.subtitle ?? other.kicker, paragraphs: other.sections.flatMap(\.paragraphs)))
            } else {
                article.sections.append(contentsOf: other.sections)
            }
            article.bylines += other.bylines.filter { !article.bylines.contains($0) }
            article.captions += other.captions
            article.zones += other.zones
            article.continuedOn = article.continuedOn ?? other.continuedOn
            article.continuedFrom = article.continuedFrom ?? other.continuedFrom
        }
        // Spans in the page's own line numbers (the article's lines were numbered afresh when read alone): the
        // lines under each box.
        func span(_ box: BoundingBox?) -> SourceSpan {
            let under = own.filter { line in box.map { box in line.box.map(box.intersects) ?? false } ?? false }.map(\.number)
            return SourceSpan(source: source, firstLine: under.min() ?? own.first?.number ?? 0, lastLine: under.max() ?? own.last?.number ?? 0, box: box)
        }
        for section in article.sections.indices {
            for paragraph in article.sections[section].paragraphs.indices {
                article.sections[section].paragraphs[paragraph].span = span(article.sections[section].paragraphs[paragraph].span.box)
            }
        }
        article.span = SourceSpan(
            source: source, firstLine: own.first?.number ?? 0, lastLine: own.last?.number ?? 0, box: BoundingBox.enclosing(found.compactMap(\.span.box)))
        return article
    }

    /// One page's part of a METS article from its blocks' lines, placed by the roles of their divs.
    private static func article(_ parts: [METSArticle.Part], lines: [String: [TextLine]], source: String, id: String, table: MarkerTable) -> Article {
        func text(_ parts: [METSArticle.Part]) -> String { LineJoiner.join(parts.flatMap { lines[$0.block] ?? [] }.map(\.text)) }
        func having(_ roles: Set<String>) -> [METSArticle.Part] { parts.filter { roles.contains($0.role) } }
        let headline = having(["HEADLINE", "TITLE", "HEADING"]), kicker = having(["KICKER", "OVERLINE"])
        let subtitle = having(["SUBHEADLINE", "SUBTITLE", "SUBHEADING"]), author = having(["AUTHOR", "BYLINE"]), caption = having(["CAPTION"])
        let named = Set(headline.map(\.block) + kicker.map(\.block) + subtitle.map(\.block) + author.map(\.block) + caption.map(\.block))
        // The text: a PARAGRAPH div's blocks are one paragraph; a plain body's blocks each one.
        var paragraphs: [Paragraph] = []
        var pending: (division: Int, parts: [METSArticle.Part])?
        func close() {
            guard let group = pending?.parts else { return }
            let groupLines = group.flatMap { lines[$0.block] ?? [] }
            let box = BoundingBox.enclosing(groupLines.compactMap(\.box))
            if let first = groupLines.first, let last = groupLines.last {
                paragraphs.append(Paragraph(text: text(group), span: SourceSpan(source: source, firstLine: first.number, lastLine: last.number, box: box)))
            }
            pending = nil
        }
        for part in parts where !named.contains(part.block) {
            if part.role == "PARAGRAPH", pending?.division == part.division {
                pending?.parts.append(part)
                continue
            }
            close()
            pending = (part.division, [part])
        }
        close()
        let all = parts.flatMap { lines[$0.block] ?? [] }
        let bylines = author.flatMap { part in
            let line = text([part])
            return table.bylines(in: line) ?? [Byline(role: nil, names: [line])]
        }
        var article = Article(
            id: id, kicker: kicker.isEmpty ? nil : text(kicker), headline: headline.isEmpty ? nil : text(headline),
            subtitle: subtitle.isEmpty ? nil : text(subtitle), bylines: bylines, sections: [Section(heading: nil, paragraphs: paragraphs)],
            captions: caption.map { text([$0]) },
            span: SourceSpan(
                source: source, firstLine: all.map(\.number).min() ?? 0, lastLine: all.map(\.number).max() ?? 0, box: BoundingBox.enclosing(all.compactMap(\.box))))
        article.zones = parts.compactMap { BoundingBox.enclosing((lines[$0.block] ?? []).compactMap(\.box)) }
        return article
    }
}
