/// Whether a page looks like the layouts the rules know, judged from what its assembly gave: most of its
/// articles doubtful, or much of its text placed in none. A user with a million pages checks those first.
enum PageFamiliarity {
    static let placedElsewhere: Set<BlockRole> = [.pageFurniture, .teaser, .advertisement, .finePrint, .offPage]

    /// Unfamiliar when `LayoutSettings.unfamiliarDoubtfulShare` of its articles are doubtful or
    /// `unfamiliarUnplacedShare` of its text is in none.
    static func diagnostic(for result: PageResult, settings: LayoutSettings) -> Diagnostic? {
        let doubtful = result.articles.filter { !$0.doubts.isEmpty }
        let letters = { (text: String) in text.unicodeScalars.filter(TextAccounting.isLetter).count }
        let articleLetters = result.articles.reduce(0) { $0 + $1.paragraphs.reduce(0) { $0 + letters($1) } }
        let unplaced = result.unassigned.filter { !placedElsewhere.contains($0.role) }.reduce(0) { $0 + letters($1.text) }
        let total = articleLetters + unplaced
        let manyDoubtful = doubtful.count >= 2 && Double(doubtful.count) >= Double(result.articles.count) * settings.unfamiliarDoubtfulShare
        let muchUnplaced = total > 0 && Double(unplaced) >= Double(total) * settings.unfamiliarUnplacedShare
        guard manyDoubtful || muchUnplaced else { return nil }
        var reasons: [String] = []
        if manyDoubtful {
            let counts = ArticleDoubt.allCases.compactMap { doubt -> String? in
                let count = doubtful.filter { $0.doubts.contains(doubt) }.count
                return count == 0 ? nil : "\(count) \(doubt.rawValue)"
            }
            reasons.append("\(doubtful.count) of its \(result.articles.count) articles are doubtful (\(counts.joined(separator: ", ")))")
        }
        if muchUnplaced { reasons.append("\(unplaced * 100 / total) % of its text is in no article") }
        return Diagnostic(
            code: .unfamiliarLayout, severity: .warning,
            message: "\(result.source): the page looks unlike the layouts Banmian knows: \(reasons.joined(separator: "; ")). Check its articles (banmian render draws them on the page; the lowest confidence first)")
    }
}
