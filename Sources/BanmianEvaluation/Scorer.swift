/// Scores a system's articles for one page against the gold, as counts that add up over pages.
public struct Counts: Sendable, Codable, Equatable {
    public var pages = 0
    public var goldParagraphs = 0, predictedParagraphs = 0, matchedParagraphs = 0
    public var goldPairs = 0, predictedPairs = 0, matchedPairs = 0
    public var headlines = 0, headlinesRight = 0
    public var kickers = 0, kickersRight = 0
    public var subtitles = 0, subtitlesRight = 0
    public var goldNames = 0, predictedNames = 0, matchedNames = 0
    public var continuations = 0, continuationsRight = 0
    public var articles = 0
    public var editDistanceSum = 0.0
    /// Stories joined across an issue's pages (`StoryScorer`): gold stories, stories found, and found stories whose
    /// parts are exactly a gold story's.
    public var goldStories = 0, predictedStories = 0, storiesRight = 0
    /// Teasers whose target is an article of the corpus, and those Banmian links to it.
    public var goldTeasers = 0, teasersRight = 0
    /// Pages whose gold says what their issue is, and those whose issue (as `IssueAssembler` groups the pages)
    /// has the right paper, date and number, and whose own page name is right.
    public var issuePages = 0, papersRight = 0, datesRight = 0, numbersRight = 0, pageNamesRight = 0
    /// Scans read by OCR: characters of the pages' text layers, and the recognized text's errors against them.
    public var truthCharacters = 0, characterErrors = 0
    /// The same on the pages printed in Chinese only.
    public var chineseCharacters = 0, chineseCharacterErrors = 0

    public init() {}

    public mutating func add(_ other: Counts) {
        pages += other.pages
        goldParagraphs += other.goldParagraphs; predictedParagraphs += other.predictedParagraphs
        matchedParagraphs += other.matchedParagraphs
        goldPairs += other.goldPairs; predictedPairs += other.predictedPairs; matchedPairs += other.matchedPairs
        headlines += other.headlines; headlinesRight += other.headlinesRight
        kickers += other.kickers; kickersRight += other.kickersRight
        subtitles += other.subtitles; subtitlesRight += other.subtitlesRight
        goldNames += other.goldNames; predictedNames += other.predictedNames; matchedNames += other.matchedNames
        continuations += other.continuations; continuationsRight += other.continuationsRight
        articles += other.articles; editDistanceSum += other.editDistanceSum
        truthCharacters += other.truthCharacters; characterErrors += other.characterErrors
        chineseCharacters += other.chineseCharacters; chineseCharacterErrors += other.chineseCharacterErrors
        addIssues(other)
    }

    /// Adds the stories, teasers and issue furniture of `other` (an issue's pages scored together).
    mutating func addIssues(_ other: Counts) {
        goldStories += other.goldStories; predictedStories += other.predictedStories; storiesRight += other.storiesRight
        goldTeasers += other.goldTeasers; teasersRight += other.teasersRight
        issuePages += other.issuePages; papersRight += other.papersRight; datesRight += other.datesRight
        numbersRight += other.numbersRight; pageNamesRight += other.pageNamesRight
    }

    static func ratio(_ a: Int, _ b: Int) -> Double { b == 0 ? 1 : Double(a) / Double(b) }
    static func f1(_ p: Double, _ r: Double) -> Double { p + r == 0 ? 0 : 2 * p * r / (p + r) }

    /// The metrics, all in 0…1; higher is better except `editDistance`.
    public var metrics: Metrics {
        let pairP = Self.ratio(matchedPairs, predictedPairs), pairR = Self.ratio(matchedPairs, goldPairs)
        let nameP = Self.ratio(matchedNames, predictedNames), nameR = Self.ratio(matchedNames, goldNames)
        return Metrics(
            paragraphPrecision: Self.ratio(matchedParagraphs, predictedParagraphs), paragraphRecall: Self.ratio(matchedParagraphs, goldParagraphs),
            groupingF1: Self.f1(pairP, pairR), headline: Self.ratio(headlinesRight, headlines), kicker: Self.ratio(kickersRight, kickers),
            subtitle: Self.ratio(subtitlesRight, subtitles), bylineF1: Self.f1(nameP, nameR),
            continuation: Self.ratio(continuationsRight, continuations), editDistance: articles == 0 ? 0 : editDistanceSum / Double(articles),
            storyPrecision: Self.ratio(storiesRight, predictedStories), storyRecall: Self.ratio(storiesRight, goldStories),
            teaser: Self.ratio(teasersRight, goldTeasers), paper: Self.ratio(papersRight, issuePages),
            date: Self.ratio(datesRight, issuePages), issueNumber: Self.ratio(numbersRight, issuePages),
            pageName: Self.ratio(pageNamesRight, issuePages),
            characterErrorRate: truthCharacters == 0 ? 0 : Double(characterErrors) / Double(truthCharacters),
            chineseCharacterErrorRate: chineseCharacters == 0 ? 0 : Double(chineseCharacterErrors) / Double(chineseCharacters))
    }
}

/// Scores as reported: see BENCHMARKS.md for what each means.
public struct Metrics: Sendable, Codable, Equatable {
    public var paragraphPrecision: Double
    public var paragraphRecall: Double
    public var groupingF1: Double
    public var headline: Double
    public var kicker: Double
    public var subtitle: Double
    public var bylineF1: Double
    public var continuation: Double
    /// Mean normalized character edit distance of each gold article's text to its matched article (lower is better).
    public var editDistance: Double
    /// Stories found whose parts are exactly a gold story's, of all stories found (Banmian only; 1 without any).
    public var storyPrecision: Double = 1
    /// Gold stories found exactly, of all gold stories whose parts are all in the corpus.
    public var storyRecall: Double = 1
    /// Teasers linked to the article they announce, of the teasers whose article is in the corpus.
    public var teaser: Double = 1
    /// Pages whose issue has the paper, the date, the issue number printed (or none where none is printed), and
    /// pages with their own page name (or none where none is printed), of the pages whose gold says.
    public var paper: Double = 1
    public var date: Double = 1
    public var issueNumber: Double = 1
    public var pageName: Double = 1
    /// Scans only: the OCR's character errors per character of the page's text (lower is better; 0 elsewhere).
    public var characterErrorRate: Double = 0
    /// The same on the pages printed in Chinese only.
    public var chineseCharacterErrorRate: Double = 0

    nonisolated(unsafe) public static let names: [(String, KeyPath<Metrics, Double>)] = [
        ("paragraph P", \.paragraphPrecision), ("paragraph R", \.paragraphRecall), ("grouping F1", \.groupingF1),
        ("headline", \.headline), ("kicker", \.kicker), ("subtitle", \.subtitle), ("byline F1", \.bylineF1),
        ("continuation", \.continuation), ("edit distance ↓", \.editDistance),
    ]
}

public enum Scorer {
    /// `tolerance`: for text read by OCR, the share of characters (NFKC-folded, white space left out) a
    /// paragraph, headline, kicker or subtitle may have wrong and still be the gold one; 0 asks for exact text.
    public static func score(gold: [ScoredArticle], predicted: [ScoredArticle], tolerance: Double = 0) -> Counts {
        var counts = Counts()
        counts.pages = 1
        // Paragraphs: exact text (or within the tolerance), matched one to one.
        counts.goldParagraphs = gold.reduce(0) { $0 + $1.paragraphs.count }
        counts.predictedParagraphs = predicted.reduce(0) { $0 + $1.paragraphs.count }
        let cells = tolerance > 0 ? nearParagraphCells(gold: gold, predicted: predicted, tolerance: tolerance) : paragraphCells(gold: gold, predicted: predicted)
        counts.matchedParagraphs = cells.values.reduce(0) { $0 + $1.values.reduce(0, +) }
        // Grouping: pairs of paragraphs in one article. Gold pairs count all gold paragraphs, predicted pairs all
        // predicted ones; a pair is right when both paragraphs were found and share both articles.
        func pairs(_ n: Int) -> Int { n * (n - 1) / 2 }
        counts.goldPairs = gold.reduce(0) { $0 + pairs($1.paragraphs.count) }
        counts.predictedPairs = predicted.reduce(0) { $0 + pairs($1.paragraphs.count) }
        for (_, row) in cells { for (_, n) in row { counts.matchedPairs += pairs(n) } }
        // Articles: each gold article against the predicted article holding most of its paragraphs, else its text.
        var matched = Set<Int>()
        for (goldIndex, article) in gold.enumerated() {
            let match = self.match(goldIndex, cells: cells, gold: gold, predicted: predicted)
            if let match { matched.insert(match) }
            let other = match.map { predicted[$0] }
            counts.articles += 1
            counts.editDistanceSum += other.map { EditDistance.normalized(article.text, $0.text) } ?? 1
            func field(_ gold: String?, _ found: String?, _ total: inout Int, _ right: inout Int) {
                guard gold != nil || found != nil else { return }
                total += 1
                if gold == found || (tolerance > 0 && gold != nil && found != nil && Self.near(gold ?? "", found ?? "", tolerance: tolerance)) { right += 1 }
            }
            field(article.headline, other?.headline, &counts.headlines, &counts.headlinesRight)
            field(article.kicker, other?.kicker, &counts.kickers, &counts.kickersRight)
            field(article.subtitle, other?.subtitle, &counts.subtitles, &counts.subtitlesRight)
            let goldNames = Set(article.names), foundNames = Set(other?.names ?? [])
            counts.goldNames += goldNames.count
            counts.predictedNames += foundNames.count
            counts.matchedNames += goldNames.intersection(foundNames).count
            if article.continuedOn != nil || article.continuedFrom != nil {
                counts.continuations += 1
                if other?.continuedOn == article.continuedOn && other?.continuedFrom == article.continuedFrom { counts.continuationsRight += 1 }
            }
        }
        // Predicted names in no matched article still count against precision.
        counts.predictedNames += predicted.indices.filter { !matched.contains($0) }.reduce(0) { $0 + Set(predicted[$1].names).count }
        return counts
    }

    /// For each gold article, the predicted article it is scored against (`match`), or nil.
    public static func matches(gold: [ScoredArticle], predicted: [ScoredArticle]) -> [Int?] {
        let cells = paragraphCells(gold: gold, predicted: predicted)
        return gold.indices.map { match($0, cells: cells, gold: gold, predicted: predicted) }
    }

    /// Paragraphs matched by exact text, one to one: gold article → predicted article → how many.
    static func paragraphCells(gold: [ScoredArticle], predicted: [ScoredArticle]) -> [Int: [Int: Int]] {
        var available: [String: [Int]] = [:]  // paragraph text → predicted article indexes still unmatched
        for (index, article) in predicted.enumerated() { for paragraph in article.paragraphs { available[paragraph, default: []].append(index) } }
        var cells: [Int: [Int: Int]] = [:]
        for (goldIndex, article) in gold.enumerated() {
            for paragraph in article.paragraphs {
                guard var slots = available[paragraph], !slots.isEmpty else { continue }
                let predictedIndex = slots.removeFirst()
                available[paragraph] = slots
                cells[goldIndex, default: [:]][predictedIndex, default: 0] += 1
            }
        }
        return cells
    }

    /// Paragraphs matched within `tolerance` (`score`), one to one, each gold paragraph to the nearest predicted
    /// one still free.
    static func nearParagraphCells(gold: [ScoredArticle], predicted: [ScoredArticle], tolerance: Double) -> [Int: [Int: Int]] {
        var free = predicted.enumerated().flatMap { index, article in article.paragraphs.map { (article: index, text: folded($0)) } }
        var taken = Array(repeating: false, count: free.count)
        var cells: [Int: [Int: Int]] = [:]
        for (goldIndex, article) in gold.enumerated() {
            for paragraph in article.paragraphs {
                let text = folded(paragraph)
                var best: (distance: Double, slot: Int)?
                for slot in free.indices where !taken[slot] {
                    let longest = max(text.count, free[slot].text.count)
                    guard longest > 0, Double(abs(text.count - free[slot].text.count)) <= tolerance * Double(longest) else { continue }
                    let distance = Double(EditDistance.distance(text, free[slot].text)) / Double(longest)
                    if distance <= tolerance, distance < (best?.distance ?? .infinity) { best = (distance, slot) }
                    if distance == 0 { break }
                }
                guard let best else { continue }
                taken[best.slot] = true
                cells[goldIndex, default: [:]][free[best.slot].article, default: 0] += 1
            }
        }
        free.removeAll()
        return cells
    }

    /// Whether two texts differ in at most `tolerance` of their characters (folded).
    static func near(_ a: String, _ b: String, tolerance: Double) -> Bool {
        let (x, y) = (folded(a), folded(b))
        let longest = max(x.count, y.count)
        return longest == 0 || Double(EditDistance.distance(x, y)) <= tolerance * Double(longest)
    }

    /// NFKC-folded code points without white space: what OCR is judged on.
    static func folded(_ text: String) -> [UInt32] {
        text.precomposedStringWithCompatibilityMapping.unicodeScalars.filter { !$0.properties.isWhitespace }.map(\.value)
    }

    /// A gold article's match: the predicted article holding most of its paragraphs, else the one sharing most of
    /// its text.
    static func match(_ goldIndex: Int, cells: [Int: [Int: Int]], gold: [ScoredArticle], predicted: [ScoredArticle]) -> Int? {
        cells[goldIndex].flatMap { row in row.max { ($0.value, -$0.key) < ($1.value, -$1.key) }?.key } ?? bestByText(gold[goldIndex], predicted)
    }

    /// The predicted article sharing most of a gold article's character pairs (at least 30 %).
    static func bestByText(_ article: ScoredArticle, _ predicted: [ScoredArticle]) -> Int? {
        let gold = pairs(article.text)
        guard !gold.isEmpty else { return nil }
        var best: (Double, Int)?
        for (index, other) in predicted.enumerated() {
            let share = Double(gold.intersection(pairs(other.text)).count) / Double(gold.count)
            if share >= 0.3, share > (best?.0 ?? 0) { best = (share, index) }
        }
        return best?.1
    }

    static func pairs(_ text: String) -> Set<UInt64> {
        var result = Set<UInt64>()
        var previous: UInt32?
        for scalar in text.unicodeScalars where !scalar.properties.isWhitespace {
            if let previous { result.insert(UInt64(previous) << 32 | UInt64(scalar.value)) }
            previous = scalar.value
        }
        return result
    }
}

/// Character edit distance (Levenshtein) normalized by the longer text, as OmniDocBench reports it.
public enum EditDistance {
    public static func normalized(_ a: String, _ b: String) -> Double {
        let x = Array(a.unicodeScalars.map(\.value)), y = Array(b.unicodeScalars.map(\.value))
        let longest = max(x.count, y.count)
        guard longest > 0 else { return 0 }
        return Double(distance(x, y)) / Double(longest)
    }

    static func distance(_ a: [UInt32], _ b: [UInt32]) -> Int {
        let (long, short) = a.count >= b.count ? (a, b) : (b, a)
        if short.isEmpty { return long.count }
        var previous = [Int32](0...Int32(short.count))
        var current = [Int32](repeating: 0, count: short.count + 1)
        for i in 1...long.count {
            current[0] = Int32(i)
            let character = long[i - 1]
            for j in 1...short.count {
                let substitution = previous[j - 1] + (short[j - 1] == character ? 0 : 1)
                current[j] = min(substitution, min(previous[j], current[j - 1]) + 1)
            }
            swap(&previous, &current)
        }
        return Int(previous[short.count])
    }
}
