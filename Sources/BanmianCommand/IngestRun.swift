import Banmian
import BanmianArchive
import BanmianPDF
import BanmianOCR
import Foundation

/// One `banmian ingest` run: files read on all cores in input order, pages gathered into issues as `extract`
/// does, the issues closed by each batch of files stored together in one transaction while the next batch is
/// read. A file is marked ingested (with its content hash) in the transaction that stores its last page: killed
/// at any moment, the next run reads again exactly the files not yet wholly stored, and replaces what a
/// half-stored file left.
struct IngestRun {
    struct Totals {
        var files = 0
        var skipped = 0
        var issues = 0
        var pages = 0
        var articles = 0
        var errors: [BanmianError] = []
    }

    let store: any ArchiveStore
    let pipeline: Pipeline
    let drawings: Bool
    /// `--ocr`: pictures and scanned PDF pages read by Tesseract.
    let recognizer: Recognizer?
    private(set) var totals = Totals()

    /// The paper and date given for the run (`--paper`, `--date`), over what the pages print.
    let paper: String?
    let date: String?

    init(store: any ArchiveStore, pipeline: Pipeline, drawings: Bool, recognizer: Recognizer? = nil, paper: String? = nil, date: String? = nil) {
        self.store = store
        self.pipeline = pipeline
        self.drawings = drawings
        self.recognizer = recognizer
        self.paper = paper
        self.date = date
    }

    /// The files to read: files as given, folders searched through for `.pdf`, `.txt`, `.json` and `.xml` (ALTO, METS)
    /// files, and with `pictures` (`--ocr`) page pictures too, in name order (an issue's pages in page order).
    static func files(in paths: [String], pictures: Bool = false) -> (files: [String], errors: [BanmianError]) {
        let kinds = ["pdf", "txt", "json", "xml"] + (pictures ? ["png", "jpg", "jpeg", "tif", "tiff", "jp2", "webp"] : [])
        var files: [String] = []
        var errors: [BanmianError] = []
        for path in paths {
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
                errors.append(BanmianError(.unreadable, source: path, detail: "no such file or folder", advice: "check the path"))
                continue
            }
            guard isFolder.boolValue else {
                files.append(path)
                continue
            }
            let found = (FileManager.default.enumerator(atPath: path)?.allObjects as? [String] ?? [])
                .filter { kinds.contains(($0 as NSString).pathExtension.lowercased()) }
                .sorted { $0.localizedStandardCompare($1) == .orderedAscending }
                .map { (path as NSString).appendingPathComponent($0) }
            files += found
        }
        return (files, errors)
    }

    /// Ingests `files`; progress and errors are reported as they come.
    mutating func run(_ files: [String], progress: Progress) throws {
        var toRead: [(path: String, hash: String)] = []
        for path in files {
            let hash: String
            do {
                hash = try ContentHash.of(file: path)
            } catch {
                report(error)
                progress.advance(label: path)
                continue
            }
            if try store.holds(source: path, hash: hash) {
                totals.skipped += 1
                progress.advance(label: path)
            } else {
                toRead.append((path, hash))
            }
        }
        let documents = toRead.filter { $0.path.lowercased().hasSuffix(".json") }
        let pages = toRead.filter { !$0.path.lowercased().hasSuffix(".json") }
        try ingestDocuments(documents, progress: progress)
        try extractAndStore(pages, progress: progress)
    }

    // MARK: Page JSON written elsewhere

    /// Documents written by `banmian extract --format json`: read on all cores a few at a time, and the issues
    /// of each few stored as they are, in one transaction (the writer, not the reading, takes most of the time).
    private mutating func ingestDocuments(_ documents: [(path: String, hash: String)], progress: Progress) throws {
        let batchSize = 4 * ProcessInfo.processInfo.activeProcessorCount
        for start in stride(from: 0, to: documents.count, by: batchSize) {
            let batch = Array(documents[start..<min(start + batchSize, documents.count)])
            let read = ParallelMap.map(batch) { _, document in Self.issues(ofDocument: document.path, hash: document.hash) }
            var issues: [ArchiveIssue] = []
            for outcome in read {
                switch outcome {
                case .success(let found): issues += found
                case .failure(let error): report(error)
                }
            }
            try store(issues)
            for document in batch { progress.advance(label: document.path, pages: totals.pages) }
        }
    }

    /// The issues of one document, or why it holds none.
    private static func issues(ofDocument path: String, hash: String) -> Result<[ArchiveIssue], BanmianError> {
        let document: PageDocument
        do {
            document = try JSONDecoder().decode(PageDocument.self, from: Data(contentsOf: URL(fileURLWithPath: path)))
        } catch {
            return .failure(
                BanmianError(.undecodable, source: path, detail: "is not a page document of banmian extract --format json (\(error))", advice: "give the JSON that banmian extract wrote, or the pages themselves"))
        }
        let issues = ArchiveIssue.issues(of: document, path: path, hash: hash)
        if issues.isEmpty {
            return .failure(BanmianError(.empty, source: path, detail: "holds no pages", advice: "give the JSON that banmian extract wrote for some pages"))
        }
        return .success(issues)
    }

    // MARK: Pages read here

    /// What is known of a file being read: its hash, pages read, pages stored, whether all are read.
    private struct FileState {
        var path: String
        var hash: String
        var read = 0
        var stored = 0
        var complete = false
        var failed = false
        /// The archive holds a copy of the file (a PDF or a scan; `keepOriginal` keeps nothing of others) for the
        /// reader's page pictures.
        var kept = false
    }

    private mutating func extractAndStore(_ inputs: [(path: String, hash: String)], progress: Progress) throws {
        guard !inputs.isEmpty else { return }
        var files = inputs.map { FileState(path: $0.path, hash: $0.hash) }
        var collector = IssueCollector(assembler: IssueAssembler(), paper: paper, date: date)
        var pending: [(page: PageResult, input: Int)] = []
        var pagesRead = totals.pages
        var jobs = ExtractJobs(inputs: inputs.map(\.path), pipeline: pipeline, firstPage: nil, pdfPages: nil)
        let cores = ProcessInfo.processInfo.activeProcessorCount
        let settings = PDFReader.Settings(drawings: drawings)
        let pipeline = pipeline
        // The issues a batch closes are stored while the next batch is read (the writer beside the readers).
        var storing: BackgroundStore?
        while case let batch = jobs.nextBatch(maximumJobs: 4 * cores, maximumBytes: pipeline.settings.maximumPageBytes), !batch.isEmpty {
            let recognizer = recognizer
            let outcomes = ParallelMap.map(batch) { _, job in
                ExtractJobs.run(job, pipeline: pipeline, pdfPages: nil, pdfSettings: settings, recognizer: recognizer)
            }
            var ready: [ArchiveIssue] = []
            for outcome in outcomes {
                switch outcome {
                case .pages(let results, let input, let wholeFile):
                    for result in results {
                        let closedBefore = collector.issues.count
                        let renamed = collector.add(result)
                        if collector.issues.count > closedBefore {
                            ready += closed(collector.issues[closedBefore...], pending: &pending, files: &files)
                        }
                        pending.append((renamed, input))
                        files[input].read += 1
                        pagesRead += 1
                    }
                    if wholeFile {
                        files[input].complete = true
                        progress.advance(label: inputs[input].path, pages: pagesRead)
                    }
                case .failure(let error, let input):
                    files[input].failed = true
                    report(error)
                    if error.page == nil { progress.advance(label: inputs[input].path, pages: pagesRead) }
                case .blank: continue
                case .endOfText(let name, let input):
                    files[input].complete = true
                    if files[input].read == 0, !files[input].failed {
                        files[input].failed = true
                        report(BanmianError.noText(name))
                    }
                    progress.advance(label: name, pages: pagesRead)
                }
            }
            // The issues this batch of pages closed, in one transaction, once those of the batch before are in.
            if let storing { try finish(storing) }
            storing = ready.isEmpty ? nil : BackgroundStore(ready, into: store)
        }
        if let storing { try finish(storing) }
        let closedBefore = collector.issues.count
        let all = collector.finish()
        try store(closed(all[closedBefore...], pending: &pending, files: &files))
    }

    /// Waits for issues being stored and counts them.
    private mutating func finish(_ storing: BackgroundStore) throws {
        try storing.wait()
        count(storing.issues)
    }

    /// Issues stored in one transaction on a thread of their own; `wait` returns when they are in (or throws
    /// what stopped them).
    private final class BackgroundStore: @unchecked Sendable {
        let issues: [ArchiveIssue]
        private let done = DispatchSemaphore(value: 0)
        /// Set by the storing thread before `done` is signalled, read only after `wait`.
        private var failure: (any Error)?

        init(_ issues: [ArchiveIssue], into store: any ArchiveStore) {
            self.issues = issues
            Thread.detachNewThread { [self] in
                do {
                    try store.store(issues)
                } catch {
                    failure = error
                }
                done.signal()
            }
        }

        func wait() throws {
            done.wait()
            if let failure { throw failure }
        }
    }

    /// The issues just closed, each with its pages (the oldest pending ones) and the files it finishes, ready
    /// to store (the pages' files kept for the reader's pictures already).
    private mutating func closed(_ issues: ArraySlice<Issue>, pending: inout [(page: PageResult, input: Int)], files: inout [FileState]) -> [ArchiveIssue] {
        var ready: [ArchiveIssue] = []
        for issue in issues {
            let count = min(issue.pages.count, pending.count)
            let pages = pending.prefix(count)
            pending.removeFirst(count)
            var finished: [ArchiveIssue.Source] = []
            for (_, input) in pages { files[input].stored += 1 }
            for input in Set(pages.map(\.input)).sorted() where !files[input].kept {
                files[input].kept = true
                do {
                    try store.keepOriginal(of: files[input].path, hash: files[input].hash)
                } catch {
                    // The articles are stored all the same; only the reader's picture of the page is missing.
                    Console.warning("\(files[input].path): no copy kept for the reader's page pictures (\(error.localizedDescription)); its articles are stored")
                }
            }
            for input in Set(pages.map(\.input)).sorted() {
                let file = files[input]
                if file.complete, !file.failed, file.stored == file.read {
                    finished.append(ArchiveIssue.Source(path: file.path, hash: file.hash, pages: file.read))
                }
            }
            let archived = pages.enumerated().map { offset, entry in
                ArchiveIssue.Page(json: PageJSON(entry.page), name: issue.pages.indices.contains(offset) ? issue.pages[offset].name : nil, hash: files[entry.input].hash)
            }
            ready.append(ArchiveIssue(issue: issue, pages: archived, sources: finished))
        }
        return ready
    }

    /// Stores issues in one transaction: fewer, larger writes of the search index than a transaction per issue.
    private mutating func store(_ issues: [ArchiveIssue]) throws {
        guard !issues.isEmpty else { return }
        try store.store(issues)
        count(issues)
    }

    private mutating func count(_ issues: [ArchiveIssue]) {
        totals.issues += issues.count
        for issue in issues {
            totals.pages += issue.pages.count
            totals.articles += issue.articleCount
            totals.files += issue.sources.count
        }
    }

    private mutating func report(_ error: BanmianError) {
        totals.errors.append(error)
        Console.error(error.description)
    }
}
