import ArgumentParser
import Banmian
import BanmianArchive
import Foundation

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
            if let value, !SearchFilters.isDate(value) { throw ValidationError("\(name) takes a date as YYYY-MM-DD, e.g. 1998-01-02 (got '\(value)')") }
        }
        guard (1...1000).contains(limit) else { throw ValidationError("--limit takes 1 to 1000") }
        guard offset >= 0 else { throw ValidationError("--offset takes 0 or more") }
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
