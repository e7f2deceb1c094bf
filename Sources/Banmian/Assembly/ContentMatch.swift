/// Word overlap between texts, the evidence for which headline, byline or subhead goes with which body.
///
/// CJK text is compared by character pairs (bigrams: no word segmentation needed), Latin text by
/// lower-cased words of three letters or more. Punctuation and spaces never count.
struct ContentMatch: Sendable {
    /// Each key packs a character pair (two scalars of 21 bits) or the hash of a Latin word (top bit set).
    let keys: Set<UInt64>

    /// The keys of the text's search tokens (`SearchTokenizer`, as the archive indexes it): each pair of CJK
    /// characters, and each Latin word of three letters or more.
    init(_ text: String) {
        var keys = Set<UInt64>()
        var text = text
        text.withUTF8 { utf8 in
            SearchTokenizer.forEachToken(in: utf8, mode: .query) { token, _, _ in
                let (first, length) = SearchTokenizer.decode(token, at: 0)
                if let first, SearchTokenizer.isPaired(first) {
                    if length < token.count, let second = SearchTokenizer.decode(token, at: length).0 { keys.insert(Self.pairKey(first, second)) }
                } else if token.count >= 3 {
                    var word = Hasher()
                    word.combine(bytes: UnsafeRawBufferPointer(token))
                    keys.insert(UInt64(bitPattern: Int64(word.finalize())) | (1 << 63))
                }
                return true
            }
        }
        self.keys = keys
    }

    init(keys: Set<UInt64>) { self.keys = keys }

    /// The key of two ideographs side by side.
    static func pairKey(_ first: Unicode.Scalar, _ second: Unicode.Scalar) -> UInt64 { UInt64(first.value) << 21 | UInt64(second.value) }

    /// The key of the pair a text ending as `text` and going on with `next` forms where they join, when both
    /// characters there are ideographs; nil otherwise. Where that pair stands elsewhere on the page, the one reads on
    /// into the other.
    static func joinKey(_ text: some StringProtocol, _ next: some StringProtocol) -> UInt64? {
        guard let last = text.unicodeScalars.last, let first = next.unicodeScalars.first,
            CharacterClass.isIdeograph(last), CharacterClass.isIdeograph(first)
        else { return nil }
        return pairKey(last, first)
    }

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
