import Banmian
import BanmianTestHelpers
import Foundation
import Testing

@Suite struct PipelineTests {
    @Test func formFeedsSeparatePagesOfOneFile() throws {
        let first = try Fixtures.data("pages", "sample-page-1.txt")
        let second = try Fixtures.data("pages", "page-header-and-editor-credits.txt")
        let issue = PageSource(name: "issue.txt", data: first + Data("\u{0C}".utf8) + second + Data("\u{0C}".utf8))
        let pages = try Pipeline().extractPages(issue)
        #expect(pages.count == 2)
        #expect(pages.map(\.number) == [1, 5])  // position in the file; the second page's furniture says 第5版
        #expect(pages[0].articles.count == 4)
        let firstPageLines = String(decoding: first, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false).count
        #expect(pages[1].articles[0].span.firstLine > firstPageLines, "line numbers count through the whole file")
        #expect(try Pipeline().extractPages(PageSource(name: "p3.txt", data: first)).map(\.number) == [3])
    }

    @Test func tooLargePageIsRefusedWithAdvice() {
        var settings = LayoutSettings()
        settings.maximumPageBytes = 1_048_576
        let source = PageSource(name: "dump.txt", data: Data(repeating: 0x41, count: 2 * 1_048_576))
        #expect {
            try Pipeline(settings: settings).extract(source)
        } throws: { error in
            guard let error = error as? BanmianError else { return false }
            return error.kind == .tooLarge && error.description.hasPrefix("dump.txt:") && error.description.contains("split")
        }
    }

    /// A page larger than a page can be, among others in one file: it is skipped while read (never held) and
    /// reported with its place; the pages after it are read, their lines still counted through the file.
    @Test func tooLargePageAmongOthersIsReportedAndTheOthersRead() throws {
        var settings = LayoutSettings()
        settings.maximumPageBytes = 1_048_576
        let sample = try Fixtures.data("pages", "sample-page-1.txt")
        let huge = Data(String(repeating: "测试文字\n", count: 120_000).utf8)  // 1.6 MB without a form feed
        let file = sample + Data("\u{0C}".utf8) + huge + Data("\u{0C}".utf8) + sample
        let pipeline = Pipeline(settings: settings)
        var splitter = pipeline.pages(of: DataSource(file), named: "issue.txt")
        var read: [PageResult] = []
        var failures: [BanmianError] = []
        while let page = try splitter.next() {
            do throws(BanmianError) {
                if let result = try pipeline.extract(page) { read.append(result) }
            } catch {
                failures.append(error)
            }
        }
        #expect(read.map(\.number) == [1, 3])
        #expect(failures.map(\.kind) == [.tooLarge])
        #expect(failures.first?.page == 2)
        #expect(failures.first?.description.hasPrefix("issue.txt (page 2 of the file): is 1.5 MiB of text without a form feed") == true)
        let sampleLines = String(decoding: sample, as: UTF8.self).filter { $0 == "\n" }.count
        #expect(read.last?.articles.first.map { $0.span.firstLine > sampleLines + 120_000 } == true)
    }

    /// Odd but possible inputs are read without a crash, and lines placed with leading spaces are not columns.
    @Test(arguments: [
        "本报讯 " + String(repeating: "测试文字，", count: 20_000), "（下转第二版）", "标题一\n\n标题二\n\n标题三", "□记者 张三 报道\n□本报记者 李四",
        "\t\t本报讯\t测试。\n\t第二段。", "。。。\n，，，\n“”\n（）", "Hello 世界 123\n　　Привет мир。", "（上接第一版）", "——副题",
        "图为测试。（记者 张三 摄）", "\u{0C}\u{0C}本报讯 测试。\u{0C}",
        (0..<100).map { String(repeating: " ", count: ($0 * 7) % 41) + "测试一行文字" }.joined(separator: "\n"),
    ])
    func oddInputIsRead(_ text: String) throws {
        let pages = try Pipeline().extractPages(PageSource(name: "odd.txt", data: Data(text.utf8)))
        #expect(!pages.isEmpty)
        #expect(!pages.flatMap(\.diagnostics).contains { $0.code == .shreddedColumns })
    }

    @Test func sameInputSameBytes() throws {
        let source = PageSource(name: "sample-page-1.txt", data: try Fixtures.data("pages", "sample-page-1.txt"))
        let once = try PageDocument(results: [Pipeline().extract(source)]).encoded()
        let twice = try PageDocument(results: [Pipeline().extract(source)]).encoded()
        #expect(once == twice)
    }
}

/// The pdftotext default-mode text of a corpus page whose columns came out in pieces: reported, while the
/// same page through `pdftotext -raw` and `mutool` is not.
@Suite struct FragmentationTests {
    static let corpus = Fixtures.packageRoot.appendingPathComponent("Benchmarks/Corpus/pages")

    func codes(_ file: String) throws -> Set<DiagnosticCode> {
        let data = try Data(contentsOf: Self.corpus.appendingPathComponent(file))
        return Set(try Pipeline().extract(PageSource(name: file, data: data)).diagnostics.map(\.code))
    }

    @Test func fragmentedReadingOrderIsReported() throws {
        #expect(try codes("issue02-p2.txt").contains(.fragmentedColumns))
        #expect(try !codes("issue02-p2.raw.txt").contains(.fragmentedColumns))
        #expect(try !codes("issue02-p2.mutool.txt").contains(.fragmentedColumns))
    }
}

/// Credit lines broken in a narrow column are one byline again; a short line after a whole credit that is no
/// part of it stays where it was.
@Suite struct BrokenBylineTests {
    func article(_ text: String) throws -> Article? {
        try Pipeline().extract(PageSource(name: "p2.txt", data: Data(text.utf8))).articles.first
    }

    let body = "　　目前我国农业已进入了由自给农业向商品农业转变的新阶段，农民收入明显增加。\n"

    @Test(arguments: [
        "□记者 程明英 通讯员\n戴敏艳 报道\n",  // broken between a role and its name
        "□记者 程明英 通讯员戴敏艳\n报道\n",  // the closer wrapped
        "□本报记者 段超\n梁杰 报道\n",
    ])
    func creditBrokenOverTwoLines(_ credit: String) throws {
        let article = try #require(try article("调整结构不能丢了粮食\n\n" + credit + body))
        #expect(article.headline == "调整结构不能丢了粮食")
        #expect(!article.bylines.isEmpty)
        #expect(article.bylines.flatMap(\.names).count >= 1)
        #expect(article.paragraphs.first?.hasPrefix("目前我国农业") == true)
    }

    /// Names going on on the next line, the first cut at the line's end (`郝强` / `娜`): one byline with every name,
    /// also with a blank line between (mutool double-spaces some modules), and the line is no headline of its own.
    @Test(arguments: ["□本报记者 姚波 郝强\n娜 雷佳强\n", "□本报记者 姚波 郝强\n\n娜 雷佳强\n\n", "□本报记者 郭国\n秀 贾华桂 陶梅\n"])
    func namesGoingOnOnTheNextLine(_ credit: String) throws {
        let page = try Pipeline().extract(PageSource(name: "p2.txt", data: Data(("调整结构不能丢了粮食\n\n" + credit + body).utf8)))
        let article = try #require(page.articles.first)
        #expect(page.articles.count == 1)
        #expect(article.headline == "调整结构不能丢了粮食")
        let names = article.bylines.flatMap(\.names)
        #expect(names == ["姚波", "郝强娜", "雷佳强"] || names == ["郭国秀", "贾华桂", "陶梅"])
        #expect(article.paragraphs.first?.hasPrefix("目前我国农业") == true)
    }

    /// Words after a whole credit are no part of it: the first with the credit's last name would be no name.
    @Test func wordsAfterACreditAreNotNames() throws {
        let page = try Pipeline().extract(PageSource(name: "p2.txt", data: Data(("调整结构不能丢了粮食\n\n□记者 程明英\n新春 走基层\n" + body).utf8)))
        let byline = try #require(page.blocks.first { $0.role == .byline })
        #expect(byline.text == "□记者 程明英")
    }

    /// A scan's reading (and `pdftotext -raw`) loses the spaces of a credit line: its role words still set the
    /// names apart, and the line is the article's byline, not the end of the paragraph before it.
    @Test func creditWithoutSpacesIsACredit() throws {
        let text = "调整结构不能丢了粮食\n\n□记者钟海力通讯员赵蹇红报道\n" + body
        let article = try #require(try article(text))
        #expect(article.headline == "调整结构不能丢了粮食")
        #expect(article.bylines == [Byline(role: "记者", names: ["钟海力"]), Byline(role: "通讯员", names: ["赵蹇红"])])
        #expect(article.paragraphs.first?.hasPrefix("目前我国农业") == true)
    }

    /// `pdftotext -raw` gives an institution's credit set beside a headline's last line as one line with it.
    @Test func creditGluedToAHeadlinesLastLineIsItsOwnLine() throws {
        let page = try Pipeline().extract(PageSource(name: "p2.txt", data: Data(("运用好建设连\n队的精髓本报评论员\n" + body).utf8)))
        let article = try #require(page.articles.first)
        #expect(article.headline == "运用好建设连队的精髓")
        #expect(article.bylines == [Byline(role: "本报评论员", names: [])])
        #expect(article.paragraphs.first?.hasPrefix("目前我国农业") == true)
    }

    @Test func shortLineAfterAWholeCreditIsNotTakenIn() throws {
        let page = try Pipeline().extract(PageSource(name: "p2.txt", data: Data(("调整结构不能丢了粮食\n\n□记者 程明英\n春节见闻\n" + body).utf8)))
        let byline = try #require(page.blocks.first { $0.role == .byline })
        #expect(byline.bylines.flatMap(\.names) == ["程明英"])
        #expect(byline.lines.map(\.text) == ["□记者 程明英"])
    }
}
