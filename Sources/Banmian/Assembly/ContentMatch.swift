/// Word overlap between texts, the evidence for which headline, byline or subhead goes with which body.
///
/// CJK text is compared by character pairs (bigrams: no word segmentation needed), Latin text by
/// lower-cased words of three letters or more. Punctuation and spaces never count.
struct ContentMatch: Sendable {
    /// Each key packs a character pair (two scalars of 21 bits) or the hash of a Latin word (top bit set).
    let keys: Set<UInt64>

    init(_ text: String) {
        var keys = Set<UInt64>()
        var previous: Unicode.Scalar?
        var word = Hasher()
        var wordLength = 0
        func endWord() {
            if wordLength >= 3 { keys.insert(UInt64(bitPattern: Int64(word.finalize())) | (1 << 63)) }
            word = Hasher()
            wordLength = 0
        }
        for scalar in text.unicodeScalars {
            if CharacterClass.isIdeograph(scalar) {
                if wordLength > 0 { endWord() }
                if let previous { keys.insert(Self.pairKey(previous, scalar)) }
                previous = scalar
            } else if scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
                previous = nil
                for lower in scalar.properties.lowercaseMapping.unicodeScalars { word.combine(lower.value) }
                wordLength += 1
            } else {
                previous = nil
                if wordLength > 0 { endWord() }
            }
        }
        if wordLength > 0 { endWord() }
        self.keys = keys
    }

    init(keys: Set<UInt64>) { self.keys = keys }

    /// The key of two ideographs side by side.
    static func pairKey(_ first: Unicode.Scalar, _ second: Unicode.Scalar) -> UInt64 { UInt64(first.value) << 21 | UInt64(second.value) }

    var isEmpty: Bool { keys.isEmpty }

    /// The share of this text's keys found in `other` (0 when this text has none).
    func coverage(in other: ContentMatch) -> Double {
        guard !keys.isEmpty else { return 0 }
        return Double(keys.lazy.filter { other.keys.contains($0) }.count) / Double(keys.count)
    }

    /// Overlap relative to the smaller of the two texts.
    func similarity(to other: ContentMatch) -> Double {
        let (small, large) = keys.count <= other.keys.count ? (keys, other.keys) : (other.keys, keys)
        guard !small.isEmpty else { return 0 }
        return Double(small.lazy.filter { large.contains($0) }.count) / Double(small.count)
    }

    func union(_ other: ContentMatch) -> ContentMatch { ContentMatch(keys: keys.union(other.keys)) }
}
