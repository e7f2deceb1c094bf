import Banmian
import Foundation

/// Writes an issue as METS 1.12: its ALTO pages in the file section and the physical structure (a `PAGE` div each,
/// in order), its title and date in MODS, and a logical structure with one `ARTICLE` div per story (an article in
/// no story is a story of one part): `KICKER`, `HEADLINE`, `SUBHEADLINE`, `AUTHOR` and a `BODY` of `PARAGRAPH`s, each
/// pointing by `area BETYPE="IDREF"` to the ALTO `TextBlock`s it covers on each page — the form in which
/// article-level newspaper archives exchange issues.
public enum METSWriter {
    /// A page of the issue and the name of its ALTO file (relative to the METS file).
    public struct Page: Sendable {
        public var result: PageResult
        public var alto: String

        public init(result: PageResult, alto: String) {
            self.result = result
            self.alto = alto
        }
    }

    public static func document(for issue: Issue, pages: [Page], created: Date = Date()) -> String {
        let escaped = ALTOWriter.escaped
        var out = """
            <?xml version="1.0" encoding="UTF-8"?>
            <mets xmlns="http://www.loc.gov/METS/" xmlns:xlink="http://www.w3.org/1999/xlink" xmlns:mods="http://www.loc.gov/mods/v3" \
            xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" \
            xsi:schemaLocation="http://www.loc.gov/METS/ http://www.loc.gov/standards/mets/mets.xsd" OBJID="\(escaped(issue.id))" TYPE="Newspaper">
            <metsHdr CREATEDATE="\(ISO8601DateFormatter().string(from: created))">
            <agent ROLE="CREATOR" TYPE="OTHER" OTHERTYPE="SOFTWARE"><name>Banmian</name></agent>
            </metsHdr>
            <dmdSec ID="DMD_ISSUE"><mdWrap MDTYPE="MODS"><xmlData><mods:mods>
            <mods:titleInfo><mods:title>\(escaped(issue.paper ?? issue.id))</mods:title></mods:titleInfo>

            """
        if let date = issue.date { out += "<mods:originInfo><mods:dateIssued encoding=\"iso8601\">\(escaped(date))</mods:dateIssued></mods:originInfo>\n" }
        if let number = issue.number { out += "<mods:part><mods:detail type=\"issue\"><mods:number>\(escaped(number))</mods:number></mods:detail></mods:part>\n" }
        out += "</mods:mods></xmlData></mdWrap></dmdSec>\n<fileSec><fileGrp USE=\"ALTO\">\n"
        for (index, page) in pages.enumerated() {
            out += "<file ID=\"ALTO\(index + 1)\" MIMETYPE=\"text/xml\"><FLocat LOCTYPE=\"URL\" xlink:href=\"\(escaped(page.alto))\"/></file>\n"
        }
        out += "</fileGrp></fileSec>\n<structMap TYPE=\"PHYSICAL\"><div ID=\"PHYS_ISSUE\" TYPE=\"ISSUE\">\n"
        for (index, page) in pages.enumerated() {
            let name = issue.pages.indices.contains(index) ? issue.pages[index].name : nil
            let label = [page.result.number.map { "第\($0)版" }, name].compactMap { $0 }.joined(separator: " ")
            out += "<div ID=\"PHYS\(index + 1)\" TYPE=\"PAGE\" ORDER=\"\(index + 1)\"\(label.isEmpty ? "" : " LABEL=\"\(escaped(label))\"")>"
            out += "<fptr FILEID=\"ALTO\(index + 1)\"/></div>\n"
        }
        out += "</div></structMap>\n<structMap TYPE=\"LOGICAL\"><div ID=\"LOG_ISSUE\" TYPE=\"ISSUE\" DMDID=\"DMD_ISSUE\"\(issue.paper.map { " LABEL=\"\(escaped($0))\"" } ?? "")>\n"
        // Each article by its id, with its page; stories in the issue's order, then the articles in no story.
        var articles: [String: (article: Article, page: Int)] = [:]
        var order: [String] = []
        for (index, page) in pages.enumerated() {
            for article in page.result.articles {
                articles[article.id] = (article, index)
                order.append(article.id)
            }
        }
        let inStory = Set(issue.stories.flatMap(\.parts))
        let stories = issue.stories.map { ($0.headline, $0.parts) } + order.filter { !inStory.contains($0) }.map { (articles[$0]?.article.headline, [$0]) }
        var divs = 0
        func div(_ type: String, _ areas: [(file: Int, block: String)]) -> String {
            guard !areas.isEmpty else { return "" }
            divs += 1
            let pointers = areas.map { "<area FILEID=\"ALTO\($0.file + 1)\" BEGIN=\"\($0.block)\" BETYPE=\"IDREF\"/>" }
            let inner = pointers.count == 1 ? pointers[0] : "<seq>" + pointers.joined() + "</seq>"
            return "<div ID=\"LOG\(divs)\" TYPE=\"\(type)\"><fptr>\(inner)</fptr></div>"
        }
        for (headline, parts) in stories {
            let found = parts.compactMap { articles[$0] }
            guard !found.isEmpty else { continue }
            divs += 1
            out += "<div ID=\"LOG\(divs)\" TYPE=\"ARTICLE\"\(headline.map { " LABEL=\"\(escaped($0))\"" } ?? "")>\n"
            for part in found {
                let blocks = ALTOWriter.blocks(of: part.article, in: pages[part.page].result)
                let place = { (ids: [String]) in ids.map { (file: part.page, block: $0) } }
                out += div("KICKER", place(blocks.kicker)) + div("HEADLINE", place(blocks.headline)) + div("SUBHEADLINE", place(blocks.subtitle))
                out += div("AUTHOR", place(blocks.byline))
                if !blocks.paragraphs.isEmpty {
                    divs += 1
                    let body = "<div ID=\"LOG\(divs)\" TYPE=\"BODY\">"
                    out += body + blocks.paragraphs.map { div("PARAGRAPH", place($0)) }.joined() + "</div>"
                }
                out += "\n"
            }
            out += "</div>\n"
        }
        out += "</div></structMap>\n</mets>\n"
        return out
    }
}
