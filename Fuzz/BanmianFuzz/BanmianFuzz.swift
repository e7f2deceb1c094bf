import ArgumentParser
import Banmian
import BanmianTesting
import Foundation

/// `banmian-fuzz`: feeds Banmian mutated page texts and damaged PDFs and checks that no input crashes the run,
/// hangs it, or loses text without a word.
@main
struct BanmianFuzz: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "banmian-fuzz",
        abstract: "Fuzz Banmian with mutated page texts and damaged PDFs: no crash, no hang, no silent loss.",
        discussion: """
            Each input is made from the seed and its index alone, mutating a page of the evaluation corpus or the test fixtures (text), or damaging one of the corpus PDFs or a PDF written from scratch (pdf). Worker processes read the inputs; a supervisor restarts a worker that crashed or hung and saves the input that did it. Inputs that lose letters, vanish, or get an error that names neither the file nor a reason are findings too. Every finding is saved in --findings; `banmian-fuzz replay FILE` reads one again.

            Run from the package root. Exit status 1 when anything was found.

            Examples:
              banmian-fuzz text --inputs 20000                 # what CI runs (about a minute)
              banmian-fuzz text --inputs 1000000 --seed 7      # a long run
              banmian-fuzz pdf --inputs 2000
              banmian-fuzz replay fuzz-findings/text-lostText-1-4711.txt
            """,
        subcommands: [TextRun.self, PDFRun.self, Replay.self, Minimize.self, Save.self, Worker.self]
    )
}

/// The options every run shares.
struct RunOptions: ParsableArguments {
    @Option(help: "The run's seed: the same seed gives the same inputs.")
    var seed: UInt64 = 1

    @Option(help: "How many inputs to try.")
    var inputs: Int = 10_000

    @Option(help: "Stop after this many seconds even if fewer inputs were tried.")
    var seconds: Double?

    @Option(help: "Worker processes (one per core by default).")
    var workers: Int = ProcessInfo.processInfo.activeProcessorCount

    @Option(help: "Where the inputs of findings are saved.")
    var findings: String = "fuzz-findings"

    @Option(help: "An input that takes longer than this is a hang.")
    var hangSeconds: Double = 60

    func validate() throws {
        guard inputs > 0, workers > 0, hangSeconds > 0 else { throw ValidationError("--inputs, --workers and --hang-seconds must be positive") }
    }
}

struct TextRun: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "text", abstract: "Fuzz the text path with mutated page texts.")

    @OptionGroup var options: RunOptions

    func run() throws {
        let report = try Supervisor(kind: .text, options: options).run()
        if !report.failed.isEmpty { throw ExitCode(1) }
    }
}

struct PDFRun: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "pdf", abstract: "Fuzz the PDF path with damaged PDFs (needs mupdf-tools).")

    @OptionGroup var options: RunOptions

    func run() throws {
        let report = try Supervisor(kind: .pdf, options: options).run()
        if !report.failed.isEmpty { throw ExitCode(1) }
    }
}

/// Reads one saved input again, in this process: a crash shows with its stack.
struct Replay: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Read a saved finding again (a .txt as page text, a .pdf as a PDF).")

    @Argument(help: "The saved input.")
    var file: String

    @Option(help: "PDF pages to read, as the finding says (e.g. 2-4).")
    var pages: String?

    func run() throws {
        let outcome: FuzzOracle.Outcome
        if file.lowercased().hasSuffix(".pdf") {
            let bounds = pages?.split(separator: "-").compactMap { Int($0) } ?? []
            let range = bounds.count == 2 && bounds[0] <= bounds[1] ? bounds[0]...bounds[1] : bounds.count == 1 ? bounds[0]...bounds[0] : nil
            outcome = FuzzOracle.checkPDF(path: file, pages: range, originalLetters: nil)
        } else {
            outcome = FuzzOracle.checkText(try Data(contentsOf: URL(fileURLWithPath: file)), name: file)
        }
        print("\(file): \(outcome.pages.count) pages, \(outcome.errors.count) errors")
        for error in outcome.errors { print("  error: \(error)") }
        for page in outcome.pages {
            for diagnostic in page.diagnostics where diagnostic.severity == .warning { print("  warning: \(diagnostic.message)") }
        }
        for finding in outcome.findings { print("  FINDING \(finding)") }
        if !outcome.findings.isEmpty { throw ExitCode(1) }
    }
}

/// Makes a text finding smaller: drops lines, then characters, while the same kind of finding stays.
struct Minimize: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Shrink a saved text finding to a small input that still shows it.")

    @Argument(help: "The saved input (.txt).")
    var file: String

    @Option(name: .shortAndLong, help: "Where to write the smaller input (FILE.min.txt by default).")
    var output: String?

    func run() throws {
        var bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: file)))
        let kinds = Set(FuzzOracle.checkText(Data(bytes), name: "input.txt").findings.map(\.kind))
        guard !kinds.isEmpty else {
            print("\(file): no finding to keep")
            throw ExitCode(1)
        }
        let stillFails = { (candidate: [UInt8]) in
            !Set(FuzzOracle.checkText(Data(candidate), name: "input.txt").findings.map(\.kind)).isDisjoint(with: kinds)
        }
        // Chunks of lines, then of bytes, halving the chunk while nothing more can go.
        for separator in [UInt8(0x0A), nil] {
            var pieces: [[UInt8]] = separator.map { sep in bytes.split(separator: sep, omittingEmptySubsequences: false).map(Array.init) } ?? bytes.map { [$0] }
            let join = { (parts: [[UInt8]]) -> [UInt8] in separator.map { Array(parts.joined(separator: [$0])) } ?? Array(parts.joined()) }
            var chunk = max(1, pieces.count / 2)
            while chunk >= 1 {
                var start = 0
                var removed = false
                while start < pieces.count {
                    var candidate = pieces
                    candidate.removeSubrange(start..<min(pieces.count, start + chunk))
                    if stillFails(join(candidate)) {
                        pieces = candidate
                        removed = true
                    } else {
                        start += chunk
                    }
                }
                if !removed { chunk /= 2 }
                if pieces.count > 20_000 && chunk < 64 { break }  // bytes of a large input: lines did the work
            }
            bytes = join(pieces)
        }
        let target = output ?? file.replacingOccurrences(of: ".txt", with: "") + ".min.txt"
        try Data(bytes).write(to: URL(fileURLWithPath: target))
        print("\(target): \(bytes.count) bytes")
        for finding in FuzzOracle.checkText(Data(bytes), name: target).findings { print("  FINDING \(finding)") }
    }
}

/// Writes one input of a run to a file, to look at it (an input that was slow, say).
struct Save: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Write input INDEX of a run (text or pdf) to a file.")

    @Argument var kind: FuzzKind
    @Argument var index: Int
    @Option var seed: UInt64 = 1
    @Option(name: .shortAndLong) var output: String

    func run() throws {
        let inputs = Seeds.inputs(kind: kind, seed: seed)
        switch kind {
        case .text:
            let input = inputs.text(index)
            try input.data.write(to: URL(fileURLWithPath: output))
            print("\(output): \(input.data.count) bytes, \(input.mutations.map(\.rawValue).joined(separator: "+"))")
        case .pdf:
            let input = inputs.pdf(index)
            try input.data.write(to: URL(fileURLWithPath: output))
            let range = input.pages.map { ", --pages \($0.lowerBound)-\($0.upperBound)" } ?? ""
            print("\(output): \(input.data.count) bytes, \(inputs.pdfs[input.source].name) \(input.damages.map(\.rawValue).joined(separator: "+"))\(range)")
        }
    }
}
