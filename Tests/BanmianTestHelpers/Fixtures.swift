import Banmian
import Foundation
import Testing

/// Fixture files in `Tests/BanmianTests/Fixtures`, read from the source tree so golden files can be re-recorded.
/// The pages there are the core's; the other test targets read them as inputs too.
public enum Fixtures {
    /// The package's folder, found from this file's place in the source tree (`Tests/BanmianTestHelpers`).
    public static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    public static let root = packageRoot.appendingPathComponent("Tests/BanmianTests/Fixtures")

    /// The names (without `.txt`) of the page fixtures in a folder.
    public static func pageNames(in folder: String) -> [String] {
        let url = root.appendingPathComponent(folder)
        let files = (try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? []
        return files.filter { $0.hasSuffix(".txt") }.map { String($0.dropLast(4)) }.sorted()
    }

    public static func url(_ folder: String, _ file: String) -> URL { root.appendingPathComponent(folder).appendingPathComponent(file) }

    public static func data(_ folder: String, _ file: String) throws -> Data { try Data(contentsOf: url(folder, file)) }

    /// Runs the pipeline on a fixture page, named as a user would pass it (the file name only).
    public static func extract(_ folder: String, _ name: String) throws -> PageResult {
        try Pipeline().extract(PageSource(name: "\(name).txt", data: data(folder, "\(name).txt")))
    }

    /// Runs the pipeline on lines as a PDF reader gives them (boxes, type sizes, faces), numbered in their order,
    /// on an A4 page named `name` (`p2.pdf`: its page number).
    public static func extract(lines: [TextLine], name: String) -> PageResult {
        let numbered = lines.enumerated().map { index, line in
            var line = line
            line.number = index + 1
            return line
        }
        return Pipeline().extract(lines: numbered, source: PageSource(name: name, data: Data()), size: PageSize(width: 595, height: 842))
    }

    /// Set `RECORD_SNAPSHOTS=1` to rewrite golden files; the test then fails so the re-record is a conscious commit.
    public static var recording: Bool { ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] != nil }

    /// Compares `actual` with a golden file, or records it.
    public static func assertGolden(
        _ actual: String, _ folder: String, _ file: String, sourceLocation: SourceLocation = #_sourceLocation
    ) throws {
        let url = url(folder, file)
        if recording {
            try actual.write(to: url, atomically: true, encoding: .utf8)
            Issue.record("recorded \(folder)/\(file); unset RECORD_SNAPSHOTS and run the tests again", sourceLocation: sourceLocation)
            return
        }
        guard let expected = try? String(contentsOf: url, encoding: .utf8) else {
            Issue.record("no golden file \(folder)/\(file): run with RECORD_SNAPSHOTS=1 to create it", sourceLocation: sourceLocation)
            return
        }
        if actual != expected {
            Issue.record("\(folder)/\(file) differs from the output:\n\(firstDifference(expected, actual))", sourceLocation: sourceLocation)
        }
    }

    /// The first differing line of two texts, for a readable failure.
    public static func firstDifference(_ expected: String, _ actual: String) -> String {
        let a = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let b = actual.split(separator: "\n", omittingEmptySubsequences: false)
        for index in 0..<max(a.count, b.count) {
            let left = index < a.count ? String(a[index]) : "<end>"
            let right = index < b.count ? String(b[index]) : "<end>"
            if left != right { return "line \(index + 1):\n  expected: \(left)\n  actual:   \(right)" }
        }
        return "(same lines)"
    }
}
