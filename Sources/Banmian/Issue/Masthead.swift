import Foundation

/// What a page's furniture says about its issue — the paper, the date, the issue number — and the page's own
/// name (版名), read from the masthead and the page header (`晨钟日报`, `1998年1月1日　星期四`,
/// `第10733期`, `第2版　国际`). Every field is nil when the furniture does not print it.
public struct Masthead: Sendable, Equatable {
    public var paper: String?
    /// ISO 8601.
    public var date: String?
    public var number: String?
    public var pageName: String?

    public init(paper: String? = nil, date: String? = nil, number: String? = nil, pageName: String? = nil) {
        self.paper = paper
        self.date = date
        self.number = number
        self.pageName = pageName
    }

    /// Reads the furniture of a page (its lines in reading order); `pageNumber` tells a bare page number in the
    /// header (`2`) from other numbers.
    public init(furniture: [String], pageNumber: Int?, table: MarkerTable = .chinese) {
        // Header lines set their items apart with spaces: `第A2版　科教　华光日报　1998年1月13日`; a page's name set
        // letter-spaced across its box (`综 合`, `要　闻`) is one item.
        let items = furniture.map(Self.closingLetterSpacedName).flatMap { line in
            Self.joiningSpacedItems(line.split(whereSeparator: CharacterClass.isSpace).map { String($0).trimmingCharacters(in: .whitespaces) })
        }.filter { !$0.isEmpty }.flatMap { Self.splittingJoinedItems($0, pageNumber: pageNumber) }
        for line in furniture {
            if date == nil { date = Self.date(in: line) ?? Self.latinDate(in: line) }
            if number == nil { number = Self.issueNumber(in: line) }
        }
        paper = items.first { Self.isPaperName($0) && !table.isBoxLabel($0) }
        if paper == nil, let latin = furniture.lazy.compactMap({ Self.latinPaperName($0) ?? Self.latinPaperName(beforeDateIn: $0) }).first {
            // A Latin-script paper: its name, and the page name after its number (`Page 4 · Business`).
            paper = latin
            pageName = furniture.lazy.compactMap(Self.latinPageName).first
            return
        }
        // The page's name stands next to its number: the nearest short name to it, within a few items.
        guard let numberAt = items.firstIndex(where: { Self.isPageNumber($0, pageNumber: pageNumber) }) else { return }
        let names = items.indices.filter { index in
            let item = items[index]
            return abs(index - numberAt) <= Self.pageNameReach && Self.isPageName(item) && item != paper
                && !table.isBoxLabel(item)
                && !Self.isCredit(item) && !Self.followsCredit(index, in: items)
        }
        pageName = names.min { abs($0 - numberAt) < abs($1 - numberAt) }.map { items[$0] }
    }

    /// Header items an extractor printed without the space between them, as two: the page number in its box and
    /// the page's name (`3视点`, `A2要闻`, `二文化` on page 2, `第3版体育`), the paper's name or the page's name and the
    /// date, the date and the page number (`晨钟日报1998年1月2日第2版`, `国际1998年1月2日`: the space before a figure is
    /// one an extractor adds around every run of digits, so reading closes it up).
    static func splittingJoinedItems(_ item: String, pageNumber: Int?) -> [String] {
        for cut in item.indices.dropFirst() {
            let head = String(item[..<cut]), tail = String(item[cut...])
            if head.count <= 3, isPageName(tail), let pageNumber, head.last?.isNumber == true || head.allSatisfy(CharacterClass.isIdeograph),
                PageReference.readNumber(head) == pageNumber || PageReference(label: head)?.number == pageNumber
            {
                return [head, tail]
            }
            if isPaperName(head), tail.first?.isASCII == true, tail.first?.isNumber == true { return [head] + splittingJoinedItems(tail, pageNumber: pageNumber) }
            if isPageName(head), tail.first?.isASCII == true, tail.first?.isNumber == true, date(in: tail) != nil {
                return [head] + splittingJoinedItems(tail, pageNumber: pageNumber)
            }
            // `1998年1月2日第2版`: the date and the page number.
            if head.hasSuffix("日"), date(in: head) != nil, isPageNumber(tail, pageNumber: pageNumber) { return [head, tail] }
            // `第3版体育`: OCR that took the space between them for none, often with a stray mark read in it.
            let name = tail.trimmingCharacters(in: .punctuationCharacters.union(.symbols))
            if head.hasPrefix("第"), isPageNumber(head, pageNumber: pageNumber), isPageName(name),
                pageNumber == nil || PageReference(label: String(head.dropFirst().dropLast()))?.number == pageNumber
            {
                return [head, name]
            }
        }
        return [item]
    }

    /// Header items an OCR engine cut apart where the masthead's type is letter-spaced, as one: a paper's name
    /// (`晨 钟日报`, `星河日 报`), `第` before its page number (`第 2版国际`) and a page's name (`综 合`).
    static func joiningSpacedItems(_ items: [String]) -> [String] {
        var joined: [String] = []
        for (index, item) in items.enumerated() {
            // A page's name set letter-spaced among the header's items (`第2版 综 合 金沙都市报`): two ideographs
            // standing alone, and no third after them.
            let single = { (text: String) in text.count == 1 && text.allSatisfy(CharacterClass.isIdeograph) }
            if let last = joined.last, single(last), single(item), !(index + 1 < items.count && single(items[index + 1])),
                !(joined.count >= 2 && single(joined[joined.count - 2])), isPageName(last + item)
            {
                joined[joined.count - 1] = last + item
                continue
            }
            if let last = joined.last, !item.isEmpty {
                let both = last + item
                let paper =
                    isPaperName(both) && last.allSatisfy(CharacterClass.isIdeograph)
                    && (last.count == 1 || item.count == 1 || (last.count == 2 && !isPaperName(item)))
                let page = last == "第" && item.first.map { $0.isNumber || $0.isASCII } == true && item.contains("版")
                if paper || page {
                    joined[joined.count - 1] = both
                    continue
                }
            }
            joined.append(item)
        }
        return joined
    }

    /// A line of two to four ideographs each standing alone between spaces (`综 合`): a name set letter-spaced,
    /// closed up when it is a page's name; any other line as it is.
    static func closingLetterSpacedName(_ line: String) -> String {
        let parts = line.split(whereSeparator: CharacterClass.isSpace)
        guard (2...4).contains(parts.count), parts.allSatisfy({ $0.count == 1 && $0.allSatisfy(CharacterClass.isIdeograph) }) else { return line }
        let name = parts.joined()
        return isPageName(name) ? name : line
    }

    /// How many header items away from the page number its name may stand.
    static let pageNameReach = 4

    /// `1998年1月1日`, `１９９８年１月１日`, `1998-01-01` → `1998-01-01`.
    static func date(in text: String) -> String? {
        let digits = CharacterClass.halfWidthDigits(text)
        for regex in datePatterns {
            guard let match = regex.firstMatch(in: digits, range: NSRange(digits.startIndex..., in: digits)),
                let year = Range(match.range(at: 1), in: digits).flatMap({ Int(digits[$0]) }),
                let month = Range(match.range(at: 2), in: digits).flatMap({ Int(digits[$0]) }),
                let day = Range(match.range(at: 3), in: digits).flatMap({ Int(digits[$0]) }),
                (1...12).contains(month), (1...31).contains(day)
            else { continue }
            return String(format: "%04d-%02d-%02d", year, month, day)
        }
        return nil
    }

    /// `THURSDAY, JANUARY 1, 1998`, `Jan. 1, 1998` → `1998-01-01`.
    static func latinDate(in text: String) -> String? {
        let months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
        guard let regex = latinDatePattern,
            let match = regex.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)),
            let monthName = Range(match.range(at: 1), in: text).map({ text[$0].prefix(3).lowercased() }),
            let month = months.firstIndex(of: monthName).map({ $0 + 1 }),
            let day = Range(match.range(at: 2), in: text).flatMap({ Int(text[$0]) }),
            let year = Range(match.range(at: 3), in: text).flatMap({ Int(text[$0]) }),
            (1...31).contains(day)
        else { return nil }
        return String(format: "%04d-%02d-%02d", year, month, day)
    }

    nonisolated(unsafe) static let latinDatePattern = try? NSRegularExpression(
        pattern: #"\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.?\s+(\d{1,2}),?\s+(\d{4})\b"#, options: [.caseInsensitive])

    /// A furniture line that is a Latin-script paper's name: two to six capitalized words (`The Morning Gazette`,
    /// `The Times of Ashford`), no date, page or credit.
    static func latinPaperName(_ line: String) -> String? {
        let words = line.split(separator: " ")
        let minor: Set<Substring> = ["of", "the", "and", "de", "la", "le"]
        guard (2...6).contains(words.count), latinDate(in: line) == nil,
            words.allSatisfy({ word in word.allSatisfy(\.isLetter) && (word.first?.isUppercase == true || minor.contains(word)) }),
            !["Page", "Edited", "Section"].contains(where: { line.hasPrefix($0) }),
            words.contains(where: { $0.contains(where: \.isLowercase) })
        else { return nil }
        return line
    }

    /// The paper's name at the head of a header line, before its date (`The Harbor Ledger TUESDAY, JANUARY 6,
    /// 1998 Page 4 · Local News`).
    static func latinPaperName(beforeDateIn line: String) -> String? {
        guard let regex = latinDatePattern, let match = regex.firstMatch(in: line, range: NSRange(line.startIndex..., in: line)),
            let range = Range(match.range, in: line)
        else { return nil }
        var words = line[..<range.lowerBound].split(separator: " ").map { $0.trimmingCharacters(in: .punctuationCharacters) }
        let weekdays = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
        if let last = words.last, weekdays.contains(where: { $0.hasPrefix(last.lowercased()) && last.count >= 3 }) { words.removeLast() }
        return latinPaperName(words.joined(separator: " "))
    }

    nonisolated(unsafe) static let latinPageNamePattern = try? NSRegularExpression(
        pattern: #"\bPage\s+[A-Z]?\d{1,3}\s*[·•|:–—-]\s*([A-Z][A-Za-z&' ]{1,30}?)\s*$"#)

    /// `Page 4 · Business` → `Business`.
    static func latinPageName(_ line: String) -> String? {
        guard let regex = latinPageNamePattern, let match = regex.firstMatch(in: line, range: NSRange(line.startIndex..., in: line)),
            let range = Range(match.range(at: 1), in: line)
        else { return nil }
        return String(line[range])
    }

    /// `1998年1月1日` and `1998-01-01` (digits already half-width).
    nonisolated(unsafe) static let datePatterns: [NSRegularExpression] = [
        #"(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日"#, #"(?<!\d)(\d{4})[-./](\d{1,2})[-./](\d{1,2})(?!\d)"#,
    ].compactMap { try? NSRegularExpression(pattern: $0) }

    nonisolated(unsafe) static let issueNumberPattern = try? NSRegularExpression(pattern: #"第\s*(\d{1,7})\s*[期号號]"#)

    /// `第12156期`, `总第12156期` → `12156`.
    static func issueNumber(in text: String) -> String? {
        let digits = CharacterClass.halfWidthDigits(text)
        guard let regex = issueNumberPattern,
            let match = regex.firstMatch(in: digits, range: NSRange(digits.startIndex..., in: digits)),
            let range = Range(match.range(at: 1), in: digits)
        else { return nil }
        return String(digits[range])
    }

    /// A paper's name as the masthead prints it: a few ideographs ending in 报 (`晨钟日报`, `人民日报`, `新民晚报`).
    static func isPaperName(_ item: String) -> Bool {
        guard (3...10).contains(item.count), item.allSatisfy(CharacterClass.isIdeograph) else { return false }
        return ["报", "報"].contains(item.last.map(String.init) ?? "")
    }

    /// A Chinese paper's Latin name as its masthead sets it: capitals, often letter-spaced (`JIANGCHENG DAILY`,
    /// `J I A N G C H E N G  D A I LY`).
    static func isLatinName(_ text: String) -> Bool {
        text.filter { $0 != " " }.count >= 6 && text.allSatisfy { $0 == " " || ("A"..."Z").contains($0) }
    }

    /// `第2版`, `第A2版`, `第二版`, or the page's own number printed alone (`2`, `A3` with its section letter).
    static func isPageNumber(_ item: String, pageNumber: Int?) -> Bool {
        if item.hasPrefix("第"), item.hasSuffix("版"), item.count > 2 {
            return PageReference(label: String(item.dropFirst().dropLast())) != nil
        }
        guard let pageNumber else { return false }
        return PageReference(label: item)?.number == pageNumber
    }

    /// Two to four ideographs (`要闻`, `国际`, `专版`, `文化周刊`) that are no weekday or lunar date.
    static func isPageName(_ item: String) -> Bool {
        guard (2...4).contains(item.count), item.allSatisfy(CharacterClass.isIdeograph) else { return false }
        return !item.hasPrefix("星期") && !item.hasPrefix("农历") && !item.hasPrefix("農曆") && !(item.hasPrefix("第") && item.hasSuffix("版"))
            && !item.hasPrefix("今日") && !item.hasPrefix("本期")
    }

    /// A page's number in its box with its name beside it (`2 国际`, `A3要闻`): up to three figures, or a section
    /// letter and up to two, then a page's name.
    static func isNumberAndPageName(_ item: String) -> Bool {
        let text = item.filter { !CharacterClass.isSpace($0) }
        let isFigure = { (c: Character) in ("0"..."9").contains(c) || ("０"..."９").contains(c) }
        let number = text.prefix { isFigure($0) || ($0.isASCII && $0.isLetter) }
        guard (1...3).contains(number.count), number.last.map(isFigure) == true, number.dropFirst().allSatisfy(isFigure) else { return false }
        return isPageName(String(text.dropFirst(number.count)))
    }

    /// The item follows an editor's or proof-reader's credit (`责任编辑：` `贺敏梅`): a name, not the page's.
    static func followsCredit(_ index: Int, in items: [String]) -> Bool {
        index > 0 && isCredit(items[index - 1])
    }

    /// An editor's or proof-reader's credit (`责任编辑`, `版式设计`, `校对：`).
    static func isCredit(_ item: String) -> Bool {
        ["编辑", "編輯", "校对", "校對", "责编", "責編", "美编", "美編", "设计", "設計"].contains { item.contains($0) }
    }
}
