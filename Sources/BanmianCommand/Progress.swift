import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A one-line progress bar on standard error for long runs: inputs done of all, pages read, pages a second and the
/// time left; silent when stderr is not a terminal. Safe to advance from several threads.
final class Progress: @unchecked Sendable {
    let total: Int
    let enabled: Bool
    private let lock = NSLock()
    private var done = 0
    private var pages = 0
    private var label = ""
    private var lastDrawn = Date.distantPast
    private var drawn = false
    private let started = Date()

    init(total: Int) {
        self.total = total
        self.enabled = isatty(STDERR_FILENO) == 1
    }

    /// Draws `done` of `total` with a label (for work whose total is known only once it starts).
    func show(done: Int, total: Int, label: String) {
        lock.lock()
        defer { lock.unlock() }
        guard enabled, done == total || Date().timeIntervalSince(lastDrawn) > 0.1 else { return }
        lastDrawn = Date()
        drawn = true
        draw(done: done, total: total, label: label)
    }

    /// An input is done; `pages` read so far in the run.
    func advance(label: String, pages: Int = 0) {
        lock.lock()
        defer { lock.unlock() }
        done += 1
        self.pages = pages
        self.label = label
        redraw()
    }

    /// Pages read so far, while an input is being read (a file of many pages).
    func show(pages: Int) {
        lock.lock()
        defer { lock.unlock() }
        self.pages = pages
        redraw()
    }

    private func redraw() {
        // A run that ends at once draws nothing; a long one shows from its first half second.
        guard enabled, Date().timeIntervalSince(lastDrawn) > (drawn ? 0.1 : 0.5) || (drawn && done == total) else { return }
        if !drawn, lastDrawn == .distantPast {
            lastDrawn = Date()
            return
        }
        lastDrawn = Date()
        drawn = true
        draw(done: done, total: total, label: label, detail: pages > 0 ? " (\(pages) pages read\(pace()))" : "")
    }

    /// Pages a second and the time left, once there is something to go by: `, 12.3 pages/s, 4:05 left`.
    private func pace() -> String {
        let elapsed = Date().timeIntervalSince(started)
        guard elapsed > 1, pages > 0, done > 0 else { return "" }
        let left = Int(elapsed / Double(done) * Double(max(0, total - done)))
        return String(format: ", %.1f pages/s, %d:%02d left", Double(pages) / elapsed, left / 60, left % 60)
    }

    private func draw(done: Int, total: Int, label: String, detail: String = "") {
        let width = 30
        let filled = width * min(done, total) / max(total, 1)
        let bar = String(repeating: "█", count: filled) + String(repeating: "░", count: width - filled)
        let name = label.count > 50 ? "…" + label.suffix(49) : label
        try? FileHandle.standardError.write(contentsOf: Data("\r\u{1B}[K\(bar) \(done)/\(total) \(name)\(detail)".utf8))
    }

    func finish() {
        if enabled, drawn { try? FileHandle.standardError.write(contentsOf: Data("\n".utf8)) }
    }
}
