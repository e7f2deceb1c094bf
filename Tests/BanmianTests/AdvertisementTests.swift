import Banmian
import Foundation
import Testing

/// Framed advertisements and notices are kept out of the articles and listed as unassigned; a framed box of
/// news (briefs, a commentary) is read as news.
@Suite struct AdvertisementTests {
    static let size = PageSize(width: 595, height: 842)

    func line(_ text: String, x: Double, y: Double, size: Double, width: Double? = nil) -> TextLine {
        var line = TextLine(number: 0, text: text, indent: 0, width: TextLine.displayWidth(of: text))
        line.box = BoundingBox(page: 1, x: x, y: y, width: width ?? Double(text.count) * size, height: size * 1.2)
        line.fontSize = size
        return line
    }

    /// A module of news: headline and a column of body text at 9 pt.
    func module(x: Double) -> [TextLine] {
        let body = [
            "本报讯　今年以来，全市城乡居民收入", "稳步增长，消费结构持续改善，居民", "生活水平进一步提高，各项指标均好",
            "于上年同期水平，全年目标有望实现。",
        ]
        return [line("城乡居民收入稳步增长", x: x, y: 60, size: 20)]
            + body.enumerated().map { line($1, x: x, y: 100 + Double($0) * 13, size: 9, width: 153) }
    }

    func extract(_ lines: [TextLine], frames: [BoundingBox]) -> PageResult {
        Pipeline().extract(lines: lines, source: PageSource(name: "p3.pdf", data: Data()), size: Self.size, drawings: PageDrawings(frames: frames))
    }

    @Test func aFramedAdvertisementIsKeptOutOfTheArticles() {
        // Centred lines in several sizes in a frame under the module.
        let ad = [
            line("明珠大酒店", x: 80, y: 200, size: 16), line("开业志庆　欢迎惠顾", x: 66, y: 224, size: 11),
            line("凭本报剪角享九折优惠", x: 62, y: 242, size: 9),
        ]
        let frame = BoundingBox(page: 1, x: 40, y: 190, width: 160, height: 80)
        let result = extract(module(x: 40) + ad, frames: [frame])
        #expect(result.articles.count == 1)
        #expect(result.articles.first?.paragraphs.joined().contains("酒店") == false)
        let unassigned = result.unassigned.filter { $0.role == .advertisement }
        #expect(unassigned.map(\.text) == ["明珠大酒店 开业志庆　欢迎惠顾 凭本报剪角享九折优惠"])
        #expect(result.diagnostics.contains { $0.code == .advertisement })
        // Without the frame drawn, nothing tells it apart.
        #expect(extract(module(x: 40) + ad, frames: []).unassigned.allSatisfy { $0.role != .advertisement })
    }

    /// Photo news in a frame — a headline in display type, a picture, a caption whose photographer's credit the
    /// column wrapped (`（新` / `华社记者 王明摄）`) — is news: the caption is its text, not an advertisement's.
    @Test func aFramedPhotoNewsItemIsNoAdvertisement() {
        let box = [
            line("北京站迎来返乡客流高峰", x: 226, y: 200, size: 16),
            line("连日来，北京站迎来春运返乡客流高峰，车站增开", x: 226, y: 330, size: 8, width: 184),
            line("售票窗口，方便旅客购票乘车。（新", x: 226, y: 341, size: 8, width: 130),
            line("华社记者 王明摄）", x: 226, y: 352, size: 8, width: 68),
        ]
        let result = extract(module(x: 40) + box, frames: [BoundingBox(page: 1, x: 220, y: 190, width: 200, height: 180)])
        #expect(result.unassigned.allSatisfy { $0.role != .advertisement })
        let photoNews = result.articles.first { $0.headline == "北京站迎来返乡客流高峰" }
        #expect(photoNews?.paragraphs == ["连日来，北京站迎来春运返乡客流高峰，车站增开售票窗口，方便旅客购票乘车。（新华社记者 王明摄）"])
    }

    /// A notice set as running text is told by its title or its contact line.
    @Test func aFramedNoticeIsToldByItsTitle() {
        let notice = [
            line("更正启事", x: 44, y: 200, size: 11),
            line("本报1月16日第4版刊登的永安食品厂公", x: 44, y: 218, size: 9, width: 153),
            line("告中，联系电话有误，特此更正。", x: 44, y: 231, size: 9, width: 135),
            line("联系电话：0451-6553349", x: 44, y: 244, size: 9, width: 110),
        ]
        let result = extract(module(x: 40) + notice, frames: [BoundingBox(page: 1, x: 40, y: 192, width: 160, height: 70)])
        #expect(result.articles.count == 1)
        #expect(result.unassigned.filter { $0.role == .advertisement }.count == 1)
    }

    /// A frame around news — a brief with its dateline — is no advertisement.
    @Test func aFramedBoxOfNewsIsRead() {
        let brief = [
            line("城区新建三座公园", x: 60, y: 200, size: 11),
            line("本报讯　今年城区新建三座口袋公园，", x: 44, y: 218, size: 9, width: 153),
            line("方便市民就近休闲健身。", x: 44, y: 231, size: 9, width: 99),
        ]
        let result = extract(module(x: 300) + brief, frames: [BoundingBox(page: 1, x: 40, y: 192, width: 160, height: 60)])
        #expect(result.unassigned.allSatisfy { $0.role != .advertisement })
        #expect(result.articles.compactMap(\.headline).contains("城区新建三座公园"))
    }

    /// The cells of a table drawn as rectangles each hold one centred line: no advertisement.
    @Test func aTableCellIsNoAdvertisement() {
        // One figure in the middle of each cell: centred, as an advertisement's lines are.
        let cells = (0..<3).map { line("\(7 + $0)", x: 70.5 + Double($0) * 50, y: 204, size: 9) }
        let frames = (0..<3).map { BoundingBox(page: 1, x: 50 + Double($0) * 50, y: 196, width: 50, height: 24) }
        let result = extract(module(x: 300) + cells, frames: frames)
        #expect(result.unassigned.allSatisfy { $0.role != .advertisement })
    }
}
