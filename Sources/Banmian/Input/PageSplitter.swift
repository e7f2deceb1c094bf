import Foundation

/// One page of a file of page text, not yet decoded: the bytes between two form feeds, or the whole file.
public struct PageText: Sendable {
    /// The file's name as given (`-` for standard input).
    public var source: String
    /// Its place among the file's pages (blank pages counted), 1-based.
    public var position: Int
    /// The file's line number of the page's first line (a form feed ends no line).
    public var firstLine: Int
    public var data: Data
    /// The number `--page` gives it, counted on through the file.
    public var pageNumber: Int?
    /// No other page of the file holds text: the page is numbered as a one-page file is (from its file name).
    public var isOnlyPage = false
    /// The encoding a byte order mark at the start of the file names: certain for every page.
    public var byteOrderMarked: TextEncoding?
    /// The encoding the file's first bytes read in: tried first, each page checked against it.
    public var guess: TextEncoding?
    /// For a page larger than a page of text can be: how many bytes it had. They were skipped, not kept.
    public var skippedBytes: Int?
}

/// Splits a file of page text into pages at its form feeds while reading it, so that a file of thousands of
/// pages (`pdftotext` of a year of a paper, or standard input) is never held whole in memory.
///
/// The file's start decides what holds for every page: a byte order mark (UTF-8, UTF-16), a binary file
/// (refused at once), and the encoding its first megabyte reads in. A page larger than `maximumPageBytes` is
/// skipped while it is read (only its size is kept) and reported. Lines are counted as the pipeline numbers
/// them: CR, LF and CRLF each end one line.
public struct PageSplitter {
    let source: any ByteSource
    let name: String
    let firstNumber: Int?
    let maximumPageBytes: Int
    let forced: TextEncoding?
    let chunkSize: Int

    /// Bytes read and not yet split: `buffer[consumed...]`.
    private var buffer = Data()
    private var consumed = 0
    private var atEnd = false
    private var started = false
    /// A page is still to be read: at the start, and after every form feed.
    private var pageOpen = true
    /// Bytes per code unit: 2 for UTF-16.
    private var unit = 1
    private var bigEndian = false
    private var byteOrderMarked: TextEncoding?
    private var guess: TextEncoding?
    private var position = 0
    private var nextLine = 1
    /// Pages read ahead until the file is known to hold more than one page of text (tens of thousands of blank
    /// pages may come first), handed out from `pendingNext` on.
    private var pending: [PageText] = []
    private var pendingNext = 0
    private var pagesCounted = false

    public init(
        source: any ByteSource, name: String, firstNumber: Int? = nil, maximumPageBytes: Int, forced: TextEncoding? = nil,
        chunkSize: Int = 1_048_576
    ) {
        self.source = source
        self.name = name
        self.firstNumber = firstNumber
        self.maximumPageBytes = maximumPageBytes
        self.forced = forced
        self.chunkSize = max(chunkSize, 16)
    }

    /// The next page, or nil after the last. Throws for a file that is empty or binary (at its start) or
    /// that cannot be read further; pages already returned stand.
    public mutating func next() throws(BanmianError) -> PageText? {
        if !pagesCounted {
            // Read ahead until a second page with text shows (or the file ends): a file with one page of text is
            // numbered by its name, the pages of a longer one by their place.
            var withText = 0
            while withText < 2, let page = try readPage() {
                pending.append(page)
                if !isBlank(page) { withText += 1 }
            }
            for index in pending.indices { pending[index].isOnlyPage = withText <= 1 }
            pagesCounted = true
        }
        var page: PageText
        if pendingNext < pending.count {
            page = pending[pendingNext]
            pendingNext += 1
            if pendingNext == pending.count { (pending, pendingNext) = ([], 0) }
        } else if let read = try readPage() {
            page = read
        } else {
            return nil
        }
        page.pageNumber = page.isOnlyPage ? firstNumber : firstNumber.flatMap { PageReference.number($0, countedOnBy: page.position - 1) }
        return page
    }

    // MARK: Reading

    private mutating func start() throws(BanmianError) {
        started = true
        try fill()
        if buffer.count == consumed {
            throw BanmianError(.empty, source: name, detail: "is empty", advice: "pass a page's extracted text")
        }
        let head = [UInt8](buffer.prefix(4))
        if let forced {
            unit = forced == .utf16LE || forced == .utf16BE ? 2 : 1
            bigEndian = forced == .utf16BE
            return
        }
        if head.starts(with: [0xEF, 0xBB, 0xBF]) {
            consumed = 3
            byteOrderMarked = .utf8
        } else if head.starts(with: [0xFF, 0xFE]) || head.starts(with: [0xFE, 0xFF]) {
            bigEndian = head[0] == 0xFE
            byteOrderMarked = bigEndian ? .utf16BE : .utf16LE
            consumed = 2
            unit = 2
        } else if TextDecoder.looksBinary([UInt8](buffer.prefix(8192))) {
            throw BanmianError(
                .binary, source: name, detail: "is a binary file, not page text",
                advice: "pass the text a PDF extractor wrote (e.g. pdftotext page.pdf page.txt); a UTF-16 file without byte order mark needs --encoding utf-16le (or utf-16be)")
        } else {
            guess = TextDecoder.guess(sample: [UInt8](buffer))
        }
    }

    /// Reads a chunk more (what is left of the buffer kept), or notes the end of the source.
    private mutating func fill() throws(BanmianError) {
        guard !atEnd else { return }
        let chunk = try source.read(upTo: chunkSize)
        if chunk.isEmpty {
            atEnd = true
            return
        }
        buffer = Data(buffer[(buffer.startIndex + consumed)...]) + chunk
        consumed = 0
    }

    /// The bytes read and not yet split.
    private var unsplit: Data { buffer[(buffer.startIndex + consumed)...] }

    /// The bytes up to the next form feed (or the end), with their lines counted.
    private mutating func readPage() throws(BanmianError) -> PageText? {
        if !started { try start() }
        guard pageOpen else { return nil }
        var data = Data()
        var skipped: Int?
        var lines = 0
        var previousWasCR = false
        while true {
            if unsplit.count < unit { try fill() }
            let bytes = unsplit
            let scan = scanned(bytes, previousWasCR: previousWasCR)
            lines += scan.lineEnds
            previousWasCR = scan.endsWithCR
            let taken = scan.separator ?? (atEnd ? bytes.count : bytes.count - bytes.count % unit)
            if let count = skipped {
                skipped = count + taken
            } else if data.count + taken > maximumPageBytes {
                skipped = data.count + taken
                data = Data()
            } else {
                data.append(bytes.prefix(taken))
            }
            if scan.separator != nil {
                consumed += taken + unit
                break
            }
            consumed += taken
            if atEnd {
                consumed = buffer.count  // an odd byte left at the end of a UTF-16 file
                pageOpen = false
                break
            }
            try fill()
        }
        position += 1
        defer { nextLine += lines }
        return PageText(
            source: name, position: position, firstLine: nextLine, data: data, byteOrderMarked: forced == nil ? byteOrderMarked : nil,
            guess: guess, skippedBytes: skipped)
    }

    /// Where the first form feed of `bytes` is (in whole code units) and how many line ends come before it.
    private func scanned(_ bytes: Data, previousWasCR: Bool) -> (separator: Int?, lineEnds: Int, endsWithCR: Bool) {
        var lineEnds = 0
        var wasCR = previousWasCR
        var separator: Int?
        let unit = self.unit
        let bigEndian = self.bigEndian
        bytes.withUnsafeBytes { raw in
            let count = raw.count - raw.count % unit
            var offset = 0
            while offset < count {
                let value: UInt16
                if unit == 1 {
                    value = UInt16(raw[offset])
                } else {
                    value = bigEndian ? UInt16(raw[offset]) << 8 | UInt16(raw[offset + 1]) : UInt16(raw[offset + 1]) << 8 | UInt16(raw[offset])
                }
                if value == 0x0C {
                    separator = offset
                    return
                }
                if value == 0x0D {
                    lineEnds += 1
                    wasCR = true
                } else {
                    if value == 0x0A, !wasCR { lineEnds += 1 }
                    wasCR = false
                }
                offset += unit
            }
        }
        return (separator, lineEnds, wasCR)
    }

    /// A page of nothing but white space (decoded in the file's encoding; a page that does not decode has text).
    private func isBlank(_ page: PageText) -> Bool {
        guard page.skippedBytes == nil else { return false }
        let decoder = TextDecoder(forced: forced)
        guard
            let decoded = try? decoder.decode(
                bytes: [UInt8](page.data), name: name, page: page.position, guess: page.guess, byteOrderMarked: page.byteOrderMarked)
        else { return page.data.isEmpty }
        return TextDecoder.isBlank(decoded.text)
    }
}
