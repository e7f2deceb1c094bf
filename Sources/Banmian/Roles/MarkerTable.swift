/// The conventions of newspapers in one language, as data: datelines, bylines, jumps, captions,
/// teasers and page furniture. Adding a language is adding a table (see `MarkerTable+Chinese.swift`).
public struct MarkerTable: Sendable {
    public var language: Language
    /// Datelines that open an article's first paragraph; group 1 is the dateline as reported.
    var datelines: [Pattern]
    /// Byline role words, longest first where one contains another (`本报记者` before `记者`).
    var bylineRoles: [String]
    /// Authors that are an institution, printed without a person's name (`本报评论员`): a byline with no names.
    var collectiveBylines: Set<String>
    /// The commonest family names, one character each, simplified and traditional, with their rank by frequency
    /// (0 the commonest of its script): where an extractor ran names together (`任杰娜许辉浩陈杰宏`), each name
    /// starts with one, and a commoner one is the likelier start.
    var surnames: [Character: Int]
    /// Symbols printed before a byline (`□`).
    var bylineOpeners: Set<Character>
    /// What OCR reads an opener as (`□` as `口`): an opener only where a byline role follows at once.
    var misreadOpeners: [Character: Character] = [:]
    /// Words that close a byline (`报道`); `photoCredit` closes a photographer's credit (`摄`).
    var bylineClosers: Set<String>
    var photoCredit: String
    /// The English form: a line starting with `By`.
    var bylinePrefix: Pattern?
    /// `（下转第二版）`: group 1 is the page label.
    var continuedOn: Pattern
    /// `（上接第一版）`: group 1 is the page label.
    var continuedFrom: Pattern
    /// A teaser's page reference at the end of a headline: `详见第3版`, `（第5版）`.
    var teaserReference: Pattern
    /// Caption openings (`图为`, `▲`) and a caption's closing photo credit (`（记者 张三 摄）`).
    var captionStart: Pattern
    var captionCredit: Pattern
    /// Labels printed over a box or column of the page (`导读`, `简讯`): page furniture.
    var boxLabels: Set<String>
    /// Endings of such labels (`财经速览`, `社区快讯`).
    var boxLabelSuffixes: [String]
    /// What the label of a column of briefs holds (`简讯`, `新闻速递`, `In Brief`): the headings under it head items
    /// of their own, not sections of one article.
    var briefsLabelMarks: [String]
    /// The titles a photo news item is printed under (`图片新闻`): not a label of a box but the item's headline,
    /// as the papers' own archives list such items; the caption under it is its text.
    var photoNewsTitles: Set<String>
    /// What a framed advertisement or notice prints: its title (`更正启事`, `遗失声明`, `公益广告`) or a contact
    /// line (`地址：`, `咨询热线：`).
    var noticeTitle: Pattern
    var noticeContact: Pattern
    /// The line that signs a public-service advertisement (`临江市精神文明建设委员会办公室　宣`, or its last word
    /// wrapped onto a line of its own).
    var noticeSponsor: Pattern
    /// Page furniture: editor credits, date lines, page numbers and names.
    var furniture: Pattern
    /// A page number printed in the furniture; group 1 is the label.
    var furniturePageNumber: Pattern
    /// Subtitle dashes at the start of a line.
    var subtitleDash: Pattern
    /// Characters that end a sentence or a clause: a line ending in one is not a headline.
    var clauseEnd: Set<Character>
    /// Punctuation that headlines rarely contain; a line with several is body text.
    var bodyPunctuation: Set<Unicode.Scalar>
    /// Characters without which a pattern cannot match: checked first, because every line of a page is asked
    /// about every marker and the regular expressions are the costly part.
    var hints: Hints
    /// Whether the first paragraph under a headline is indented like the others (Chinese) or set flush (English).
    var indentsFirstParagraph = true

    struct Hints: Sendable {
        /// A jump or a teaser's page reference holds one of these.
        var pageReference: Set<Unicode.Scalar>
        /// A dateline holds one of these within its first `datelineReach` characters.
        var dateline: Set<Unicode.Scalar>
        var datelineReach: Int
        /// Furniture holds one of these, or is very short.
        var furniture: Set<Unicode.Scalar>
        /// A caption starts with one of these or ends with a bracket.
        var captionStart: Set<Unicode.Scalar>
        /// A credit line starts with one of these (after its box symbol or bracket).
        var bylineStart: Set<Unicode.Scalar>
    }
}

extension MarkerTable.Hints {
    func has(_ set: Set<Unicode.Scalar>, in text: String, within reach: Int = .max) -> Bool {
        set.isEmpty || text.unicodeScalars.prefix(reach).contains(where: set.contains)
    }
}

extension MarkerTable {
    /// A label printed over a box or column (`导读`, `本期导读`, `综合简讯`): page furniture, never a page's or
    /// paper's name.
    func isBoxLabel(_ text: String) -> Bool {
        (text.count <= 16 && boxLabels.contains(text))
            || (text.count <= 8 && boxLabelSuffixes.contains(where: text.hasSuffix) && !text.unicodeScalars.contains(where: bodyPunctuation.contains))
    }

    /// The label of a column or box of briefs (`综合简讯`, `新闻速递`).
    func isBriefsLabel(_ text: String) -> Bool {
        isBoxLabel(text) && briefsLabelMarks.contains(where: text.contains)
    }

    /// Every table Banmian knows, tried in order.
    public static let all: [MarkerTable] = [.chinese, .english]
}

/// The languages Banmian has conventions for; the raw value is what the page JSON prints.
public enum Language: String, Sendable, Codable, Equatable, Hashable, CaseIterable {
    case chinese
    case english
}

extension MarkerTable {
    /// The credits of a byline as printed (`□本报记者 张三 李四` → 本报记者: 张三, 李四), or nil when it reads as
    /// none: for a byline another producer marked (a METS `AUTHOR` area).
    public func bylines(in line: String) -> [Byline]? { BylineParser(table: self).parse(line) }

    /// A line as printed where OCR misread its byline's opener (`口本报记者 张三` → `□本报记者 张三`): the
    /// misreading is put right only where a byline role follows it at once, as no word of the language does.
    /// Whether `character` is a common family name (`张`, `欧`), with which a credit's name opens.
    public func isSurname(_ character: Character) -> Bool { surnames[character] != nil }

    /// A photographer's role as a credit prints it (`摄`, `记者摄`, `新华社记者摄`).
    public func isPhotoRole(_ role: String) -> Bool { !photoCredit.isEmpty && role.hasSuffix(photoCredit) }

    /// Ranks by position in lists ordered from the commonest (one list per script); a character in several lists
    /// keeps its best rank.
    static func ranks(_ lists: String...) -> [Character: Int] {
        var ranks: [Character: Int] = [:]
        for list in lists {
            for (rank, character) in list.enumerated() { ranks[character] = min(ranks[character] ?? rank, rank) }
        }
        return ranks
    }

    public func repairingMisreadOpener(_ text: String) -> String {
        let lead = text.prefix { CharacterClass.isSpace($0) }
        let rest = text.dropFirst(lead.count)
        guard let first = rest.first, let opener = misreadOpeners[first] else { return text }
        let after = rest.dropFirst().drop { CharacterClass.isSpace($0) }
        guard bylineRoles.contains(where: { after.hasPrefix($0) }) else { return text }
        return String(lead) + String(opener) + String(rest.dropFirst())
    }
}
