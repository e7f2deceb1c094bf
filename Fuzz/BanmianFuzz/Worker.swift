import ArgumentParser
import Banmian
import BanmianPDF
import BanmianTesting
import Foundation

/// What fuzzes: text or PDF.
enum FuzzKind: String, ExpressibleByArgument, Sendable {
    case text, pdf
}

/// A worker process: reads inputs `first`, `first + stride`, … below `until`, and tells the supervisor on
/// standard output, one line each: `at I` before input I, `done I MICROSECONDS BYTES OUTCOME` after it, and
/// `finding I KIND DETAIL` for what it found. A crash or hang shows as the last `at` without its `done`.
struct Worker: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "A worker of a fuzz run (started by the supervisor).", shouldDisplay: false)

    @Argument var kind: FuzzKind
    @Option var seed: UInt64
    @Option var first: Int
    @Option var stride: Int
    @Option var until: Int
    @Option var deadline: Double

    func run() throws {
        let inputs = Seeds.inputs(kind: kind, seed: seed)
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("banmian-fuzz-\(getpid())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        var originalLetters: [Int: Int?] = [:]
        let pdfSettings = PDFReader.Settings(timeout: 20, timeoutPerMegabyte: 1)
        var index = first
        while index < until, Date().timeIntervalSince1970 < deadline {
            emit("at \(index)")
            let start = DispatchTime.now().uptimeNanoseconds
            let outcome: FuzzOracle.Outcome
            let bytes: Int
            switch kind {
            case .text:
                let input = inputs.text(index)
                bytes = input.data.count
                outcome = FuzzOracle.checkText(input.data, name: "fuzz-\(index).txt")
            case .pdf:
                let input = inputs.pdf(index)
                bytes = input.data.count
                let path = folder.appendingPathComponent("fuzz-\(index).pdf")
                try input.data.write(to: path)
                defer { try? FileManager.default.removeItem(at: path) }
                let original: Int?
                if let known = originalLetters[input.source] {
                    original = known
                } else {
                    let clean = folder.appendingPathComponent("original-\(input.source).pdf")
                    try inputs.pdfs[input.source].data.write(to: clean)
                    original = FuzzOracle.letters(ofPDF: clean.path)
                    originalLetters[input.source] = original
                }
                outcome = FuzzOracle.checkPDF(path: path.path, pages: input.pages, originalLetters: original, settings: pdfSettings)
            }
            let micros = (DispatchTime.now().uptimeNanoseconds - start) / 1000
            let result = outcome.errors.first.map { "refused:\($0.kind.rawValue)" } ?? "pages:\(outcome.pages.count)"
            for finding in outcome.findings {
                emit("finding \(index) \(finding.kind.rawValue) \(finding.detail.replacingOccurrences(of: "\n", with: " "))")
            }
            emit("done \(index) \(micros) \(bytes) \(result)")
            index += stride
        }
    }
}

/// A line to the supervisor, written at once (a crash right after must not lose it in a buffer).
func emit(_ line: String) {
    try? FileHandle.standardOutput.write(contentsOf: Data((line + "\n").utf8))
}

/// The inputs of a run: corpus pages and fixtures to mutate, PDFs to damage.
enum Seeds {
    static let textFolders = ["Benchmarks/Corpus/pages", "Tests/BanmianTests/Fixtures/pages", "Tests/BanmianTests/Fixtures/heldout", "Tests/BanmianTests/Fixtures/shredded"]
    /// PDFs over this size are left out: damaging and reading them takes long and tells nothing more.
    static let largestPDF = 2_000_000

    static func inputs(kind: FuzzKind, seed: UInt64) -> FuzzInputs {
        switch kind {
        case .text: FuzzInputs(pages: files(ending: ".txt").compactMap { String(data: $0.data, encoding: .utf8) }, seed: seed)
        case .pdf: FuzzInputs(pages: [], pdfs: FuzzInputs.specialPDFs + files(ending: ".pdf").filter { $0.data.count <= largestPDF }, seed: seed)
        }
    }

    static func files(ending suffix: String) -> [(name: String, data: Data)] {
        textFolders.flatMap { folder -> [(name: String, data: Data)] in
            let names = ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).filter { $0.hasSuffix(suffix) }.sorted()
            return names.compactMap { name in
                (try? Data(contentsOf: URL(fileURLWithPath: folder).appendingPathComponent(name))).map { ("\(folder)/\(name)", $0) }
            }
        }
    }
}
