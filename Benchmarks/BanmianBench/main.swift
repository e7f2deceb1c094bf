// Speed and peak memory of Banmian, each beside a baseline measured in the same run.
//
//   swift run -c release banmian-bench [--pages N] [--repeats R] [FIXTURE_DIR]
//   swift run -c release banmian-bench --pdf [--repeats R] [PDF_DIR]
//   swift run -c release banmian-bench --large [--repeats R] [CORPUS_DIR]
//   swift run -c release banmian-bench --archive [--articles N] [--repeats R] [--check] [--batch B] [--keep DIR [--ingest-only]] [CORPUS_DIR]
//   swift run -c release banmian-bench --archive --reuse DIR [--repeats R] [CORPUS_DIR]
//   swift run -c release banmian-bench --archive --articles N --documents DIR [CORPUS_DIR]
//
// Without --pdf: the text engine on page text (TextBenchmark.swift). With --pdf: `banmian extract` on the corpus
// PDFs against `mutool convert -F stext` alone on the same files (PDFBenchmark.swift). With --large: the command
// on large and once-slow inputs, seconds per MB and peak memory (LargeInputBenchmark.swift). Every measurement
// is the median of R runs, because shared machines are noisy. With --archive: an archive of N articles, ingest
// rate, size, search latency and recall beside SQLite's trigram tokenizer and a scan (ArchiveBenchmark.swift);
// with --reuse, an archive kept before, its search against the search of SQL alone (the one before it); with
// --documents, the same issues written as page documents for `banmian ingest` (scripts/bench-ingest.sh).
import Foundation

#if canImport(Glibc)
    import Glibc
#endif

struct Options {
    var pdf = false
    var large = false
    var archive = false
    var check = false
    var articles = 10_000
    /// `--keep DIR`: build the archive there and keep it; `--ingest-only`: stop after building it.
    var keep: String?
    var ingestOnly = false
    /// `--batch N`: issues stored per transaction (`banmian ingest` stores those of 4 files a core together).
    var batch = 1
    /// `--documents DIR`: write the archive's issues there as page documents (one per issue, as `banmian extract
    /// --format json` writes them) instead of storing them, for timing `banmian ingest DIR`.
    var documents: String?
    /// `--reuse DIR`: an archive `--keep` made, searched only: `search` against `searchInSQL`, the same queries.
    var reuse: String?
    var pages = 1000
    var repeats = 5
    /// The input folder; each benchmark has its own default.
    var folder: String?

    init(_ arguments: [String]) {
        var iterator = arguments.dropFirst().makeIterator()
        while let argument = iterator.next() {
            switch argument {
            case "--pdf": pdf = true
            case "--large": large = true
            case "--archive": archive = true
            case "--check": check = true
            case "--articles": articles = Int(iterator.next() ?? "") ?? articles
            case "--keep": keep = iterator.next()
            case "--ingest-only": ingestOnly = true
            case "--batch": batch = max(1, Int(iterator.next() ?? "") ?? batch)
            case "--documents": documents = iterator.next()
            case "--reuse": reuse = iterator.next()
            case "--pages": pages = Int(iterator.next() ?? "") ?? pages
            case "--repeats": repeats = max(1, Int(iterator.next() ?? "") ?? repeats)
            default: folder = argument
            }
        }
    }
}

/// The largest resident set of this process so far, in MiB.
func peakMemoryMiB() -> Double {
    var usage = rusage()
    getrusage(RUSAGE_SELF.rawValue, &usage)
    return Double(usage.ru_maxrss) / 1024  // kilobytes on Linux
}

func median(_ values: [Double]) -> Double { values.sorted()[values.count / 2] }

/// Wall-clock seconds that `work` takes.
func seconds(_ work: () -> Void) -> Double {
    let start = DispatchTime.now().uptimeNanoseconds
    work()
    return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
}

let options = Options(CommandLine.arguments)
if CommandLine.arguments.count == 3, CommandLine.arguments[1] == "--decode" {
    LargeInputBenchmark.decode(CommandLine.arguments[2])
} else if options.archive {
    ArchiveBenchmark.run(options)
} else if options.large {
    LargeInputBenchmark.run(options)
} else if options.pdf {
    PDFBenchmark.run(options)
} else {
    TextBenchmark.run(options)
}
