import Banmian
import BanmianLibrary
import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Where `extract` writes, a batch of pages at a time as they are read: standard output, or a file
/// (`OutputFile`: a regular file appears whole when the run ends).
final class PageOutput {
    let format: OutputFormat
    private let handle: FileHandle
    /// The file being written; nil for standard output.
    private let file: OutputFile?
    private let json: PageDocumentWriter?
    private var pagesWritten = 0
    /// For Markdown and text: the issues of the pages written, and the parts of stories, printed whole at the end.
    private var issues: IssueCollector
    private var storyParts: [[Article]] = []

    /// For ALTO and METS: the folder the pages go into, and the names given so far.
    private let folder: URL?
    private var altoNames: Set<String> = []
    /// For METS: the pages written, each with its ALTO file's name, for the issues' METS documents at the end.
    private var metsPages: [METSWriter.Page] = []

    /// `paper` and `date`, when given, are the issues' over what the pages print (`--paper`, `--date`).
    init(format: OutputFormat, path: String?, paper: String? = nil, date: String? = nil) throws {
        self.format = format
        issues = IssueCollector(paper: paper, date: date)
        if format == .alto || format == .mets, let path {
            let url = URL(fileURLWithPath: path)
            try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
            folder = url
            handle = FileHandle.standardOutput
            file = nil
            json = nil
            return
        }
        folder = nil
        if let path {
            let file = try OutputFile(path: path)
            handle = file.handle
            self.file = file
        } else {
            handle = FileHandle.standardOutput
            file = nil
        }
        json = format == .json ? try PageDocumentWriter(paper: paper, date: date) : nil
    }

    func write(_ results: [PageResult]) throws {
        var results = results
        if format == .mets { results = results.map { issues.add($0) } }
        if format == .markdown || format == .text {
            results = results.map { issues.add($0) }
            for result in results { storyParts.append(result.articles.filter(MarkdownWriter.isStoryPart)) }
        }
        switch format {
        case .json: for result in results { try json?.append(result) }
        case .markdown: try handle.write(contentsOf: Data(MarkdownWriter.write(results).utf8))
        case .text: try handle.write(contentsOf: Data(PlainTextWriter.write(results).utf8))
        case .tree:
            for result in results {
                try handle.write(contentsOf: Data(((pagesWritten > 0 ? "\n" : "") + TreeDump.dump(result)).utf8))
                pagesWritten += 1
            }
        case .alto, .mets:
            for result in results {
                let name = altoName(for: result.source)
                try writeFile(name, ALTOWriter.document(for: result))
                if format == .mets { metsPages.append(METSWriter.Page(result: result, alto: name)) }
                pagesWritten += 1
            }
        }
    }

    /// A file of the output folder, written whole under a passing name and put in place.
    private func writeFile(_ name: String, _ text: String) throws {
        let out = try OutputFile(path: (folder ?? URL(fileURLWithPath: ".")).appendingPathComponent(name).path)
        try out.handle.write(contentsOf: Data(text.utf8))
        try out.finish()
    }

    /// `page-1.alto.xml` for `page-1.pdf`, `issue-p3.alto.xml` for page 3 of `issue.pdf` (`issue.pdf#3`); a name
    /// given before in the run gets a number.
    private func altoName(for source: String) -> String {
        var base = source
        var page = ""
        if let mark = source.lastIndex(of: "#"), Int(source[source.index(after: mark)...]) != nil {
            page = "-p" + source[source.index(after: mark)...]
            base = String(source[..<mark])
        }
        var stem = ((base as NSString).lastPathComponent as NSString).deletingPathExtension
        if stem.hasSuffix(".alto") { stem = String(stem.dropLast(5)) }
        if stem.isEmpty || stem == "-" { stem = "page" }
        var name = stem + page + ".alto.xml"
        var counter = 2
        while altoNames.contains(name) {
            name = stem + page + "-\(counter).alto.xml"
            counter += 1
        }
        altoNames.insert(name)
        return name
    }

    /// The run's issues, and the story parts of each by article id (an issue's pages are consecutive in the run).
    private func stories() -> ([Issue], [String: [String: Article]]) {
        let issues = self.issues.finish()
        var parts: [String: [String: Article]] = [:]
        var page = 0
        for issue in issues {
            for offset in 0..<issue.pages.count where page + offset < storyParts.count {
                for article in storyParts[page + offset] { parts[issue.id, default: [:]][article.id] = article }
            }
            page += issue.pages.count
        }
        return (issues, parts)
    }

    /// Writes what comes at the end (the errors; for JSON the whole document) and puts the file in place.
    func finish(errors: [BanmianError]) throws {
        switch format {
        case .json:
            try json?.finish(errors: errors, to: handle)
            try handle.write(contentsOf: Data("\n".utf8))
        case .markdown:
            let (issues, parts) = stories()
            try handle.write(contentsOf: Data((MarkdownWriter.write(stories: issues, articles: parts) + MarkdownWriter.write([], errors: errors)).utf8))
        case .text:
            let (issues, parts) = stories()
            try handle.write(contentsOf: Data(PlainTextWriter.write(stories: issues, articles: parts).utf8))
        case .tree, .alto: break
        case .mets:
            // An issue's pages are consecutive in the run: each issue's METS points at its own pages' ALTO files.
            var next = 0
            for issue in issues.finish() {
                let count = min(issue.pages.count, metsPages.count - next)
                let pages = Array(metsPages[next..<next + count])
                next += count
                let name = String(issue.id.map { $0 == "/" || $0 == "\\" || $0.isWhitespace ? "_" : $0 }) + ".mets.xml"
                try writeFile(name, METSWriter.document(for: issue, pages: pages))
            }
        }
        try file?.finish()
    }
}
