import Banmian
import BanmianPDF
import BanmianTestHelpers
import Foundation
import Testing

/// One generated page for each artefact that real extractors leave in the text of born-digital newspaper PDFs
/// (`Fixtures/artefacts/README.md`): each page's PDF makes the artefact itself, and its text forms show it.
@Suite struct ArtefactPageTests {
    /// The pages, beside this suite: `Tests/BanmianPDFTests/Fixtures/artefacts`.
    static let folder = Fixtures.packageRoot.appendingPathComponent("Tests/BanmianPDFTests/Fixtures/artefacts")

    static func data(_ file: String) throws -> Data { try Data(contentsOf: folder.appendingPathComponent(file)) }

    struct Gold: Decodable {
        struct Article: Decodable {
            struct Section: Decodable { var paragraphs: [String] }
            var headline: String?
            var subtitle: String?
            var captions: [String]
            var sections: [Section]
        }
        var articles: [Article]
        var paragraphs: [String] { articles.flatMap { $0.sections.flatMap(\.paragraphs) } }
    }

    static func gold(_ name: String) throws -> Gold {
        try JSONDecoder().decode(Gold.self, from: data("\(name).json"))
    }

    /// The page as Banmian reads it from one of its forms: `txt`, `raw.txt`, `mutool.txt` or `pdf`.
    static func read(_ name: String, _ form: String) throws -> PageResult {
        if form == "pdf" {
            let page = try #require(try PDFReader.read(path: folder.appendingPathComponent("\(name).pdf").path).first)
            return Pipeline().extract(page, source: PageSource(name: "\(name).pdf", data: Data()))
        }
        return try Pipeline().extract(PageSource(name: "\(name).\(form)", data: data("\(name).\(form)")))
    }

    static func text(_ name: String, _ form: String) throws -> String { String(decoding: try data("\(name).\(form)"), as: UTF8.self) }

    /// Every text Banmian put in an article: headlines, kickers, subtitles, section headings, paragraphs, captions.
    static func texts(_ page: PageResult) -> [String] {
        page.articles.flatMap { article in
            [article.headline, article.kicker, article.subtitle].compactMap { $0 } + article.sections.compactMap(\.heading)
                + article.paragraphs + article.captions
        }
    }

    static func matches(_ text: String, _ pattern: String) -> Bool { text.range(of: pattern, options: .regularExpression) != nil }

    /// `1998 年 1 月 2 日` in every text form; Banmian closes the spaces up, and in the PDF (digits set in a Latin
    /// face) reads every paragraph with digits exactly.
    @Test(arguments: ["raw.txt", "mutool.txt", "pdf"])
    func spacedDigitsAreClosedUp(_ form: String) throws {
        if form != "pdf" { #expect(Self.matches(try Self.text("spaced-digits", form), #"\p{Han} [0-9]+ \p{Han}"#)) }
        let page = try Self.read("spaced-digits", form)
        for text in Self.texts(page) { #expect(!Self.matches(text, #"\p{Han} [0-9]|[0-9] \p{Han}"#), "\(form): \(text)") }
        if form == "pdf" {
            let read = Set(page.articles.flatMap(\.paragraphs))
            for paragraph in try Self.gold("spaced-digits").paragraphs where Self.matches(paragraph, "[0-9]") {
                #expect(read.contains(paragraph), "\(paragraph)")
            }
        }
    }

    /// Letter-spaced kickers, subheads and justified lines (`思 想 观 念 在 转 变`): closed up in every form, and the
    /// PDF reads every paragraph exactly.
    @Test(arguments: ["txt", "raw.txt", "mutool.txt", "pdf"])
    func letterSpacedLinesAreClosedUp(_ form: String) throws {
        if form != "pdf" { #expect(Self.matches(try Self.text("letter-spacing", form), #"(\p{Han} ){4,}"#)) }
        let page = try Self.read("letter-spacing", form)
        for text in Self.texts(page) { #expect(!Self.matches(text, #"\p{Han} \p{Han} \p{Han}"#), "\(form): \(text)") }
        if form == "pdf" { #expect(Set(page.articles.flatMap(\.paragraphs)) == Set(try Self.gold("letter-spacing").paragraphs)) }
    }

    /// A caption printed vertically comes one character a line from `pdftotext -raw` and mutool (and from the PDF's
    /// stext, every character on about the same box): it is read as one caption again, and no paragraph takes in
    /// its characters.
    @Test(arguments: ["raw.txt", "mutool.txt", "pdf"])
    func aVerticalCaptionIsOneCaption(_ form: String) throws {
        if form != "pdf" { #expect(Self.matches(try Self.text("vertical-caption", form), #"\n图\n为\n"#)) }
        let page = try Self.read("vertical-caption", form)
        let captions = page.articles.flatMap(\.captions) + page.unassigned.filter { $0.role == .caption }.map(\.text)
        let squeezed = { (text: String) in text.filter { !$0.isWhitespace } }
        for caption in try Self.gold("vertical-caption").articles.flatMap(\.captions) {
            #expect(captions.contains { squeezed($0).hasPrefix(squeezed(caption)) }, "\(form): \(caption)")
        }
        for paragraph in page.articles.flatMap(\.paragraphs) { #expect(!paragraph.contains("图为"), "\(form): \(paragraph)") }
    }

    /// An ornamental rule of private-use glyphs is no text: it is in no article and lost to none.
    @Test(arguments: ["txt", "raw.txt", "mutool.txt", "pdf"])
    func anOrnamentalRuleIsNoText(_ form: String) throws {
        if form != "pdf" { #expect(try Self.text("ornament-rule", form).unicodeScalars.contains { (0xE000...0xF8FF).contains($0.value) }) }
        let page = try Self.read("ornament-rule", form)
        for text in Self.texts(page) + page.unassigned.map(\.text) {
            #expect(!text.unicodeScalars.contains { (0xE000...0xF8FF).contains($0.value) }, "\(form): \(text)")
        }
    }

    /// A subtitle's `——` printed as one wide `—` is a subtitle all the same, without its dash.
    @Test(arguments: ["txt", "raw.txt", "mutool.txt", "pdf"])
    func aSubtitleWithASingleDashIsASubtitle(_ form: String) throws {
        let subtitles = try Self.gold("single-dash").articles.compactMap(\.subtitle)
        #expect(!subtitles.isEmpty)
        if form != "pdf" { for subtitle in subtitles { #expect(try Self.text("single-dash", form).contains("—" + subtitle)) } }
        let read = try Self.read("single-dash", form).articles.compactMap(\.subtitle)
        for subtitle in subtitles { #expect(read.contains(subtitle), "\(form): \(subtitle)") }
    }
}
