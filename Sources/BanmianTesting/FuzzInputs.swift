import Foundation

/// The inputs of a fuzz run, each made from the run's seed and its index alone, so that any input can be made
/// again (to save the one a crash happened on, or to replay it) without the ones before it.
public struct FuzzInputs: Sendable {
    /// Page texts, each as lines, that mutations start from.
    public let pages: [[String]]
    /// PDFs that damages start from, with the letters each gives undamaged.
    public let pdfs: [(name: String, data: Data)]
    public let seed: UInt64

    public init(pages: [String], pdfs: [(name: String, data: Data)] = [], seed: UInt64) {
        self.pages = pages.map { $0.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) }.filter { !$0.isEmpty }
        self.pdfs = pdfs
        self.seed = seed
    }

    /// The largest text input but for one in a hundred.
    public static let usualLargest = 64 * 1024
    /// The largest any mutation may make a text (mutations repeat lines and lay them side by side: unchecked, a
    /// few of them in a row made lines of tens of megabytes, slow to make and tell nothing more).
    public static let largest = 2 * 1024 * 1024

    /// `lines` cut to `largest` bytes in all (the longest line cut first).
    static func capped(_ lines: [String]) -> [String] {
        var total = lines.reduce(0) { $0 + $1.utf8.count + 1 }
        guard total > largest else { return lines }
        var lines = lines
        while total > largest, let longest = lines.indices.max(by: { lines[$0].utf8.count < lines[$1].utf8.count }), !lines[longest].isEmpty {
            let excess = total - largest
            let keep = max(0, lines[longest].unicodeScalars.count - excess)
            let cut = String(String.UnicodeScalarView(lines[longest].unicodeScalars.prefix(keep)))
            total -= lines[longest].utf8.count - cut.utf8.count
            lines[longest] = cut
        }
        return lines
    }

    /// Text input `index`: a piece of a page (sometimes the whole page), mutated one to four times.
    public func text(_ index: Int) -> (data: Data, mutations: [TextMutation]) {
        var random = SeededGenerator(seed: seed, index: index)
        var lines = pages.isEmpty ? ["本报讯 测试。"] : pages[Int.random(in: 0..<pages.count, using: &random)]
        if Bool.random(using: &random), lines.count > 8 {
            let start = Int.random(in: 0..<lines.count, using: &random)
            lines = Array(lines[start..<min(lines.count, start + Int.random(in: 3...60, using: &random))])
        }
        let mutations = (0..<Int.random(in: 1...4, using: &random)).map { _ in TextMutation.allCases.randomElement(using: &random) ?? .marker }
        for mutation in mutations {
            lines = mutation.apply(to: lines, using: &random)
            lines = Self.capped(lines)
        }
        var data = Data(lines.joined(separator: "\n").utf8)
        for mutation in mutations { data = mutation.apply(to: data, using: &random) }
        // Mostly page-sized inputs, so that a run tries many; one in a hundred may be as large as its mutations made it.
        if data.count > Self.usualLargest, Int.random(in: 0..<100, using: &random) > 0 { data = data.prefix(Self.usualLargest) }
        return (data, mutations)
    }

    /// PDF input `index`: one of the PDFs (which one, `source`), damaged once or twice, and for a third of them
    /// a range of pages to read (`--pages`), which may run past the end.
    public func pdf(_ index: Int) -> (data: Data, source: Int, damages: [PDFDamage], pages: ClosedRange<Int>?) {
        var random = SeededGenerator(seed: seed, index: index)
        let source = Int.random(in: 0..<max(1, pdfs.count), using: &random)
        var data = pdfs.isEmpty ? Data() : pdfs[source].data
        let damages = (0..<Int.random(in: 1...2, using: &random)).map { _ in PDFDamage.allCases.randomElement(using: &random) ?? .truncated }
        for damage in damages { data = damage.apply(to: data, using: &random) }
        var pages: ClosedRange<Int>?
        if Int.random(in: 0..<3, using: &random) == 0 {
            let first = Int.random(in: 1...4, using: &random)
            pages = first...(first + Int.random(in: 0...3, using: &random))
        }
        return (data, source, damages, pages)
    }

    /// Small PDFs of what real files' fonts do to a text layer, besides the corpus PDFs: a Chinese text layer
    /// through a Unicode map, and maps that give control characters, lone surrogates and non-characters.
    public static let specialPDFs: [(name: String, data: Data)] = {
        let chinese = [["本报讯 记者张三报道：", "　　今天上午，全市经济工作会议召开。", "会议指出，要坚持稳中求进。"], ["（上接第一版）", "　　会议强调，要抓好各项工作落实。"]]
        var broken = MinimalPDF(chinese: chinese)
        // Three codes whose map gives what is no text: a control character, a lone surrogate, a non-character.
        broken.pages[0].append([0x41, 0x42, 0x43, 0x44])
        broken.unicodeMap[0x41] = [0x0001]
        broken.unicodeMap[0x42] = [0xD800]
        broken.unicodeMap[0x43] = [0xFFFE]
        return [
            ("chinese-text-layer.pdf", MinimalPDF(chinese: chinese).data),
            ("control-characters.pdf", broken.data),
            ("latin.pdf", MinimalPDF(text: [["The Evening Star", "By John Smith", "Washington, Aug. 25.", "The news of the day."]]).data),
        ]
    }()
}
