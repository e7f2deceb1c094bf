@testable import Banmian
import Foundation
import Testing

/// Latin-script papers of the nineteenth century run a local item's title into its first line before a dash
/// (`FIRE ON THE AVENUE.—Yesterday afternoon…`), set in small capitals that an OCR engine reads as mixed letters,
/// its dash as `?`. Each such item is an article under its title, not a section of the item above it.
@Suite struct DashedRunInTitleTests {
    /// A column of three local items, 264 points wide: each opens with an indented line whose title runs into the
    /// text (the first item's words those of the second's title, which still heads the second); `dash` is what
    /// stands between them (`.—` as printed, ` ?` as an OCR engine writes an unread dash).
    /// Type sizes are an OCR engine's estimates: 10 points, a line of capitals a little more.
    static func column(titles: [String], dash: String) -> [TextLine] {
        var lines: [TextLine] = []
        var y = 100.0
        func add(_ text: String, indented: Bool = false, size: Double = 10) {
            let x = indented ? 46.0 : 36.0
            var line = TextLine(number: lines.count + 1, text: text, indent: indented ? 4 : 0, width: TextLine.displayWidth(of: text),
                box: BoundingBox(page: 1, x: x, y: y, width: 300 - x, height: 10))
            line.number = lines.count + 1
            line.fontSize = size
            lines.append(line)
            y += 12
        }
        add("\(titles[0])\(dash)Yesterday afternoon a fire broke out", indented: true)
        add("in the cellar of a grocery on the avenue, and before")
        add("the engines arrived the flames had reached the upper")
        add("floors, and a runaway team of the fire company was caught.")
        add("\(titles[1])\(dash)A pair of horses attached", indented: true)
        add("to a baker's wagon took fright at the market house")
        add("and ran the length of Seventh street, upsetting two")
        add("carts on the way. Nobody was hurt, we are glad to say.")
        add("\(titles[2])\(dash)On", indented: true, size: 10.8)
        add("Saturday evening an officer of the watch took a man")
        add("named Thomas Ward, charged with stealing a coat from")
        add("a store in the Centre Market. He was sent to the jail.")
        return lines
    }

    static func read(_ lines: [TextLine], scanned: Bool) -> PageResult { ReadLines.page(lines, name: "local.alto.xml", scanned: scanned) }

    @Test func eachItemWithItsTitleRunInIsAnArticle() {
        let result = Self.read(Self.column(titles: ["FIRE ON THE AVENUE.", "A RUNAWAY TEAM.", "ARRESTED."], dash: "—"), scanned: false)
        #expect(result.articles.map(\.headline) == ["FIRE ON THE AVENUE.", "A RUNAWAY TEAM.", "ARRESTED."])
        let openings = result.articles.map { $0.sections.first?.paragraphs.first?.text.prefix(12) }
        #expect(openings == ["Yesterday af", "A pair of ho", "On Saturday "])
    }

    /// On a scan, small capitals come out as mixed letters and the dash as `?`: the titles are known all the same
    /// (the last one a single word ending in its full stop, its text a word before the line ends).
    @Test func anOCRReadingOfSmallCapitalsAndAnUnreadDash() {
        let titles = ["Fiki on thb Atinde.", "A Rdnawat Tbah.", "Arristbd."]
        let result = Self.read(Self.column(titles: titles, dash: " ?"), scanned: true)
        #expect(result.articles.map(\.headline) == titles)
        #expect(result.articles.allSatisfy { $0.sections.count == 1 })
    }

    /// In a typeset page's text, `?` is a question mark: no title is cut there.
    @Test func aQuestionMarkIsNoDashOnATypesetPage() {
        let result = Self.read(Self.column(titles: ["Fiki on thb Atinde.", "A Rdnawat Tbah.", "Arristbd."], dash: " ?"), scanned: false)
        #expect(result.articles.allSatisfy { $0.headline == nil })
    }

    @Test func whatIsNoTitle() {
        let heads = RunInHeads(settings: LayoutSettings(), table: .english, scanned: true)
        func parts(_ text: String) -> [String]? { heads.dashedTitle(text).map { [$0.0, $0.1] } }
        #expect(parts("ATTEMPT AT ROBBERY.—About three weeks since") == ["ATTEMPT AT ROBBERY.", "About three weeks since"])
        #expect(parts("Attkx?t at Robbkry ?About three weeks") == ["Attkx?t at Robbkry", "About three weeks"])
        // A dateline's commas, a date's figures, a question asked, a word broken at a dash: no title.
        #expect(heads.dashedTitle("Louisville, Ky., Aug. 22.—The steamer") == nil)
        #expect(heads.dashedTitle("New Orleans Aug 11 1862.—Special Order") == nil)
        #expect(heads.dashedTitle("Who was he? The man said nothing") == nil)
        #expect(RunInHeads(settings: LayoutSettings(), table: .english).dashedTitle("Who Was He? The Tall Stranger—Nobody") == nil)
        #expect(heads.dashedTitle("the avenue.—Yesterday the fire") == nil)
        #expect(heads.dashedTitle("A RUNAWAY TEAM.—a pair of horses") == nil)
        // Three words or more of running text are not title case.
        #expect(heads.dashedTitle("The engines arrived late in the evening.—Then") == nil)
    }

    /// German capitalizes its nouns, so a sentence before a dash is in title case (`Die Sitzung der Kammer. —
    /// Der Minister…`, as German papers part their sentences): there only a title in capitals is run in.
    /// (Nor is such a sentence a dateline: a place before a spaced dash is in capitals, `WASHINGTON — `.)
    @Test func inGermanOnlyATitleInCapitals() {
        var lines: [TextLine] = []
        var y = 100.0
        for text in [
            "=Deutschland.", "+Der König ist gestern aus Potsdam zurückgekehrt und", "hat sogleich die Minister zu einer Berathung",
            "empfangen, welche bis zum späten Abend dauerte.",
            "+Die Sitzung der Kammer. — Der Minister des", "Innern legte den Entwurf eines Gesetzes über die",
            "Gemeinden vor, welcher der Commission überwiesen", "wurde. Die Berathung wird in der nächsten Woche",
            "beginnen, wenn die Berichte der Ausschüsse vorliegen.", "+VERMISCHTES.—Aus Mainz wird gemeldet, dass die",
            "Schifffahrt auf dem Rheine wegen des Eises seit", "gestern eingestellt ist. Die Dampfboote liegen im",
            "Hafen, und die Fuhrleute haben reichlich Arbeit.",
        ] {
            // `+` opens an indented paragraph, `=` a heading centred in the column.
            let indented = text.hasPrefix("+"), centred = text.hasPrefix("=")
            let text = indented || centred ? String(text.dropFirst()) : text
            let x = centred ? 138.0 : indented ? 46.0 : 36.0
            lines.append(TextLine(number: lines.count + 1, text: text, indent: indented ? 4 : 0, width: TextLine.displayWidth(of: text),
                box: BoundingBox(page: 1, x: x, y: y, width: centred ? 60 : 300 - x, height: 10)))
            y += 12
        }
        let settings = LayoutSettings()
        func capitalizesNouns(_ lines: [TextLine]) -> Bool {
            CharacterClass.capitalizesNouns(lines.map(\.text), share: settings.nounCapitalsMinimumShare, minimumLines: settings.nounCapitalsMinimumLines)
        }
        #expect(capitalizesNouns(lines) && !capitalizesNouns(Array(lines.prefix(5))))
        #expect(!capitalizesNouns(Self.column(titles: ["FIRE.", "TEAM.", "ARRESTED."], dash: "—")))
        let result = Self.read(lines, scanned: true)
        #expect(result.articles.map(\.headline) == ["Deutschland.", "VERMISCHTES."])
        #expect(result.articles.first?.sections.first?.paragraphs.last?.text.hasPrefix("Die Sitzung der Kammer. — Der Minister") == true)
    }

    /// A heading set in decks has dashes inside its lines (`From Aspinwall and California—Rebel` / `Steamers Driven
    /// Ashore—From South` / `America.`): its second line, indented by the centring, stands under words left
    /// unfinished, so it opens no paragraph and no title is run into it.
    @Test func aHeadingsNextDeckIsNoRunInTitle() {
        var lines: [TextLine] = []
        var y = 100.0
        for (text, x, width) in [
            ("The provost marshal has issued a new order for passes.", 36.0, 264.0),
            ("From the Isthmus and California—Rebel", 50, 236), ("Steamers Driven Ashore—From South", 62, 212), ("America.", 144, 48),
            ("New York, Aug. 21.—The steamer Ariel, from Aspinwall,", 46, 254), ("has arrived with a million in gold and the mails", 36, 264),
            ("from California. Two rebel steamers were driven ashore", 36, 264), ("near Nassau by the gunboats of the blockade.", 36, 264),
        ] {
            lines.append(TextLine(number: lines.count + 1, text: text, indent: x == 46 ? 4 : 0, width: TextLine.displayWidth(of: text),
                box: BoundingBox(page: 1, x: x, y: y, width: width, height: 10)))
            y += 12
        }
        let result = Self.read(lines, scanned: true)
        #expect(!result.articles.contains { $0.headline?.hasPrefix("Steamers") == true })
        #expect(!result.articles.contains { $0.headline?.hasPrefix("From the Isthmus and California") == true && $0.headline?.contains("Rebel") == false })

        // Nor does a line under words left unfinished, however far in the engine read its start (an advertisement's
        // `Sold wholesale and retail by` / `Henry Smith and Sons ?Agents, corner…`).
        var advertisement = Self.column(titles: ["FIRE ON THE AVENUE.", "A RUNAWAY TEAM.", "ARRESTED."], dash: "—")
        advertisement[1].text = "in the cellar of a grocery sold wholesale and retail by"
        advertisement[2].text = "Henry Smith and Sons ?Agents, at the corner of the"
        advertisement[2].box?.x = 46
        advertisement[2].indent = 4
        let sold = Self.read(advertisement, scanned: true)
        #expect(sold.articles.map(\.headline) == ["FIRE ON THE AVENUE.", "A RUNAWAY TEAM.", "ARRESTED."])
    }
}
