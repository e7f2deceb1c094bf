import Banmian
import BanmianTestHelpers
import Foundation
import Testing

/// A story's continuation on a later page (PDF, lines with boxes and faces): its first line opens with the jump's
/// label, often in bold (`（上接第1版）` then the text in the body's face) — most of that line's characters are
/// bold, but it is the column's first line of text, not a heading under the headline; printed without a headline,
/// its subheads in place are its sections.
@Suite struct ContinuationWithoutHeadingTests {
    static let body = TypeFace(font: "UMingCN", color: 0)
    static let bold = TypeFace(font: "NotoSansCJKsc-Bold", color: 0)

    /// One line at `size` points, its top at `y`; an indent written as `　　` is taken off the text (its box and
    /// width keep it) and given as `indent`.
    static func line(_ text: String, y: Double, size: Double, face: TypeFace = body, indent: Int = 0) -> TextLine {
        var line = TextLine(number: 0, text: text, indent: indent, width: TextLine.displayWidth(of: text))
        line.box = BoundingBox(page: 2, x: 40, y: y, width: Double(text.count) * size, height: size * 1.1)
        line.fontSize = size
        line.face = face
        if line.text.hasPrefix("　　") { line.text.removeFirst(2) }
        return line
    }

    static func page(labelFace: TypeFace) -> PageResult {
        var lines = [line("江岸新城建设纪实", y: 100, size: 22)]
        lines.append(line("（上接第1版）李守", y: 132, size: 10, face: labelFace))
        var y = 145.0
        for row in [
            "田的报告交给了规划组，经过反复", "论证，新城的路网最终定了下来。", "　　两年过去，第一批居民已经住进",
            "了新城，学校和医院也陆续开张，", "江边的步道成了市民散步的去处。",
        ] {
            lines.append(line(row, y: y, size: 10, indent: row.hasPrefix("　　") ? 4 : 0))
            y += 13
        }
        return Fixtures.extract(lines: lines, name: "p2.pdf")
    }

    @Test func aBoldJumpLabelOpensTheColumnsTextNotAHeading() throws {
        let result = Self.page(labelFace: Self.bold)
        let article = try #require(result.articles.first)
        #expect(result.articles.count == 1)
        #expect(article.headline == "江岸新城建设纪实")
        #expect(article.subtitle == nil)
        #expect(article.continuedFrom?.number == 1)
        #expect(article.sections.first?.paragraphs.first?.text.hasPrefix("李守田的报告交给了规划组") == true)
        #expect(!result.unassigned.contains { $0.role == .headline || $0.role == .subtitle })
    }

    /// A continuation printed without a headline, with a subhead in place (bold, the body's size) after a finished
    /// paragraph: the subhead opens a section of the continuation, not an article of its own.
    @Test func aSubheadInAContinuationWithoutHeadlineOpensASection() throws {
        var lines = [Self.line("（上接第1版）包括连续提高粮食收购价", y: 100, size: 10)]
        var y = 113.0
        for row in ["格，农产品价格的上涨带动了整个物", "价水平的上升。", "■集市粮价上涨更快", "　　事物总是一分为二的。当前物价涨",
            "幅趋低，也有一些值得重视的问题，", "需要在今后的工作中加以解决。"] {
            let heading = row.hasPrefix("■")
            lines.append(Self.line(row, y: y, size: 10, face: heading ? Self.bold : Self.body, indent: row.hasPrefix("　　") ? 4 : 0))
            y += heading ? 17 : 13
        }
        let result = Fixtures.extract(lines: lines, name: "p2.pdf")
        let article = try #require(result.articles.first)
        #expect(result.articles.count == 1)
        #expect(article.headline == nil)
        #expect(article.continuedFrom?.number == 1)
        #expect(article.sections.map(\.heading) == [nil, "■集市粮价上涨更快"])
    }

    /// The same page with the label in the body's face reads the same.
    @Test func theLabelInTheBodysFaceReadsTheSame() throws {
        let result = Self.page(labelFace: Self.body)
        let article = try #require(result.articles.first)
        #expect(article.headline == "江岸新城建设纪实")
        #expect(article.continuedFrom?.number == 1)
    }
}
