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

    /// `folder/name` of every page: `pages` (the sample and pages written with the engine), `heldout` (pages
    /// written blind by someone who had not seen the engine, in layouts unlike the others) and `shredded`
    /// (columns an extractor interleaved).
    static let names = ["pages", "heldout", "shredded"].flatMap { folder in Fixtures.pageNames(in: folder).map { "\(folder)/\($0)" } }

    static func split(_ id: String) -> (String, String) {
        let parts = id.split(separator: "/", maxSplits: 1).map(String.init)
        return (parts[0], parts[1])
    }

    @Test func thereAreEnoughPages() {
        #expect(Self.names.count >= 13, "the sample and at least twelve pages of our own")
        #expect(Self.names.contains("pages/sample-page-1"))
    }

    @Test(arguments: names)
    func pageMatchesItsExpectedArticles(_ id: String) throws {
        let (folder, name) = Self.split(id)
        let result = try Fixtures.extract(folder, name)
        let expected = try ExpectedPage.canonical(expectedFile: Fixtures.data(folder, "\(name).json"))
        let actual = try ExpectedPage.canonical(result)
        #expect(actual == expected, "\(name): \(Fixtures.firstDifference(expected, actual))")
    }

    @Test(arguments: names)
    func markdownAndRoleTreeAreStable(_ id: String) throws {
        let (folder, name) = Self.split(id)
        let result = try Fixtures.extract(folder, name)
        try Fixtures.assertGolden(MarkdownWriter.write([result]), folder, "\(name).md")
        try Fixtures.assertGolden(TreeDump.dump(result), folder, "\(name).tree")
    }

    /// Shredded columns are reported where, and only where, the input has them.
    @Test(arguments: names)
    func shreddedColumnsAreReported(_ id: String) throws {
        let (folder, name) = Self.split(id)
        let codes = Set(try Fixtures.extract(folder, name).diagnostics.map(\.code))
        let expected: Set<String> =
            name == "side-by-side-columns" ? ["shreddedColumns"] : name == "alternating-lines" ? ["interleavedColumns"] : []
        #expect(codes.intersection(["shreddedColumns", "interleavedColumns"]) == expected, "\(id)")
        for diagnostic in try Fixtures.extract(folder, name).diagnostics { #expect(diagnostic.message.hasPrefix("\(name).txt: ")) }
    }

    @Test(arguments: names)
    func nothingIsDropped(_ id: String) throws {
        let (folder, name) = Self.split(id)
        // Every character of the input is in an article, an unassigned entry, or is markup we consume
        // (indentation, byline symbols, dashes, jump markers).
        let result = try Fixtures.extract(folder, name)
        var kept = ""
        for article in result.articles {
            kept += [article.kicker, article.headline, article.subtitle].compactMap { $0 }.joined()
            kept += article.bylines.flatMap { [$0.role ?? ""] + $0.names }.joined()
            kept += article.sections.flatMap { [$0.heading ?? ""] + $0.paragraphs.map(\.text) }.joined()
            kept += article.captions.joined()
        }
        kept += result.unassigned.map(\.text).joined()
        let input = try Pipeline().normalizedText(of: PageSource(name: name, data: Fixtures.data(folder, "\(name).txt"))).split(separator: "\n").map { line in
            var line = String(line)
            if line.hasPrefix("By ") { line = line.replacingOccurrences(of: " and ", with: " ") }  // `By A and B` lists names
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
