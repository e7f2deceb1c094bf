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

    /// Reads a file; throws a `BanmianError` naming it when it cannot be read, or when it is larger than
    /// `maximumBytes` (checked before reading, so a huge file is never loaded).
    public static func file(
        at path: String, pageNumber: Int? = nil, maximumBytes: Int = LayoutSettings().maximumInputBytes
    ) throws(BanmianError) -> PageSource {
        let url = URL(fileURLWithPath: path)
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw BanmianError(.unreadable, source: path, detail: "no such file", advice: "check the path")
        }
        if isDirectory.boolValue {
            throw BanmianError(.unreadable, source: path, detail: "is a directory", advice: "pass the page files inside it")
        }
        let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
        if size > maximumBytes { throw BanmianError.tooLarge(path, bytes: size, limit: maximumBytes) }
        do {
            return PageSource(name: path, data: try Data(contentsOf: url), pageNumber: pageNumber)
        } catch {
            throw BanmianError(.unreadable, source: path, detail: error.localizedDescription, advice: "check the file's permissions")
        }
    }
}
