import BanmianArchive
import Foundation
import Hummingbird
import Synchronization

/// An answer before it becomes a response: what the cache keeps.
struct Answer: Sendable {
    var status: HTTPResponse.Status
    var headers: HTTPFields
    var body: ByteBuffer

    var response: Response { Response(status: status, headers: headers, body: .init(byteBuffer: body)) }
}

/// Answers kept in memory by address (path and query), so that a page, an article or a search asked for again is
/// sent without reading the archive. Everything is dropped as soon as the archive changes (an ingest committed an
/// issue): its mark is looked at no more than every quarter of a second, so an answer is at most that stale.
/// Bounded by bytes; the least recently used go first.
final class ResponseCache: Sendable {
    private struct Entry {
        var answer: Answer
        var used: UInt64
    }

    private struct State {
        var entries: [String: Entry] = [:]
        var bytes = 0
        var clock: UInt64 = 0
        var mark: String
        var checked: ContinuousClock.Instant
        /// Requests waiting for an answer another request is making.
        var waiting: [String: [CheckedContinuation<Answer?, Never>]] = [:]
    }

    private let state: Mutex<State>
    private let limit: Int
    private let mark: @Sendable () -> String
    /// How long the archive's mark is trusted.
    private static let recheck = Duration.milliseconds(250)

    /// A cache of at most `limit` bytes of answers, emptied whenever `mark` changes.
    init(limit: Int, mark: @escaping @Sendable () -> String) {
        self.limit = limit
        self.mark = mark
        state = Mutex(State(mark: mark(), checked: .now))
    }

    func answer(for key: String) -> Answer? {
        let now = ContinuousClock.now
        let stale = state.withLock { $0.checked + Self.recheck < now }
        // The archive's files are looked at outside the lock; the one request that does it may empty the cache.
        let current = stale ? mark() : nil
        return state.withLock { state in
            if let current {
                state.checked = now
                if current != state.mark {
                    state.mark = current
                    state.entries.removeAll(keepingCapacity: true)
                    state.bytes = 0
                }
            }
            state.clock += 1
            guard var entry = state.entries[key] else { return nil }
            entry.used = state.clock
            state.entries[key] = entry
            return entry.answer
        }
    }

    /// The answer for `key` made once for all the requests that ask for it while it is being made (a search many
    /// people run at the same moment is run once), and kept unless it is a server error.
    func answer(for key: String, making make: @Sendable () async -> Answer) async -> Answer {
        let made: Answer? = await withCheckedContinuation { continuation in
            let first = state.withLock { state in
                if state.waiting[key] != nil {
                    state.waiting[key, default: []].append(continuation)
                    return false
                }
                state.waiting[key] = []
                return true
            }
            if first { continuation.resume(returning: nil) }
        }
        if let made { return made }
        let answer = await make()
        if answer.status.code < 500 { keep(answer, for: key) }
        let waiting = state.withLock { $0.waiting.removeValue(forKey: key) ?? [] }
        for request in waiting { request.resume(returning: answer) }
        return answer
    }

    func keep(_ answer: Answer, for key: String) {
        let size = answer.body.readableBytes + key.utf8.count + 256
        guard size <= limit / 16 else { return }
        state.withLock { state in
            state.clock += 1
            if let old = state.entries.updateValue(Entry(answer: answer, used: state.clock), forKey: key) {
                state.bytes -= old.answer.body.readableBytes + key.utf8.count + 256
            }
            state.bytes += size
            guard state.bytes > limit else { return }
            // Over the limit: the least recently used quarter of the bytes goes at once.
            var kept = state.bytes
            for (key, entry) in state.entries.sorted(by: { $0.value.used < $1.value.used }) where kept > limit * 3 / 4 {
                state.entries[key] = nil
                kept -= entry.answer.body.readableBytes + key.utf8.count + 256
            }
            state.bytes = kept
        }
    }
}
