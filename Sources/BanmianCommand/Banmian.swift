import ArgumentParser
import Banmian
import Foundation

@main
struct BanmianCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "banmian",
        abstract: "Turn newspaper pages into clean, structured, linked articles.",
        discussion: """
            Examples:
              banmian extract page-1.txt                        # Markdown of a page's articles
              banmian extract p1.txt p2.txt --format json -o issue.json
              pdftotext -layout A3.pdf - | banmian extract --page 3
              banmian extract issue.pdf --pages 1-4 --format json
              banmian render page.pdf --output page.png        # the page with its articles outlined
              banmian eval Benchmarks/Corpus/pages           # score against the evaluation corpus
            """,
        subcommands: [Extract.self, Render.self, Eval.self, Ingest.self, Search.self, Export.self, ArchiveInfo.self, Serve.self]
    )
}
