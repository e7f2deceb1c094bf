import Banmian
import Foundation

/// A program Banmian runs as a separate process (mutool, pdftoppm, ImageMagick's convert), with the Debian
/// package that installs it, so a missing one is a clear error.
struct ExternalTool: Sendable {
    let name: String
    let package: String

    static let mutool = ExternalTool(name: "mutool", package: "mupdf-tools")
    static let pdftoppm = ExternalTool(name: "pdftoppm", package: "poppler-utils")
    static let convert = ExternalTool(name: "convert", package: "imagemagick")

    struct Outcome {
        var status: Int32
        var output: Data
        var errors: String
    }

    /// Runs the tool on `arguments`; its standard output is returned whole, its warnings from a file (a pipe
    /// left unread could fill and stall it). `source` names the input for errors.
    func run(_ arguments: [String], source: String) throws(BanmianError) -> Outcome {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [name] + arguments
        let output = Pipe()
        let errorFile = FileManager.default.temporaryDirectory.appendingPathComponent("banmian-\(name)-\(UUID().uuidString).log")
        _ = FileManager.default.createFile(atPath: errorFile.path, contents: nil)
        defer { try? FileManager.default.removeItem(at: errorFile) }
        process.standardOutput = output
        process.standardError = FileHandle(forWritingAtPath: errorFile.path)
        // Foundation's waitUntilExit polls every 50 ms on Linux, which doubled the time of a page; the
        // termination handler says at once.
        let finished = DispatchSemaphore(value: 0)
        process.terminationHandler = { _ in finished.signal() }
        do {
            try process.run()
        } catch {
            throw BanmianError(.unreadable, source: source, detail: "needs \(name), which could not be started", advice: "install \(package)")
        }
        let data = output.fileHandleForReading.readDataToEndOfFile()
        finished.wait()
        if process.terminationStatus == 127 {
            throw BanmianError(.unreadable, source: source, detail: "needs \(name), which is not installed", advice: "install \(package) (apt-get install \(package))")
        }
        let errors = (try? String(contentsOf: errorFile, encoding: .utf8)) ?? ""
        return Outcome(status: process.terminationStatus, output: data, errors: errors)
    }
}
