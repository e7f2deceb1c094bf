/// A page as a newspaper names it: `第二版`, `第2版`, `A3`, `Page 4`. `number` is what the page JSON uses.
public struct PageReference: Sendable, Codable, Equatable, Hashable {
    /// As printed, without 第/版: `二`, `2`, `A3`.
    public var label: String
    /// The page number: Chinese numerals read, a section letter dropped (`A3` → 3).
    public var number: Int

    public init?(label: String) {
        let trimmed = label.trimmingCharacters(in: .whitespaces)
        // A section letter before the number: `A3`.
        let sectionLetter = trimmed.first.map { $0.isASCII && $0.isLetter } == true && trimmed.dropFirst().first?.isNumber == true
        let digits = sectionLetter ? trimmed.dropFirst() : Substring(trimmed)
        guard let number = Self.readNumber(String(digits)), (1...Self.largestNumber).contains(number) else { return nil }
        self.label = trimmed
        self.number = number
    }

    /// The largest page number a reference can name: no newspaper issue has more pages, so a longer number
    /// (`第9223372036854775807版`) is not a page reference, and page arithmetic never overflows.
    public static let largestNumber = 99_999

    /// The page `offset` pages after `first` (the pages of a run numbered on from `--page`); nil past any
    /// page number, where the count would overflow.
    public static func number(_ first: Int, countedOnBy offset: Int) -> Int? {
        let (number, overflow) = first.addingReportingOverflow(offset)
        return overflow ? nil : number
    }

    /// Reads `12`, `１２` (full-width), `十二`, `二十四`, `一百零二`, and English `four`/`twelve`.
    static func readNumber(_ text: String) -> Int? {
        if text.isEmpty { return nil }
        let halfWidth = CharacterClass.halfWidthDigits(text)
        if let value = Int(halfWidth) { return value }
        if let value = englishNumbers[text.lowercased()] { return value }
        return chineseNumber(text)
    }

    static let englishNumbers: [String: Int] = [
        "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
        "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    ]

    static let chineseDigits: [Character: Int] = [
        "零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9,
    ]

    static func chineseNumber(_ text: String) -> Int? {
        guard text.count <= 8 else { return nil }  // a page in Chinese numerals is a few characters (一百二十八)
        var total = 0
        var digit: Int?
        for character in text {
            if let value = chineseDigits[character] {
                digit = value
            } else if character == "十" {
                total += (digit ?? 1) * 10
                digit = nil
            } else if character == "百" {
                total += (digit ?? 1) * 100
                digit = nil
            } else {
                return nil
            }
        }
        return total + (digit ?? 0)
    }
}

import Foundation
