/// What one line is by itself, before its neighbours are looked at.
enum LineKind: Equatable {
    case blank
    case furniture
    case byline([Byline])
    /// A line that is nothing but a continuation marker.
    case jump
    case subtitle
    case caption
    case teaser
    /// Body text or a headline: decided with the neighbouring lines.
    case text
}
