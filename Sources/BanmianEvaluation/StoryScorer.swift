import Banmian

/// Scores the stories of a corpus issue (its pages `issueNN-p1` … `-p4`): the stories `IssueAssembler` joins from
/// Banmian's pages against the gold stories of the gold pages.
///
/// The gold pages of the `issues` split record each part's story (`story`); the older splits mark only each
/// part's jump (`continuedOn`, `continuedFrom`), and their generators set the continuations on a page in the
/// order of the jumps that lead there, so the k-th jump from page A to page B goes with the k-th part on page B
/// continued from page A. A gold story is what of it the run holds: two or more of its parts in a row, each
/// jumping to the page of the next (the PDF form holds only some pages). A found story is right when its parts, each mapped to the gold article it is scored
/// against on its page (`Scorer.matches`), are exactly a gold story's parts. Each page's paper, date, issue
/// number and page name are those of the issue `IssueAssembler` puts it in.
enum StoryScorer {
    struct Page {
        var gold: GoldPage
        var goldArticles: [ScoredArticle]
        var predicted: PageResult
    }

    /// A gold article: its page's place in the issue and its place on the page.
    struct Place: Hashable {
        var page: Int
        var article: Int
    }

    static func score(_ pages: [Page], assembler: IssueAssembler = IssueAssembler()) -> Counts {
        var counts = Counts()
        let gold = goldStories(pages.map(\.gold))
        counts.goldStories = gold.count
        // The pages as a run gives them to the issue stage (article ids unique in the run), and each found article
        // as the gold article it is scored against.
        var collector = IssueCollector(assembler: assembler)
        let results = pages.map { collector.add($0.predicted, table: assembler.table) }
        let issues = collector.finish()
        var goldOf: [String: Place] = [:]
        for (pageIndex, (page, result)) in zip(pages, results).enumerated() {
            let predicted = result.articles.map(ScoredArticle.init)
            for (goldIndex, match) in Scorer.matches(gold: page.goldArticles, predicted: predicted).enumerated() {
                guard let match, goldOf[result.articles[match].id] == nil else { continue }
                goldOf[result.articles[match].id] = Place(page: pageIndex, article: goldIndex)
            }
        }
        let found = issues.flatMap(\.stories)
        counts.predictedStories = found.count
        let goldSets = Set(gold.map(Set.init))
        var right = Set<Set<Place>>()
        for story in found {
            let places = story.parts.compactMap { goldOf[$0] }
            let set = Set(places)
            if places.count == story.parts.count, set.count == places.count, goldSets.contains(set), !right.contains(set) { right.insert(set) }
        }
        counts.storiesRight = right.count
        // Teasers: each gold teaser whose headline is an article on the page it names, against the teaser of the
        // same words Banmian found.
        let linked = issues.flatMap(\.teasers)
        for page in pages {
            for teaser in page.gold.unassigned ?? [] where teaser.role == "teaser" {
                guard let target = goldTarget(of: teaser.text, pages: pages, assembler: assembler) else { continue }
                counts.goldTeasers += 1
                let words = unspaced(assembler.teaserHeading(teaser.text))
                let found = linked.first { $0.page == page.gold.number && unspaced(assembler.teaserHeading($0.text)) == words }
                if let id = found?.target, goldOf[id] == target { counts.teasersRight += 1 }
            }
        }
        // Furniture: each page's issue (as the pages were grouped) and its own name, against what the gold says;
        // the issue number only where a page of the run prints it (the front page, which a run may lack).
        let printed = Set(pages.flatMap { ($0.gold.unassigned ?? []).map(\.text) })
        for page in pages {
            guard let gold = page.gold.issue else { continue }
            counts.issuePages += 1
            let issue = issues.first { $0.pages.contains { $0.source == page.predicted.source } }
            let name = issue?.pages.first { $0.source == page.predicted.source }?.name
            let number = gold.number.flatMap { number in printed.contains { $0.contains(number) } ? number : nil }
            if issue?.paper == gold.paper { counts.papersRight += 1 }
            if issue?.date == gold.date { counts.datesRight += 1 }
            if issue?.number == number { counts.numbersRight += 1 }
            if name == gold.pageName { counts.pageNamesRight += 1 }
        }
        return counts
    }

    /// The gold article a teaser announces: on the page it names, the article whose headline is its words.
    static func goldTarget(of text: String, pages: [Page], assembler: IssueAssembler) -> Place? {
        guard let number = assembler.teaserPage(text), let pageIndex = pages.firstIndex(where: { $0.gold.number == number }) else { return nil }
        let words = unspaced(assembler.teaserHeading(text))
        guard let article = pages[pageIndex].gold.articles.firstIndex(where: { $0.headline.map(unspaced) == words }) else { return nil }
        return Place(page: pageIndex, article: article)
    }

    /// The text without its spaces (an extractor may drop or add them).
    static func unspaced(_ text: String) -> String { text.filter { $0 != " " && $0 != "\u{3000}" } }

    /// The gold stories of an issue's pages, each its parts in reading order: by the story ids the gold records,
    /// else by the order of the jumps.
    static func goldStories(_ pages: [GoldPage]) -> [[Place]] {
        var byStory: [String: [Place]] = [:]
        for (pageIndex, page) in pages.enumerated() {
            for (articleIndex, article) in page.articles.enumerated() {
                if let story = article.story { byStory[story, default: []].append(Place(page: pageIndex, article: articleIndex)) }
            }
        }
        if !byStory.isEmpty {
            // What of each story the run holds: its parts in a row, each jumping to the page of the next (a
            // story whose middle page is missing is two pieces, one whose first page is missing is the rest).
            func article(_ place: Place) -> GoldPage.GoldArticle { pages[place.page].articles[place.article] }
            var pieces: [[Place]] = []
            for parts in byStory.values {
                var piece: [Place] = []
                for part in parts {
                    if let last = piece.last, article(last).continuedOn != pages[part.page].number || article(part).continuedFrom != pages[last.page].number {
                        pieces.append(piece)
                        piece = []
                    }
                    piece.append(part)
                }
                pieces.append(piece)
            }
            return pieces.filter { $0.count > 1 }.sorted { ($0[0].page, $0[0].article) < ($1[0].page, $1[0].article) }
        }
        var next: [Place: Place] = [:]
        let numbers = pages.map(\.number)
        var jumps: [Place] = []
        var continuations: [Place] = []
        for (pageIndex, page) in pages.enumerated() {
            for (articleIndex, article) in page.articles.enumerated() {
                if article.continuedOn != nil { jumps.append(Place(page: pageIndex, article: articleIndex)) }
                if article.continuedFrom != nil { continuations.append(Place(page: pageIndex, article: articleIndex)) }
            }
        }
        func article(_ place: Place) -> GoldPage.GoldArticle { pages[place.page].articles[place.article] }
        var taken = Set<Place>()
        for jump in jumps {
            let from = numbers[jump.page], to = article(jump).continuedOn
            guard let continuation = continuations.first(where: {
                !taken.contains($0) && numbers[$0.page] == to && article($0).continuedFrom == from
            }) else { continue }
            taken.insert(continuation)
            next[jump] = continuation
        }
        return IssueAssembler.chains(in: jumps, following: next)
    }
}
