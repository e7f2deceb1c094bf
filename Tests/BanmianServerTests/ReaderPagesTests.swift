import Banmian
import BanmianArchive
import BanmianTestHelpers
import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

@testable import BanmianServer

/// The reader's pages over an archive that `banmian ingest` made from the first corpus issue's four PDFs (pages
/// with zones, the PDFs kept for pictures): what each page shows, that the search's words ride along and are
/// marked, that text from a page is never taken as markup, and that no path leaves its place.
@Suite struct ReaderPagesTests {
    static let archive = Result { try TestArchive.ingested("issue01-") }
    static let issue = "云岭都市报-1998-01-02"
    static let pictureCache = FileManager.default.temporaryDirectory.appendingPathComponent("banmian-pictures-\(UUID().uuidString)")

    func withReader(_ archive: SQLiteArchive? = nil, _ test: @escaping @Sendable (any TestClientProtocol) async throws -> Void) async throws {
        let reader = try archive ?? Self.archive.get()
        try await Application(router: ReaderServer.router(reader: reader, pictureCache: Self.pictureCache)).test(.router, test)
    }

    /// The body of a GET that must answer `status` with HTML.
    static func page(_ client: any TestClientProtocol, _ uri: String, status: HTTPResponse.Status = .ok) async throws -> String {
        try await client.execute(uri: uri, method: .get) { response in
            #expect(response.status == status, "\(uri)")
            #expect(response.headers[.contentType] == "text/html; charset=utf-8", "\(uri)")
            return String(buffer: response.body)
        }
    }

    static func path(_ text: String) -> String { ArchiveView.pathSegment(text) }

    /// The values of `attribute` in the tags of `html` that carry `marker`.
    static func attributes(_ attribute: String, in html: String, where marker: String) -> [String] {
        html.components(separatedBy: "<").filter { $0.contains(marker) }.compactMap { tag in
            guard let start = tag.range(of: attribute + "=\"") else { return nil }
            return String(tag[start.upperBound...].prefix { $0 != "\"" })
        }
    }

    @Test func theFrontPageListsPapersAndIssuesAndAPaperHasItsCalendar() async throws {
        try await withReader { client in
            let home = try await Self.page(client, "/")
            #expect(home.contains("<html lang=\"zh-CN\">"))
            #expect(home.contains(">云岭都市报</a>") && home.contains("1998年1月2日 星期五"))
            let calendar = try await Self.page(client, "/papers/" + Self.path("云岭都市报"))
            #expect(calendar.contains("<caption>1998年1月</caption>"))
            // 2 January 1998 was a Friday: the month's first row is three empty days, then 1 and 2 (linked).
            #expect(calendar.contains("<tr><td></td><td></td><td></td><td>1</td><td><a href=\"/issues/\(Self.path(Self.issue))\">2</a></td>"))
            _ = try await Self.page(client, "/papers/" + Self.path("云岭都市报") + "?year=98", status: .badRequest)
            _ = try await Self.page(client, "/papers/" + Self.path("没有的报纸"), status: .notFound)
        }
    }

    @Test func anIssueListsItsPagesWithThumbnailsAndItsStories() async throws {
        try await withReader { client in
            let html = try await Self.page(client, "/issues/" + Self.path(Self.issue))
            for number in 1...4 {
                #expect(html.contains("href=\"/issues/\(Self.path(Self.issue))/p\(number)\""))
                #expect(html.contains("src=\"/thumbnails/\(Self.path(Self.issue))-p\(number)\""))
            }
            #expect(html.contains("跨版文章") && html.contains("海外华侨华人社团出现新变化"))
        }
    }

    @Test func aPageShowsItsPictureWithEveryArticlesZonesAsLinks() async throws {
        let detail = try #require(try Self.archive.get().issue(id: Self.issue))
        let page = try #require(detail.pages.first)
        try await withReader { client in
            let html = try await Self.page(client, "/issues/\(Self.path(Self.issue))/p1")
            #expect(html.contains("<img src=\"/pictures/\(Self.path(page.id))\""))
            let styles = Self.attributes("style", in: html, where: "class=\"zone")
            #expect(styles.count == page.articles.reduce(0) { $0 + $1.zones.count })
            // Every zone lies on the page: its place and size in shares of the page, within 0–100 %.
            for style in styles {
                let numbers = style.split(whereSeparator: { !"0123456789.".contains($0) }).compactMap { Double($0) }
                #expect(numbers.count == 4 && numbers.allSatisfy { (0...100).contains($0) } && numbers[0] + numbers[2] <= 100.01, "\(style)")
            }
            let linked = Set(Self.attributes("data-article", in: html, where: "class=\"zone"))
            #expect(linked == Set(page.articles.filter { !$0.zones.isEmpty }.map(\.id)))
            for article in page.articles { #expect(html.contains("href=\"/articles/\(Self.path(article.id))\"")) }
            #expect(html.contains("rel=\"next\" href=\"/issues/\(Self.path(Self.issue))/p2\""))
            _ = try await Self.page(client, "/issues/\(Self.path(Self.issue))/p9", status: .notFound)
            _ = try await Self.page(client, "/issues/\(Self.path("云岭都市报-1998-01-03"))/p1", status: .notFound)
        }
    }

    @Test func aSearchHitOpensItsPageWithItsZonesLitAndItsWordsMarked() async throws {
        let part = Self.issue + "-p1-a2"
        try await withReader { client in
            let html = try await Self.page(client, "/issues/\(Self.path(Self.issue))/p1?q=\(ReaderURL.component("华侨"))&article=\(Self.path(part))")
            #expect(Self.attributes("data-article", in: html, where: "class=\"zone hit").allSatisfy { $0 == part })
            #expect(!Self.attributes("data-article", in: html, where: "class=\"zone hit").isEmpty)
            #expect(html.contains("<mark>华侨</mark>"))
            // The query rides along on every link to an article and back to the results.
            #expect(html.contains("href=\"/articles/\(Self.path(part))?q=%E5%8D%8E%E4%BE%A8\""))
            #expect(html.contains("href=\"/search?q=%E5%8D%8E%E4%BE%A8\""))
        }
    }

    @Test func anArticleShowsItsWholeStoryWithTheJumpToTheNextPart() async throws {
        let first = Self.issue + "-p1-a2"
        // Page 4's second continuation (its first, p4-a2, holds the subhead `市场份额微乎其微` in place).
        let second = Self.issue + "-p4-a3"
        try await withReader { client in
            let html = try await Self.page(client, "/articles/\(Self.path(first))?q=\(ReaderURL.component("华侨"))")
            let start = try #require(html.range(of: "id=\"\(first)\""))
            let next = try #require(html.range(of: "id=\"\(second)\""))
            #expect(start.lowerBound < next.lowerBound, "the parts in reading order")
            #expect(html.contains("<article id=\"\(first)\" class=\"part current\">"))
            #expect(html.contains("<h1>海外<mark>华侨</mark>华人社团出现新变化</h1>"))
            #expect(html.contains("href=\"/articles/\(Self.path(second))?q=%E5%8D%8E%E4%BE%A8#\(Self.path(second))\">（下转第A4版）</a>"))
            #expect(html.contains("class=\"crop\"") && html.contains("background-image: url('/pictures/\(Self.path(Self.issue))-p1')"))
            let continuation = try await Self.page(client, "/articles/\(Self.path(second))")
            #expect(continuation.contains("<article id=\"\(second)\" class=\"part current\">"))
            #expect(!continuation.contains("<mark>"), "no query, nothing marked")
            _ = try await Self.page(client, "/articles/none", status: .notFound)
        }
    }

    @Test func searchKeepsTheQueryMarksTheWordsAndOffersFacetsAndPages() async throws {
        try await withReader { client in
            let html = try await Self.page(client, "/search?q=\(ReaderURL.component("春节"))")
            #expect(html.contains("value=\"春节\""))
            #expect(html.contains("<mark>春节</mark>"))
            #expect(html.contains("共 ") && html.contains("<h2>报纸</h2>") && html.contains("<h2>月份</h2>"))
            let month = try await Self.page(client, "/search?q=\(ReaderURL.component("春节"))&from=1998-01-01&to=1998-01-31")
            #expect(month.contains("value=\"1998-01-01\"") && month.contains("清除"))
            let none = try await Self.page(client, "/search?q=\(ReaderURL.component("春节"))&from=1999-01-01")
            #expect(none.contains("没有找到"))
            let empty = try await Self.page(client, "/search")
            #expect(!empty.contains("class=\"results\""))
            let badDate = try await Self.page(client, "/search?q=a&from=1998-13-01", status: .badRequest)
            #expect(badDate.contains("class=\"problem\""))
            _ = try await Self.page(client, "/search?q=a&offset=-1", status: .badRequest)
            _ = try await Self.page(client, "/search?q=%22", status: .badRequest)
        }
    }

    /// A page read by OCR from a scan (`ingest scan.png --ocr`) is shown on its scan: the archive keeps the
    /// picture as it keeps a PDF, and the reader draws the page and its thumbnail from it (ImageMagick), its
    /// zones over it. (Tesseract reads a small scan: seconds.)
    @Test func aScannedPageIsShownOnItsScan() async throws {
        guard let banmian = BuiltProducts.banmian, FileManager.default.isExecutableFile(atPath: banmian.path) else { return }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("banmian-scan-archive-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let pdf = Fixtures.packageRoot.appendingPathComponent("Benchmarks/Corpus/pages/issue02-p2.pdf")
        let scan = folder.appendingPathComponent("issue02-p2")
        let drawn = try BuiltProducts.run(URL(fileURLWithPath: "/usr/bin/env"), ["pdftoppm", "-r", "150", "-gray", "-png", "-singlefile", pdf.path, scan.path])
        try #require(drawn.status == 0, "\(drawn.stderr)")
        let archiveFolder = folder.appendingPathComponent("archive")
        let run = try BuiltProducts.run(banmian, ["ingest", scan.path + ".png", "--ocr", "--no-second-reading", "--archive", archiveFolder.path])
        try #require(run.status == 0, "\(run.stderr)")
        let archive = try SQLiteArchive(folder: archiveFolder.path, create: false)
        let summary = try #require(try archive.issues(paper: nil, from: nil, to: nil, limit: 10).first)
        let issue = try #require(try archive.issue(id: summary.id))
        let page = try #require(issue.pages.first)
        let source = try #require(try archive.picture(ofPage: page.id))
        #expect(source.isPicture && source.file.lastPathComponent.hasSuffix(".picture"))
        #expect(page.image != nil, "the page says it has a picture")
        try await withReader(archive) { client in
            var widths: [Int] = []
            for route in ["/pictures/", "/thumbnails/"] {
                try await client.execute(uri: route + Self.path(page.id), method: .get) { response in
                    #expect(response.status == .ok)
                    #expect(response.headers[.contentType] == "image/png")
                    let bytes = Array(response.body.readableBytesView)
                    #expect(bytes.prefix(4) == [0x89, 0x50, 0x4E, 0x47])
                    // The PNG's width, big-endian in its header.
                    if bytes.count > 20 { widths.append(bytes[16..<20].reduce(0) { $0 << 8 | Int($1) }) }
                }
            }
            #expect(widths == [PagePictures.Size.page.width, PagePictures.Size.thumbnail.width])
            let html = try await Self.page(client, "/issues/\(Self.path(issue.id))/p\(page.number ?? 0)")
            #expect(html.contains("class=\"sheet\""), "the page's zones over its scan")
        }
    }

    @Test func picturesAreDrawnOnceAndKept() async throws {
        let page = Self.issue + "-p2"
        try await withReader { client in
            var sizes: [Int] = []
            for route in ["/pictures/", "/thumbnails/"] {
                try await client.execute(uri: route + Self.path(page), method: .get) { response in
                    #expect(response.status == .ok)
                    #expect(response.headers[.contentType] == "image/png")
                    #expect(Array(response.body.readableBytesView.prefix(4)) == [0x89, 0x50, 0x4E, 0x47])
                    sizes.append(response.body.readableBytes)
                }
            }
            #expect(sizes.count == 2 && sizes[1] < sizes[0], "the thumbnail is the smaller")
            let kept = try FileManager.default.contentsOfDirectory(atPath: Self.pictureCache.path).filter { $0.hasSuffix(".png") && !$0.hasPrefix(".") }
            #expect(kept.contains { $0.hasSuffix("-page.png") } && kept.contains { $0.hasSuffix("-thumbnail.png") })
            try await client.execute(uri: "/pictures/none", method: .get) { #expect($0.status == .notFound) }
        }
        // An archive of pages read from text has no pictures: its pages say so, and the route is 404.
        let text = try TestArchive.filled()
        #expect(try text.issue(id: Self.issue)?.pages.allSatisfy { $0.image == nil } == true)
        try await withReader(text) { client in
            try await client.execute(uri: "/pictures/\(Self.path(page))", method: .get) { #expect($0.status == .notFound) }
            let html = try await Self.page(client, "/issues/\(Self.path(Self.issue))/p2")
            #expect(!html.contains("class=\"sheet\""), "no geometry, no sheet")
        }
    }

    /// Text from a page is shown as text: a headline, a paragraph and a query holding markup come out escaped.
    @Test func markupInAPageOrAQueryIsShownAsText() async throws {
        let archive = try TestArchive.empty()
        var issue = try #require(TestArchive.issues.first)
        let hostile = "<script>alert(\"x\")</script><img src=x onerror=alert(1)>"
        issue.pages[0].json.articles[0].headline = "码头" + hostile
        issue.pages[0].json.articles[0].sections[0].paragraphs[0] = "码头 " + hostile + " & 'quotes'"
        // A paper's name is read from the page too: it ends up in addresses, even inside a CSS url('…').
        issue.issue.paper = "晨报');background:url(evil.example)<b>"
        try archive.store(issue)
        let id = issue.archiveId(ofArticle: issue.pages[0].json.articles[0].id)
        let issueId = issue.archiveId
        let paper = issue.issue.paper ?? ""
        try await withReader(archive) { client in
            let pages = [
                "/articles/\(Self.path(id))", "/articles/\(Self.path(id))?q=\(ReaderURL.component("码头"))",
                "/issues/\(Self.path(issueId))/p1?q=\(ReaderURL.component("码头"))&article=\(Self.path(id))",
                "/search?q=\(ReaderURL.component("码头"))", "/search?q=\(ReaderURL.component("<script>alert(1)</script>"))",
                "/issues/\(Self.path(issueId))",
            ]
            for uri in pages {
                let html = try await Self.page(client, uri)
                #expect(!html.contains("<script>alert"), "\(uri)")
                #expect(!html.contains("<img src=x"), "\(uri)")
            }
            let article = try await Self.page(client, "/articles/\(Self.path(id))")
            #expect(article.contains("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;"))
            for uri in pages + ["/", "/papers/\(Self.path(paper))"] {
                let html = try await Self.page(client, uri)
                #expect(!html.contains("<b>"), "\(uri)")
                // In addresses the name is percent-encoded through and through: nothing of it closes a CSS string.
                for style in Self.attributes("style", in: html, where: "style=") {
                    #expect(style.components(separatedBy: "&#39;").count <= 3 && style.filter { $0 == "(" }.count <= 1, "\(uri): \(style)")
                }
                for link in Self.attributes("href", in: html, where: "href=") + Self.attributes("src", in: html, where: "src=") {
                    #expect(!link.contains { "'\"()<> ".contains($0) } && !link.contains("&#39;"), "\(uri): \(link)")
                }
            }
        }
    }

    /// Paths that try to leave their place, and routes that do not exist: 404, as an HTML page.
    @Test(arguments: [
        "/issues/..%2F..%2Fetc%2Fpasswd", "/issues/%2Fetc%2Fpasswd/p1", "/articles/..", "/articles/%00", "/pictures/..%2Farchive.sqlite",
        "/thumbnails/%2E%2E", "/static/..%2Farchive.sqlite", "/static/reader.css/..", "/originals/x.pdf", "/archive.sqlite", "/nothing/here",
    ])
    func pathsThatLeaveTheirPlaceAre404(_ uri: String) async throws {
        try await withReader { client in
            try await client.execute(uri: uri, method: .get) { response in
                #expect(response.status == .notFound, "\(uri)")
            }
        }
    }

    /// Answers are kept in memory, and dropped when the archive changes: an issue stored while the server runs
    /// shows within a quarter of a second.
    @Test func keptAnswersGoWhenTheArchiveChanges() async throws {
        let archive = try TestArchive.empty()
        let issues = TestArchive.issues
        try archive.store(issues[0])
        let before = archive.changeMark()
        try await withReader(archive) { client in
            let count = { @Sendable () async throws -> Int in
                try await client.execute(uri: "/api/issues", method: .get) { response in
                    ((try JSONSerialization.jsonObject(with: Data(response.body.readableBytesView)) as? [String: Any])?["issues"] as? [Any])?.count ?? -1
                }
            }
            #expect(try await count() == 1)
            #expect(try await count() == 1)
            try archive.store(issues[1])
            try await Task.sleep(for: .milliseconds(400))
            #expect(try await count() == 2)
            #expect(try await Self.page(client, "/").contains(issues[1].issue.paper ?? "?"))
        }
        #expect(archive.changeMark() != before)
    }

    /// Requests for one address that arrive while its answer is being made wait for that answer: made once.
    @Test func concurrentRequestsForOneAddressAreAnsweredOnce() async throws {
        let cache = ResponseCache(limit: 1 << 20, mark: { "same" })
        let made = Counter()
        let bodies = await withTaskGroup(of: String.self) { group in
            for _ in 0..<20 {
                group.addTask {
                    let answer = await cache.answer(for: "/search?q=x") {
                        await made.add()
                        try? await Task.sleep(for: .milliseconds(200))
                        return Answer(status: .ok, headers: [:], body: ByteBuffer(string: "answer"))
                    }
                    return String(buffer: answer.body)
                }
            }
            return await group.reduce(into: []) { $0.append($1) }
        }
        #expect(bodies == Array(repeating: "answer", count: 20))
        #expect(await made.count == 1)
        #expect(cache.answer(for: "/search?q=x").map { String(buffer: $0.body) } == "answer", "and kept")
    }

    @Test func theStyleSheetAndScriptAreServedWithAValidator() async throws {
        try await withReader { client in
            let tag = try await client.execute(uri: "/static/reader.css", method: .get) { response in
                #expect(response.status == .ok && response.headers[.contentType] == "text/css; charset=utf-8")
                return response.headers[.eTag]
            }
            try await client.execute(uri: "/static/reader.css", method: .get, headers: [.ifNoneMatch: tag ?? ""]) { #expect($0.status == .notModified) }
            try await client.execute(uri: "/static/reader.js", method: .get) { #expect($0.status == .ok) }
        }
    }
}

private actor Counter {
    var count = 0
    func add() { count += 1 }
}
