import Banmian
import Foundation
import Testing

@testable import BanmianEvaluation

/// Stories scored over an issue's pages: gold stories from the gold pages' jumps, found ones from Banmian's pages.
@Suite struct StoryScorerTests {
    func goldPage(_ number: Int, _ articles: [(headline: String?, paragraphs: [String], on: Int?, from: Int?)], stories: [String?] = []) throws -> GoldPage {
        let json: [String: Any] = [
            "source": "issue01-p\(number).txt", "number": number,
            "articles": articles.enumerated().map { index, article -> [String: Any] in
                var entry: [String: Any] = ["bylines": [], "sections": [["heading": NSNull(), "paragraphs": article.paragraphs]]]
                entry["headline"] = article.headline ?? NSNull()
                entry["continuedOn"] = article.on ?? NSNull()
                entry["continuedFrom"] = article.from ?? NSNull()
                if index < stories.count, let story = stories[index] { entry["story"] = story }
                return entry
            },
        ]
        return try JSONDecoder().decode(GoldPage.self, from: JSONSerialization.data(withJSONObject: json))
    }

    /// Two jumps from page 1 to page 2 go with the continuations there in their order; a jump to a page not in the
    /// corpus makes no gold story; a part continued on again makes a chain.
    @Test func goldStoriesPairJumpsWithContinuationsInOrder() throws {
        let pages = try [
            goldPage(1, [("甲", ["一。"], 2, nil), ("乙", ["二。"], nil, nil), ("丙", ["三。"], 2, nil), ("丁", ["四。"], 5, nil)]),
            goldPage(2, [("戊", ["五。"], nil, nil), (nil, ["甲续。"], 3, 1), (nil, ["丙续。"], nil, 1)]),
            goldPage(3, [(nil, ["甲再续。"], nil, 2)]),
        ]
        let stories = StoryScorer.goldStories(pages).map { $0.map { [$0.page, $0.article] } }
        #expect(stories == [[[0, 0], [1, 1], [2, 0]], [[0, 2], [1, 2]]])
    }

    /// With story ids the order on a page does not matter; a story whose middle page is missing is two pieces only
    /// where its parts are in a row: here the run lacks page 2, so the chain 1 → 2 → 3 leaves nothing joinable.
    @Test func goldStoriesFollowTheirIdsWhenTheGoldRecordsThem() throws {
        let pages = try [
            goldPage(1, [("甲", ["一。"], 2, nil), ("丙", ["三。"], 2, nil)], stories: ["s1", "s2"]),
            goldPage(2, [(nil, ["丙续。"], nil, 1), (nil, ["甲续。"], 3, 1)], stories: ["s2", "s1"]),
            goldPage(3, [(nil, ["甲再续。"], nil, 2)], stories: ["s1"]),
        ]
        let stories = StoryScorer.goldStories(pages).map { $0.map { [$0.page, $0.article] } }
        #expect(stories == [[[0, 0], [1, 1], [2, 0]], [[0, 1], [1, 0]]])
        #expect(StoryScorer.goldStories([pages[0], pages[2]]).isEmpty)
        // Without its first page the rest of a story is still one.
        #expect(StoryScorer.goldStories([pages[1], pages[2]]).map { $0.map { [$0.page, $0.article] } } == [[[0, 1], [1, 0]]])
    }

    @Test func aStoryFoundWholeIsRight() throws {
        let front = "晨钟日报\n1998年1月1日　星期四\n第1版　要闻\n\n长江大桥合龙\n\n　　本报讯　长江大桥今天上午顺利合龙，大桥全长四千六百米，通车后两岸的往来将\n缩短到十分钟。（下转第二版）\n"
        let second = "晨钟日报\n1998年1月1日　星期四\n第2版　经济\n\n（上接第一版）大桥的建成将带动沿江经济带的发展，预计每年可为两岸节约运输费用\n两亿多元。\n"
        let pipeline = Pipeline()
        let gold = try [
            goldPage(1, [("长江大桥合龙", ["本报讯　长江大桥今天上午顺利合龙，大桥全长四千六百米，通车后两岸的往来将缩短到十分钟。"], 2, nil)]),
            goldPage(2, [(nil, ["大桥的建成将带动沿江经济带的发展，预计每年可为两岸节约运输费用两亿多元。"], nil, 1)]),
        ]
        let found = try [front, second].enumerated().map { try pipeline.extract(PageSource(name: "p\($0 + 1).txt", data: Data($1.utf8))) }
        let pages = zip(gold, found).map { StoryScorer.Page(gold: $0, goldArticles: $0.articles.map(ScoredArticle.init), predicted: $1) }
        let counts = StoryScorer.score(pages)
        #expect(counts.goldStories == 1 && counts.predictedStories == 1 && counts.storiesRight == 1)
        // Read apart, the pages give no story: none found, the gold one missed.
        let apart = StoryScorer.score([pages[0]])
        #expect(apart.goldStories == 0 && apart.predictedStories == 0)
        #expect(StoryScorer.score(pages.reversed()).metrics.storyRecall == 1)
    }

    @Test func issuePagesAreNamedWithoutThePage() {
        #expect(Evaluation.issueName("issue07-p3") == "issue07")
        #expect(Evaluation.issueName("sample-page-1") == "sample-page-1")
    }
}
