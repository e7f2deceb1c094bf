import ArgumentParser
import Banmian
import BanmianArchive
import Foundation

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

    @OptionGroup var ocr: OCROptions

    @Option(help: "The paper the pages are from, over what their mastheads print (pages read here, not page JSON).")
    var paper: String?

    @Option(help: "The issue's date as YYYY-MM-DD, over what the pages print (pages read here, not page JSON).")
    var date: String?

    func validate() throws {
        if let date, !SearchFilters.isDate(date) { throw ValidationError("--date takes a date as YYYY-MM-DD, e.g. 2024-03-05") }
        if let paper, paper.trimmingCharacters(in: .whitespaces).isEmpty { throw ValidationError("--paper takes the paper's name") }
    }

    mutating func run() throws {
        let started = Date()
        let store = try archive.open(create: true)
        let (files, missing) = IngestRun.files(in: paths, pictures: ocr.ocr)
        for error in missing { Console.error(error.description) }
        let progress = Progress(total: files.count)
        var ingest = IngestRun(store: store, pipeline: Pipeline(), drawings: drawings, recognizer: ocr.recognizer, paper: paper, date: date)
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
