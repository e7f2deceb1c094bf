// Throughput and peak memory of `Pipeline.extract` on page text, beside a baseline over the same bytes.
//
//   swift run -c release banmian-bench [--pages N] [--repeats R] [FIXTURE_DIR]
//
// Pages are the test fixtures (Tests/BanmianTests/Fixtures/pages) cycled up to N. Each measurement runs R
// times and the median is printed, because shared machines are noisy. Two page sizes show that work grows
// linearly with page size: the fixtures as they are, and pages made of four fixtures each.
import Banmian
import Foundation

#if canImport(Glibc)
    import Glibc
#endif

struct Options {
    var pages = 1000
    var repeats = 5
    var folder = "Tests/BanmianTests/Fixtures/pages"

    init(_ arguments: [String]) {
        var iterator = arguments.dropFirst().makeIterator()
        while let argument = iterator.next() {
            switch argument {
            case "--pages": pages = Int(iterator.next() ?? "") ?? pages
            case "--repeats": repeats = Int(iterator.next() ?? "") ?? repeats
            default: folder = argument
            }
        }
    }
}

func peakMemoryMiB() -> Double {
    var usage = rusage()
    getrusage(RUSAGE_SELF.rawValue, &usage)
    return Double(usage.ru_maxrss) / 1024  // kilobytes on Linux
}

func median(_ values: [Double]) -> Double { values.sorted()[values.count / 2] }

/// Seconds for one pass of `work` over all sources, median of `repeats`.
func measure(_ sources: [PageSource], repeats: Int, _ work: (PageSource) -> Int) -> (seconds: Double, check: Int) {
    var times: [Double] = []
    var check = 0
    for _ in 0..<repeats {
        let start = DispatchTime.now().uptimeNanoseconds
        check = 0
        for source in sources { check &+= work(source) }
        times.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
    }
    return (median(times), check)
}

let options = Options(CommandLine.arguments)
let folder = URL(fileURLWithPath: options.folder)
let files = ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).filter { $0.hasSuffix(".txt") }.sorted()
guard !files.isEmpty else {
    FileHandle.standardError.write(Data("banmian-bench: no .txt pages in \(folder.path); run from the package root\n".utf8))
    exit(2)
}
let fixtures = try files.map { try Data(contentsOf: folder.appendingPathComponent($0)) }
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
print("| pages | page size | baseline (decode + split lines) | banmian extract, 1 core | banmian extract, \(cores) cores | articles |")
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
    var parallelTimes: [Double] = []
    for _ in 0..<options.repeats {
        let start = DispatchTime.now().uptimeNanoseconds
        DispatchQueue.concurrentPerform(iterations: cores) { worker in
            for index in stride(from: worker, to: sources.count, by: cores) { _ = extract(sources[index]) }
        }
        parallelTimes.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
    }
    func rate(_ seconds: Double) -> String {
        String(format: "%.0f pages/s, %.2f MB/s", Double(sources.count) / seconds, bytes / seconds / 1e6)
    }
    let size = String(format: "%.1f KB", bytes / Double(sources.count) / 1e3)
    print("| \(sources.count) | \(size) | \(rate(base.seconds)) | \(rate(engine.seconds)) | \(rate(median(parallelTimes))) | \(engine.check) |")
}
print(String(format: "peak memory (max RSS): %.1f MiB", peakMemoryMiB()))
