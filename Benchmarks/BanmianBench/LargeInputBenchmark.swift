import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// `banmian extract` on the inputs that were slow or took much memory (found by fuzzing), each made here:
/// seconds per megabyte and peak memory of the command, beside a baseline that reads the same bytes (decode
/// and split lines) in the same run.
///
/// - control characters (NEL) before indents of thousands of spaces, 1 MB;
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
        for input in inputs {
            let data = input.make(pages)
            let file = folder.appendingPathComponent(input.name + ".txt")
            guard (try? data.write(to: file)) != nil else { fail("cannot write \(file.path)") }
            let megabytes = Double(data.count) / 1_048_576
            let base = median(
                (0..<options.repeats).map { _ in
                    seconds { _ = String(decoding: (try? Data(contentsOf: file)) ?? Data(), as: UTF8.self).split(separator: "\n").count }
                })
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
            var lines: [String] = []
            var size = 0
            var index = 0
            while size < 1_000_000 {
                let source = pages[index % pages.count].split(separator: "\n")
                let line = "\u{85}" + String(repeating: " ", count: 1000 + (index * 37) % 4000) + (source.isEmpty ? "测试" : String(source[index % source.count]))
                lines.append(line)
                size += line.utf8.count + 1
                index += 1
            }
            return Data(lines.joined(separator: "\n").utf8)
        },
        Input(name: "500-columns") { pages in
            let lines = pages.flatMap { $0.split(separator: "\n").map(String.init).filter { !$0.isEmpty } }
            var rows: [String] = []
            for row in 0..<300 {
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
                text += pages[index % pages.count] + "\n"
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

    /// Runs `banmian extract FILE --format json -o /dev/null`: its wall-clock seconds, its peak resident memory
    /// (from the kernel's accounting of the finished child) and the pages it wrote.
    static func extract(_ banmian: URL, _ file: URL) -> (seconds: Double, peak: Double, pages: Int) {
        let output = file.deletingPathExtension().appendingPathExtension("json")
        var pid: pid_t = 0
        let arguments = [banmian.path, "extract", file.path, "--format", "json", "--output", output.path]
        var argv: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) } + [nil]
        defer { for pointer in argv { free(pointer) } }
        var actions: posix_spawn_file_actions_t = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        let start = DispatchTime.now().uptimeNanoseconds
        guard posix_spawn(&pid, banmian.path, &actions, nil, &argv, environ) == 0 else { fail("cannot start \(banmian.path)") }
        var status: Int32 = 0
        var usage = rusage()
        _ = wait4(pid, &status, 0, &usage)
        let elapsed = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        let json = (try? Data(contentsOf: output)) ?? Data()
        let pages = (try? JSONSerialization.jsonObject(with: json) as? [String: Any])?["pages"] as? [Any]
        try? FileManager.default.removeItem(at: output)
        return (elapsed, Double(usage.ru_maxrss) / 1024, pages?.count ?? 0)
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
