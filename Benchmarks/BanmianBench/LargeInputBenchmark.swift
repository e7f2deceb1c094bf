import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// `banmian extract` on the inputs that were slow or took much memory (found by fuzzing), each made here:
/// seconds per megabyte and peak memory of the command, beside a baseline that reads the same bytes (decode
/// and split lines) in the same run.
///
/// - control characters (NEL) before indents of thousands of spaces on English pages, 1 MB;
/// - 500 columns laid side by side (`pdftotext -layout` of a huge table), 7.7 MB;
/// - a page of 7.5 MB without form feeds (many pages run together);
/// - 60 MB of pages separated by form feeds (`pdftotext` of a year of a paper).
enum LargeInputBenchmark {
    struct Input: Sendable {
        var name: String
        var make: @Sendable ([String]) -> Data
    }

    static func run(_ options: Options) {
        let pages = corpusPages(options.folder ?? "Benchmarks/Corpus/pages")
        guard !pages.isEmpty else { fail("no corpus pages (*.mutool.txt) found; run from the package root") }
        let banmian = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("banmian")
        guard FileManager.default.isExecutableFile(atPath: banmian.path) else { fail("no banmian beside banmian-bench: swift build -c release") }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("banmian-large-\(getpid())")
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }

        print("Banmian on large and slow inputs: `banmian extract FILE --format json`, median of \(options.repeats) runs")
        print("| input | size | baseline (decode + split lines) | banmian extract | s/MB | peak memory | pages |")
        print("|---|---|---|---|---|---|---|")
        // Each input is written and let go, and the baseline runs in a process of its own, so that this process
        // stays small beside what it measures.
        let bench = URL(fileURLWithPath: CommandLine.arguments[0])
        for input in inputs {
            let file = folder.appendingPathComponent(input.name + ".txt")
            let bytes: Int = {
                let data = input.make(pages)
                guard (try? data.write(to: file)) != nil else { fail("cannot write \(file.path)") }
                return data.count
            }()
            let megabytes = Double(bytes) / 1_048_576
            let base = median((0..<options.repeats).map { _ in run([bench.path, "--decode", file.path]).seconds })
            var runs: [(seconds: Double, peak: Double, pages: Int)] = []
            for _ in 0..<options.repeats { runs.append(extract(banmian, file)) }
            let time = median(runs.map(\.seconds))
            let peak = runs.map(\.peak).max() ?? 0
            print(
                String(
                    format: "| %@ | %.1f MB | %.2f s | %.2f s | %.2f | %.0f MiB | %d |", input.name, megabytes, base, time, time / megabytes, peak,
                    runs.first?.pages ?? 0))
        }
    }

    static let inputs: [Input] = [
        Input(name: "nel-and-indents") { pages in
            // English pages: their jump patterns once backtracked over the spaces (330 KB took 24 s).
            let english = pages.filter { page in !page.unicodeScalars.prefix(2000).contains { (0x4E00...0x9FFF).contains($0.value) } }
            let sources = english.isEmpty ? pages : english
            var lines: [String] = []
            var size = 0
            var index = 0
            while size < 1_000_000 {
                let source = sources[index % sources.count].split(separator: "\n")
                let text = source.isEmpty ? "测试" : source[index % source.count].replacingOccurrences(of: "\u{0C}", with: "")
                let line = "\u{85}" + String(repeating: " ", count: 1000 + (index * 37) % 4000) + text
                lines.append(line)
                size += line.utf8.count + 1
                index += 1
            }
            return Data(lines.joined(separator: "\n").utf8)
        },
        Input(name: "500-columns") { pages in
            let lines = pages.flatMap { $0.split(separator: "\n").map { $0.replacingOccurrences(of: "\u{0C}", with: "") }.filter { !$0.isEmpty } }
            var rows: [String] = []
            for row in 0..<460 {
                rows.append(
                    (0..<500).map { column in
                        let piece = String(lines[(row * 500 + column) % lines.count].prefix(10))
                        return piece + String(repeating: "\u{3000}", count: max(0, 12 - piece.count))
                    }.joined(separator: "  "))
            }
            return Data(rows.joined(separator: "\n").utf8)
        },
        Input(name: "one-page-of-7.5-MB") { pages in
            var text = ""
            var index = 0
            while text.utf8.count < 7_500_000 {
                text += pages[index % pages.count].replacingOccurrences(of: "\u{0C}", with: "") + "\n"
                index += 1
            }
            return Data(text.utf8)
        },
        Input(name: "60-MB-of-pages") { pages in
            var data = Data()
            var index = 0
            while data.count < 60_000_000 {
                data.append(Data(pages[index % pages.count].utf8))
                data.append(0x0C)
                index += 1
            }
            return data
        },
    ]

    /// The baseline, in a process of its own (`banmian-bench --decode FILE`): read the file, decode it, split lines.
    static func decode(_ path: String) {
        let lines = String(decoding: (try? Data(contentsOf: URL(fileURLWithPath: path))) ?? Data(), as: UTF8.self).split(separator: "\n").count
        print(lines)
    }

    /// Runs `banmian extract FILE --format json --output FILE.json`: its wall-clock seconds, its peak resident
    /// memory (from the kernel's accounting of the finished child) and the pages it wrote.
    static func extract(_ banmian: URL, _ file: URL) -> (seconds: Double, peak: Double, pages: Int) {
        let output = file.deletingPathExtension().appendingPathExtension("json")
        let (elapsed, peak) = run([banmian.path, "extract", file.path, "--format", "json", "--output", output.path])
        let json = (try? Data(contentsOf: output)) ?? Data()
        let pages = (try? JSONSerialization.jsonObject(with: json) as? [String: Any])?["pages"] as? [Any]
        try? FileManager.default.removeItem(at: output)
        return (elapsed, peak, pages?.count ?? 0)
    }

    /// Runs a program to its end, its standard output and error discarded: wall-clock seconds and peak memory in MiB.
    static func run(_ arguments: [String]) -> (seconds: Double, peak: Double) {
        var pid: pid_t = 0
        var argv: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) } + [nil]
        defer { for pointer in argv { free(pointer) } }
        var actions: posix_spawn_file_actions_t = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        let start = DispatchTime.now().uptimeNanoseconds
        guard posix_spawn(&pid, arguments[0], &actions, nil, &argv, environ) == 0 else { fail("cannot start \(arguments[0])") }
        // Its peak memory is the high-water mark of its own memory after exec (/proc/PID/status VmHWM), read until
        // it ends: the kernel's rusage would fold in this process's high-water mark, which the inputs raised.
        var status: Int32 = 0
        var peak = 0.0
        while waitpid(pid, &status, WNOHANG) == 0 {
            peak = max(peak, highWaterMark(pid))
            usleep(10_000)
        }
        return (Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9, peak)
    }

    /// VmHWM of a running process, in MiB; 0 when it cannot be read.
    static func highWaterMark(_ pid: pid_t) -> Double {
        guard let status = try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8),
            let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }),
            let kilobytes = line.split(separator: " ").compactMap({ Double($0) }).first
        else { return 0 }
        return kilobytes / 1024
    }

    static func corpusPages(_ folder: String) -> [String] {
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).filter { $0.hasSuffix(".mutool.txt") }.sorted()
        return names.compactMap { try? String(contentsOfFile: folder + "/" + $0, encoding: .utf8) }
    }

    static func fail(_ message: String) -> Never {
        try? FileHandle.standardError.write(contentsOf: Data("banmian-bench: \(message)\n".utf8))
        exit(1)
    }
}
