import Foundation

/// One input page: its name (a file name, or `-` for standard input) and its bytes, not yet decoded.
public struct PageSource: Sendable, Equatable {
    public var name: String
    public var data: Data
    /// The newspaper page number when the caller knows it (`--page`); otherwise it is found later.
    public var pageNumber: Int?

    public init(name: String, data: Data, pageNumber: Int? = nil) {
        self.name = name
        self.data = data
        self.pageNumber = pageNumber
    }

    /// Reads a whole file into memory; throws a `BanmianError` naming it when it is not a regular file, cannot
    /// be read, or is larger than `maximumBytes` (checked before reading, so a huge file is never loaded).
    /// A file of many pages is better read page by page: `Pipeline.pages(of:named:firstNumber:)`.
    public static func file(
        at path: String, pageNumber: Int? = nil, maximumBytes: Int = LayoutSettings().maximumPageBytes
    ) throws(BanmianError) -> PageSource {
        let file = try InputFile.open(path)
        if let size = file.size, size > maximumBytes { throw BanmianError.tooLarge(path, bytes: size, limit: maximumBytes) }
        let data = try file.read(upTo: maximumBytes + 1)
        if data.count > maximumBytes { throw BanmianError.tooLarge(path, bytes: data.count, limit: maximumBytes) }
        return PageSource(name: path, data: data, pageNumber: pageNumber)
    }
}
