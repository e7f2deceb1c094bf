import BanmianTestHelpers
import Foundation
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// The `banmian` executable as a user runs it (built by `swift build`, which scripts/test.sh runs first).
@Suite struct CommandTests {
    static let binary = BuiltProducts.banmian ?? Fixtures.packageRoot.appendingPathComponent(".build/debug/banmian")

    struct Run {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    func banmian(_ arguments: [String], stdin: Data? = nil) throws -> Run {
        let process = Process()
        process.executableURL = Self.binary
        process.arguments = arguments
        let out = Pipe()
        let err = Pipe()
        let input = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = input
        try process.run()
        if let stdin { input.fileHandleForWriting.write(stdin) }
        try input.fileHandleForWriting.close()
        let stdout = BuiltProducts.readAll(out.fileHandleForReading)
        let stderr = BuiltProducts.readAll(err.fileHandleForReading)
        process.waitUntilExit()
        return Run(status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self), stderr: String(decoding: stderr, as: UTF8.self))
    }

    func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("banmian-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// `--output` naming a pipe (or a device such as /dev/null) writes into it and leaves it what it was: only a
    /// regular file is written under a temporary name and renamed over.
    @Test func anOutputThatIsAPipeIsWrittenNotReplaced() throws {
        let fifo = try temporaryFolder().appendingPathComponent("out.json")
        #expect(mkfifo(fifo.path, 0o600) == 0)
        let received = LockedData()
        let reader = Thread {
            if let handle = FileHandle(forReadingAtPath: fifo.path) { received.set(BuiltProducts.readAll(handle)) }
        }
        reader.start()
        let run = try banmian(["extract", Fixtures.url("pages", "sample-page-1.txt").path, "--format", "json", "-o", fifo.path])
        for _ in 0..<100 where received.get() == nil { Thread.sleep(forTimeInterval: 0.05) }
        #expect(run.status == 0)
        var status = stat()
        #expect(stat(fifo.path, &status) == 0 && status.st_mode & S_IFMT == S_IFIFO, "still a pipe")
        #expect(String(decoding: received.get() ?? Data(), as: UTF8.self).contains("\"articles\""))
    }

    final class LockedData: @unchecked Sendable {
        private let lock = NSLock()
        private var data: Data?
        func set(_ value: Data) { lock.withLock { data = value } }
        func get() -> Data? { lock.withLock { data } }
    }

    /// An ALTO page under any name is read as ALTO (by its content); a METS document without pages and a
    /// cut-short ALTO file are named with the reason; the others still read.
    @Test func altoPagesAreReadByTheirContent() throws {
        let folder = try temporaryFolder()
        let alto = """
            <?xml version="1.0" encoding="UTF-8"?>
            <alto xmlns="http://www.loc.gov/standards/alto/ns-v4#"><Description><MeasurementUnit>mm10</MeasurementUnit></Description>
            <Styles><TextStyle ID="H" FONTSIZE="24" FONTSTYLE="bold"/><TextStyle ID="B" FONTSIZE="10"/></Styles>
            <Layout><Page ID="P1" WIDTH="2970" HEIGHT="4200"><PrintSpace><TextBlock>
            <TextLine STYLEREFS="H" HPOS="100" VPOS="200" WIDTH="1200" HEIGHT="90"><String CONTENT="春节团拜会在京举行"/></TextLine>
            <TextLine STYLEREFS="B" HPOS="100" VPOS="400" WIDTH="1200" HEIGHT="40"><String CONTENT="　　本报北京1月5日电　党和国家领导人今天同首都各界人士欢聚一堂。"/></TextLine>
            <TextLine STYLEREFS="B" HPOS="100" VPOS="450" WIDTH="600" HEIGHT="40"><String CONTENT="大家互致新春祝福。"/></TextLine>
            </TextBlock></PrintSpace></Page></Layout></alto>
            """
        try Data(alto.utf8).write(to: folder.appendingPathComponent("page-0001.data"))
        try Data("<?xml version=\"1.0\"?><mets:mets xmlns:mets=\"http://www.loc.gov/METS/\"></mets:mets>".utf8).write(to: folder.appendingPathComponent("issue.mets.xml"))
        try Data(alto.prefix(400).utf8).write(to: folder.appendingPathComponent("cut.alto.xml"))
        let names = ["page-0001.data", "issue.mets.xml", "cut.alto.xml"].map { folder.appendingPathComponent($0).path }
        let run = try banmian(["extract"] + names + ["--format", "json"])
        #expect(run.status == 1)
        #expect(run.stderr.contains("issue.mets.xml: is a METS document whose physical structure points to no ALTO file"), "\(run.stderr)")
        #expect(run.stderr.contains("cut.alto.xml: is not a readable ALTO file"), "\(run.stderr)")
        let document = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        let pages = try #require(document["pages"] as? [[String: Any]])
        #expect(pages.count == 1 && (pages.first?["width"] as? Double).map { abs($0 - 841.89) < 0.1 } == true)
        let article = try #require((pages.first?["articles"] as? [[String: Any]])?.first)
        #expect(article["headline"] as? String == "春节团拜会在京举行")
        #expect(article["dateline"] as? String != nil, "\(article)")
    }

    /// An issue read from its PDFs (without their drawings, which ALTO does not carry yet), written as METS and
    /// ALTO (valid against the schemas in ../shared/schemas), read back from its METS file: the same pages,
    /// articles and stories. A METS file naming an ALTO file that is not there says which.
    @Test func anIssueWrittenAsMETSReadsBackTheSame() throws {
        guard BuiltProducts.hasTool("mutool"), BuiltProducts.hasTool("xmllint") else {
            Issue.record("mutool and xmllint are needed (scripts/setup.sh installs them)")
            return
        }
        let corpus = Fixtures.packageRoot.appendingPathComponent("Benchmarks/Corpus/issues")
        let pdfs = (1...4).map { corpus.appendingPathComponent("issue01-p\($0).pdf").path }
        let folder = try temporaryFolder()
        let written = try banmian(["extract"] + pdfs + ["--no-drawings", "--format", "mets", "--output", folder.path])
        #expect(written.status == 0, "\(written.stderr)")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        let mets = try #require(files.first { $0.hasSuffix(".mets.xml") })
        #expect(files.filter { $0.hasSuffix(".alto.xml") }.count == 4)
        let schemas = Fixtures.packageRoot.deletingLastPathComponent().appendingPathComponent("shared/schemas")
        for (schema, names) in [("mets-1-12-1.xsd", [mets]), ("alto-4-4.xsd", files.filter { $0.hasSuffix(".alto.xml") })] {
            let lint = try BuiltProducts.run(
                URL(fileURLWithPath: "/usr/bin/env"), ["xmllint", "--noout", "--nonet", "--schema", schemas.appendingPathComponent(schema).path] + names.map { folder.appendingPathComponent($0).path })
            #expect(lint.status == 0, "\(schema): \(lint.stderr.prefix(2000))")
        }
        func reading(_ arguments: [String]) throws -> (articles: [[String]], stories: [[String]], paper: String?) {
            let run = try banmian(["extract"] + arguments + ["--format", "json"])
            #expect(run.status == 0, "\(run.stderr)")
            let document = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
            let articles = (document["pages"] as? [[String: Any]] ?? []).flatMap { page in
                (page["articles"] as? [[String: Any]] ?? []).map { article in
                    [article["id"] as? String ?? "", article["headline"] as? String ?? "-"]
                        + (article["sections"] as? [[String: Any]] ?? []).flatMap { $0["paragraphs"] as? [String] ?? [] }
                }
            }
            let issue = (document["issues"] as? [[String: Any]])?.first
            let stories = (issue?["stories"] as? [[String: Any]] ?? []).map { $0["parts"] as? [String] ?? [] }
            return (articles, stories, issue?["paper"] as? String)
        }
        let fromPDF = try reading(pdfs + ["--no-drawings"])
        // Rebuilt from the pages: the same articles and stories.
        let rebuilt = try reading([folder.appendingPathComponent(mets).path, "--rebuild-articles"])
        #expect(rebuilt.articles.count > 20 && rebuilt.articles == fromPDF.articles)
        #expect(!rebuilt.stories.isEmpty && rebuilt.stories == fromPDF.stories)
        #expect(rebuilt.paper == "云岭都市报" && fromPDF.paper == rebuilt.paper)
        // As its ARTICLE divs segment it: the same stories and paper, and all but a few articles the same (the
        // METS holds no block for a photo news item's caption or a collective credit).
        let segmented = try reading([folder.appendingPathComponent(mets).path])
        #expect(segmented.articles.count == fromPDF.articles.count && segmented.stories == fromPDF.stories && segmented.paper == fromPDF.paper)
        let same = zip(segmented.articles, fromPDF.articles).filter { $0 == $1 }.count
        #expect(same * 5 >= fromPDF.articles.count * 4, "\(same) of \(fromPDF.articles.count)")

        try FileManager.default.removeItem(at: folder.appendingPathComponent("issue01-p3.alto.xml"))
        let missing = try banmian(["extract", folder.appendingPathComponent(mets).path])
        #expect(missing.status == 1 && missing.stderr.contains("names the ALTO file") && missing.stderr.contains("issue01-p3.alto.xml"), "\(missing.stderr)")
    }

    /// `--paper` and `--date` name the issue when the pages' furniture does not (or says otherwise).
    @Test func paperAndDateGivenOnTheCommandLineNameTheIssue() throws {
        let corpus = Fixtures.packageRoot.appendingPathComponent("Benchmarks/Corpus/issues")
        let pages = ["issue01-p1.raw.txt", "issue01-p2.raw.txt"].map { corpus.appendingPathComponent($0).path }
        let run = try banmian(["extract"] + pages + ["--paper", "测试报", "--date", "2024-03-05", "--format", "json"])
        #expect(run.status == 0)
        let document = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        let issues = try #require(document["issues"] as? [[String: Any]])
        #expect(issues.count == 1 && issues[0]["paper"] as? String == "测试报" && issues[0]["date"] as? String == "2024-03-05")
        #expect(issues[0]["id"] as? String == "测试报-2024-03-05")
        let markdown = try banmian(["extract"] + pages + ["--paper", "测试报", "--date", "2024-03-05"])
        #expect(markdown.status == 0)
        let bad = try banmian(["extract"] + pages + ["--date", "2024-3-5"])
        #expect(bad.status != 0 && bad.stderr.contains("YYYY-MM-DD"))
    }

    @Test func binaryIsBuilt() {
        #expect(FileManager.default.isExecutableFile(atPath: Self.binary.path), "run `swift build` before the tests (scripts/test.sh does)")
    }

    @Test func badInputsAreReportedAndTheOthersStillProcessed() throws {
        guard FileManager.default.isExecutableFile(atPath: Self.binary.path) else { return }
        let folder = try temporaryFolder()
        let empty = folder.appendingPathComponent("empty.txt")
        let binary = folder.appendingPathComponent("scan.txt")
        try Data().write(to: empty)
        try Data([0x25, 0x50, 0x44, 0x46, 0x00, 0x01, 0x02, 0xFF]).write(to: binary)
        let good = Fixtures.url("pages", "sample-page-1.txt").path
        let missing = folder.appendingPathComponent("missing.txt").path
        let run = try banmian(["extract", empty.path, good, binary.path, missing, "--format", "json"])
        #expect(run.status == 1)
        for name in [empty.path, binary.path, missing] { #expect(run.stderr.contains(name), "stderr names \(name)") }
        let document = try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any]
        let pages = document?["pages"] as? [[String: Any]] ?? []
        let errors = document?["errors"] as? [[String: Any]] ?? []
        #expect(pages.count == 1)
        #expect((pages.first?["articles"] as? [Any])?.count == 4)
        #expect(errors.map { $0["kind"] as? String } == ["empty", "binary", "unreadable"])
    }

    /// A page larger than a page can be, in a file of pages: reported with its place while the file's other
    /// pages and the other inputs are written.
    @Test func hugePageIsRefusedAndTheRestRead() throws {
        guard FileManager.default.isExecutableFile(atPath: Self.binary.path) else { return }
        let folder = try temporaryFolder()
        let dump = folder.appendingPathComponent("dump.txt")
        let sample = try Fixtures.data("pages", "sample-page-1.txt")
        try (sample + Data("\u{0C}".utf8) + Data(String(repeating: "测试文字，", count: 600_000).utf8) + Data("\u{0C}".utf8) + sample).write(to: dump)
        let run = try banmian(["extract", dump.path, Fixtures.url("pages", "english-page.txt").path, "--format", "json"])
        #expect(run.status == 1)
        #expect(run.stderr.contains("\(dump.path) (page 2 of the file): is 8.6 MiB of text without a form feed, more than the 8.0 MiB a page can be"))
        let document = try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any]
        let pages = document?["pages"] as? [[String: Any]] ?? []
        #expect(pages.count == 3)
        #expect(pages.prefix(2).map { $0["source"] as? String } == [dump.path, dump.path])
        #expect(pages.prefix(2).map { $0["number"] as? Int } == [1, 3])
        let errors = document?["errors"] as? [[String: Any]] ?? []
        #expect(errors.map { $0["kind"] as? String } == ["tooLarge"])
        #expect(errors.first?["page"] as? Int == 2)
        try? FileManager.default.removeItem(at: folder)
    }

    /// What fuzzing found on the command line: a directory named like a PDF crashed the run, a named pipe hung
    /// it, devices were "not permitted", `--page` near the largest integer overflowed, a file of invisible
    /// characters gave nothing and no error. Each is refused with its real reason; the good page is written.
    @Test func specialFilesAndBadNumbersAreRefusedByName() throws {
        guard FileManager.default.isExecutableFile(atPath: Self.binary.path) else { return }
        let folder = try temporaryFolder()
        let directory = folder.appendingPathComponent("issue.pdf")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let textPipe = folder.appendingPathComponent("pipe.txt")
        let pdfPipe = folder.appendingPathComponent("pipe.pdf")
        #expect(mkfifo(textPipe.path, 0o600) == 0 && mkfifo(pdfPipe.path, 0o600) == 0)
        let invisible = folder.appendingPathComponent("marks.txt")
        try Data("\u{AD}\u{0C}\u{AD}".utf8).write(to: invisible)
        let good = Fixtures.url("pages", "sample-page-1.txt").path
        let run = try banmian(["extract", directory.path, textPipe.path, pdfPipe.path, "/dev/null", "/dev/zero", invisible.path, good, "--format", "json"])
        #expect(run.status == 1)
        for (path, reason) in [
            (directory.path, "is a directory, not a file"), (textPipe.path, "is a named pipe (FIFO), not a file"),
            (pdfPipe.path, "is a named pipe (FIFO), not a file"), ("/dev/null", "is a character device, not a file"),
            ("/dev/zero", "is a character device, not a file"), (invisible.path, "holds no text (only white space and invisible characters"),
        ] {
            #expect(run.stderr.contains("\(path): \(reason)"), "\(path): \(reason)")
        }
        #expect(!run.stderr.contains("permission"))
        let document = try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any]
        #expect((document?["pages"] as? [[String: Any]])?.count == 1)
        #expect((document?["errors"] as? [[String: Any]])?.map { $0["kind"] as? String } == ["notAFile", "notAFile", "notAFile", "notAFile", "notAFile", "empty"])

        let overflow = try banmian(["extract", "--page", "9223372036854775807", good, good])
        #expect(overflow.status == 64)
        #expect(overflow.stderr.contains("--page takes a page number from 1 to 99999"))
        let last = try banmian(["extract", "--page", "99999", good, good, "--format", "json"])
        #expect(last.status == 0)
        let numbers = ((try JSONSerialization.jsonObject(with: Data(last.stdout.utf8)) as? [String: Any])?["pages"] as? [[String: Any]])?.map { $0["number"] as? Int }
        #expect(numbers == [99999, 100_000])
        try? FileManager.default.removeItem(at: folder)
    }

    @Test func readsStandardInputAndNumbersPages() throws {
        guard FileManager.default.isExecutableFile(atPath: Self.binary.path) else { return }
        let data = try Fixtures.data("pages", "sample-page-1.txt")
        let run = try banmian(["extract", "--format", "json", "--page", "7"], stdin: data)
        #expect(run.status == 0)
        let document = try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any]
        let page = (document?["pages"] as? [[String: Any]])?.first
        #expect(page?["source"] as? String == "-")
        #expect(page?["number"] as? Int == 7)
    }

    /// A page picture is refused without --ocr, by name and with the flag, while the run's other pages are
    /// read; with --ocr Tesseract reads it (the test of OCR through the command: seconds).
    @Test func aPagePictureIsReadWithOCR() throws {
        guard FileManager.default.isExecutableFile(atPath: Self.binary.path) else { return }
        let folder = try temporaryFolder()
        let picture = folder.appendingPathComponent("scan-page")  // no suffix: told by its content
        let pdf = Fixtures.packageRoot.appendingPathComponent("Benchmarks/Corpus/pages/issue02-p2.pdf")
        let drawn = try BuiltProducts.run(URL(fileURLWithPath: "/usr/bin/env"), ["pdftoppm", "-r", "300", "-gray", "-png", "-singlefile", pdf.path, picture.path])
        try #require(drawn.status == 0, "\(drawn.stderr)")
        let png = picture.appendingPathExtension("png")
        try FileManager.default.moveItem(at: png, to: picture)
        let text = Fixtures.url("pages", "sample-page-1.txt").path

        let refused = try banmian(["extract", picture.path, text, "--format", "json"])
        #expect(refused.status == 1)
        #expect(refused.stderr.contains(picture.path) && refused.stderr.contains("--ocr"))
        let kept = try JSONSerialization.jsonObject(with: Data(refused.stdout.utf8)) as? [String: Any]
        #expect((kept?["pages"] as? [[String: Any]])?.count == 1, "the text page is still read")

        let read = try banmian(["extract", picture.path, "--ocr", "--format", "json"])
        #expect(read.status == 0, "\(read.stderr)")
        let document = try JSONSerialization.jsonObject(with: Data(read.stdout.utf8)) as? [String: Any]
        let page = try #require((document?["pages"] as? [[String: Any]])?.first)
        #expect(((page["articles"] as? [[String: Any]]) ?? []).count >= 3)
        #expect(((page["diagnostics"] as? [[String: Any]]) ?? []).contains { $0["code"] as? String == "recognized" })
        #expect(try banmian(["extract", picture.path, "--ocr", "--lang", "chi_sim;eng"]).status != 0, "a bad language list is a usage error")
        // Without the second reading: the first reading's articles, Tesseract run once.
        let once = try banmian(["extract", picture.path, "--ocr", "--no-second-reading", "--format", "json"])
        #expect(once.status == 0, "\(once.stderr)")
        let first = try JSONSerialization.jsonObject(with: Data(once.stdout.utf8)) as? [String: Any]
        #expect((((first?["pages"] as? [[String: Any]])?.first?["articles"] as? [[String: Any]]) ?? []).count >= 3)
    }

    @Test func writesMarkdownToAFile() throws {
        guard FileManager.default.isExecutableFile(atPath: Self.binary.path) else { return }
        let output = try temporaryFolder().appendingPathComponent("page.md")
        let run = try banmian(["extract", Fixtures.url("pages", "sample-page-1.txt").path, "--output", output.path])
        #expect(run.status == 0)
        let markdown = try String(contentsOf: output, encoding: .utf8)
        #expect(markdown.contains("## 书写高质量发展新篇章"))
        #expect(markdown.contains("*Continued on page 3 (下转第三版)*"))
    }

    @Test func unknownEncodingIsAUsageError() throws {
        guard FileManager.default.isExecutableFile(atPath: Self.binary.path) else { return }
        let run = try banmian(["extract", "--encoding", "ebcdic", Fixtures.url("pages", "sample-page-1.txt").path])
        #expect(run.status != 0 && run.status != 1)
        #expect(run.stderr.contains("unknown encoding"))
    }

    @Test func helpShowsExamples() throws {
        guard FileManager.default.isExecutableFile(atPath: Self.binary.path) else { return }
        let run = try banmian(["extract", "--help"])
        #expect(run.stdout.contains("banmian extract p1.txt p2.txt p3.txt --format json"))
    }
}
