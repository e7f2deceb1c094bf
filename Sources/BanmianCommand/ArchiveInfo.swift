import ArgumentParser
import Banmian
import BanmianArchive
import Foundation

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
