import Foundation

/// Maps over inputs on all cores, keeping the input order of the results (pages read by `extract` and `ingest`,
/// the rows an archive stores).
public enum ParallelMap {
    public static func map<Input: Sendable, Output: Sendable>(_ inputs: [Input], _ transform: @Sendable (Int, Input) -> Output) -> [Output] {
        let box = ResultsBox<Output>(count: inputs.count)
        DispatchQueue.concurrentPerform(iterations: inputs.count) { index in
            box.set(index, transform(index, inputs[index]))
        }
        return box.values.compactMap { $0 }  // every index was set: concurrentPerform returns when all are done
    }

    private final class ResultsBox<Output>: @unchecked Sendable {
        private let lock = NSLock()
        private(set) var values: [Output?]

        init(count: Int) { values = Array(repeating: nil, count: count) }

        func set(_ index: Int, _ value: Output) {
            lock.lock()
            values[index] = value
            lock.unlock()
        }
    }
}
