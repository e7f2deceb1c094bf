import ArgumentParser
import Banmian
import BanmianArchive
import Foundation

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
