import BanmianTestHelpers
import Foundation
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// `banmian ingest`, `search`, `export` and `archive` as a user runs them: a folder of pages in, found again,
/// written out; bad files named; a run killed at any moment finished by running it again.
@Suite(.serialized) struct ArchiveCommandTests {
    static let binary = BuiltProducts.banmian ?? Fixtures.packageRoot.appendingPathComponent(".build/debug/banmian")
    static let corpus = Fixtures.packageRoot.appendingPathComponent("Benchmarks/Corpus/issues")

    func banmian(_ arguments: [String]) throws -> BuiltProducts.Run { try BuiltProducts.run(Self.binary, arguments) }

    /// A folder of six issues: three as PDFs (when mutool is here), three as `pdftotext -raw` text.
    func pagesFolder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("banmian-ingest-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let usePDF = BuiltProducts.hasTool("mutool")
        for name in try FileManager.default.contentsOfDirectory(atPath: Self.corpus.path).sorted() {
            let early = name.hasPrefix("issue01") || name.hasPrefix("issue02") || name.hasPrefix("issue03")
            let late = name.hasPrefix("issue04") || name.hasPrefix("issue05") || name.hasPrefix("issue06")
            let wanted = (early && (usePDF ? name.hasSuffix(".pdf") : name.hasSuffix(".mutool.txt"))) || (late && name.hasSuffix(".raw.txt"))
            if wanted { try FileManager.default.copyItem(at: Self.corpus.appendingPathComponent(name), to: folder.appendingPathComponent(name)) }
        }
        return folder
    }

    func newArchive() -> String {
        FileManager.default.temporaryDirectory.appendingPathComponent("banmian-archive-\(UUID().uuidString)").path
    }

    @Test func aFolderIsIngestedFoundAndExported() throws {
        let pages = try pagesFolder()
        // A binary file and an empty one among the pages: named, the rest stored, exit status 1.
        let pageCount = try FileManager.default.contentsOfDirectory(atPath: pages.path).count
        try Data([0x00, 0xFF, 0x13, 0x37, 0x00, 0x01]).write(to: pages.appendingPathComponent("broken.txt"))
        try Data().write(to: pages.appendingPathComponent("empty.txt"))
        // A named pipe given by name: refused at once, never waited on.
        let fifo = pages.appendingPathComponent("pipe.txt")
        #expect(mkfifo(fifo.path, 0o600) == 0)
        let archive = newArchive()
        defer { try? FileManager.default.removeItem(atPath: archive) }
        let first = try banmian(["ingest", pages.path, fifo.path, "--archive", archive])
        #expect(first.status == 1)
        #expect(first.stderr.contains("pipe.txt: is a named pipe"))
        #expect(first.stderr.contains("broken.txt") && first.stderr.contains("empty.txt"))
        #expect(first.stderr.contains("6 issues, \(pageCount) pages"), "\(first.stderr)")
        // Each PDF kept in the archive under its content hash, for the reader's pictures; the text files not.
        let pdfs = try FileManager.default.contentsOfDirectory(atPath: pages.path).filter { $0.hasSuffix(".pdf") }
        let kept = (try? FileManager.default.contentsOfDirectory(atPath: archive + "/originals")) ?? []
        #expect(kept.count == pdfs.count && kept.allSatisfy { $0.hasSuffix(".pdf") && $0.count == 68 }, "\(kept)")

        let search = try banmian(["search", "春节团拜会", "--archive", archive, "--format", "json"])
        #expect(search.status == 0)
        let results = try JSONSerialization.jsonObject(with: Data(search.stdout.utf8)) as? [String: Any]
        #expect((results?["total"] as? Int ?? 0) > 0)
        let text = try banmian(["search", "春节 -团拜会", "--archive", archive, "--from", "1998-01-01", "--limit", "3"])
        #expect(text.status == 0 && text.stdout.contains("【春节】"))
        let bad = try banmian(["search", "--archive", archive, "--", "-码头"])
        #expect(bad.status != 0 && bad.stderr.contains("add a word to look for"))
        let badDate = try banmian(["search", "码头", "--from", "1998-13-01", "--archive", archive])
        #expect(badDate.status != 0 && badDate.stderr.contains("YYYY-MM-DD"))

        // The same folder again: nothing new (the bad files are reported again, since they were never stored).
        let second = try banmian(["ingest", pages.path, "--archive", archive])
        #expect(second.stderr.contains("0 issues, 0 pages, 0 articles") && second.stderr.contains("\(pageCount) already in the archive"), "\(second.stderr)")

        let articles = try banmian(["export", "--archive", archive])
        let stories = try banmian(["export", "--archive", archive, "--stories"])
        #expect(articles.status == 0 && stories.status == 0)
        let articleLines = articles.stdout.split(separator: "\n")
        let storyLines = stories.stdout.split(separator: "\n")
        #expect(articleLines.count > storyLines.count && storyLines.count > 50)
        #expect(storyLines.contains { $0.contains("\"parts\":[{") && $0.components(separatedBy: "\"article\":").count > 2 })

        let info = try banmian(["archive", archive])
        #expect(info.status == 0 && info.stdout.contains("integrity check: ok") && info.stdout.contains("云岭都市报"))
        let missing = try banmian(["search", "码头", "--archive", newArchive()])
        #expect(missing.status != 0 && missing.stderr.contains("banmian ingest"))
    }

    /// `--paper` and `--date` name the issue the pages are stored in.
    @Test func ingestTakesThePaperAndDateGiven() throws {
        let archive = newArchive()
        defer { try? FileManager.default.removeItem(atPath: archive) }
        let pages = ["issue01-p1.raw.txt", "issue01-p2.raw.txt"].map { Self.corpus.appendingPathComponent($0).path }
        let run = try banmian(["ingest"] + pages + ["--archive", archive, "--paper", "测试报", "--date", "2024-03-05"])
        #expect(run.status == 0, "\(run.stderr)")
        let info = try banmian(["archive", archive])
        #expect(info.stdout.contains("测试报") && info.stdout.contains("2024-03-05"), "\(info.stdout)")
        let bad = try banmian(["ingest"] + pages + ["--archive", archive, "--date", "yesterday"])
        #expect(bad.status != 0 && bad.stderr.contains("YYYY-MM-DD"))
    }

    /// Extraction elsewhere, ingest here: the page JSON of `banmian extract` stores the same articles as the pages.
    @Test func pageJSONWrittenByExtractIsIngestedAsThePages() throws {
        let pages = try pagesFolder()
        let files = try FileManager.default.contentsOfDirectory(atPath: pages.path).sorted().map { pages.appendingPathComponent($0).path }
        let document = pages.appendingPathComponent("run.json").path
        #expect(try banmian(["extract"] + files + ["--format", "json", "-o", document]).status == 0)
        let fromPages = newArchive()
        defer { try? FileManager.default.removeItem(atPath: fromPages) }
        let fromJSON = newArchive()
        defer { try? FileManager.default.removeItem(atPath: fromJSON) }
        #expect(try banmian(["ingest"] + files + ["--archive", fromPages]).status == 0)
        let ingested = try banmian(["ingest", document, "--archive", fromJSON])
        #expect(ingested.status == 0, "\(ingested.stderr)")
        let expected = try banmian(["export", "--archive", fromPages, "--stories"]).stdout
        let actual = try banmian(["export", "--archive", fromJSON, "--stories"]).stdout
        #expect(!expected.isEmpty && actual == expected)
        // A JSON file that is no page document is named, and nothing is stored from it.
        let other = pages.appendingPathComponent("other.json")
        try Data(#"{"title": "not pages"}"#.utf8).write(to: other)
        let refused = try banmian(["ingest", other.path, "--archive", fromJSON])
        #expect(refused.status == 1 && refused.stderr.contains("other.json") && refused.stderr.contains("not a page document"))
    }

    /// kill -9 at several points of a run (shares of the time an uninterrupted run takes on this machine): the
    /// archive passes its checks, and the same command run again ends with exactly what an uninterrupted run stores.
    @Test(arguments: [0.05, 0.4, 0.6, 0.75, 0.9])
    func aKilledIngestIsFinishedByRunningItAgain(atShare share: Double) throws {
        let pages = try pagesFolder()
        let whole = newArchive()
        defer { try? FileManager.default.removeItem(atPath: whole) }
        let started = Date()
        #expect(try banmian(["ingest", pages.path, "--archive", whole]).status == 0)
        let seconds = Date().timeIntervalSince(started) * share
        let expected = try banmian(["export", "--archive", whole, "--stories"]).stdout

        let archive = newArchive()
        defer { try? FileManager.default.removeItem(atPath: archive) }
        let process = Process()
        process.executableURL = Self.binary
        process.arguments = ["ingest", pages.path, "--archive", archive]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        Thread.sleep(forTimeInterval: seconds)
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()

        if FileManager.default.fileExists(atPath: archive + "/archive.sqlite") {
            let check = try banmian(["archive", archive])
            #expect(check.status == 0 && check.stdout.contains("integrity check: ok"), "\(check.stdout)\(check.stderr)")
        }
        let rerun = try banmian(["ingest", pages.path, "--archive", archive])
        #expect(rerun.status == 0, "\(rerun.stderr)")
        #expect(try banmian(["export", "--archive", archive, "--stories"]).stdout == expected)
        let again = try banmian(["ingest", pages.path, "--archive", archive])
        #expect(again.stderr.contains("0 issues, 0 pages"))
    }
}
