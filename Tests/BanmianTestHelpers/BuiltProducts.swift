import Foundation

/// The products of the build the tests belong to, found beside the test bundle, so that the tests run the
/// `banmian` this build made whatever the scratch path (`swift test --scratch-path .build-tests`).
public enum BuiltProducts {
    /// The folder holding the test bundle: on Linux the test executable's, on macOS the `.xctest` bundle's.
    public static let folder: URL? = {
        var candidates = Bundle.allBundles.map(\.bundleURL).filter { $0.pathExtension == "xctest" }.map { $0.deletingLastPathComponent() }
        if let executable = Bundle.main.executableURL { candidates.append(executable.deletingLastPathComponent()) }
        candidates.append(URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent())
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.appendingPathComponent("banmian").path) }
    }()

    /// The `banmian` executable of this build, or nil when it was not built.
    public static var banmian: URL? { folder?.appendingPathComponent("banmian") }

    /// Whether `tool` is on the PATH.
    public static func hasTool(_ tool: String) -> Bool {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        return path.split(separator: ":").contains { FileManager.default.isExecutableFile(atPath: "\($0)/\(tool)") }
    }

    public struct Run: Sendable {
        public var status: Int32
        public var stdout: String
        public var stderr: String
    }

    /// Runs `executable` with `arguments`, standard input empty, and waits for it. Standard error goes
    /// through a file: a second pipe left unread while the first is drained could fill and stall the process.
    public static func run(_ executable: URL, _ arguments: [String]) throws -> Run {
        let errorFile = FileManager.default.temporaryDirectory.appendingPathComponent("banmian-test-stderr-\(UUID().uuidString)")
        _ = FileManager.default.createFile(atPath: errorFile.path, contents: nil)
        defer { try? FileManager.default.removeItem(at: errorFile) }
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        let out = Pipe()
        process.standardOutput = out
        process.standardError = try FileHandle(forWritingTo: errorFile)
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let stdout = readAll(out.fileHandleForReading)
        process.waitUntilExit()
        let stderr = try Data(contentsOf: errorFile)
        return Run(
            status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self),
            stderr: String(decoding: stderr, as: UTF8.self))
    }

    /// Everything `handle` gives until its end. Foundation's `readDataToEndOfFile()` traps when a signal
    /// interrupts its read (EINTR: a child process ending while the test reads its pipe); this reads again.
    public static func readAll(_ handle: FileHandle) -> Data {
        var data = Data()
        var buffer = [UInt8](repeating: 0, count: 65_536)
        while true {
            let got = buffer.withUnsafeMutableBytes { read(handle.fileDescriptor, $0.baseAddress, $0.count) }
            if got > 0 {
                data.append(contentsOf: buffer[0..<got])
            } else if got == 0 || errno != EINTR {
                return data
            }
        }
    }
}
