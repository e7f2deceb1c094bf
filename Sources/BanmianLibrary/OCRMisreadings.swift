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

    /// The words of one recognized line of Chinese text, each straight quotation mark `"` or `'` (as the Chinese
    /// model reads the curly ones; an apostrophe between Latin letters stays) made the opening `“` or the closing
    /// `”` it was: closing at the end of the line or before punctuation, opening at the start or after a comma,
    /// colon or opening bracket, and elsewhere (after a full stop, between two characters) whichever the marks
    /// before it leave open. A curly mark read the other way round is turned where both say so: an opening mark
    /// that ends a quotation already open, a closing one that opens a line or follows a comma with none open.
    /// The engine's spaces say nothing here: it puts one between every two words. `open` carries the open
    /// quotation from line to line of a block (a quotation runs on over lines). Lines without CJK characters are
    /// left as they are.
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
                let before = position > 0 ? characters[position - 1] : nil
                let after = position + 1 < characters.count ? characters[position + 1] : nil
                let ends = after == nil || after.map(Self.endsQuotation) == true
                let starts = before == nil || before.map(Self.startsQuotation) == true
                let latin = { (character: Character?) in character.map { $0.isASCII && $0.isLetter } ?? false }
                let straight = character == "\"" || (character == "'" && !(latin(before) && latin(after)))
                guard chinese, straight || character == "\u{201C}" || character == "\u{201D}" else {
                    text.append(character)
                    continue
                }
                if !straight {
                    // A curly mark the other way round where the marks before it and its neighbours say so.
                    var closes = character == "\u{201D}"
                    if !closes, open, ends { closes = true }
                    if closes, !open, starts, !ends { closes = false }
                    text.append(closes ? "\u{201D}" : "\u{201C}")
                    open = !closes
                    continue
                }
                let closes: Bool
                if ends {
                    closes = true
                } else if starts {
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

    /// The words of one recognized line of Chinese text, each character the model reads for another where the
    /// characters around it say which was printed (one for one, so every word keeps its box):
    /// - `一一` (two strokes in a row): the dash `——`, which a newspaper sets on every page, the adverb `一一`
    ///   (`一一对应`) seldom: the adverb is misread the other way, the price of the many dashes; a third `一`
    ///   after them is a character (`——一家`);
    /// - `一` between a number and a number (`6月一12月`, `4一5级`, `20时一1月`): the range's dash `—`;
    /// - `.` between two ideographs: the middle dot of a foreign name (`哈桑.二世`);
    /// - `干` after digits, or between a numeral and a unit (`数干万`, `每干瓦`): `千`;
    /// - `工` between digits, or alone (or doubled) between `月` and `日`: the digit `1` (`1工5`, `7月工日`, `1月工工日`).
    static func charactersRepaired<Word: MisreadWord>(_ words: [Word]) -> [Word] {
        guard words.allSatisfy({ $0.confidence != nil }) else { return words }
        var characters = words.flatMap { Array($0.text) }
        guard characters.contains(where: { TextLine.displayWidth(of: String($0)) > 1 && !$0.isPunctuation }) else { return words }
        let original = characters
        func at(_ index: Int) -> Character? { original.indices.contains(index) ? original[index] : nil }
        func isDigit(_ character: Character?) -> Bool { character.map { $0.isASCII && $0.isNumber } ?? false }
        func isIdeograph(_ character: Character?) -> Bool { character?.unicodeScalars.first?.properties.isIdeographic ?? false }
        var index = 0
        while index < original.count {
            let character = original[index]
            let before = at(index - 1), after = at(index + 1)
            switch character {
            case "一":
                var run = 1
                while at(index + run) == "一" { run += 1 }
                if run >= 2 {
                    characters[index] = "—"
                    characters[index + 1] = "—"
                    index += run
                    continue
                }
                let number = isDigit(before) || "%％℃".contains(before ?? " ") || ("年月日时点".contains(before ?? " ") && isDigit(at(index - 2)))
                if number, isDigit(after) { characters[index] = "—" }
            case ".":
                if isIdeograph(before), isIdeograph(after) { characters[index] = "·" }
            case "干":
                let numeral = "一二三四五六七八九十两几数上近每".contains(before ?? " ")
                let counted = "百万亿零一二三四五六七八九米瓦克年人元字名种里".contains(after ?? " ")
                // After `一` only as a number goes on (`一干二百`), not `一干二净`.
                let goesOn = "百万亿".contains(after ?? " ") || ("零二三四五六七八九".contains(after ?? " ") && "十百万亿".contains(at(index + 2) ?? " "))
                if isDigit(before) || (numeral && counted && before != "一") || (before == "一" && goesOn) {
                    characters[index] = "千"
                }
            case "工":
                let dateDigit = before == "月" && (after == "日" || (after == "工" && at(index + 2) == "日"))
                let secondOfDate = before == "工" && at(index - 2) == "月" && after == "日"
                if (isDigit(before) && isDigit(after)) || dateDigit || secondOfDate { characters[index] = "1" }
            default: break
            }
            index += 1
        }
        guard characters != original else { return words }
        var repaired = words
        var position = 0
        for word in repaired.indices {
            let count = repaired[word].text.count
            repaired[word].text = String(characters[position..<(position + count)])
            position += count
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
    /// - `口` (or `囗`, `品`, `回`, `o`: the box with the scan's noise in it, or its outline) before a byline role
    ///   (`口本报记者`): the byline's `□`;
    /// - `一一` opening a short line (`一一马利`, `一一1997.8.12`): the attribution's dash `——`; so is a single
    ///   `一`, `-` or `_` opening a line of a name or two (`一吴子长`, `-徐武丁`: the dash read as one stroke).
    static func openingRepaired<Word: MisreadWord>(_ words: [Word]) -> [Word] {
        guard let first = words.first?.text, words.allSatisfy({ $0.confidence != nil }) else { return words }
        var words = words
        let line = words.map(\.text).joined()
        let repaired = MarkerTable.chinese.repairingMisreadOpener(line)
        if repaired != line, let opener = repaired.first {
            words[0].text = String(opener) + first.dropFirst()
        }
        if line.count <= 8, let opener = line.first, "一-_－".contains(opener), !line.hasPrefix("一一"),
            let next = line.dropFirst().first, MarkerTable.chinese.isSurname(next)
        {
            words[0].text = "——" + first.dropFirst()
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
