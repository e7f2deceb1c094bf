import Mustache

// What the templates can read of each view, by name: a key path per property, so that Mustache finds a value by a
// dictionary lookup instead of reflecting the value for every name of every row (most of a page's cost, measured).
// Key paths are immutable once made, hence `nonisolated(unsafe)`. A property a template reads but the list lacks
// stops a debug build (every test of the reader's pages) at once.

extension LinkItem: TemplateFields {
    nonisolated(unsafe) static let fields: [String: PartialKeyPath<Self>] = ["url": \.url, "label": \.label]
}

extension PaperItem: TemplateFields {
    nonisolated(unsafe) static let fields: [String: PartialKeyPath<Self>] = ["name": \.name, "url": \.url, "issues": \.issues, "first": \.first, "last": \.last]
}

extension IssueItem: TemplateFields {
    nonisolated(unsafe) static let fields: [String: PartialKeyPath<Self>] = ["url": \.url, "paper": \.paper, "dateLabel": \.dateLabel]
}

extension HomeView: TemplateFields {
    nonisolated(unsafe) static let fields: [String: PartialKeyPath<Self>] = ["title": \.title, "query": \.query, "papers": \.papers, "latest": \.latest, "hasLatest": \.hasLatest]
}

extension YearLink: TemplateFields {
    nonisolated(unsafe) static let fields: [String: PartialKeyPath<Self>] = ["year": \.year, "url": \.url, "current": \.current]
}

extension MonthView: TemplateFields {
    nonisolated(unsafe) static let fields: [String: PartialKeyPath<Self>] = ["label": \.label, "weeks": \.weeks]
}

extension MonthView.Day: TemplateFields {
    nonisolated(unsafe) static let fields: [String: PartialKeyPath<Self>] = ["day": \.day, "url": \.url]
}

extension MonthView.Week: TemplateFields {
    nonisolated(unsafe) static let fields: [String: PartialKeyPath<Self>] = ["days": \.days]
}

extension PaperView: TemplateFields {
    nonisolated(unsafe) static let fields: [String: PartialKeyPath<Self>] = ["title": \.title, "query": \.query, "name": \.name, "years": \.years, "months": \.months]
}

extension PageItem: TemplateFields {
    nonisolated(unsafe) static let fields: [String: PartialKeyPath<Self>] = ["url": \.url, "label": \.label, "thumbnail": \.thumbnail]
}

extension StoryItem: TemplateFields {
    nonisolated(unsafe) static let fields: [String: PartialKeyPath<Self>] = ["url": \.url, "headline": \.headline, "parts": \.parts]
}

extension TeaserItem: TemplateFields {
    nonisolated(unsafe) static let fields: [String: PartialKeyPath<Self>] = ["text": \.text, "url": \.url]
}

extension IssueView: TemplateFields {
    nonisolated(unsafe) static let fields: [String: PartialKeyPath<Self>] = ["title": \.title, "query": \.query, "paper": \.paper, "paperURL": \.paperURL, "dateLabel": \.dateLabel, "number": \.number, "pages": \.pages, "stories": \.stories, "hasStories": \.hasStories, "teasers": \.teasers, "hasTeasers": \.hasTeasers]
}

extension TabItem: TemplateFields {
    nonisolated(unsafe) static let fields: [String: PartialKeyPath<Self>] = ["url": \.url, "label": \.label, "current": \.current]
}

extension ArticleItem: TemplateFields {
    nonisolated(unsafe) static let fields: [String: PartialKeyPath<Self>] = ["id": \.id, "url": \.url, "headline": \.headline, "hit": \.hit]
}

extension ZoneView: TemplateFields {
    nonisolated(unsafe) static let fields: [String: PartialKeyPath<Self>] = ["url": \.url, "article": \.article, "headline": \.headline, "left": \.left, "top": \.top, "width": \.width, "height": \.height, "hit": \.hit]
}

extension SheetView: TemplateFields {
    nonisolated(unsafe) static let fields: [String: PartialKeyPath<Self>] = ["ratio": \.ratio, "image": \.image, "label": \.label, "zones": \.zones]
}

extension HitView: TemplateFields {
    nonisolated(unsafe) static let fields: [String: PartialKeyPath<Self>] = ["url": \.url, "headlineHTML": \.headlineHTML, "paragraphs": \.paragraphs]
}

extension PageView: TemplateFields {
    nonisolated(unsafe) static let fields: [String: PartialKeyPath<Self>] = ["title": \.title, "query": \.query, "paper": \.paper, "paperURL": \.paperURL, "issueURL": \.issueURL, "dateLabel": \.dateLabel, "label": \.label, "resultsURL": \.resultsURL, "pages": \.pages, "sheet": \.sheet, "hit": \.hit, "articles": \.articles, "previous": \.previous, "next": \.next]
}

extension CropView: TemplateFields {
    nonisolated(unsafe) static let fields: [String: PartialKeyPath<Self>] = ["image": \.image, "ratio": \.ratio, "size": \.size, "position": \.position]
}

extension PartView: TemplateFields {
    nonisolated(unsafe) static let fields: [String: PartialKeyPath<Self>] = ["id": \.id, "current": \.current, "first": \.first, "pageLabel": \.pageLabel, "pageURL": \.pageURL, "kickerHTML": \.kickerHTML, "headlineHTML": \.headlineHTML, "subtitleHTML": \.subtitleHTML, "bylines": \.bylines, "datelineHTML": \.datelineHTML, "sections": \.sections, "captions": \.captions, "continuedOn": \.continuedOn]
}

extension PartView.SectionView: TemplateFields {
    nonisolated(unsafe) static let fields: [String: PartialKeyPath<Self>] = ["headingHTML": \.headingHTML, "paragraphs": \.paragraphs]
}

extension ArticleView: TemplateFields {
    nonisolated(unsafe) static let fields: [String: PartialKeyPath<Self>] = ["title": \.title, "query": \.query, "paper": \.paper, "paperURL": \.paperURL, "issueURL": \.issueURL, "dateLabel": \.dateLabel, "pageLabel": \.pageLabel, "pageURL": \.pageURL, "resultsURL": \.resultsURL, "crop": \.crop, "parts": \.parts]
}

extension ResultView: TemplateFields {
    nonisolated(unsafe) static let fields: [String: PartialKeyPath<Self>] = ["url": \.url, "articleURL": \.articleURL, "headlineHTML": \.headlineHTML, "snippetHTML": \.snippetHTML, "paper": \.paper, "date": \.date, "pageLabel": \.pageLabel]
}

extension FacetItem: TemplateFields {
    nonisolated(unsafe) static let fields: [String: PartialKeyPath<Self>] = ["label": \.label, "count": \.count, "url": \.url, "selected": \.selected]
}

extension FacetView: TemplateFields {
    nonisolated(unsafe) static let fields: [String: PartialKeyPath<Self>] = ["name": \.name, "items": \.items]
}

extension SearchView: TemplateFields {
    nonisolated(unsafe) static let fields: [String: PartialKeyPath<Self>] = ["title": \.title, "query": \.query, "from": \.from, "to": \.to, "paper": \.paper, "pageFilter": \.pageFilter, "byRank": \.byRank, "problem": \.problem, "answered": \.answered, "start": \.start, "totalLabel": \.totalLabel, "filtersLabel": \.filtersLabel, "clearURL": \.clearURL, "results": \.results, "facets": \.facets, "previousURL": \.previousURL, "nextURL": \.nextURL]
}

extension ErrorView: TemplateFields {
    nonisolated(unsafe) static let fields: [String: PartialKeyPath<Self>] = ["title": \.title, "query": \.query, "heading": \.heading, "message": \.message]
}
/// A view whose properties the templates read through `fields`.
protocol TemplateFields: MustacheParent {
    static var fields: [String: PartialKeyPath<Self>] { get }
}

extension TemplateFields {
    func child(named name: String) -> Any? {
        guard let path = Self.fields[name] else {
            assert(!Mirror(reflecting: self).children.contains { $0.label == name }, "\(Self.self).fields lacks \(name)")
            return nil
        }
        let value = self[keyPath: path]
        // An optional's value, or nothing: Mustache treats nil as a missing (false) value.
        if let optional = value as? any OptionalValue { return optional.wrapped }
        return value
    }
}

/// What an optional holds, seen through `Any`.
protocol OptionalValue {
    var wrapped: Any? { get }
}

extension Optional: OptionalValue {
    var wrapped: Any? { map { $0 as Any } }
}
