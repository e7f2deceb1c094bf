/// Puts a page's blocks together into articles: body parts, headline groups, bylines, subheads, captions.
///
/// 1. Body pieces become parts: text reads on across column breaks until a jump closes it or an
///    interruption (a headline, a byline) comes; a continuation line after an interruption goes back to the
///    unfinished part it continues.
/// 2. Headline groups go to parts by score: the share of the group's words found in the part, plus a bonus
///    for position (headline → byline → body, headline → body, or body → headline as extractors often emit).
///    Best pairs first; a pair must reach `attachThreshold`. A bare headline between an unfinished part and a
///    part that starts no article waits: when the part before it has found its headline, it is a subhead printed
///    in place and the two parts are one; otherwise it is matched like the others.
/// 3. Parts with no headline that do not start an article themselves join the article whose headline comes
///    right after them, or the one they share most words with; otherwise they stand alone.
///    A headline still without a body printed right over a caption no article holds is photo news: the caption
///    is its text, its photo credit its byline.
///    A headline still without a body (extractors leave some at the foot of the page) pairs with an article
///    without a headline when most of its words are there and clearly fewer in any other article.
/// 4. Bylines go to the text after them (parenthesized ones to the text before); leftover headlines with
///    words of the article before them are its subheads; captions go where their words are. The rest is unassigned.
struct ArticleAssembler: Sendable {
    let settings: LayoutSettings
    let table: MarkerTable

    struct Result {
        var articles: [Article]
        var unassigned: [UnassignedText]
        var diagnostics: [Diagnostic]
    }

    func assemble(_ blocks: [Block], page: Int?, source: String) -> Result {
        var state = AssemblyState(blocks: blocks, settings: settings, table: table)
        let sandwiched = state.sandwichedGroups()
        state.assignHeadlines(excluding: Set(sandwiched))
        state.findSubheadsInPlace(sandwiched)
        state.assignHeadlines()
        state.placeOrphanParts()
        state.formPhotoNews()
        state.pairLeftoverHeadlines()
        state.assignBylines()
        state.assignLeftoverGroups()
        state.assignCaptions()
        return state.result(page: page, source: source)
    }
}
