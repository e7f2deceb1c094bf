import Banmian
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
    private var issues = IssueCollector()
    private var storyParts: [[Article]] = []

    init(format: OutputFormat, path: String?) throws {
        self.format = format
        if let path {
            let file = try OutputFile(path: path)
            handle = file.handle
            self.file = file
        } else {
            handle = FileHandle.standardOutput
            file = nil
        }
        json = format == .json ? try PageDocumentWriter() : nil
    }

    func write(_ results: [PageResult]) throws {
        var results = results
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
        }
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
        case .tree: break
        }
        try file?.finish()
    }
}
