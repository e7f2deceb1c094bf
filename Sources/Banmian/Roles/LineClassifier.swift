/// The ordered rules that give each line its `LineKind` from its own text; the last rule always answers.
struct LineClassifier: Sendable {
    let table: MarkerTable
    let settings: LayoutSettings

    func kind(of line: TextLine) -> LineKind {
        if line.isBlank { return .blank }
        let text = line.text
        if isJumpOnly(text) { return .jump }
        if isFurniture(line) { return .furniture }
        // A notice's or advertisement's contact line (`联系电话：021-2164468`): no article's text.
        if line.width <= settings.shortLineWidth, table.noticeContact.matches(text) { return .furniture }
        if line.width <= settings.shortLineWidth, !endsParenthesisOpenedBefore(text), let bylines = BylineParser(table: table, settings: settings).parse(text) {
            return .byline(bylines)
        }
        if let first = text.unicodeScalars.first, "—－-―–".unicodeScalars.contains(first), table.subtitleDash.matches(text), text.count > 3 {
            return .subtitle
        }
        if isCaption(text) { return .caption }
        if isTeaser(line) { return .teaser }
        return .text
    }

    /// The line ends by closing a parenthesis it did not open: it ends one from the line before (`… (Photo` /
    /// `by Thomas Nakamura)`), so it is no credit line or heading of its own.
    func endsParenthesisOpenedBefore(_ text: String) -> Bool {
        guard let last = text.last, last == ")" || last == "）" else { return false }
        return parenthesesLeftOpen(text) < 0
    }

    /// The line opens a parenthesis it does not close (`（记者 郭其侨 通讯员`): the next line may close it.
    func leavesParenthesisOpen(_ text: String) -> Bool { parenthesesLeftOpen(text) > 0 }

    /// How many more parentheses the text opens than it closes (negative: it closes ones opened before it).
    private func parenthesesLeftOpen(_ text: String) -> Int {
        text.filter { $0 == "(" || $0 == "（" }.count - text.filter { $0 == ")" || $0 == "）" }.count
    }

    func isCaption(_ text: String) -> Bool {
        if let first = text.unicodeScalars.first, table.hints.captionStart.contains(first), table.captionStart.matches(text) { return true }
        guard let last = text.unicodeScalars.last, last == "）" || last == ")" else { return false }
        return table.captionCredit.matches(text) && !startsWithDateline(text)
    }

    /// A line that is a jump marker and nothing else: at most one character besides, and that no letter
    /// (`（下转第二版）。`; `（上接第一版）江` is the start of a paragraph, its marker taken off later).
    func isJumpOnly(_ text: String) -> Bool {
        guard table.hints.has(table.hints.pageReference, in: text) else { return false }
        for pattern in [table.continuedOn, table.continuedFrom] {
            guard let match = pattern.firstJump(in: text)?.match, text[match.whole].count >= text.count - 1 else { continue }
            let rest = text[..<match.whole.lowerBound] + text[match.whole.upperBound...]
            if !rest.unicodeScalars.contains(where: TextAccounting.isLetter) { return true }
        }
        return false
    }

    func isFurniture(_ line: TextLine) -> Bool {
        guard line.width <= settings.shortLineWidth * 2 else { return false }
        if table.isBoxLabel(line.text) { return true }
        guard line.text.count <= 3 || table.hints.has(table.hints.furniture, in: line.text) else { return false }
        // Not a sentence: Chinese furniture has at most one comma, English furniture few lower-case words.
        let lowerCaseWords = line.text.split(separator: " ").filter { $0.count >= 4 && $0.first?.isLowercase == true }.count
        guard bodyPunctuationCount(line.text) <= 1 || line.text.contains("：") || (table.language == .english && lowerCaseWords <= 2) else {
            return false
        }
        return table.furniture.matches(line.text)
    }

    func isTeaser(_ line: TextLine) -> Bool {
        line.indent < settings.paragraphIndent && line.width <= settings.shortLineWidth
            && table.hints.has(table.hints.pageReference, in: line.text)
            // Enumeration commas (`六、取保候审、监视居住`) are a headline's as much as a sentence's.
            && bodyPunctuationCount(line.text.filter { $0 != "、" }) <= settings.maximumHeadlinePunctuation
            && table.teaserReference.matches(line.text) && !table.continuedOn.matches(line.text)
            && !table.continuedFrom.matches(line.text)
    }

    func startsWithDateline(_ text: String) -> Bool { dateline(in: text) != nil }

    /// The dateline a paragraph opens with, as printed (`本报讯`, `本报北京1月1日电`, `RIVERTON, May 7`).
    func dateline(in text: String) -> String? {
        guard table.hints.has(table.hints.dateline, in: text, within: table.hints.datelineReach) else { return nil }
        for pattern in table.datelines {
            if let match = pattern.firstMatch(in: text), let dateline = match[1] {
                return dateline.trimmingCharacters(in: .whitespaces).trimmingCharacters(in: CharacterSet(charactersIn: "【】"))
            }
        }
        return nil
    }

    func bodyPunctuationCount(_ text: String) -> Int {
        text.unicodeScalars.reduce(0) { $0 + (table.bodyPunctuation.contains($1) ? 1 : 0) }
    }
}

import Foundation
