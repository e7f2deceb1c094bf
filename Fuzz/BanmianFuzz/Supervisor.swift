import Banmian
import BanmianTesting
import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Runs the workers of a fuzz run, restarts one that crashed or hung (after saving the input it was on), and
/// sums up what they found.
final class Supervisor: @unchecked Sendable {
    let kind: FuzzKind
    let options: RunOptions
    private let lock = NSLock()
    private var tried = 0
    private var bytes = 0
    private var micros: UInt64 = 0
    private var outcomes: [String: Int] = [:]
    private var findings: [(index: Int, kind: String, detail: String)] = []
    private var slowest: [(index: Int, micros: UInt64, bytes: Int)] = []

    init(kind: FuzzKind, options: RunOptions) {
        self.kind = kind
        self.options = options
    }

    struct Report {
        var tried: Int
        /// Findings that fail the run (all but slow inputs).
        var failed: [String]
    }

    func run() throws -> Report {
        try FileManager.default.createDirectory(atPath: options.findings, withIntermediateDirectories: true)
        let inputs = Seeds.inputs(kind: kind, seed: options.seed)
        let seedCount = kind == .text ? inputs.pages.count : inputs.pdfs.count
        guard seedCount > 0 else {
            throw CocoaError(.fileNoSuchFile, userInfo: [NSLocalizedDescriptionKey: "no seed inputs found: run banmian-fuzz from the package root"])
        }
        let started = Date()
        let deadline = started.timeIntervalSince1970 + (options.seconds ?? 1e9)
        say("banmian-fuzz \(kind.rawValue): seed \(options.seed), \(options.inputs) inputs from \(seedCount) seeds, \(options.workers) workers")
        let workers = min(options.workers, options.inputs)
        DispatchQueue.concurrentPerform(iterations: workers) { slot in
            var next = slot
            while next < options.inputs, Date().timeIntervalSince1970 < deadline {
                next = runWorker(from: next, stride: workers, deadline: deadline, inputs: inputs)
            }
        }
        let elapsed = Date().timeIntervalSince(started)
        return summarize(elapsed: elapsed)
    }

    /// Runs one worker from input `first` until it ends, crashes or hangs; returns where the next should start.
    private func runWorker(from first: Int, stride: Int, deadline: Double, inputs: FuzzInputs) -> Int {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: CommandLine.arguments[0]).standardizedFileURL
        if !FileManager.default.isExecutableFile(atPath: process.executableURL?.path ?? "") {
            process.executableURL = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
        }
        process.arguments = [
            "worker", kind.rawValue, "--seed", String(options.seed), "--first", String(first), "--stride", String(stride), "--until",
            String(options.inputs), "--deadline", String(deadline),
        ]
        let pipe = Pipe()
        process.standardOutput = pipe
        // What the worker says when it dies (the Swift runtime's backtrace of a crash, or of a hang it was made to
        // abort) goes to a log beside the findings.
        let log = URL(fileURLWithPath: options.findings).appendingPathComponent("\(kind.rawValue)-worker-\(first % stride).log")
        if !FileManager.default.fileExists(atPath: log.path) { _ = FileManager.default.createFile(atPath: log.path, contents: nil) }
        let logHandle = try? FileHandle(forWritingTo: log)
        _ = try? logHandle?.seekToEnd()
        defer { try? logHandle?.close() }
        process.standardError = logHandle ?? FileHandle.nullDevice
        var environment = ProcessInfo.processInfo.environment
        environment["SWIFT_BACKTRACE"] = "enable=yes,interactive=no,color=no,threads=all"
        process.environment = environment
        do {
            try process.run()
        } catch {
            say("banmian-fuzz: cannot start a worker: \(error)")
            return Int.max
        }
        // The worker's lines, read on another thread; the last input it started and when.
        let state = WorkerState()
        let reader = Thread {
            var buffer = Data()
            let handle = pipe.fileHandleForReading
            while let chunk = try? handle.read(upToCount: 65536), !chunk.isEmpty {
                buffer.append(chunk)
                while let newline = buffer.firstIndex(of: 0x0A) {
                    let line = String(decoding: buffer[buffer.startIndex..<newline], as: UTF8.self)
                    buffer = Data(buffer[(newline + 1)...])
                    self.handle(line, state: state, inputs: inputs)
                }
            }
            state.finish()
        }
        reader.start()
        // A hang is an input that has taken `hangSeconds` of the worker's processor time (a machine busy with
        // other work slows an input down but does not hang it), or five times as long on the clock.
        var watched: (index: Int, cpu: Double)?
        while true {
            if state.waitForEnd(seconds: 1) { break }
            guard let (index, since) = state.current else { continue }
            let cpu = Self.processorSeconds(process.processIdentifier)
            if watched?.index != index { watched = (index, cpu) }
            let used = cpu - (watched?.cpu ?? cpu)
            if used > options.hangSeconds || Date().timeIntervalSince(since) > options.hangSeconds * 5 {
                // Aborted, the worker prints where it was (Swift's backtracer) before it goes; killed if it does not.
                kill(process.processIdentifier, SIGABRT)
                let deadline = Date().addingTimeInterval(30)
                while process.isRunning, Date() < deadline { usleep(100_000) }
                if process.isRunning { kill(process.processIdentifier, SIGKILL) }
                process.waitUntilExit()
                _ = state.waitForEnd()
                record(index: index, kind: "hang", detail: "no answer after \(Int(used)) s of processor time (its stack: \(log.path))", inputs: inputs)
                return index + stride
            }
        }
        process.waitUntilExit()
        if process.terminationReason == .uncaughtSignal || process.terminationStatus != 0 {
            if let (index, _) = state.current {
                record(index: index, kind: "crash", detail: "the worker died (status \(process.terminationStatus); its stack: \(log.path))", inputs: inputs)
                return index + stride
            }
            say("banmian-fuzz: a worker failed before its first input (status \(process.terminationStatus))")
            return Int.max
        }
        return Int.max  // done: reached the end or the deadline
    }

    private func handle(_ line: String, state: WorkerState, inputs: FuzzInputs) {
        let parts = line.split(separator: " ", maxSplits: 3, omittingEmptySubsequences: false).map(String.init)
        guard parts.count >= 2, let index = Int(parts[1]) else { return }
        switch parts[0] {
        case "at": state.started(index)
        case "done" where parts.count == 4:
            state.finished(index)
            let fields = parts[3].split(separator: " ")
            let time = UInt64(parts[2]) ?? 0
            let size = fields.first.flatMap { Int($0) } ?? 0
            lock.lock()
            tried += 1
            micros += time
            bytes += size
            if let outcome = fields.last { outcomes[outcome.hasPrefix("refused") ? String(outcome) : "read", default: 0] += 1 }
            slowest.append((index, time, size))
            if slowest.count > 200 { slowest = Array(slowest.sorted { Self.rate($0) > Self.rate($1) }.prefix(20)) }
            let count = tried
            lock.unlock()
            if count % 10_000 == 0 { say("  \(count) inputs tried") }
        case "finding" where parts.count == 4:
            let words = parts[2...].joined(separator: " ").split(separator: " ", maxSplits: 1).map(String.init)
            record(index: index, kind: words.first ?? "?", detail: words.count > 1 ? words[1] : "", inputs: inputs)
        default: break
        }
    }

    /// The processor time a process has used so far (/proc/PID/stat: user and system time), in seconds.
    static func processorSeconds(_ pid: Int32) -> Double {
        guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8), let close = stat.lastIndex(of: ")") else { return 0 }
        let fields = stat[stat.index(after: close)...].split(separator: " ")
        // After the name: state is field 3 of the whole line, utime field 14 and stime field 15.
        guard fields.count > 12, let user = Double(fields[11]), let system = Double(fields[12]) else { return 0 }
        return (user + system) / Double(sysconf(Int32(_SC_CLK_TCK)))
    }

    /// Time per byte, counting inputs under 64 KiB as 64 KiB (their time is mostly the fixed cost of a page): how slow an input was for its size.
    static func rate(_ entry: (index: Int, micros: UInt64, bytes: Int)) -> Double {
        Double(entry.micros) / Double(max(entry.bytes, 65536))
    }

    /// Saves the input of a finding and notes it.
    private func record(index: Int, kind findingKind: String, detail: String, inputs: FuzzInputs) {
        let (data, what): (Data, String)
        switch kind {
        case .text:
            let input = inputs.text(index)
            (data, what) = (input.data, input.mutations.map(\.rawValue).joined(separator: "+"))
        case .pdf:
            let input = inputs.pdf(index)
            let range = input.pages.map { " --pages \($0.lowerBound)-\($0.upperBound)" } ?? ""
            (data, what) = (input.data, inputs.pdfs[input.source].name + " " + input.damages.map(\.rawValue).joined(separator: "+") + range)
        }
        let file = "\(options.findings)/\(kind.rawValue)-\(findingKind)-\(options.seed)-\(index).\(kind == .text ? "txt" : "pdf")"
        try? data.write(to: URL(fileURLWithPath: file))
        lock.lock()
        findings.append((index, findingKind, "\(detail) [\(what)] → \(file)"))
        lock.unlock()
        say("  FINDING input \(index): \(findingKind): \(detail) [\(what)] → \(file)")
    }

    private func summarize(elapsed: Double) -> Report {
        lock.lock()
        defer { lock.unlock() }
        let perSecond = Double(tried) / max(elapsed, 0.001)
        say("")
        say("banmian-fuzz \(kind.rawValue), seed \(options.seed): \(tried) inputs in \(String(format: "%.1f", elapsed)) s (\(Int(perSecond)) a second), \(bytes / 1024) KiB in all")
        for (outcome, count) in outcomes.sorted(by: { $0.key < $1.key }) { say("  \(outcome): \(count)") }
        let slow = slowest.sorted { Self.rate($0) > Self.rate($1) }.prefix(3)
        for entry in slow {
            say(String(format: "  slowest for its size: input %d, %.3f s for %d bytes (%.2f s/MB)", entry.index, Double(entry.micros) / 1e6, entry.bytes, Double(entry.micros) / Double(max(entry.bytes, 1)) * 1.048576))
        }
        let kinds = Dictionary(grouping: findings, by: \.kind).mapValues(\.count)
        say("  findings: " + (findings.isEmpty ? "none (no crash, no hang, no lost text, no silent loss, no bad error)" : kinds.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: ", ")))
        return Report(tried: tried, failed: findings.map { "\($0.kind) at \($0.index): \($0.detail)" })
    }
}

/// A line on standard output, written at once (the run may be watched through a file).
func say(_ line: String) {
    try? FileHandle.standardOutput.write(contentsOf: Data((line + "\n").utf8))
}

/// The input a worker is on, and whether it has ended; shared by the supervisor's threads.
final class WorkerState: @unchecked Sendable {
    private let condition = NSCondition()
    private var index: Int?
    private var since = Date()
    private var ended = false

    var current: (Int, Date)? {
        condition.lock()
        defer { condition.unlock() }
        return index.map { ($0, since) }
    }

    func started(_ index: Int) {
        condition.lock()
        self.index = index
        since = Date()
        condition.unlock()
    }

    func finished(_ index: Int) {
        condition.lock()
        if self.index == index { self.index = nil }
        condition.unlock()
    }

    func finish() {
        condition.lock()
        ended = true
        condition.broadcast()
        condition.unlock()
    }

    /// Waits until the worker's output ends, at most `seconds`; true when it has.
    func waitForEnd(seconds: Double = .infinity) -> Bool {
        condition.lock()
        defer { condition.unlock() }
        let limit = Date().addingTimeInterval(min(seconds, 1e9))
        while !ended {
            if !condition.wait(until: limit) { return ended }
        }
        return true
    }
}
