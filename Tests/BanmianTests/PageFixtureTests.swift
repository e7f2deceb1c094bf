import BanmianTestHelpers
import Foundation
import Testing

@testable import Banmian

/// Every page in `Fixtures/pages` against its hand-written expected page JSON, plus golden Markdown and role trees.
@Suite struct PageFixtureTests {
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
        let expected: Set<DiagnosticCode> =
            name == "side-by-side-columns" ? [.shreddedColumns] : name == "alternating-lines" ? [.interleavedColumns] : []
        #expect(codes.intersection([.shreddedColumns, .interleavedColumns]) == expected, "\(id)")
        for diagnostic in try Fixtures.extract(folder, name).diagnostics { #expect(diagnostic.message.hasPrefix("\(name).txt: ")) }
    }

    @Test(arguments: names)
    func nothingIsDropped(_ id: String) throws {
        let (folder, name) = Self.split(id)
        // Every letter of the input is in an article, an unassigned entry, or is markup we consume
        // (byline symbols, jump markers).
        let result = try Fixtures.extract(folder, name)
        let input = try Pipeline().normalizedText(of: PageSource(name: name, data: Fixtures.data(folder, "\(name).txt")))
        let lost = TextAccounting.missingLetters(from: input, in: [result])
        #expect(lost.isEmpty, "\(name): letters missing from the output: \(lost.keys.map(String.init).sorted().joined())")
    }
}
