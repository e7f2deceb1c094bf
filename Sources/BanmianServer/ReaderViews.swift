import Banmian
import BanmianArchive
import Foundation

// What the reader's templates show, one value per page (Mustache reads their properties). Text from the archive is
// plain here and escaped by Mustache, but for the `…HTML` values: those come from `TextMatch`, which escapes the
// text and marks a search's words in it.

struct LinkItem { var url: String; var label: String }
struct PaperItem { var name: String; var url: String; var issues: Int; var first: String; var last: String }
struct IssueItem { var url: String; var paper: String; var dateLabel: String }

struct HomeView {
    var title: String
    var query: String? = nil
    var papers: [PaperItem]
    var latest: [IssueItem]
    var hasLatest: Bool
}

struct YearLink { var year: String; var url: String; var current: Bool }

/// A month of the calendar: weeks from Monday, each day a link when an issue came out on it.
struct MonthView {
    struct Day { var day: String; var url: String? }
    struct Week { var days: [Day] }

    var label: String
    var weeks: [Week]

    init(year: Int, month: Int, links: [String: String]) {
        label = "\(year)年\(month)月"
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC") ?? calendar.timeZone
        let first = calendar.date(from: DateComponents(year: year, month: month, day: 1)) ?? Date(timeIntervalSince1970: 0)
        let days = calendar.range(of: .day, in: .month, for: first)?.count ?? 31
        // Sunday is 1 in Foundation; the calendar starts its weeks on Monday, as Chinese calendars do.
        let lead = (calendar.component(.weekday, from: first) + 5) % 7
        var cells = [Day](repeating: Day(day: "", url: nil), count: lead)
        for day in 1...days {
            cells.append(Day(day: String(day), url: links[String(format: "%04d-%02d-%02d", year, month, day)]))
        }
        while cells.count % 7 != 0 { cells.append(Day(day: "", url: nil)) }
        weeks = stride(from: 0, to: cells.count, by: 7).map { Week(days: Array(cells[$0..<$0 + 7])) }
    }
}

struct PaperView {
    var title: String
    var query: String? = nil
    var name: String
    var years: [YearLink]
    var months: [MonthView]
}

struct PageItem { var url: String; var label: String; var thumbnail: String? }
struct StoryItem { var url: String; var headline: String; var parts: [LinkItem] }
struct TeaserItem { var text: String; var url: String? }

struct IssueView {
    var title: String
    var query: String? = nil
    var paper: String
    var paperURL: String
    var dateLabel: String
    var number: String?
    var pages: [PageItem]
    var stories: [StoryItem]
    var hasStories: Bool
    var teasers: [TeaserItem]
    var hasTeasers: Bool
}

struct TabItem { var url: String; var label: String; var current: Bool }
struct ArticleItem { var id: String; var url: String; var headline: String; var hit: Bool }
struct ZoneView { var url: String; var article: String; var headline: String; var left: String; var top: String; var width: String; var height: String; var hit: Bool }
struct SheetView { var ratio: String; var image: String?; var label: String; var zones: [ZoneView] }
struct HitView { var url: String; var headlineHTML: String; var paragraphs: [String] }

struct PageView {
    var title: String
    var query: String?
    var paper: String
    var paperURL: String
    var issueURL: String
    var dateLabel: String
    var label: String
    var resultsURL: String?
    var pages: [TabItem]
    var sheet: SheetView?
    var hit: HitView?
    var articles: [ArticleItem]
    var previous: TabItem?
    var next: TabItem?
}

struct CropView { var image: String; var ratio: String; var size: String; var position: String }

/// One part of a story (or the whole of an article in none): its fields as printed, searched words marked.
struct PartView {
    struct SectionView { var headingHTML: String?; var paragraphs: [String] }

    var id: String
    var current: Bool
    var first: Bool
    var pageLabel: String?
    var pageURL: String
    var kickerHTML: String?
    var headlineHTML: String?
    var subtitleHTML: String?
    var bylines: [String]
    var datelineHTML: String?
    var sections: [SectionView]
    var captions: [String]
    var continuedOn: LinkItem?

    init(article: ArticleJSON, id: String, current: Bool, first: Bool, pageLabel: String?, pageURL: String, continuedOn: LinkItem?, terms: [SearchQuery.Term]) {
        let mark = { (text: String) in TextMatch.marked(text, terms) }
        self.id = id
        self.current = current
        self.first = first
        self.pageLabel = pageLabel
        self.pageURL = pageURL
        kickerHTML = article.kicker.map(mark)
        headlineHTML = mark(article.headline ?? (first ? "（无标题）" : ""))
        if headlineHTML?.isEmpty == true { headlineHTML = nil }
        subtitleHTML = article.subtitle.map(mark)
        bylines = article.bylines.map { byline in ([byline.role].compactMap { $0 } + [byline.names.joined(separator: "、")]).joined(separator: " ") }
        datelineHTML = article.dateline.map(mark)
        sections = article.sections.map { SectionView(headingHTML: $0.heading.map(mark), paragraphs: $0.paragraphs.map(mark)) }
        captions = (article.captions ?? []).map(mark)
        self.continuedOn = continuedOn
    }
}

struct ArticleView {
    var title: String
    var query: String?
    var paper: String
    var paperURL: String
    var issueURL: String
    var dateLabel: String
    var pageLabel: String
    var pageURL: String
    var resultsURL: String?
    var crop: CropView?
    var parts: [PartView]
}

struct ResultView { var url: String; var articleURL: String; var headlineHTML: String; var snippetHTML: String; var paper: String; var date: String; var pageLabel: String }
struct FacetItem { var label: String; var count: Int; var url: String; var selected: Bool }
struct FacetView { var name: String; var items: [FacetItem] }

struct SearchView {
    var title: String
    var query: String?
    var from: String?
    var to: String?
    var paper: String?
    var pageFilter: String?
    var byRank: Bool
    var problem: String? = nil
    var answered = false
    var start = 1
    var totalLabel = ""
    var filtersLabel: String? = nil
    var clearURL = ""
    var results: [ResultView] = []
    var facets: [FacetView] = []
    var previousURL: String? = nil
    var nextURL: String? = nil
}

struct ErrorView {
    var title: String
    var query: String? = nil
    var heading: String
    var message: String
}
