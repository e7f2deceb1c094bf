import Banmian

/// A recognized word as `OCRMisreadings` sees it.
protocol MisreadWord {
    var text: String { get set }
    var confidence: Double? { get }
    /// A space stands before it.
    var spaced: Bool { get set }
}

/// What Tesseract's Chinese model misreads on every newspaper page, put right where the page shows which it
/// was; everything else it read stays as it is.
enum OCRMisreadings {
    /// The words of one recognized line (each with a confidence), before it is cut where its words stand apart:
    /// - a closing quotation mark opening a word after white space, with no opening mark before it in the line
    ///   (`1日”星期四`, `三”研究`): the model reads a wide gap as `”`; it is the gap;
    /// - a lone `|`: the edge of a frame or a rule beside the text, read as a character.
    static func gapsRepaired<Word: MisreadWord>(_ words: [Word]) -> [Word] {
        guard !words.isEmpty, words.allSatisfy({ $0.confidence != nil }) else { return words }
        var repaired: [Word] = []
        var opened = false
        for var word in words {
            let text = word.text
            if ["|", "｜", "│"].contains(text) { continue }
            if !repaired.isEmpty, !opened, text.first == "\u{201D}", text.count > 1, let next = text.dropFirst().first,
                TextLine.displayWidth(of: String(next)) > 1
            {
                word.text = String(text.dropFirst())
                word.spaced = true
            }
            if text.contains("\u{201C}") { opened = true }
            if text.contains("\u{201D}") { opened = false }
            repaired.append(word)
        }
        return repaired
    }

    /// The words of one recognized line of Chinese text, each straight quotation mark `"` (as the Chinese model
    /// reads the curly ones) made the opening `“` or the closing `”` it was: closing at the end of the line or
    /// before punctuation, opening at the start or after a comma, colon or opening bracket, and elsewhere (after
    /// a full stop, between two characters) whichever the marks before it leave open. The engine's spaces say
    /// nothing here: it puts one between every two words. `open` carries that from line to line of a
    /// block (a quotation runs on over lines). Lines without CJK characters are left as they are.
    static func quotesRepaired<Word: MisreadWord>(_ words: [Word], open: inout Bool) -> [Word] {
        guard words.allSatisfy({ $0.confidence != nil }) else { return words }
        let characters = words.flatMap { Array($0.text) }
        let chinese = characters.contains { TextLine.displayWidth(of: String($0)) > 1 && !$0.isPunctuation }
        var repaired = words
        var position = 0
        for index in repaired.indices {
            var text = ""
            for character in repaired[index].text {
                defer { position += 1 }
                if character == "\u{201C}" { open = true }
                if character == "\u{201D}" { open = false }
                guard chinese, character == "\"" else {
                    text.append(character)
                    continue
                }
                let before = position > 0 ? characters[position - 1] : nil
                let after = position + 1 < characters.count ? characters[position + 1] : nil
                let closes: Bool
                if after == nil || after.map(Self.endsQuotation) == true {
                    closes = true
                } else if before == nil || before.map(Self.startsQuotation) == true {
                    closes = false
                } else {
                    closes = open
                }
                text.append(closes ? "\u{201D}" : "\u{201C}")
                open = !closes
            }
            repaired[index].text = text
        }
        return repaired
    }

    /// Punctuation a closing quotation mark stands before.
    private static func endsQuotation(_ character: Character) -> Bool {
        "，。、；：！？）」』…,.;:!?)".contains(character)
    }

    /// Punctuation an opening quotation mark stands after.
    private static func startsQuotation(_ character: Character) -> Bool {
        "，、；：（「《—,;:(".contains(character)
    }

    /// The words of one printed line (a run of a recognized line), their opening put right:
    /// - `口` (or `囗`, `品`: the box with the scan's noise in it) before a byline role (`口本报记者`): the
    ///   byline's `□`;
    /// - `一一` opening a short line (`一一马利`, `一一1997.8.12`): the attribution's dash `——`.
    static func openingRepaired<Word: MisreadWord>(_ words: [Word]) -> [Word] {
        guard let first = words.first?.text, words.allSatisfy({ $0.confidence != nil }) else { return words }
        var words = words
        let line = words.map(\.text).joined()
        let repaired = MarkerTable.chinese.repairingMisreadOpener(line)
        if repaired != line, let opener = repaired.first {
            words[0].text = String(opener) + first.dropFirst()
        }
        if line.count <= 12, line.hasPrefix("一一") {
            // The dash may be one word or two.
            if first.hasPrefix("一一") {
                words[0].text = "——" + first.dropFirst(2)
            } else if first == "一", words.count > 1, words[1].text.hasPrefix("一") {
                words[0].text = "—"
                words[1].text = "—" + words[1].text.dropFirst()
                words[1].spaced = false
            }
        }
        return words
    }
}
