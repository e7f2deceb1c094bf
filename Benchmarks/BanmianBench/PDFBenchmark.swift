import Banmian
import BanmianPDF
import Foundation

/// Pages per second of `banmian extract FILE.pdf --format json` against `mutool convert -F stext` alone, on the
/// same PDFs (the corpus pages whose PDF is kept, Benchmarks/Corpus/pages).
///
/// Banmian reads a PDF by running mutool as a separate program, so mutool alone is the floor, and the ratio of the
/// two times is what Banmian adds on top of it: mutool writing its XML rather than nothing, waiting for mutool,
/// parsing the XML, the pipeline and the JSON. Within each round the two alternate (mutool alone, Banmian; on one core, then on
/// every core as the command spreads its files), so a change in the machine's load touches both.
enum PDFBenchmark {
    static func run(_ options: Options) {
        let folder = URL(fileURLWithPath: options.folder ?? "Benchmarks/Corpus/pages")
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).filter { $0.hasSuffix(".pdf") }.sorted()
        let files = names.map { folder.appendingPathComponent($0).path }
        guard !files.isEmpty else {
            FileHandle.standardError.write(Data("banmian-bench: no .pdf pages in \(folder.path); run from the package root\n".utf8))
            exit(2)
        }
        let bytes = Double(files.reduce(0) { $0 + ((try? FileManager.default.attributesOfItem(atPath: $1)[.size] as? Int) ?? 0) })
        let pipeline = Pipeline()

        // An untimed pass: warms the file cache and checks that both sides read every file.
        var pages = 0
        var articles = 0
        var json = 0
        for file in files {
            let status = mutoolAlone(file)
            guard status == 0 else { fail("mutool convert -F stext \(file) exited with status \(status)") }
            do {
                let extracted = try extract(file, with: pipeline)
                pages += extracted.pages
                articles += extracted.articles
                json += extracted.jsonBytes
            } catch {
                fail("\(error)")
            }
        }

        let cores = ProcessInfo.processInfo.activeProcessorCount
        let widths = cores > 1 ? [1, cores] : [1]
        var mutoolTimes = [Int: [Double]]()
        var banmianTimes = [Int: [Double]]()
        for _ in 0..<options.repeats {
            for width in widths {
                let everyCore = width > 1
                let mutool = seconds { each(files, onEveryCore: everyCore) { _ = mutoolAlone($0) } }
                let banmian = seconds { each(files, onEveryCore: everyCore) { _ = try? extract($0, with: pipeline) } }
                mutoolTimes[width, default: []].append(mutool)
                banmianTimes[width, default: []].append(banmian)
            }
        }

        let size = String(format: "%.1f MB", bytes / 1e6)
        print("Banmian PDF benchmark: \(files.count) PDFs, \(pages) pages, \(size) of PDF, median of \(options.repeats) rounds")
        print("| cores | mutool convert -F stext alone | banmian extract --format json | banmian / mutool |")
        print("|---|---|---|---|")
        func rate(_ seconds: Double) -> String {
            String(format: "%.1f pages/s, %.2f MB/s", Double(pages) / seconds, bytes / seconds / 1e6)
        }
        for width in widths {
            let mutool = median(mutoolTimes[width] ?? [])
            let banmian = median(banmianTimes[width] ?? [])
            print("| \(width) | \(rate(mutool)) | \(rate(banmian)) | \(String(format: "%.2f", banmian / mutool)) |")
        }
        print(String(format: "articles: %d; JSON written: %.1f KB", articles, Double(json) / 1e3))
        // mutool runs in processes of its own, not counted here.
        print(String(format: "peak memory (max RSS) of the benchmark process: %.1f MiB", peakMemoryMiB()))
    }

    /// What `banmian extract FILE.pdf --format json` does with one file: every page through mutool and the
    /// pipeline, then the document's JSON.
    static func extract(_ path: String, with pipeline: Pipeline) throws -> (pages: Int, articles: Int, jsonBytes: Int) {
        let results = pipeline.extract(try PDFReader.readDocument(path: path), firstNumber: nil)
        let json = try PageDocument(results: results).encoded()
        return (results.count, results.reduce(0) { $0 + $1.articles.count }, json.count)
    }

    /// `mutool convert -F stext -O mediabox-clip=no -o /dev/null FILE`, started as PDFReader starts mutool (`/usr/bin/env mutool`, a
    /// process of its own); its exit status.
    ///
    /// It waits with a termination handler, not `Process.waitUntilExit()`, which on Linux polls its run loop every
    /// 50 ms and would count tens of milliseconds of Foundation per file as mutool's (a shell loop over the same
    /// files takes as long as this).
    static func mutoolAlone(_ path: String) -> Int32 {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["mutool", "convert", "-F", "stext", "-O", "mediabox-clip=no", "-o", "/dev/null", path]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        let exited = DispatchSemaphore(value: 0)
        process.terminationHandler = { _ in exited.signal() }
        guard (try? process.run()) != nil else { return 127 }
        exited.wait()
        return process.terminationStatus
    }

    /// Runs `work` on every file: in order on one core, or spread over every core as the command spreads its inputs.
    private static func each(_ files: [String], onEveryCore: Bool, _ work: @Sendable (String) -> Void) {
        if onEveryCore {
            DispatchQueue.concurrentPerform(iterations: files.count) { work(files[$0]) }
        } else {
            files.forEach(work)
        }
    }

    private static func fail(_ message: String) -> Never {
        FileHandle.standardError.write(Data("banmian-bench: \(message)\n".utf8))
        exit(1)
    }
}
