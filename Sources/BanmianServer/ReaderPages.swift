import Banmian
import BanmianArchive
import Foundation
import Hummingbird
import Mustache

/// The reader's pages for people: the papers, a paper's calendar, an issue, a page with its article zones, an
/// article with its whole story, and search. Server-rendered through `ReaderTemplates`; everything read from the
/// archive goes through `ArchiveReader`. The query of a search (`q`) rides along from results to page to article.
struct ReaderPages: Sendable {
    let reader: any ArchiveReader
    let library: MustacheLibrary

    init(reader: any ArchiveReader) {
        self.reader = reader
        var library = MustacheLibrary()
        for (name, text) in ReaderTemplates.all {
            // The templates are part of the program: one that does not parse is a programming error that every
            // test of the reader shows at once.
            do { try library.register(text, named: name) } catch { preconditionFailure("reader template \(name): \(error)") }
        }
        self.library = library
    }

    // MARK: The papers

    func home() throws -> Answer {
        let papers = try reader.papers().map { PaperItem(name: $0.name, url: ReaderURL.paper($0.name), issues: $0.issues, first: $0.first ?? "", last: $0.last ?? "") }
        let latest = try reader.issues(paper: nil, from: nil, to: nil, limit: 12).map { issue in
            IssueItem(url: ReaderURL.issue(issue.id), paper: issue.paper ?? issue.id, dateLabel: Self.dateLabel(issue.date))
        }
        return html("home", HomeView(title: "报纸", papers: papers, latest: latest, hasLatest: !latest.isEmpty))
    }

    func paper(_ name: String, request: Request) throws -> Answer {
        guard let paper = try reader.papers().first(where: { $0.name == name }) else { throw ReaderError.notFound("档案里没有《\(name)》。") }
        let firstYear = Int(paper.first?.prefix(4) ?? "") ?? 0
        let lastYear = Int(paper.last?.prefix(4) ?? "") ?? firstYear
        var year = lastYear
        if let asked = request.uri.queryParameters.get("year") {
            guard let number = Int(asked), asked.count == 4 else { throw ReaderError.badRequest("year：四位数的年份，例如 \(lastYear)。") }
            year = number
        }
        let issues = try reader.issues(paper: name, from: "\(year)-01-01", to: "\(year)-12-31", limit: 400)
        var byDay: [String: String] = [:]
        for issue in issues { if let date = issue.date, byDay[date] == nil { byDay[date] = ReaderURL.issue(issue.id) } }
        let months = (1...12).compactMap { month -> MonthView? in
            let prefix = String(format: "%04d-%02d", year, month)
            guard byDay.keys.contains(where: { $0.hasPrefix(prefix) }) else { return nil }
            return MonthView(year: year, month: month, links: byDay)
        }
        let years = firstYear > 0 ? (firstYear...max(firstYear, lastYear)).map { YearLink(year: String($0), url: ReaderURL.paper(name, year: String($0)), current: $0 == year) } : []
        return html("paper", PaperView(title: name, name: name, years: years, months: months))
    }

    // MARK: An issue and its pages

    func issue(_ id: String) throws -> Answer {
        guard let issue = try reader.issue(id: id) else { throw ReaderError.notFound("档案里没有这一期（\(id)）。") }
        let pages = issue.pages.map { page in
            PageItem(url: ReaderURL.page(issue: issue.id, key: page.key(in: issue.id)), label: Self.pageLabel(page.number, page.name), thumbnail: page.image.map { _ in ReaderURL.thumbnail(page: page.id) })
        }
        let pageOfArticle = Self.pageKeys(of: issue)
        let stories = issue.stories.map { story in
            StoryItem(
                url: ReaderURL.article(story.parts.first ?? ""), headline: story.headline ?? "（无标题）",
                parts: story.parts.map { LinkItem(url: ReaderURL.article($0), label: pageOfArticle[$0].map { Self.pageLabel($0.number, nil) } ?? $0) })
        }
        let teasers = issue.teasers.map { teaser in
            TeaserItem(text: teaser.text, url: teaser.target.map { ReaderURL.article($0) })
        }
        return html(
            "issue",
            IssueView(
                title: "\(issue.paper ?? issue.id) \(Self.dateLabel(issue.date))", paper: issue.paper ?? issue.id, paperURL: issue.paper.map { ReaderURL.paper($0) } ?? "/",
                dateLabel: Self.dateLabel(issue.date), number: issue.number, pages: pages, stories: stories, hasStories: !stories.isEmpty, teasers: teasers,
                hasTeasers: !teasers.isEmpty))
    }

    func page(issue issueId: String, key: String, request: Request) throws -> Answer {
        let parameters = request.uri.queryParameters
        let query = Self.text(parameters.get("q"))
        let hitId = Self.text(parameters.get("article"))
        guard let issue = try reader.page(id: issueId + "-" + key), issue.id == issueId,
            let index = issue.pages.firstIndex(where: { $0.key(in: issue.id) == key })
        else { throw ReaderError.notFound("这一期没有这一版（\(key)）。") }
        let page = issue.pages[index]
        let label = Self.pageLabel(page.number, page.name)
        let link = { (key: String) in ReaderURL.page(issue: issue.id, key: key, query: query) }
        let tabs = issue.pages.map { other in TabItem(url: link(other.key(in: issue.id)), label: Self.pageLabel(other.number, other.name), current: other.id == page.id) }
        let articles = page.articles.map { article in
            ArticleItem(id: article.id, url: ReaderURL.article(article.id, query: query), headline: article.headline ?? "（无标题）", hit: article.id == hitId)
        }
        var hit: HitView?
        if let hitId, let query, let detail = try reader.article(id: hitId), page.articles.contains(where: { $0.id == hitId }) {
            let terms = Self.terms(of: query)
            let paragraphs = detail.article.sections.flatMap { section in (section.heading.map { [$0] } ?? []) + section.paragraphs }
            hit = HitView(
                url: ReaderURL.article(hitId, query: query), headlineHTML: TextMatch.marked(detail.article.headline ?? "（无标题）", terms),
                paragraphs: paragraphs.map { TextMatch.marked($0, terms) })
        }
        return html(
            "page",
            PageView(
                title: "\(issue.paper ?? "") \(Self.dateLabel(issue.date)) \(label)", query: query, paper: issue.paper ?? issue.id,
                paperURL: issue.paper.map { ReaderURL.paper($0) } ?? "/", issueURL: ReaderURL.issue(issue.id), dateLabel: Self.dateLabel(issue.date), label: label,
                resultsURL: query.map { ReaderURL.search([("q", $0)]) }, pages: tabs, sheet: Self.sheet(page, query: query, hit: hitId, label: label),
                hit: hit, articles: articles,
                previous: index > 0 ? tabs[index - 1] : nil, next: index + 1 < tabs.count ? tabs[index + 1] : nil))
    }

    /// The page picture with its articles' zones as links, placed in shares of the page's size; nil for a page
    /// without geometry (read from text).
    static func sheet(_ page: ArchiveView.IssueDetail.Page, query: String?, hit: String?, label: String) -> SheetView? {
        guard let width = page.width, let height = page.height, width > 0, height > 0 else { return nil }
        let percent = { (value: Double, whole: Double) in String(format: "%.3f%%", max(0, min(100, value / whole * 100))) }
        var zones: [ZoneView] = []
        for article in page.articles {
            for zone in article.zones {
                let top = Self.top(of: zone, pageHeight: height)
                zones.append(
                    ZoneView(
                        url: ReaderURL.article(article.id, query: query), article: article.id, headline: article.headline ?? "（无标题）",
                        left: percent(zone.x, width), top: percent(top, height), width: percent(zone.width, width), height: percent(zone.height, height),
                        hit: article.id == hit))
            }
        }
        return SheetView(ratio: String(format: "%.2f / %.2f", width, height), image: page.image, label: label, zones: zones)
    }

    // MARK: An article and its story

    func article(_ id: String, request: Request) throws -> Answer {
        let query = Self.text(request.uri.queryParameters.get("q"))
        guard let detail = try reader.article(id: id) else { throw ReaderError.notFound("档案里没有这篇文章（\(id)）。") }
        let terms = Self.terms(of: query)
        let partIds = detail.story ?? [id]
        var parts: [PartView] = []
        for (order, partId) in partIds.enumerated() {
            guard let part = partId == id ? detail : try reader.article(id: partId) else { continue }
            let key = Self.pageKey(ofArticle: partId, issue: part.issue)
            let next = order + 1 < partIds.count ? partIds[order + 1] : nil
            parts.append(
                PartView(
                    article: part.article, id: partId, current: partId == id && partIds.count > 1, first: parts.isEmpty,
                    pageLabel: partIds.count > 1 ? Self.pageLabel(part.page, part.pageName) : nil,
                    pageURL: key.map { ReaderURL.page(issue: part.issue, key: $0, query: query, article: query == nil ? nil : partId) } ?? "",
                    continuedOn: next.map { LinkItem(url: ReaderURL.article($0, query: query) + "#" + ArchiveView.pathSegment($0), label: Self.jumpLabel(part.article)) },
                    terms: terms))
        }
        let key = Self.pageKey(ofArticle: id, issue: detail.issue)
        let page = try key.flatMap { key in try reader.page(id: detail.issue + "-" + key)?.pages.first { $0.key(in: detail.issue) == key } }
        let crop = page.flatMap { page in Self.crop(of: detail.article, on: page) }
        return html(
            "article",
            ArticleView(
                title: detail.article.headline ?? "文章", query: query, paper: detail.paper ?? detail.issue, paperURL: detail.paper.map { ReaderURL.paper($0) } ?? "/",
                issueURL: ReaderURL.issue(detail.issue), dateLabel: Self.dateLabel(detail.date), pageLabel: Self.pageLabel(detail.page, detail.pageName),
                pageURL: key.map { ReaderURL.page(issue: detail.issue, key: $0, query: query, article: query == nil ? nil : id) } ?? ReaderURL.issue(detail.issue),
                resultsURL: query.map { ReaderURL.search([("q", $0)]) }, crop: crop, parts: parts))
    }

    /// A box's top edge measured from the page's top, whichever corner its origin is.
    static func top(of box: BoxJSON, pageHeight: Double) -> Double {
        box.origin == BoundingBox.Origin.bottomLeft.rawValue ? pageHeight - box.y - box.height : box.y
    }

    /// The part of the page picture the article covers, as a background placed and scaled in shares of the page.
    static func crop(of article: ArticleJSON, on page: ArchiveView.IssueDetail.Page) -> CropView? {
        guard let image = page.image, let width = page.width, let height = page.height, let box = article.box, box.width > 1, box.height > 1 else { return nil }
        let top = Self.top(of: box, pageHeight: height)
        let x = width - box.width > 0 ? box.x / (width - box.width) * 100 : 0
        let y = height - box.height > 0 ? top / (height - box.height) * 100 : 0
        return CropView(
            image: image, ratio: String(format: "%.2f / %.2f", box.width, box.height), size: String(format: "%.2f%% auto", width / box.width * 100),
            position: String(format: "%.3f%% %.3f%%", x, y))
    }

    // MARK: Search

    func search(_ request: Request) throws -> Answer {
        let parameters = request.uri.queryParameters
        let text = Self.text(parameters.get("q"))
        let from = Self.text(parameters.get("from"))
        let to = Self.text(parameters.get("to"))
        let paper = Self.text(parameters.get("paper"))
        let pageFilter = Self.text(parameters.get("page"))
        let sort = SearchFilters.Sort(rawValue: parameters.get("sort") ?? "") ?? .rank
        var view = SearchView(title: text.map { "搜索：\($0)" } ?? "搜索", query: text, from: from, to: to, paper: paper, pageFilter: pageFilter, byRank: sort == .rank)
        guard let text else { return html("search", view) }
        let offset = Int(parameters.get("offset") ?? "0") ?? -1
        for (name, date) in [("从", from), ("到", to)] where date.map(SearchFilters.isDate) == false {
            view.problem = "\(name)：日期写作 年-月-日，例如 1998-01-02。"
        }
        if !(0...APIHandlers.maximumOffset).contains(offset) { view.problem = "offset：0 到 \(APIHandlers.maximumOffset) 的整数。" }
        let query: SearchQuery
        do {
            query = try SearchQuery(parsing: text)
        } catch {
            view.problem = "搜索词读不懂：\(error.description)"
            return html("search", view, status: .badRequest)
        }
        if view.problem != nil { return html("search", view, status: .badRequest) }
        let limit = 20
        let results = try reader.search(query, filters: SearchFilters(from: from, to: to, paper: paper, page: pageFilter, limit: limit, offset: offset, sort: sort))
        let current: [(String, String?)] = [("q", text), ("from", from), ("to", to), ("paper", paper), ("page", pageFilter), ("sort", sort == .date ? "date" : nil)]
        func with(_ name: String, _ value: String?) -> String {
            ReaderURL.search(current.map { $0.0 == name ? (name, value) : $0 })
        }
        let terms = query.wanted
        view.answered = true
        view.start = offset + 1
        view.totalLabel = results.total == 0 ? "没有找到含这些词的文章。" : "共 \(results.total) 篇，第 \(offset + 1)–\(offset + results.results.count) 篇"
        let filters = [paper.map { "《\($0)》" }, pageFilter.map { "第\($0)版" }, from.map { "从 \($0)" }, to.map { "到 \($0)" }].compactMap { $0 }
        view.filtersLabel = filters.isEmpty ? nil : filters.joined(separator: " ")
        view.clearURL = ReaderURL.search([("q", text)])
        view.results = results.results.map { hit in
            let key = Self.pageKey(ofArticle: hit.article, issue: hit.issue)
            return ResultView(
                url: key.map { ReaderURL.page(issue: hit.issue, key: $0, query: text, article: hit.article) } ?? ReaderURL.article(hit.article, query: text),
                articleURL: ReaderURL.article(hit.article, query: text), headlineHTML: TextMatch.marked(hit.headline ?? "（无标题）", terms),
                snippetHTML: hit.snippet, paper: hit.paper ?? "", date: hit.date ?? "", pageLabel: Self.pageLabel(hit.page, hit.pageName))
        }
        view.facets = [
            FacetView(name: "报纸", items: results.facets.paper.sorted { $0.value > $1.value }.map { FacetItem(label: $0.key, count: $0.value, url: with("paper", $0.key), selected: $0.key == paper) }),
            FacetView(
                name: "月份",
                items: results.facets.month.sorted { $0.key > $1.key }.map { month, count in
                    let (first, last) = Self.monthRange(month)
                    return FacetItem(label: month, count: count, url: ReaderURL.search(current.map { $0.0 == "from" ? ("from", first) : $0.0 == "to" ? ("to", last) : $0 }), selected: from == first && to == last)
                }),
            FacetView(name: "版面", items: results.facets.page.sorted { $0.value > $1.value }.map { FacetItem(label: $0.key, count: $0.value, url: with("page", $0.key), selected: $0.key == pageFilter) }),
        ].filter { !$0.items.isEmpty }
        let pageBack = max(0, offset - limit)
        view.previousURL = offset > 0 ? ReaderURL.search(current + [("offset", pageBack > 0 ? String(pageBack) : nil)]) : nil
        view.nextURL = offset + limit < min(results.total, APIHandlers.maximumOffset + limit) ? ReaderURL.search(current + [("offset", String(offset + limit))]) : nil
        return html("search", view)
    }

    // MARK: Helpers

    /// The page each article of the issue is on: its page's id and key.
    static func pageKeys(of issue: ArchiveView.IssueDetail) -> [String: (pageId: String, key: String, number: Int?)] {
        var keys: [String: (pageId: String, key: String, number: Int?)] = [:]
        for page in issue.pages {
            for article in page.articles { keys[article.id] = (page.id, page.key(in: issue.id), page.number) }
        }
        return keys
    }

    /// An article's page key from its id (`…-p3-a2` → `p3`), which the archive builds from the issue's id.
    static func pageKey(ofArticle id: String, issue: String) -> String? {
        guard id.hasPrefix(issue + "-"), let dash = id.range(of: "-a", options: .backwards), dash.lowerBound > id.index(id.startIndex, offsetBy: issue.count) else { return nil }
        return String(id[id.index(id.startIndex, offsetBy: issue.count + 1)..<dash.lowerBound])
    }

    /// The words a query looks for, to mark in a text; none when there is no query or it does not parse.
    static func terms(of query: String?) -> [SearchQuery.Term] {
        guard let query, let parsed = try? SearchQuery(parsing: query) else { return [] }
        return parsed.wanted
    }

    static func monthRange(_ month: String) -> (String, String) {
        let parts = month.split(separator: "-")
        guard parts.count == 2, let year = Int(parts[0]), let number = Int(parts[1]), (1...12).contains(number) else { return (month + "-01", month + "-31") }
        let days = [31, year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][number - 1]
        return (month + "-01", month + "-" + String(days))
    }

    static func text(_ value: String?) -> String? {
        guard let value, !value.trimmingCharacters(in: .whitespaces).isEmpty else { return nil }
        return value
    }

    /// Where a part goes on, as the page printed it (`第A4版`, `第二版`), else by the page's number.
    static func jumpLabel(_ article: ArticleJSON) -> String {
        if let label = article.continuedOnLabel, !label.isEmpty { return "第\(label)版" }
        return article.continuedOn.map { "第\($0)版" } ?? "下一版"
    }

    static func pageLabel(_ number: Int?, _ name: String?) -> String {
        let place = number.map { "第\($0)版" } ?? "版面"
        return name.map { "\(place) \($0)" } ?? place
    }

    /// `1998年1月2日 星期五`; the text as given when it is not an ISO date.
    static func dateLabel(_ date: String?) -> String {
        guard let date else { return "（日期不详）" }
        let parts = date.split(separator: "-").compactMap { Int($0) }
        guard parts.count == 3 else { return date }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC") ?? calendar.timeZone
        let weekday = calendar.date(from: DateComponents(year: parts[0], month: parts[1], day: parts[2])).map { calendar.component(.weekday, from: $0) }
        let names = ["日", "一", "二", "三", "四", "五", "六"]
        return "\(parts[0])年\(parts[1])月\(parts[2])日" + (weekday.map { " 星期" + names[($0 - 1) % 7] } ?? "")
    }

    func html<T>(_ template: String, _ view: T, status: HTTPResponse.Status = .ok) -> Answer {
        let text = library.render(view, withTemplate: template) ?? ""
        return Answer(status: status, headers: [.contentType: "text/html; charset=utf-8"], body: ByteBuffer(string: text))
    }

    func errorPage(_ error: ReaderError) -> Answer {
        html("error", ErrorView(title: error.heading, heading: error.heading, message: error.message), status: error.status)
    }
}

/// A page the reader cannot show: a 404 or a 400, with a message for people.
struct ReaderError: Error {
    var status: HTTPResponse.Status
    var heading: String
    var message: String

    static func notFound(_ message: String) -> ReaderError { ReaderError(status: .notFound, heading: "找不到", message: message) }
    static func badRequest(_ message: String) -> ReaderError { ReaderError(status: .badRequest, heading: "请求有误", message: message) }
}
