/// Puts a page's blocks together into articles: body parts, headline groups, bylines, subheads, captions.
///
/// The steps, numbered as in `assemble`:
/// 1. Body pieces become parts: text reads on across column breaks until a jump closes it or an
///    interruption (a headline, a byline) comes; a continuation line after an interruption goes back to the
///    unfinished part it continues. Headline blocks printed together become groups.
/// 2.–4. Headline groups go to parts by score: the share of the group's words found in the part, plus a bonus
///    for position (headline → byline → body, headline → body, or body → headline as extractors often emit).
///    Best pairs first; a pair must reach `attachThreshold`. A bare headline between an unfinished part and a
///    part that starts no article waits: when the part before it has found its headline, it is a subhead printed
///    in place and the two parts are one (3); otherwise it is matched like the others (4).
/// 5. Parts with no headline that do not start an article themselves join the article whose headline comes
///    right after them, or the one they share most words with; otherwise they stand alone.
/// 6. A headline still without a body printed right over a caption no article holds is photo news: the caption
///    is its text, its photo credit its byline.
/// 7. A headline still without a body (extractors leave some at the foot of the page) pairs with an article
///    without a headline when most of its words are there and clearly fewer in any other article; with geometry,
///    one printed over a caption no article holds, nothing between them, is photo news. In text, a dispatch still
///    without a headline, right after the finished text of an article that opens with a dateline, is its next one.
/// 8.–10. Bylines go to the text after them (parenthesized ones to the text before); leftover headlines with
///    words of the article before them are its subheads; captions go where their words are. The rest is unassigned.
struct ArticleAssembler: Sendable {
    let settings: LayoutSettings
    let table: MarkerTable

    struct Result {
        var articles: [Article]
        var unassigned: [UnassignedText]
        var diagnostics: [Diagnostic]
    }

    /// The steps in the order they run; each is a method of `AssemblyState` under a `MARK` of the same name.
    /// `announced`: headlines another page's teasers name (without spaces), each an article's own (see
    /// `IssueCollector`): never a subhead, and the text right after one is its article's.
    /// `readingOrderKept`: the blocks come in the page's reading order (`PageResult.readingOrderKept`).
    func assemble(_ blocks: [Block], page: Int?, source: String, announced: Set<String> = [], readingOrderKept: Bool = true) -> Result {
        // 1. Parts and groups: body pieces into parts, headline blocks into groups, everything in reading order.
        var state = AssemblyState(blocks: blocks, settings: settings, table: table, announced: announced, readingOrderKept: readingOrderKept)
        // 2. Headlines to parts, except bare headlines between an unfinished part and a part that starts nothing…
        let sandwiched = state.sandwichedGroups()
        state.assignHeadlines(excluding: Set(sandwiched))
        // 3. …which are subheads printed in place when the text before them has found its article…
        state.findSubheadsInPlace(sandwiched)
        // 4. …and otherwise headlines like the others.
        state.assignHeadlines()
        //    …and in reading order, a headline still without text heads the text under it that has no headline.
        state.headTextsUnderLeftoverHeadlines()
        // 5. Parts without a headline: an article of their own, or the one after or most like them.
        state.placeOrphanParts()
        // 6. Photo news: a headline still without a body over a caption no article holds.
        state.formPhotoNews()
        // 7. Headlines left at the foot of the page pair with articles that have none.
        state.pairLeftoverHeadlines()
        //    …and with geometry, a headline still without a body printed over a caption read later is photo news.
        state.formPhotoNewsOverPictures()
        //    …and in text, a dispatch still without a headline, right after an article's text, is its next one.
        state.joinRoundupDispatches()
        // 8. Bylines, 9. headlines left over as subheads, 10. captions.
        state.assignBylines()
        state.assignLeftoverGroups()
        state.assignCaptions()
        return state.result(page: page, source: source)
    }

    /// The codes of the diagnostics this stage and `PageFamiliarity` give a page; its others come from reading
    /// the page's text.
    static let assemblyDiagnostics: Set<DiagnosticCode> = [.headlineWithoutBody, .unfamiliarLayout]

    /// `result` assembled again from `blocks` (its own, some given another role) with `announced`: its articles,
    /// unassigned text and assembly diagnostics replaced, the diagnostics of its reading kept.
    func reassembled(_ result: PageResult, blocks: [Block], announced: Set<String>) -> PageResult {
        let assembled = assemble(blocks, page: result.number, source: result.source, announced: announced, readingOrderKept: result.readingOrderKept)
        var page = result
        page.blocks = blocks
        page.articles = assembled.articles
        page.unassigned = assembled.unassigned
        page.diagnostics = result.diagnostics.filter { !Self.assemblyDiagnostics.contains($0.code) } + assembled.diagnostics
        if let unfamiliar = PageFamiliarity.diagnostic(for: page, settings: settings) { page.diagnostics.append(unfamiliar) }
        return page
    }
}
