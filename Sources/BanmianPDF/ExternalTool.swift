import Banmian
import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// A program Banmian runs as a separate process (mutool, pdftoppm, ImageMagick's convert, Tesseract), with the
/// Debian package that installs it, so a missing one is a clear error.
public struct ExternalTool: Sendable {
    public let name: String
    public let package: String

    public init(name: String, package: String) {
        self.name = name
        self.package = package
    }

    public static let mutool = ExternalTool(name: "mutool", package: "mupdf-tools")
    public static let pdftoppm = ExternalTool(name: "pdftoppm", package: "poppler-utils")
    public static let convert = ExternalTool(name: "convert", package: "imagemagick")

    public struct Outcome: Sendable {
        public var status: Int32
        /// What it wrote on standard error: its warnings and errors.
        public var errors: String
    }

    /// Runs the tool on `arguments` (its results go to files its arguments name; its standard output is
    /// discarded) and waits for it, at most `timeout` seconds: a file built to stall a reader is stopped and
    /// reported, never waited on forever. Its warnings come through a file (a pipe left unread could fill and
    /// stall it). `source` names the input for errors; `environment` is set for it over Banmian's own
    /// (`OMP_THREAD_LIMIT=1` for Tesseract); `output`, when given, receives its standard output.
    public func run(
        _ arguments: [String], source: String, timeout: TimeInterval = 600, environment: [String: String] = [:], output: URL? = nil
    ) throws(BanmianError) -> Outcome {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = environment.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" } + [name] + arguments
        let errorFile = FileManager.default.temporaryDirectory.appendingPathComponent("banmian-\(name)-\(UUID().uuidString).log")
        _ = FileManager.default.createFile(atPath: errorFile.path, contents: nil)
        defer { try? FileManager.default.removeItem(at: errorFile) }
        let outputHandle = output.flatMap { url in
            FileManager.default.createFile(atPath: url.path, contents: nil) ? FileHandle(forWritingAtPath: url.path) : nil
        }
        defer { try? outputHandle?.close() }
        process.standardOutput = outputHandle ?? FileHandle.nullDevice
        process.standardInput = FileHandle.nullDevice
        let errorHandle = FileHandle(forWritingAtPath: errorFile.path)
        defer { try? errorHandle?.close() }
        process.standardError = errorHandle ?? FileHandle.nullDevice
        // Foundation's waitUntilExit polls every 50 ms on Linux, which doubled the time of a page; the
        // termination handler says at once.
        let finished = DispatchSemaphore(value: 0)
        process.terminationHandler = { _ in finished.signal() }
        do {
            try process.run()
        } catch {
            throw BanmianError(.unreadable, source: source, detail: "needs \(name), which could not be started", advice: "install \(package)")
        }
        if finished.wait(timeout: .now() + timeout) == .timedOut {
            process.terminate()
            if finished.wait(timeout: .now() + 2) == .timedOut {
                kill(process.processIdentifier, SIGKILL)
                finished.wait()
            }
            throw BanmianError(
                .damaged, source: source, detail: "could not be read: \(name) was still working on it after \(Int(timeout)) seconds and was stopped",
                advice: "repair or re-export it (mutool clean in.pdf out.pdf), or read fewer pages at a time (--pages)")
        }
        if process.terminationStatus == 127 {
            throw BanmianError(.unreadable, source: source, detail: "needs \(name), which is not installed", advice: "install \(package) (apt-get install \(package))")
        }
        // Its messages may quote bytes of the broken file: read leniently, and only the first megabyte.
        let errors = (try? FileHandle(forReadingFrom: errorFile)).flatMap { try? $0.read(upToCount: 1_048_576) } ?? Data()
        return Outcome(status: process.terminationStatus, errors: String(decoding: errors, as: UTF8.self))
    }
}
