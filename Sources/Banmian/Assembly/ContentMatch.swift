/// Word overlap between texts, the evidence for which headline, byline or subhead goes with which body.
///
/// CJK text is compared by character pairs (bigrams: no word segmentation needed), Latin text by
/// lower-cased words of three letters or more. Punctuation and spaces never count.
struct ContentMatch: Sendable {
    let keys: Set<String>

    init(_ text: String) {
        var keys = Set<String>()
        var previous: Character?
        var word = ""
        func endWord() {
            if word.count >= 3 { keys.insert(word) }
            word = ""
        }
        for character in text {
            if CharacterClass.isIdeograph(character) {
                endWord()
                if let previous { keys.insert(String([previous, character])) }
                previous = character
            } else if character.isLetter || character.isNumber {
                previous = nil
                word.append(contentsOf: character.lowercased())
            } else {
                previous = nil
                endWord()
            }
        }
        endWord()
        self.keys = keys
    }

    init(keys: Set<String>) { self.keys = keys }

    var isEmpty: Bool { keys.isEmpty }

    /// The share of this text's keys found in `other` (0 when this text has none).
    func coverage(in other: ContentMatch) -> Double {
        guard !keys.isEmpty else { return 0 }
        return Double(keys.intersection(other.keys).count) / Double(keys.count)
    }

    /// Overlap relative to the smaller of the two texts.
    func similarity(to other: ContentMatch) -> Double {
        let smaller = min(keys.count, other.keys.count)
        guard smaller > 0 else { return 0 }
        return Double(keys.intersection(other.keys).count) / Double(smaller)
    }

    func union(_ other: ContentMatch) -> ContentMatch { ContentMatch(keys: keys.union(other.keys)) }

    /// This text without the keys that are common on the whole page (in `common`).
    func subtracting(_ common: Set<String>) -> ContentMatch { ContentMatch(keys: keys.subtracting(common)) }
}
