import Foundation
import Testing

@testable import Banmian

/// Every page in `Fixtures/pages` against its hand-written expected page JSON, plus golden Markdown and role trees.
@Suite struct PageFixtureTests {
    /// Letters of byline decoration that become structure (`报道`, `By`), not text; jump markers are removed first.
    let consumedByMarkers = Set("报道By".unicodeScalars)

    func letterCounts(_ text: String) -> [Unicode.Scalar: Int] {
        var counts: [Unicode.Scalar: Int] = [:]
        for scalar in text.unicodeScalars where scalar.properties.isAlphabetic { counts[scalar, default: 0] += 1 }
        return counts
    }

    static let names = Fixtures.pageNames(in: "pages")

    @Test func thereAreEnoughPages() {
        #expect(Self.names.count >= 13, "the sample and at least twelve pages of our own")
    }

    @Test(arguments: names)
    func pageMatchesItsExpectedArticles(_ name: String) throws {
        let result = try Fixtures.extract("pages", name)
        let expected = try ExpectedPage.canonical(expectedFile: Fixtures.data("pages", "\(name).json"))
        let actual = try ExpectedPage.canonical(result)
        #expect(actual == expected, "\(name): \(Fixtures.firstDifference(expected, actual))")
    }

    @Test(arguments: names)
    func markdownAndRoleTreeAreStable(_ name: String) throws {
        let result = try Fixtures.extract("pages", name)
        try Fixtures.assertGolden(MarkdownWriter.write([result]), "pages", "\(name).md")
        try Fixtures.assertGolden(TreeDump.dump(result), "pages", "\(name).tree")
    }

    @Test(arguments: names)
    func nothingIsDropped(_ name: String) throws {
        // Every character of the input is in an article, an unassigned entry, or is markup we consume
        // (indentation, byline symbols, dashes, jump markers).
        let result = try Fixtures.extract("pages", name)
        var kept = ""
        for article in result.articles {
            kept += [article.kicker, article.headline, article.subtitle].compactMap { $0 }.joined()
            kept += article.bylines.flatMap { [$0.role ?? ""] + $0.names }.joined()
            kept += article.sections.flatMap { [$0.heading ?? ""] + $0.paragraphs.map(\.text) }.joined()
            kept += article.captions.joined()
        }
        kept += result.unassigned.map(\.text).joined()
        let input = String(decoding: try Fixtures.data("pages", "\(name).txt"), as: UTF8.self).split(separator: "\n").map { line in
            var line = String(line)
            for table in MarkerTable.all {
                for pattern in [table.continuedOn, table.continuedFrom] {
                    line = pattern.regex.stringByReplacingMatches(in: line, range: NSRange(line.startIndex..., in: line), withTemplate: "")
                }
            }
            return line
        }.joined(separator: "\n")
        let lost = letterCounts(input).filter { letter, count in (letterCounts(kept)[letter] ?? 0) < count && !consumedByMarkers.contains(letter) }
        #expect(lost.isEmpty, "\(name): letters missing from the output: \(lost.keys.map(String.init).sorted().joined())")
    }
}
