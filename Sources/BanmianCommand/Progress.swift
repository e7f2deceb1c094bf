import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A one-line progress bar on standard error for runs of many inputs; silent when stderr is not a terminal.
/// Safe to advance from several threads.
final class Progress: @unchecked Sendable {
    let total: Int
    let enabled: Bool
    private let lock = NSLock()
    private var done = 0
    private var lastDrawn = Date.distantPast

    init(total: Int) {
        self.total = total
        self.enabled = total != 1 && isatty(STDERR_FILENO) == 1
    }

    /// Draws `done` of `total` with a label (for work whose total is known only once it starts).
    func show(done: Int, total: Int, label: String) {
        lock.lock()
        defer { lock.unlock() }
        guard enabled, done == total || Date().timeIntervalSince(lastDrawn) > 0.1 else { return }
        lastDrawn = Date()
        draw(done: done, total: total, label: label)
    }

    func advance(label: String) {
        lock.lock()
        defer { lock.unlock() }
        done += 1
        guard enabled, done == total || Date().timeIntervalSince(lastDrawn) > 0.1 else { return }
        lastDrawn = Date()
        draw(done: done, total: total, label: label)
    }

    private func draw(done: Int, total: Int, label: String) {
        let width = 30
        let filled = width * done / max(total, 1)
        let bar = String(repeating: "█", count: filled) + String(repeating: "░", count: width - filled)
        let name = label.count > 40 ? "…" + label.suffix(39) : label
        FileHandle.standardError.write(Data("\r\u{1B}[K\(bar) \(done)/\(total) \(name)".utf8))
    }

    func finish() {
        if enabled { FileHandle.standardError.write(Data("\n".utf8)) }
    }
}
