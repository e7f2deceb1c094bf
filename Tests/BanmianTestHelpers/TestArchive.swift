import Banmian
import BanmianArchive
import Foundation

/// Archives for the tests, made from the corpus's issues as `pdftotext -raw` extracted them (six issues of four
/// pages, with stories over pages and teasers): the pages read by the pipeline, grouped as `extract` groups them.
public enum TestArchive {
    public static let corpus = Fixtures.packageRoot.appendingPathComponent("Benchmarks/Corpus/issues")

    /// The corpus pages' page document, read once.
    public static let document: PageDocument = {
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: corpus.path)) ?? [])
            .filter { $0.hasSuffix(".raw.txt") }.sorted()
        let results = names.compactMap { name in
            try? Pipeline().extract(PageSource(name: name, data: Data(contentsOf: corpus.appendingPathComponent(name))))
        }
        return PageDocument(results: results)
    }()

    public static var issues: [ArchiveIssue] { ArchiveIssue.issues(of: document, path: "issues.json", hash: "corpus") }

    /// The first issue as a changed file gives it again: its first page alone, without its last article, under
    /// another hash, and no stories.
    public static func firstIssueChanged() -> ArchiveIssue? {
        guard var issue = issues.first, !issue.pages.isEmpty else { return nil }
        issue.pages = [issue.pages[0]]
        issue.pages[0].json.articles.removeLast()
        issue.pages[0].hash = "changed"
        issue.sources = [ArchiveIssue.Source(path: "issues.json", hash: "changed", pages: 1)]
        issue.issue.stories = []
        return issue
    }

    /// A new, empty archive in a folder of its own.
    public static func empty() throws -> SQLiteArchive {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("banmian-archive-test-\(UUID().uuidString)")
        return try SQLiteArchive(folder: folder.path, create: true)
    }

    /// An archive holding the corpus issues.
    public static func filled() throws -> SQLiteArchive {
        let archive = try empty()
        for issue in issues { try archive.store(issue) }
        return archive
    }

    /// An archive made by `banmian ingest` (built beside the tests) from the corpus PDFs whose names start with
    /// `prefix`: pages with geometry and zones, the PDFs kept for the reader's pictures.
    public static func ingested(_ prefix: String) throws -> SQLiteArchive {
        guard let banmian = BuiltProducts.banmian, FileManager.default.isExecutableFile(atPath: banmian.path) else {
            throw CocoaError(.fileNoSuchFile, userInfo: [NSLocalizedDescriptionKey: "build banmian first (swift build)"])
        }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("banmian-archive-test-\(UUID().uuidString)")
        let pdfs = ((try? FileManager.default.contentsOfDirectory(atPath: corpus.path)) ?? [])
            .filter { $0.hasPrefix(prefix) && $0.hasSuffix(".pdf") }.sorted().map { corpus.appendingPathComponent($0).path }
        let run = try BuiltProducts.run(banmian, ["ingest"] + pdfs + ["--archive", folder.path])
        guard run.status == 0 else { throw CocoaError(.fileReadUnknown, userInfo: [NSLocalizedDescriptionKey: "banmian ingest: \(run.stderr)"]) }
        return try SQLiteArchive(folder: folder.path, create: false)
    }

    /// Each stored article's searched text (headline, kicker, subtitle, body) by id: what the scan reads.
    public static func searchedTexts(of archive: SQLiteArchive) throws -> [String: String] {
        var texts: [String: String] = [:]
        try archive.export(stories: false) { item in
            for part in item.parts {
                let article = part.article
                texts[part.id] = [article.headline, article.kicker, article.subtitle, SQLiteArchive.searchedBody(of: article)]
                    .compactMap { $0 }.joined(separator: "\n")
            }
        }
        return texts
    }
}
