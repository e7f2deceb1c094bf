import Banmian
import Foundation
import Testing

/// Two scanned pages of a Latin-script paper that prints no jump lines: the last item of the first page is cut
/// in the middle of a sentence at its foot and goes on at the head of the second page, under no heading. Read as
/// one issue, the two parts are one story, printed whole in Markdown.
@Suite struct RunOnTextTests {
    /// A column 264 points wide: headings centred, a paragraph's first line (`+`) indented.
    static func page(_ texts: [(String, Bool)]) -> [TextLine] {
        var lines: [TextLine] = []
        var y = 100.0
        for (text, heading) in texts {
            let indented = text.hasPrefix("+")
            let text = indented ? String(text.dropFirst()) : text
            let x = heading ? 110.0 : indented ? 46.0 : 36.0
            let width = heading ? 116.0 : 300 - x
            lines.append(TextLine(number: lines.count + 1, text: text, indent: indented ? 4 : 0, width: TextLine.displayWidth(of: text), box: BoundingBox(page: 1, x: x, y: y, width: width, height: 10)))
            y += heading ? 16 : 12
        }
        return lines
    }

    static func read(_ lines: [TextLine], name: String) -> PageResult { ReadLines.page(lines, name: name, scanned: true) }

    @Test func theTextCutAtThePageFootGoesOnOnTheNextPage() throws {
        let first = Self.read(Self.page([
            ("THE HARVEST.", true),
            ("+The farmers of the county report that the crop", false),
            ("of this year has come in well, and that the", false),
            ("prices paid at the mills are higher than the", false),
            ("prices of last year by a third, so that the", false),
        ]), name: "p1.alto.xml")
        let second = Self.read(Self.page([
            ("millers of the district have raised their wages.", false),
            ("+The wheat is better than in any year since the war", false),
            ("began, and the corn is expected to do as well.", false),
            ("FROM WASHINGTON.", true),
            ("+The council met last night and passed the bill for", false),
            ("the new market house on the avenue by one vote.", false),
        ]), name: "p2.alto.xml")
        let issues = IssueAssembler().assemble([IssueAssembler.PageSummary(first), IssueAssembler.PageSummary(second)])
        let harvest = try #require(first.articles.first { $0.headline == "THE HARVEST." })
        let rest = try #require(second.articles.first)
        #expect(rest.headline == nil)
        #expect(issues.first?.stories == [Story(id: "s1", headline: "THE HARVEST.", parts: [harvest.id, rest.id])])
        var parts: [String: [String: Article]] = [:]
        for article in (first.articles + second.articles) where MarkdownWriter.isStoryPart(article) { parts[issues[0].id, default: [:]][article.id] = article }
        let markdown = MarkdownWriter.write(stories: issues, articles: parts)
        let cut = try #require(markdown.range(of: "so that the"))
        let goesOn = try #require(markdown.range(of: "millers of the district"))
        #expect(markdown.contains("## THE HARVEST.") && cut.upperBound < goesOn.lowerBound)
        #expect(!markdown.contains("council met"))
    }
}
