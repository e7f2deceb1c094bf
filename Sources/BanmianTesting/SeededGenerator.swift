/// A random number generator that gives the same numbers for the same seed on every machine (SplitMix64), so
/// that a fuzz input is known by its seed and index alone.
public struct SeededGenerator: RandomNumberGenerator, Sendable {
    private var state: UInt64

    public init(seed: UInt64) { state = seed }

    /// The generator of input `index` of a run seeded `seed`.
    public init(seed: UInt64, index: Int) {
        var mixer = SeededGenerator(seed: seed ^ 0x9E37_79B9_7F4A_7C15)
        for _ in 0..<2 { _ = mixer.next() }
        state = mixer.next() ^ (UInt64(bitPattern: Int64(index)) &* 0xBF58_476D_1CE4_E5B9)
    }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
