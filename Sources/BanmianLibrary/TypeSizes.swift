import Banmian
import Foundation

/// Type sizes measured from an OCR engine's boxes vary from line to line by a tenth; a page is set in a few
/// sizes. Clustering the measurements gives each line its size again.
public enum TypeSizes {
    /// Measurements within this ratio of the body's size are the body's size…
    public static let bodyRatio = 1.06
    /// …and others closer than this ratio (sorted, each to the next) are one size.
    public static let sameSizeRatio = 1.06

    /// Each measurement's size. The body's size is the one most characters measured (their weighted median),
    /// and every measurement within `bodyRatio` of it is the body's; the others, below and above that band apart,
    /// part where one is more than `sameSizeRatio` times the one before, and each such cluster takes the size
    /// most of its characters measured. To a tenth of a point. `weights` are the characters of each measurement.
    public static func clustered(_ sizes: [Double], weights: [Int]) -> [Double] {
        guard sizes.count == weights.count, !sizes.isEmpty else { return sizes }
        let all = Array(sizes.indices)
        let body = weightedMedian(all, sizes, weights)
        var result = sizes
        let inBody = all.filter { sizes[$0] <= body * bodyRatio && sizes[$0] >= body / bodyRatio }
        for index in inBody { result[index] = rounded(body) }
        for side in [all.filter { sizes[$0] < body / bodyRatio }, all.filter { sizes[$0] > body * bodyRatio }] {
            var cluster: [Int] = []
            for index in side.sorted(by: { sizes[$0] < sizes[$1] }) {
                if let last = cluster.last, sizes[index] > sizes[last] * sameSizeRatio {
                    let size = weightedMedian(cluster, sizes, weights)
                    for member in cluster { result[member] = rounded(size) }
                    cluster = []
                }
                cluster.append(index)
            }
            let size = cluster.isEmpty ? 0 : weightedMedian(cluster, sizes, weights)
            for member in cluster { result[member] = rounded(size) }
        }
        return result
    }

    /// The size at which half of the characters of `members` are measured smaller.
    private static func weightedMedian(_ members: [Int], _ sizes: [Double], _ weights: [Int]) -> Double {
        let sorted = members.sorted { sizes[$0] < sizes[$1] }
        let total = sorted.reduce(0) { $0 + max(1, weights[$1]) }
        var seen = 0
        for index in sorted {
            seen += max(1, weights[index])
            if seen * 2 >= total { return sizes[index] }
        }
        return sorted.last.map { sizes[$0] } ?? 0
    }

    private static func rounded(_ size: Double) -> Double { (size * 10).rounded() / 10 }

    // MARK: Sizes an OCR engine wrote, checked by how tightly the line is set

    /// A line needs this many characters before its width says its size.
    public static let densityMinimumCharacters = 12
    /// …and the body this many such lines before its width per character is known.
    public static let densityMinimumBodyLines = 10

    /// The width of a character, in ems of its type, as a line set in a common face averages it: an ideograph (or
    /// another wide character) fills its em; Latin capitals take about 0.68 of it, small letters and figures
    /// half, a punctuation mark about 0.3.
    static func emWidth(of character: Character) -> Double {
        if TextLine.displayWidth(of: String(character)) > 1 { return 1 }
        if character.isUppercase { return 0.68 }
        if character.isLetter || character.isNumber { return 0.5 }
        return 0.3
    }

    /// The width one em of a word's type takes on the page: its box's width over its characters' `emWidth`s.
    /// Added up over a line's words (`ALTOPage.inkWidths`), the gaps between them and a speck read far off at its
    /// end (a column rule read as `|`) do not count.
    static func ems(of word: String) -> Double { word.reduce(0) { $0 + emWidth(of: $1) } }

    /// Capitals are the display type of Latin-script papers (`LATER FROM NEW ORLEANS.`), and their widths vary
    /// with the face more than small letters' do: a line of them keeps the size it was given.
    static func isSetInCapitals(_ text: String) -> Bool {
        let letters = text.filter { $0.isLetter && TextLine.displayWidth(of: String($0)) == 1 }
        return !letters.isEmpty && letters.filter(\.isUppercase).count * 2 > letters.count
    }

    /// An OCR engine's type sizes (an ALTO file's `TextStyle`s, written by the engine) are guesses from boxes: on
    /// the 1862 page a fifth of the body's lines were given a size above the body's, and read as headlines. How
    /// wide its words are for their letters says a line's size as well, and is not fooled by tall letters: a line
    /// of at least `densityMinimumCharacters` whose width per em (`inkWidths`, by line number: the words' widths
    /// over their `ems`) is nearer the body's than the width its own size would give takes the body's size (not a
    /// line set in capitals). The body's size is the one most characters have; its width per em, the median of
    /// its lines'. Lines without a measure or a size, and pages with fewer than `densityMinimumBodyLines` body
    /// lines measured, are left as they are.
    public static func checkedByDensity(_ lines: [TextLine], inkWidths: [Int: Double]) -> [TextLine] {
        var characters: [Double: Int] = [:]
        for line in lines { if let size = line.fontSize { characters[size, default: 0] += line.text.count } }
        guard let body = characters.max(by: { ($0.value, -$0.key) < ($1.value, -$1.key) })?.key, body > 0 else { return lines }
        func perEm(_ line: TextLine) -> Double? {
            guard line.text.count >= densityMinimumCharacters, let width = inkWidths[line.number], width > 0 else { return nil }
            return width
        }
        let bodyWidths = lines.filter { $0.fontSize == body }.compactMap(perEm).sorted()
        guard bodyWidths.count >= densityMinimumBodyLines else { return lines }
        let bodyPerEm = bodyWidths[bodyWidths.count / 2]
        return lines.map { line in
            guard let size = line.fontSize, size != body, size > 0, !isSetInCapitals(line.text), let width = perEm(line) else { return line }
            let measured = body * width / bodyPerEm
            var checked = line
            if abs(log(measured / body)) < abs(log(measured / size)) { checked.fontSize = body }
            return checked
        }
    }
}
