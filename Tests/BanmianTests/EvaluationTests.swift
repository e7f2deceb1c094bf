import BanmianEvaluation
import Testing

@Suite struct EvaluationTests {
    let gold = [
        ScoredArticle(headline: "甲", names: ["张三"], paragraphs: ["一段。", "二段。", "三段。"], continuedOn: 2),
        ScoredArticle(kicker: "引", headline: "乙", subtitle: "副", paragraphs: ["四段。", "五段。"]),
    ]

    @Test func perfectPredictionScoresFull() {
        let metrics = Scorer.score(gold: gold, predicted: gold).metrics
        #expect(metrics.paragraphPrecision == 1 && metrics.paragraphRecall == 1 && metrics.groupingF1 == 1)
        #expect(metrics.headline == 1 && metrics.kicker == 1 && metrics.subtitle == 1 && metrics.bylineF1 == 1)
        #expect(metrics.continuation == 1 && metrics.editDistance == 0)
    }

    @Test func oneArticlePerPageLosesGroupingAndFields() {
        let merged = [ScoredArticle(paragraphs: ["一段。", "二段。", "三段。", "四段。", "五段。"])]
        let metrics = Scorer.score(gold: gold, predicted: merged).metrics
        #expect(metrics.paragraphRecall == 1)
        #expect(metrics.groupingF1 < 0.7)  // 4 right pairs of 10 predicted, of 4 gold
        #expect(metrics.headline == 0 && metrics.continuation == 0 && metrics.bylineF1 == 0)
        #expect(metrics.editDistance > 0)
    }

    @Test func wrongTextCountsAgainstParagraphs() {
        var predicted = gold
        predicted[0].paragraphs[1] = "二段"
        let metrics = Scorer.score(gold: gold, predicted: predicted).metrics
        #expect(metrics.paragraphPrecision == 0.8 && metrics.paragraphRecall == 0.8)
        #expect(metrics.editDistance > 0 && metrics.editDistance < 0.2)
    }

    @Test func spuriousFieldsAreErrors() {
        var predicted = gold
        predicted[0].kicker = "多"
        #expect(Scorer.score(gold: gold, predicted: predicted).metrics.kicker == 0.5)
    }

    @Test func editDistanceIsLevenshteinOverTheLongerText() {
        #expect(EditDistance.normalized("kitten", "sitting") == 3.0 / 7.0)
        #expect(EditDistance.normalized("", "") == 0)
        #expect(EditDistance.normalized("新区", "") == 1)
    }

    @Test func baselinesSplitAsDocumented() {
        let text = "标题\n　　本报讯 第一段\n接着。\n\n　　第二段。\n"
        #expect(Baseline.asExtracted.articles(from: text).first?.paragraphs == ["标题本报讯 第一段接着。", "第二段。"])
        let heuristic = Baseline.simpleHeuristic.articles(from: text)
        #expect(heuristic.flatMap(\.paragraphs) == ["标题", "本报讯 第一段接着。", "第二段。"])
    }
}
