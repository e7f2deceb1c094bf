import ArgumentParser
import Banmian
import BanmianArchive
import Foundation

/// `--archive DIR`, shared by the commands that use the archive.
struct ArchiveOptions: ParsableArguments {
    @Option(name: .customLong("archive"), help: "The archive folder (created by ingest when missing).", completion: .directory)
    var folder: String = "banmian-archive"

    /// Opens the archive; only `ingest` creates one.
    func open(create: Bool = false) throws -> SQLiteArchive { try Self.open(folder, create: create) }

    static func open(_ folder: String, create: Bool = false) throws -> SQLiteArchive {
        do {
            return try SQLiteArchive(folder: folder, create: create)
        } catch {
            Console.error(error.description)
            throw ExitCode(2)
        }
    }
}

/// `banmian ingest`: pages and page JSON into the archive.
struct Ingest: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Store newspaper pages in an archive, grouped into issues, for search and export.",
        discussion: """
            Reads PDFs, page text files and page JSON documents (written by banmian extract --format json), given one by one or as folders searched through for .pdf, .txt and .json files. Pages are read on all cores and grouped into issues by paper and date as banmian extract does; each issue is stored in one transaction.

            The same file again (by its content) is skipped; a changed file replaces the pages it gave before. A run that was stopped (Ctrl-C, kill, a crash, power loss) leaves the archive as it was after its last stored issue: run the same command again to finish. Files that cannot be read are reported by name, the rest stored, and the exit status is 1.

            Examples:
              banmian ingest Benchmarks/Corpus/issues --archive my-archive
              banmian ingest 2024-03-05/*.pdf --archive ~/archives/linjiang
              banmian extract p1.pdf p2.pdf --format json -o issue.json && banmian ingest issue.json
            """
    )

    @Argument(help: "PDFs, page text files, page JSON documents, or folders of them.", completion: .file())
    var paths: [String]

    @OptionGroup var archive: ArchiveOptions

    @Flag(inversion: .prefixedNo, help: "Read a PDF's drawings as module boundaries (see banmian extract --help).")
    var drawings = true

    mutating func run() throws {
        let started = Date()
        let store = try archive.open(create: true)
        let (files, missing) = IngestRun.files(in: paths)
        for error in missing { Console.error(error.description) }
        let progress = Progress(total: files.count)
        var ingest = IngestRun(store: store, pipeline: Pipeline(), drawings: drawings)
        try ingest.run(files, progress: progress)
        progress.finish()
        let totals = ingest.totals
        let errors = missing.count + totals.errors.count
        let seconds = Date().timeIntervalSince(started)
        let rate = seconds > 0 ? Double(totals.pages) / seconds : 0
        Console.write(
            "\(archive.folder): \(totals.issues) issues, \(totals.pages) pages, \(totals.articles) articles stored from \(totals.files) files"
                + " (\(totals.skipped) already in the archive), \(errors) errors, in \(String(format: "%.1f", seconds)) s"
                + (totals.pages > 0 ? String(format: " (%.1f pages/s)", rate) : "") + "\n")
        if errors > 0 { throw ExitCode(1) }
    }
}

/// `banmian search`: articles of the archive by their words.
struct Search: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Find articles in an archive by their words, Chinese or Latin.",
        discussion: """
            Words separated by spaces must all occur; "…" is a phrase; a OR b finds either; -word excludes; word* finds Latin words that begin so. Chinese needs no spaces: 码头工人 is found where the four characters stand together, 码 wherever it stands. Results are ranked (headline and kicker weigh most, then subtitle, then text) or sorted by date, newest first.

            Examples:
              banmian search 码头 --archive my-archive
              banmian search '"春节团拜会" 李鹏 -广播' --from 1998-01-01 --to 1998-12-31
              banmian search 'harbor OR port' --paper "The Harbor Ledger" --format json
              banmian search 冬奥会 --page 要闻 --sort date --limit 50
              banmian search --archive my-archive -- '-广告 春节'     # a query that starts with - goes after --
            """
    )

    @Argument(help: "What to look for.")
    var query: String

    @OptionGroup var archive: ArchiveOptions

    @Option(help: "Only issues of this date or later (YYYY-MM-DD).")
    var from: String?

    @Option(help: "Only issues of this date or earlier (YYYY-MM-DD).")
    var to: String?

    @Option(help: "Only this paper, by its name as printed.")
    var paper: String?

    @Option(help: "Only this page, by number (3) or name (要闻).")
    var page: String?

    @Option(help: "How many results (1 to 1000).")
    var limit = 20

    @Option(help: "Skip this many results first (for the next page of results).")
    var offset = 0

    @Option(help: "rank or date.")
    var sort: SearchFilters.Sort = .rank

    @Option(name: .shortAndLong, help: "text or json.")
    var format: SearchFormat = .text

    func validate() throws {
        for (name, value) in [("--from", from), ("--to", to)] {
            if let value, !Self.isDate(value) { throw ValidationError("\(name) takes a date as YYYY-MM-DD, e.g. 1998-01-02 (got '\(value)')") }
        }
        guard (1...1000).contains(limit) else { throw ValidationError("--limit takes 1 to 1000") }
        guard offset >= 0 else { throw ValidationError("--offset takes 0 or more") }
    }

    static func isDate(_ text: String) -> Bool {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
            let month = Int(parts[1]), let day = Int(parts[2]), Int(parts[0]) != nil
        else { return false }
        return (1...12).contains(month) && (1...31).contains(day)
    }

    mutating func run() throws {
        let parsed: SearchQuery
        do {
            parsed = try SearchQuery(parsing: query)
        } catch {
            throw ValidationError(error.description)
        }
        let store = try archive.open()
        let filters = SearchFilters(from: from, to: to, paper: paper, page: page, limit: limit, offset: offset, sort: sort)
        let results = try store.search(parsed, filters: filters)
        switch format {
        case .json:
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            FileHandle.standardOutput.write(try encoder.encode(results) + Data("\n".utf8))
        case .text:
            print(Self.text(results, offset: offset))
        }
    }

    /// Results for a terminal: the count, then each hit with where it was printed and its snippet, matches in 【】.
    static func text(_ results: SearchResults, offset: Int) -> String {
        var lines = ["\(results.total) articles" + (results.total > results.results.count ? " (\(offset + 1)–\(offset + results.results.count) shown)" : "")]
        for (index, hit) in results.results.enumerated() {
            let place = [hit.paper, hit.date, hit.page.map { "page \($0)" }, hit.pageName].compactMap { $0 }.joined(separator: " · ")
            lines.append("")
            lines.append("\(offset + index + 1). \(hit.headline ?? "(no headline)")  [\(hit.article)]")
            lines.append("   \(place)")
            lines.append("   " + unmarked(hit.snippet))
        }
        return lines.joined(separator: "\n")
    }

    /// The snippet's HTML as plain text, its marks as 【】.
    static func unmarked(_ html: String) -> String {
        html.replacingOccurrences(of: "<mark>", with: "【").replacingOccurrences(of: "</mark>", with: "】")
            .replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">").replacingOccurrences(of: "&quot;", with: "\"")
            .replacingOccurrences(of: "&#39;", with: "'").replacingOccurrences(of: "&amp;", with: "&")
    }
}

enum SearchFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json
}

extension SearchFilters.Sort: ExpressibleByArgument {}

/// `banmian export`: the archive as JSON lines.
struct Export: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write the archive's articles (or whole stories) as JSON lines, for corpus builders.",
        discussion: """
            One JSON object per line: id, issue, paper, date, headline, and parts (each with its page, page name and the article as in the page JSON). With --stories, each story is one line with all its parts in reading order, and an article in no story is a story of one part.

            Examples:
              banmian export --archive my-archive > articles.jsonl
              banmian export --archive my-archive --stories -o stories.jsonl
            """
    )

    @OptionGroup var archive: ArchiveOptions

    @Option(name: .shortAndLong, help: "jsonl (the only format yet).")
    var format: ExportFormat = .jsonl

    @Flag(help: "One line per story, its parts joined.")
    var stories = false

    @Option(name: .shortAndLong, help: "Write to this file instead of standard output.")
    var output: String?

    mutating func run() throws {
        let store = try archive.open()
        let file: OutputFile?
        do {
            file = try output.map(OutputFile.init)
        } catch {
            throw ValidationError("cannot write \(output ?? ""): \(error.localizedDescription)")
        }
        let handle = file?.handle ?? .standardOutput
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        var buffer = Data()
        try store.export(stories: stories) { item in
            buffer += try encoder.encode(item)
            buffer.append(0x0A)
            if buffer.count > 1 << 20 {
                handle.write(buffer)
                buffer.removeAll(keepingCapacity: true)
            }
        }
        handle.write(buffer)
        try file?.finish()
    }
}

enum ExportFormat: String, ExpressibleByArgument, CaseIterable {
    case jsonl
}

/// `banmian archive DIR`: what an archive holds, and its consistency check.
struct ArchiveInfo: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "archive",
        abstract: "Say what an archive holds and check that it is consistent.",
        discussion: """
            Prints the papers with their issues and dates, the counts of issues, pages, articles, stories and teasers, the database's size, and runs SQLite's integrity check and the full-text index's own. Exit status 1 when a check finds a problem.

            Example:
              banmian archive my-archive
            """
    )

    @Argument(help: "The archive folder.", completion: .directory)
    var folder: String = "banmian-archive"

    mutating func run() throws {
        let store = try ArchiveOptions.open(folder)
        let summary = try store.summary()
        var lines = ["\(folder): \(summary.issues) issues, \(summary.pages) pages, \(summary.articles) articles, \(summary.stories) stories, \(summary.teasers) teasers, from \(summary.sources) files; \(summary.bytes / 1024) KiB"]
        for paper in summary.papers {
            let span = paper.first == paper.last ? (paper.first ?? "no date") : "\(paper.first ?? "?") to \(paper.last ?? "?")"
            lines.append("  \(paper.name): \(paper.issues) \(paper.issues == 1 ? "issue" : "issues"), \(span)")
        }
        let problems = try store.integrityProblems()
        lines.append(problems.isEmpty ? "integrity check: ok" : "integrity check: \(problems.count) problems")
        print(lines.joined(separator: "\n"))
        for problem in problems { Console.error(problem) }
        if !problems.isEmpty { throw ExitCode(1) }
    }
}
