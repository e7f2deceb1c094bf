import Foundation
import Testing

/// The `banmian` executable as a user runs it (built by `swift build`, which scripts/test.sh runs first).
@Suite struct CommandTests {
    static let binary = Fixtures.packageRoot.appendingPathComponent(".build/debug/banmian")

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
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Run(status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self), stderr: String(decoding: stderr, as: UTF8.self))
    }

    func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("banmian-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
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

    @Test func hugeFileIsRefusedBeforeReading() throws {
        guard FileManager.default.isExecutableFile(atPath: Self.binary.path) else { return }
        let huge = try temporaryFolder().appendingPathComponent("huge.txt")
        FileManager.default.createFile(atPath: huge.path, contents: nil)
        let handle = try FileHandle(forWritingTo: huge)
        try handle.truncate(atOffset: 200 * 1_048_576)  // sparse: takes no disk space
        try handle.close()
        let run = try banmian(["extract", huge.path, Fixtures.url("pages", "sample-page-1.txt").path, "--format", "json"])
        #expect(run.status == 1)
        #expect(run.stderr.contains("\(huge.path): is 200 MiB"))
        #expect(run.stdout.contains("在主动为国担当上示范引领"))
        try? FileManager.default.removeItem(at: huge)
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
