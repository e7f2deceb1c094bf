import Banmian
import Foundation

/// Throughput of `Pipeline.extract` on page text, beside a baseline over the same bytes.
///
/// Pages are the test fixtures (Tests/BanmianTests/Fixtures/pages) cycled up to `--pages`. Two page sizes show
/// that work grows linearly with page size: the fixtures as they are, and pages made of four fixtures each.
enum TextBenchmark {
    static func run(_ options: Options) {
        let folder = URL(fileURLWithPath: options.folder ?? "Tests/BanmianTests/Fixtures/pages")
        let files = ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).filter { $0.hasSuffix(".txt") }.sorted()
        let fixtures = files.compactMap { try? Data(contentsOf: folder.appendingPathComponent($0)) }
        guard !fixtures.isEmpty else {
            FileHandle.standardError.write(Data("banmian-bench: no .txt pages in \(folder.path); run from the package root\n".utf8))
            exit(2)
        }
        let pipeline = Pipeline()
        // The baseline: what any reader of these pages must do at least, decode the bytes and split the lines.
        func baseline(_ source: PageSource) -> Int {
            String(decoding: source.data, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false).count
        }
        @Sendable func extract(_ source: PageSource) -> Int {
            (try? pipeline.extract(source))?.articles.count ?? 0
        }

        print("Banmian text engine benchmark: \(options.pages) pages per run, median of \(options.repeats) runs")
        let cores = ProcessInfo.processInfo.activeProcessorCount
        let everyCore = "banmian extract, \(cores) cores"
        print("| pages | page size | baseline (decode + split lines) | banmian extract, 1 core | \(everyCore) | articles |")
        print("|---|---|---|---|---|---|")
        for group in [1, 4] {
            let sources = (0..<options.pages).map { index -> PageSource in
                let data = (0..<group).reduce(into: Data()) { data, offset in
                    data.append(fixtures[(index * group + offset) % fixtures.count])
                    data.append(contentsOf: Array("\n\n".utf8))
                }
                return PageSource(name: "page-\(index + 1).txt", data: data)
            }
            let bytes = Double(sources.reduce(0) { $0 + $1.data.count })
            let base = measure(sources, repeats: options.repeats, baseline)
            let engine = measure(sources, repeats: options.repeats, extract)
            let parallel = median(
                (0..<options.repeats).map { _ in
                    seconds {
                        DispatchQueue.concurrentPerform(iterations: cores) { worker in
                            for index in stride(from: worker, to: sources.count, by: cores) { _ = extract(sources[index]) }
                        }
                    }
                })
            func rate(_ seconds: Double) -> String {
                String(format: "%.0f pages/s, %.2f MB/s", Double(sources.count) / seconds, bytes / seconds / 1e6)
            }
            let size = String(format: "%.1f KB", bytes / Double(sources.count) / 1e3)
            print("| \(sources.count) | \(size) | \(rate(base.seconds)) | \(rate(engine.seconds)) | \(rate(parallel)) | \(engine.check) |")
        }
        print(String(format: "peak memory (max RSS): %.1f MiB", peakMemoryMiB()))
    }

    /// Seconds for one pass of `work` over all sources, median of `repeats`.
    private static func measure(_ sources: [PageSource], repeats: Int, _ work: (PageSource) -> Int) -> (seconds: Double, check: Int) {
        var times: [Double] = []
        var check = 0
        for _ in 0..<repeats {
            check = 0
            times.append(seconds { for source in sources { check &+= work(source) } })
        }
        return (median(times), check)
    }
}
