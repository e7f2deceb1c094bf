/// Puts the pages of one run together into issues: pages grouped by paper and date, stories joined across
/// pages at their jumps, teasers linked to the articles they announce. A pure stage after page assembly.
///
/// 1. **Issues.** Each page's masthead and header (`Masthead`) give its paper and date; pages that print none
///    take those of the page before them in the run (a page 2 printing only its name belongs to the front page
///    before it). `paper`/`date` given by the caller win over what the pages print.
/// 2. **Stories.** Every part that ends in a jump to page X (`（下转第二版）`) is matched to a part on page X that
///    says it is continued from the jump's page (`（上接第一版）`) by evidence: the words the two parts share that
///    their rivals (the other jumps to that page, the other continuations from this one) lack, the
///    continuation's headline repeating the first part's, and only to break a tie the order of the jumps and
///    continuations on their pages (pages do not always set them in the same order). Parts matched in
///    turn form chains over three pages or more. A jump whose page is not in the run, or that no continuation
///    answers, and a continuation no jump answers, are diagnostics (`jumpWithoutContinuation`,
///    `continuationWithoutSource`), never dropped silently.
/// 3. **Teasers.** A teaser's page reference (`详见第4版`) names the page; the article there whose headline,
///    kicker and subtitle hold most of the teaser's words is its target, else the one whose text opens with them
///    (a headline read into the text). A page of text read after the teasers that name its headlines is
///    assembled again when one of them heads no article there (`IssueCollector.add`): the teaser says the line
///    is an article's headline, not a subhead, where the text alone cannot tell.
public struct IssueAssembler: Sendable {
    public var settings: LayoutSettings
    public var table: MarkerTable

    public init(settings: LayoutSettings = LayoutSettings(), table: MarkerTable = .chinese) {
        self.settings = settings
        self.table = table
    }

    /// What the stage needs of a page: small enough to keep for every page of a long run.
    public struct PageSummary: Sendable, Equatable {
        public var source: String
        public var number: Int?
        public var masthead: Masthead
        public var teasers: [String]
        public var articles: [ArticleSummary]

        public init(source: String, number: Int?, masthead: Masthead = Masthead(), teasers: [String] = [], articles: [ArticleSummary]) {
            self.source = source
            self.number = number
            self.masthead = masthead
            self.teasers = teasers
            self.articles = articles
        }

        /// `textReach`: how much of an article's text is kept (all of it for a story part, whose words join it).
        public init(_ page: PageResult, table: MarkerTable = .chinese, textReach: Int = LayoutSettings().teaserTextReach) {
            source = page.source
            number = page.number
            let furniture = page.unassigned.filter { $0.role == .pageFurniture }.map(\.text)
            masthead = Masthead(furniture: furniture, pageNumber: page.number, table: table)
            teasers = page.unassigned.filter { $0.role == .teaser }.map(\.text)
            articles = page.articles.map { ArticleSummary($0, textReach: textReach) }
        }
    }

    /// An article as the stage reads it: its id, headings, jumps and the words of its text.
    public struct ArticleSummary: Sendable, Equatable {
        public var id: String
        public var headline: String?
        public var heading: String
        public var continuedOn: Int?
        public var continuedFrom: Int?
        /// The article's text, headings first (for shared words).
        public var text: String
        /// Where the article starts and ends in its page's reading order (line numbers).
        public var firstLine = 0
        public var lastLine = 0
        /// Latin-script text that opens in the middle of a sentence (its first word in small letters) or leaves
        /// its last sentence unfinished (its last word in small letters, or a comma, semicolon or hyphen after
        /// it): the ends of a text a page's foot cut (`RunOnText`).
        public var opensMidSentence = false
        public var endsMidSentence = false

        public init(id: String, headline: String?, continuedOn: Int? = nil, continuedFrom: Int? = nil, paragraphs: [String], lines: ClosedRange<Int> = 0...0) {
            self.id = id
            self.headline = headline
            heading = headline ?? ""
            self.continuedOn = continuedOn
            self.continuedFrom = continuedFrom
            text = ([heading] + paragraphs).joined(separator: "\n")
            (firstLine, lastLine) = (lines.lowerBound, lines.upperBound)
            (opensMidSentence, endsMidSentence) = RunOnText.cut(paragraphs)
        }

        /// Keeps the whole text of a story part, the first `textReach` characters of an article without headings,
        /// only the headings of any other: a long run keeps little of each page.
        public init(_ article: Article, textReach: Int = LayoutSettings().teaserTextReach) {
            id = article.id
            headline = article.headline
            heading = [article.kicker, article.headline, article.subtitle].compactMap { $0 }.joined(separator: " ")
            continuedOn = article.continuedOn?.number
            continuedFrom = article.continuedFrom?.number
            (firstLine, lastLine) = (article.span.firstLine, article.span.lastLine)
            (opensMidSentence, endsMidSentence) = RunOnText.cut(article.paragraphs)
            let whole = ([heading] + article.paragraphs).joined(separator: "\n")
            // A teaser looks at an article's text only where its headings are missing.
            text = continuedOn != nil || continuedFrom != nil ? whole : heading.isEmpty ? String(whole.prefix(1 + textReach)) : heading
        }
    }

    /// The issues of a run, in the order their first pages came; each says what of it could not be joined.
    public func assemble(_ pages: [PageSummary], paper: String? = nil, date: String? = nil) -> [Issue] {
        var collector = IssueCollector(assembler: self, paper: paper, date: date)
        for page in pages { collector.add(page) }
        return collector.finish()
    }

    /// The issue of pages that belong together (`IssueCollector` groups them), its paper and date those of its
    /// pages (or the caller's).
    func issue(_ pages: [PageSummary], id: String, paper: String?, date: String?) -> Issue {
        let (stories, diagnostics) = joinStories(pages)
        return Issue(
            id: id, paper: paper, date: date, number: pages.lazy.compactMap(\.masthead.number).first,
            pages: pages.map { IssuePage(number: $0.number, name: $0.masthead.pageName, source: $0.source) },
            stories: stories, teasers: linkTeasers(pages), diagnostics: diagnostics
        )
    }

    /// Two names of one length (three characters or more) that differ in at most a third of their characters
    /// (rounded up: two of four), never in the last two (`日报`, `晚报` stay apart): one name, read wrong once.
    static func isMisread(_ name: String, of other: String) -> Bool {
        let a = Array(name), b = Array(other)
        guard a.count == b.count, a.count >= 3, a.suffix(2) == b.suffix(2), a != b else { return false }
        let differing = zip(a, b).filter { $0 != $1 }.count
        return differing * 3 <= a.count + 2
    }

    /// A page with no paper or date of its own goes on the issue before it; otherwise both must agree.
    static func sameIssue(_ paper: String?, _ date: String?, _ otherPaper: String?, _ otherDate: String?) -> Bool {
        if let paper, let otherPaper, paper != otherPaper { return false }
        if let date, let otherDate, date != otherDate { return false }
        return true
    }

    // MARK: Stories

    /// A jump or a continuation: the article and where it stands.
    private struct End {
        var page: Int
        var article: Int
        var summary: ArticleSummary
    }

    func joinStories(_ pages: [PageSummary]) -> ([Story], [Diagnostic]) {
        var jumps: [End] = []
        var continuations: [End] = []
        for (pageIndex, page) in pages.enumerated() {
            for (articleIndex, article) in page.articles.enumerated() {
                if article.continuedOn != nil { jumps.append(End(page: pageIndex, article: articleIndex, summary: article)) }
                if article.continuedFrom != nil { continuations.append(End(page: pageIndex, article: articleIndex, summary: article)) }
            }
        }
        let numbers = pages.map(\.number)
        var next: [String: String] = [:]
        var diagnostics: [Diagnostic] = []
        var answered = Set<String>()
        // Jumps from one page to another and the continuations there that name the first page, matched by score.
        let pairs = Set(jumps.compactMap { jump in jump.summary.continuedOn.map { PagePair(from: numbers[jump.page], to: $0) } })
        for pair in pairs.sorted(by: { ($0.from ?? 0, $0.to) < ($1.from ?? 0, $1.to) }) {
            let from = jumps.filter { numbers[$0.page] == pair.from && $0.summary.continuedOn == pair.to }
            let to = continuations.filter { numbers[$0.page] == pair.to && $0.summary.continuedFrom == pair.from && numbers[$0.page] != numbers[from[0].page] }
            var candidates: [(score: Double, jump: Int, continuation: Int)] = []
            let jumpWords = Self.ownWords(from.map(\.summary.text)), continuationWords = Self.ownWords(to.map(\.summary.text))
            for (jumpRank, jump) in from.enumerated() {
                for (continuationRank, continuation) in to.enumerated() {
                    let shared = jumpWords[jumpRank].similarity(to: continuationWords[continuationRank])
                    candidates.append((score(jump.summary, continuation.summary, shared: shared, rankGap: abs(jumpRank - continuationRank)), jumpRank, continuationRank))
                }
            }
            var usedJumps = Set<Int>()
            var usedContinuations = Set<Int>()
            for candidate in candidates.sorted(by: { $0.score != $1.score ? $0.score > $1.score : ($0.jump, $0.continuation) < ($1.jump, $1.continuation) })
            where !usedJumps.contains(candidate.jump) && !usedContinuations.contains(candidate.continuation) {
                usedJumps.insert(candidate.jump)
                usedContinuations.insert(candidate.continuation)
                next[from[candidate.jump].summary.id] = to[candidate.continuation].summary.id
                answered.insert(to[candidate.continuation].summary.id)
            }
            for (rank, jump) in from.enumerated() where !usedJumps.contains(rank) {
                let inRun = numbers.contains(pair.to)
                diagnostics.append(Diagnostic(
                    code: .jumpWithoutContinuation, severity: .info,
                    message: "\(pages[jump.page].source): \(jump.summary.id) is continued on page \(pair.to)"
                        + (inRun ? ", but no part there says it is continued from page \(pair.from.map(String.init) ?? "?")" : ", which is not in this run")
                ))
            }
        }
        for continuation in continuations where !answered.contains(continuation.summary.id) {
            let source = continuation.summary.continuedFrom ?? 0
            let inRun = numbers.contains(source)
            diagnostics.append(Diagnostic(
                code: .continuationWithoutSource, severity: .info,
                message: "\(pages[continuation.page].source): \(continuation.summary.id) is continued from page \(source)"
                    + (inRun ? ", but no jump there leads to it" : ", which is not in this run")
            ))
        }
        for (from, to) in RunOnText.links(pages, linked: next) { next[from] = to }
        let summaries = Dictionary(pages.flatMap(\.articles).map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let order = pages.flatMap { $0.articles.map(\.id) }
        let stories = Self.chains(in: order, following: next).enumerated().map { index, parts in
            Story(id: "s\(index + 1)", headline: parts.lazy.compactMap { summaries[$0]?.headline }.first, parts: parts)
        }
        return (stories, diagnostics)
    }

    /// The chains the links make: one from every item (in `order`) that leads somewhere and that nothing leads
    /// to, followed link by link until it ends or comes round.
    public static func chains<Item: Hashable>(in order: [Item], following next: [Item: Item]) -> [[Item]] {
        let targets = Set(next.values)
        return order.filter { next[$0] != nil && !targets.contains($0) }.map { first in
            var parts = [first]
            var seen: Set<Item> = [first]
            while let following = next[parts[parts.count - 1]], !seen.contains(following) {
                parts.append(following)
                seen.insert(following)
            }
            return parts
        }
    }

    private struct PagePair: Hashable {
        var from: Int?
        var to: Int
    }

    /// How well a continuation answers a jump: the words they share (`shared`, 0…1: the continuation's text is the
    /// same story), a headline repeated, and the order of both on their pages.
    func score(_ jump: ArticleSummary, _ continuation: ArticleSummary, shared: Double, rankGap: Int) -> Double {
        let sameHeadline = continuation.headline != nil && continuation.headline == jump.headline ? 1.0 : 0.0
        return shared + sameHeadline - Double(rankGap) * settings.storyOrderPenalty
    }

    /// The words (character pairs) of each text that its rivals do not have: two jumps to one page share the words
    /// of any news text (我们, 发展, 一个) with every continuation there; what tells them apart is their own.
    static func ownWords(_ texts: [String]) -> [ContentMatch] {
        let matches = texts.map(ContentMatch.init)
        guard matches.count > 1 else { return matches }
        return matches.indices.map { index in
            let rivals = matches.indices.filter { $0 != index }.reduce(into: Set<UInt64>()) { $0.formUnion(matches[$1].keys) }
            let own = matches[index].keys.subtracting(rivals)
            return ContentMatch(keys: own.isEmpty ? matches[index].keys : own)
        }
    }

    // MARK: Teasers

    func linkTeasers(_ pages: [PageSummary]) -> [Teaser] {
        pages.flatMap { page in
            page.teasers.map { text in
                let targetPage = teaserPage(text)
                let target = targetPage.flatMap { number in pages.first { $0.number == number } }.flatMap { target in
                    let words = ContentMatch(teaserHeading(text))
                    // The headings first; where none holds the words (a headline read into its text), the text's start.
                    let best = { (of: (ArticleSummary) -> String) in
                        target.articles.map { (article: $0, coverage: words.coverage(in: ContentMatch(of($0)))) }.max { $0.coverage < $1.coverage }
                            .flatMap { $0.coverage >= settings.teaserMinimumOverlap ? $0.article.id : nil }
                    }
                    return best(\.heading) ?? best { $0.heading.isEmpty ? String($0.text.prefix(1 + settings.teaserTextReach)) : "" }
                }
                return Teaser(text: text, page: page.number, targetPage: targetPage, target: target)
            }
        }
    }

    /// The page a teaser points to: `详见第4版`, `（第5版）`.
    public func teaserPage(_ text: String) -> Int? {
        guard let match = table.teaserReference.firstMatch(in: text) else { return nil }
        return (match[1] ?? match[2]).flatMap(PageReference.init(label:))?.number
    }

    /// The teaser's words without its page reference.
    public func teaserHeading(_ text: String) -> String {
        guard let match = table.teaserReference.firstMatch(in: text) else { return text }
        var heading = text
        heading.removeSubrange(match.whole)
        return heading
    }
}

/// Groups the pages of a run into issues as they come: when a page opens another issue (another paper or date),
/// the issue before it is assembled and its pages let go, so a run of many issues keeps only the pages of the one
/// being read. `IssueAssembler.assemble` is this over all pages at once. A page of text given whole (`add(_:
/// table:)`) is assembled again where the teasers of the issue's pages before it name a headline it left without
/// an article of its own.
public struct IssueCollector: Sendable {
    public let assembler: IssueAssembler
    public private(set) var issues: [Issue] = []
    /// The paper and date the caller gives, over what the pages print.
    private let givenPaper: String?
    private let givenDate: String?
    private var current: [IssueAssembler.PageSummary] = []
    private var paper: String?
    private var date: String?
    private var usedIds: [String: Int] = [:]
    /// Issues begun so far in the run, and how often each page (`p2`) has come in the current one.
    private var issuesBegun = 0
    private var pagesSeen: [String: Int] = [:]

    public init(assembler: IssueAssembler = IssueAssembler(), paper: String? = nil, date: String? = nil) {
        self.assembler = assembler
        givenPaper = paper
        givenDate = date
    }

    public mutating func add(_ page: IssueAssembler.PageSummary) {
        join(page)
        current.append(page)
    }

    /// Adds a page read in the run and gives it back with article ids unique in the run's document: `p2-a3` in
    /// the run's first issue, `i2-p2-a3` in its second, `p2.2-a3` for a second page 2 of one issue (a page printed
    /// over two sheets, or pages without a number: `p0`). The same pages in the same order get the same ids.
    public mutating func add(_ result: PageResult, table: MarkerTable = .chinese) -> PageResult {
        var result = result
        var summary = IssueAssembler.PageSummary(result, table: table)
        join(summary)
        if let reread = readingAnnouncedHeadlines(result, table: table) {
            result = reread
            summary = IssueAssembler.PageSummary(result, table: table)
        }
        let page = "p\(result.number ?? 0)"
        let seen = pagesSeen[page, default: 0] + 1
        pagesSeen[page] = seen
        let prefix = (issuesBegun > 1 ? "i\(issuesBegun)-" : "") + page + (seen > 1 ? ".\(seen)" : "")
        var renamed = result
        if prefix != page {
            func renaming(_ id: String) -> String { prefix + (id.firstIndex(of: "-").map { String(id[$0...]) } ?? "-\(id)") }
            for index in renamed.articles.indices { renamed.articles[index].id = renaming(renamed.articles[index].id) }
            for index in summary.articles.indices { summary.articles[index].id = renaming(summary.articles[index].id) }
        }
        current.append(summary)
        return renamed
    }

    /// A page of text assembled again where the teasers of its issue's pages before it name a headline that
    /// heads no article there (read as a subhead in place, left without its text, or read as a block of text of
    /// its own: a narrow headline wrapped over several lines): each such headline heads an article of its own
    /// (`ArticleAssembler`'s `announced`); so is a page with a headline stack whose last lines a teaser quotes
    /// (`kickerSplit`). Nil when nothing changes, or for a page with geometry, whose headlines the type and the
    /// layout place.
    private func readingAnnouncedHeadlines(_ result: PageResult, table: MarkerTable) -> PageResult? {
        guard let number = result.number else { return nil }
        let headings = current.flatMap(\.teasers).filter { assembler.teaserPage($0) == number }
            .map { AssemblyState.unspaced(assembler.teaserHeading($0)) }.filter { $0.count >= 2 }
        guard !headings.isEmpty, result.size == nil, !result.blocks.contains(where: { $0.span.box != nil }) else { return nil }
        let headed = result.articles.map { AssemblyState.unspaced([$0.kicker, $0.headline].compactMap { $0 }.joined()) }
        let announced = Set(headings.filter { heading in !headed.contains { $0.hasSuffix(heading) } })
        var blocks: [Block] = []
        var kickersSplit = false
        var group = result.blocks.compactMap(\.group).max() ?? 0
        let reader = BlockReader(table: table, settings: assembler.settings, source: result.source)
        // The lines as the headline of a group of its own.
        func headlineOfItsOwn(_ lines: ArraySlice<TextLine>) -> Block {
            group += 1
            var headline = Block(role: .headline, lines: Array(lines), text: LineJoiner.join(lines.map(\.text)), source: result.source)
            headline.group = group
            return headline
        }
        for block in result.blocks {
            if block.role == .body, announced.contains(AssemblyState.unspaced(block.text)) {
                // A narrow headline wrapped over lines, read as a short text of its own.
                blocks.append(headlineOfItsOwn(block.lines[...]))
            } else if block.role == .body, let (kicker, cut) = announcedLines(in: block, announced: announced, reader: reader) {
                // A narrow headline wrapped over more lines than a headline is read in, run into the text around it.
                let headline = headlineOfItsOwn(block.lines[cut])
                let opening = kicker ?? cut.lowerBound
                if opening > 0 {
                    var before = reader.bodyPiece(Array(block.lines[..<opening]))
                    before.opensParagraph = before.opensParagraph || block.opensParagraph
                    blocks.append(before)
                }
                if let kicker {
                    var line = Block(role: .kicker, lines: [block.lines[kicker]], text: reader.trimmedKicker(block.lines[kicker].text), source: result.source)
                    line.group = headline.group
                    blocks.append(line)
                }
                blocks.append(headline)
                if cut.upperBound < block.lines.count {
                    var after = reader.bodyPiece(Array(block.lines[cut.upperBound...]))
                    after.opensParagraph = true
                    blocks.append(after)
                }
            } else if let split = kickerSplit(block, after: blocks.last, headings: headings, source: result.source) {
                blocks += split
                kickersSplit = true
            } else {
                blocks.append(block)
            }
        }
        guard !announced.isEmpty || kickersSplit else { return nil }
        return ArticleAssembler(settings: assembler.settings, table: table).reassembled(result, blocks: blocks, announced: announced)
    }

    /// The lines of a body block that are, joined, exactly the words of a headline a teaser announces, standing
    /// where a headline can: at the block's start or after a line that ends a sentence, or under one short line
    /// in words standing there (its kicker: `今日关注` over `海外华侨华人` / `社团出现新变` / `化`), with more text after
    /// or before them (a whole block is a headline of its own). The kicker's line, if any, and the headline's
    /// lines; nil when the block holds no such run.
    private func announcedLines(in block: Block, announced: Set<String>, reader: BlockReader) -> (kicker: Int?, headline: Range<Int>)? {
        let lines = block.lines
        guard lines.count >= 2 else { return nil }
        func opensHere(_ index: Int) -> Bool { index == 0 || reader.endsSentence(lines[index - 1].text) }
        func isKicker(_ index: Int) -> Bool {
            let text = lines[index].text
            return opensHere(index) && text.count <= reader.settings.kickerMaximumCharacters && text.contains(where: \.isLetter)
                && reader.classifier.bodyPunctuationCount(text) == 0 && !reader.endsSentence(text)
        }
        for start in lines.indices {
            let kicker: Int? = opensHere(start) ? nil : (start > 0 && isKicker(start - 1) ? start - 1 : nil)
            guard opensHere(start) || kicker != nil else { continue }
            var words = ""
            for end in (start + 1)...lines.count {
                words += AssemblyState.unspaced(lines[end - 1].text)
                guard announced.contains(where: { $0.hasPrefix(words) }) else { break }
                if announced.contains(words), (kicker ?? start) > 0 || end < lines.count { return (kicker, start..<end) }
            }
        }
        return nil
    }

    /// A headline block whose first lines are followed by exactly a teaser's words (`岁末年初访农家` /
    /// `酒广告管理须规范`, the teaser `酒广告管理须规范　详见第4版`): the teaser quotes the headline, so the lines over
    /// it, in words, are its kicker, as type sizes would have shown. The kicker and headline blocks; nil when the
    /// block is no such stack, or its group has its kicker already (`previous`, the block before it).
    private func kickerSplit(_ block: Block, after previous: Block?, headings: [String], source: String) -> [Block]? {
        guard block.role == .headline, block.lines.count >= 2, previous.map({ $0.role == .kicker && $0.group == block.group }) != true
        else { return nil }
        let whole = AssemblyState.unspaced(block.lines.map(\.text).joined())
        guard let heading = headings.first(where: { whole.count > $0.count && whole.hasSuffix($0) }),
            let cut = (1..<block.lines.count).first(where: { AssemblyState.unspaced(block.lines[$0...].map(\.text).joined()) == heading })
        else { return nil }
        let kickerLines = Array(block.lines[..<cut])
        // Words, not a contact line or a serial number the extractor ran into the stack (`订购电话：021-3735412`).
        guard kickerLines.allSatisfy({ line in line.text.contains(where: \.isLetter) && !line.text.contains(where: { $0.isASCII && $0.isNumber }) })
        else { return nil }
        var kicker = Block(role: .kicker, lines: kickerLines, text: LineJoiner.join(kickerLines.map(\.text)), source: source)
        var headline = Block(role: .headline, lines: Array(block.lines[cut...]), text: LineJoiner.join(block.lines[cut...].map(\.text)), source: source)
        kicker.group = block.group
        headline.group = block.group
        return [kicker, headline]
    }

    /// Closes the issue before when the page opens another (another paper or date), and counts the issue begun.
    private mutating func join(_ page: IssueAssembler.PageSummary) {
        let pagePaper = givenPaper ?? page.masthead.paper
        let pageDate = givenDate ?? page.masthead.date
        if !current.isEmpty, !IssueAssembler.sameIssue(paper, date, pagePaper, pageDate), !isMisreadPage(page, paper: pagePaper, date: pageDate) { close() }
        if current.isEmpty {
            issuesBegun += 1
            pagesSeen = [:]
        }
        paper = paper ?? pagePaper
        date = date ?? pageDate
    }

    /// A page of the same date whose paper's name reads a character or two off the issue's, as OCR misreads a
    /// masthead's display type (`星河日报`, `是河日报`), and whose page number the issue does not have yet: another
    /// page of the issue. Two papers of one day in one run keep their own pages apart by their numbers.
    private func isMisreadPage(_ page: IssueAssembler.PageSummary, paper pagePaper: String?, date pageDate: String?) -> Bool {
        guard givenPaper == nil, let paper, let pagePaper, let date, date == pageDate, let number = page.number,
            !current.contains(where: { $0.number == number })
        else { return false }
        return IssueAssembler.isMisread(pagePaper, of: paper)
    }

    /// All issues, the last one closed.
    public mutating func finish() -> [Issue] {
        close()
        return issues
    }

    /// Assembles the pages gathered so far as one issue, its id `paper-date` (else its first page's source),
    /// numbered on where the run has had it before (`-2`).
    private mutating func close() {
        guard let first = current.first else { return }
        if givenPaper == nil {
            // The name most of its pages print (one page's OCR may have misread it).
            var counts: [String: Int] = [:]
            var commonest: String?
            for name in current.compactMap(\.masthead.paper) {
                counts[name, default: 0] += 1
                if let best = commonest, counts[best, default: 0] >= counts[name, default: 0] { continue }
                commonest = name
            }
            paper = commonest ?? paper
        }
        var id = [paper, date].compactMap { $0 }.joined(separator: "-")
        if id.isEmpty { id = first.source }
        usedIds[id, default: 0] += 1
        if let count = usedIds[id], count > 1 { id += "-\(count)" }
        issues.append(assembler.issue(current, id: id, paper: paper, date: date))
        current = []
        paper = nil
        date = nil
    }
}
