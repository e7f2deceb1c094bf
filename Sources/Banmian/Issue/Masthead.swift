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
        // Header lines set their items apart with spaces: `第A2版　科教　华光日报　1998年1月13日`.
        let items = furniture.flatMap { line in
            line.split(whereSeparator: CharacterClass.isSpace).map { String($0).trimmingCharacters(in: .whitespaces) }
        }.filter { !$0.isEmpty }
        for line in furniture {
            if date == nil { date = Self.date(in: line) }
            if number == nil { number = Self.issueNumber(in: line) }
        }
        paper = items.first(where: Self.isPaperName)
        // The page's name stands next to its number: the nearest short name to it, within a few items.
        guard let numberAt = items.firstIndex(where: { Self.isPageNumber($0, pageNumber: pageNumber) }) else { return }
        let names = items.indices.filter { index in
            let item = items[index]
            return abs(index - numberAt) <= Self.pageNameReach && Self.isPageName(item) && item != paper
                && !table.boxLabels.contains(item) && !Self.followsCredit(index, in: items)
        }
        pageName = names.min { abs($0 - numberAt) < abs($1 - numberAt) }.map { items[$0] }
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

    /// `第2版`, `第A2版`, `第二版`, or the page's own number printed alone (`2`).
    static func isPageNumber(_ item: String, pageNumber: Int?) -> Bool {
        if item.hasPrefix("第"), item.hasSuffix("版"), item.count > 2 {
            return PageReference(label: String(item.dropFirst().dropLast())) != nil
        }
        guard let pageNumber else { return false }
        return PageReference.readNumber(item) == pageNumber
    }

    /// Two to four ideographs (`要闻`, `国际`, `专版`, `文化周刊`) that are no weekday or lunar date.
    static func isPageName(_ item: String) -> Bool {
        guard (2...4).contains(item.count), item.allSatisfy(CharacterClass.isIdeograph) else { return false }
        return !item.hasPrefix("星期") && !item.hasPrefix("农历") && !item.hasPrefix("農曆") && !item.hasSuffix("版")
    }

    /// The item follows an editor's or proof-reader's credit (`责任编辑：` `贺敏梅`): a name, not the page's.
    static func followsCredit(_ index: Int, in items: [String]) -> Bool {
        index > 0 && ["编辑", "編輯", "校对", "校對", "责编", "責編", "美编", "美編", "设计", "設計"].contains { items[index - 1].contains($0) }
    }
}
