import Banmian
import BanmianTestHelpers
import BanmianTesting
import Foundation
import Testing

@testable import BanmianPDF

/// What fuzzing found in PDFs: broken files called scans, mutool's unrelated notice quoted as the reason,
/// damaged files read in silence with their text missing, pages asked for beyond the end read without a word.
@Suite struct DamagedPDFTests {
    static let corpusPage = Fixtures.packageRoot.appendingPathComponent("Benchmarks/Corpus/pages/issue01-p2.pdf")
    static let onePage = Fixtures.packageRoot.appendingPathComponent("Benchmarks/Corpus/pages/issue21-p2.pdf")

    func write(_ data: Data, _ name: String) throws -> String {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("banmian-\(UUID().uuidString)-\(name)")
        try data.write(to: url)
        return url.path
    }

    func refusal(_ path: String, pages: ClosedRange<Int>? = nil, settings: PDFReader.Settings = .init()) -> BanmianError? {
        do throws(BanmianError) {
            _ = try PDFReader.readDocument(path: path, pages: pages, settings: settings)
            return nil
        } catch {
            return error
        }
    }

    func damaged(_ damage: PDFDamage, _ source: URL = corpusPage, seed: UInt64 = 7) throws -> String {
        var random = SeededGenerator(seed: seed)
        return try write(damage.apply(to: Data(contentsOf: source), using: &random), "\(damage.rawValue).pdf")
    }

    /// A header with nothing behind it, or an HTML page behind a PDF header: a broken PDF, with mutool's verdict,
    /// not "a scan" and not mutool's notice about colour profiles.
    @Test(arguments: [PDFDamage.headerOnly, .htmlBehindHeader])
    func noObjectsIsBrokenNotAScan(_ damage: PDFDamage) throws {
        guard BuiltProducts.hasTool("mutool") else { return }
        let path = try damaged(damage)
        let error = try #require(refusal(path))
        #expect(error.kind == .damaged)
        #expect(error.description.hasPrefix("\(path): is a broken PDF"))
        #expect(error.description.contains("no PDF objects behind its %PDF header"))
        #expect(!error.description.contains("ICC") && !error.description.contains("scan"))
    }

    @Test func pageTreeInACycleIsBroken() throws {
        guard BuiltProducts.hasTool("mutool") else { return }
        let error = try #require(refusal(try damaged(.pageTreeCycle)))
        #expect(error.kind == .damaged)
        #expect(error.description.contains("cycle in page tree"))
    }

    /// A page tree declaring a billion pages: the pages that exist are read, and a warning says what happened.
    @Test func hugePageCountIsReadWithAWarning() throws {
        guard BuiltProducts.hasTool("mutool") else { return }
        let document = try PDFReader.readDocument(path: try damaged(.hugePageCount))
        #expect(document.pages.count == 2)
        let warning = try #require(document.problems.first { $0.code == .damagedPDF })
        #expect(warning.severity == .warning)
        #expect(warning.message.contains("declares 1000000000 pages, of which 2 could be read"))
    }

    /// A byte of the page's dictionary flipped (`/MediaBox [` → `/MediaBox\``): the box is lost, mutool falls back
    /// to US Letter and used to clip a fifth of the text in silence. Now all of it is read, with a warning.
    @Test func damagedMediaBoxLosesNoText() throws {
        guard BuiltProducts.hasTool("mutool") else { return }
        var bytes = [UInt8](try Data(contentsOf: Self.onePage))
        let needle = Array("/MediaBox [".utf8)
        let at = try #require((0...(bytes.count - needle.count)).first { Array(bytes[$0..<$0 + needle.count]) == needle })
        bytes[at + 9] = UInt8(ascii: "`")
        let path = try write(Data(bytes), "mediabox.pdf")
        let pipeline = Pipeline()
        let original = pipeline.extract(try PDFReader.readDocument(path: Self.onePage.path), firstNumber: nil)
        let read = pipeline.extract(try PDFReader.readDocument(path: path), firstNumber: nil)
        #expect(read[0].diagnostics.contains { $0.code == .mediaBoxTooSmall && $0.severity == .warning })
        let letters = { (results: [PageResult]) in TextAccounting.heldLetters(of: results).values.reduce(0, +) }
        #expect(letters(read) == letters(original))
        #expect(read[0].articles.count == original[0].articles.count)
    }

    /// Every damage of a real page, several seeds: read with a warning, or refused as damaged with a reason
    /// that names the file; never silent about text it lost.
    @Test(arguments: PDFDamage.allCases)
    func everyDamageIsReadWithAWarningOrRefused(_ damage: PDFDamage) throws {
        guard BuiltProducts.hasTool("mutool") else { return }
        let originalLetters = try #require(FuzzOracle.letters(ofPDF: Self.corpusPage.path))
        for seed in UInt64(1)...4 {
            let path = try damaged(damage, seed: seed)
            let outcome = FuzzOracle.checkPDF(path: path, originalLetters: originalLetters)
            #expect(outcome.findings.isEmpty, "\(damage) seed \(seed): \(outcome.findings)")
            #expect(!outcome.errors.contains { $0.kind == .imageOnly }, "\(damage) seed \(seed): a damaged file is no scan")
        }
    }

    /// A font whose Unicode map gives a control character, a lone surrogate and a non-character: mutool's XML
    /// holds references XML forbids; the page is read, the three shown as U+FFFD, with a warning.
    @Test func controlCharactersInATextLayerAreReadAndReported() throws {
        guard BuiltProducts.hasTool("mutool") else { return }
        let special = try #require(FuzzInputs.specialPDFs.first { $0.name == "control-characters.pdf" })
        let path = try write(special.data, special.name)
        let document = try PDFReader.readDocument(path: path)
        let results = Pipeline().extract(document, firstNumber: nil)
        let warning = try #require(results[0].diagnostics.first { $0.code == .unreadableCharacters })
        #expect(warning.message.contains("3 characters of its text layer could not be read as text (3 of them control characters"))
        let text = results.flatMap(\.articles).flatMap(\.paragraphs).joined() + results.flatMap(\.unassigned).map(\.text).joined()
        #expect(text.contains("全市经济工作会议召开"))
    }

    /// `--pages 5-9` of a two-page PDF: mutool gives page 2, which was read as if asked for. Now pages beyond
    /// the end are an error when none is in the file, a warning when some are.
    @Test func pagesBeyondTheEndAreNamed() throws {
        guard BuiltProducts.hasTool("mutool") else { return }
        let error = try #require(refusal(Self.corpusPage.path, pages: 5...9))
        #expect(error.kind == .noSuchPage)
        #expect(error.description.contains("has 2 pages; pages 5–9 are not in it"))
        let document = try PDFReader.readDocument(path: Self.corpusPage.path, pages: 2...9)
        #expect(document.pages.map(\.index) == [2])
        #expect(document.problems.contains { $0.code == .noSuchPage && $0.message.contains("pages 3–9 asked for are not in it") })
        #expect(try PDFReader.readDocument(path: Self.corpusPage.path, pages: 2...2).pages.map(\.index) == [2])
    }

    /// A page tree declaring three pages of two, read with `--pages 1-3`: page 3 is missing inside the document,
    /// not beyond its end (naming pages "4–3" beyond it crashed the run).
    @Test func pageMissingInsideARangeIsDamage() throws {
        guard BuiltProducts.hasTool("mutool") else { return }
        var bytes = [UInt8](try Data(contentsOf: Self.corpusPage))
        let needle = Array("/Count 2".utf8)
        let at = try #require((0...(bytes.count - needle.count)).first { Array(bytes[$0..<$0 + needle.count]) == needle })
        bytes[at + 7] = UInt8(ascii: "3")
        let path = try write(Data(bytes), "three.pdf")
        let document = try PDFReader.readDocument(path: path, pages: 1...3)
        #expect(document.pages.map(\.index) == [1, 2])
        #expect(document.problems.contains { $0.code == .damagedPDF && $0.message.contains("1 of the 3 pages asked for that it has could not be read") })
        #expect(!document.problems.contains { $0.code == .noSuchPage })
        #expect(refusal(path, pages: 0...0)?.kind == .noSuchPage)
    }

    /// mutool's messages: its notice about colour profiles dropped, repeats counted, its last error the verdict.
    @Test func mutoolMessagesAreSorted() {
        let messages = MutoolMessages(
            """
            warning: ICC support is not available
            warning: invalid character in hex string
            warning: ... repeated 7 times...
            error: expected object number
            warning: trying to repair broken xref
            warning: repairing PDF document
            error: no objects found
            error: cannot draw 'x.pdf'
            """)
        #expect(messages.repaired)
        #expect(messages.damage.map(\.text) == ["invalid character in hex string", "expected object number", "no objects found"])
        #expect(messages.damage.first?.count == 8)
        #expect(messages.reason?.hasPrefix("no objects found: there are no PDF objects") == true)
        #expect(!MutoolMessages("warning: ICC support is not available\n").foundDamage)
        #expect(MutoolMessages("error: cycle in page tree\n").pageTree.map(\.text) == ["cycle in page tree"])
    }

    /// A file mutool takes too long over is stopped and reported, not waited on.
    @Test func mutoolIsStoppedAfterItsTimeout() throws {
        guard BuiltProducts.hasTool("mutool") else { return }
        let error = try #require(refusal(Self.corpusPage.path, settings: .init(timeout: 0.001, timeoutPerMegabyte: 0)))
        #expect(error.kind == .damaged)
        #expect(error.description.contains("was still working on it after 0 seconds and was stopped"))
    }
}

/// Numbers of mutool's XML that no box can hold (a damaged file's `nan`, `inf`, 1e308) are held in range, so
/// that a page's JSON can always be written.
@Suite struct StextNumberTests {
    @Test func numbersAreFiniteAndInRange() {
        #expect(StextParser.number("nan") == 0)
        #expect(StextParser.number("inf") == StextParser.largestCoordinate)
        #expect(StextParser.number("-1e308") == -StextParser.largestCoordinate)
        #expect(StextParser.number("12.5") == 12.5)
        #expect(StextParser.number(nil) == 0)
        #expect(StextParser.numbers("0 nan 3 inf") == [0, 0, 3, StextParser.largestCoordinate])
    }
}
