import ArgumentParser

/// `--pages 3` or `--pages 1-4`: PDF pages to read, 1-based.
struct PDFPageRange: ExpressibleByArgument {
    var pages: ClosedRange<Int>

    init?(argument: String) {
        let bounds = argument.split(separator: "-", omittingEmptySubsequences: false).map { Int($0.trimmingCharacters(in: .whitespaces)) }
        guard (1...2).contains(bounds.count), let low = bounds.first ?? nil, let high = bounds.last ?? nil, low >= 1, high >= low else {
            return nil
        }
        pages = low...high
    }

    static var defaultCompletionKind: CompletionKind { .default }
}
