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

    /// The words of one printed line (a run of a recognized line), their opening put right:
    /// - `口` before a byline role (`口本报记者`): the byline's `□`;
    /// - `一一` opening a short line (`一一马利`, `一一1997.8.12`): the attribution's dash `——`.
    static func openingRepaired<Word: MisreadWord>(_ words: [Word]) -> [Word] {
        guard let first = words.first?.text, words.allSatisfy({ $0.confidence != nil }) else { return words }
        var words = words
        let line = words.map(\.text).joined()
        if first.first == "口", MarkerTable.chinese.repairingMisreadOpener(line) != line {
            words[0].text = "□" + first.dropFirst()
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
