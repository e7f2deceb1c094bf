/// What a line or block of a page is. A closed set: no role stands in for another.
public enum BlockRole: String, Sendable, Codable, Equatable, Hashable, CaseIterable {
    /// 引题: the small line above a headline.
    case kicker
    /// 主题: the main headline.
    case headline
    /// 副题: the line under a headline, usually after a dash.
    case subtitle
    /// 小标题: a section heading inside an article.
    case subhead
    /// Reporter credits: `□记者 刘腾 报道`, `By JANE DOE`.
    case byline
    /// A dateline printed on a line of its own (`本报讯`); inline datelines stay in their paragraph.
    case dateline
    /// Article text.
    case body
    /// A continuation marker on a line of its own: `（下转第二版）`, `（上接第一版）`.
    case jump
    /// Text under a photo: `图为…`, `▲…`, `（记者 张三 摄）`.
    case caption
    /// 导读: a headline on a front page pointing to another page, with no body here.
    case teaser
    /// Newspaper name, date, page number and name, editor credits.
    case pageFurniture
    /// An advertisement or notice set in a frame (`公益广告`, `更正启事`): kept out of the articles.
    case advertisement
    /// Type too small to be running text (labels of a map or chart, microprint): kept out of the articles.
    case finePrint
    /// Text outside the page's media box (printer's marks, notes beyond the trim): kept out of the articles.
    case offPage
}
