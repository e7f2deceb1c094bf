/// Input Banmian cannot use: says what is wrong, with which input (and which page of it), and what to do about it.
public struct BanmianError: Error, Sendable, Equatable, CustomStringConvertible {
    /// What kind of problem it is; stable across releases, for scripts.
    public enum Kind: String, Sendable, Codable, CaseIterable {
        case unreadable, empty, binary, undecodable, tooLarge
        /// A directory, named pipe, device or socket where a file of pages was expected.
        case notAFile
        /// PDF input: not a PDF, password-protected, too damaged to read, or a scan without a text layer.
        case notPDF, encrypted, damaged, imageOnly
        /// PDF pages asked for (`--pages`) that the document does not have.
        case noSuchPage
    }

    public var kind: Kind
    /// The input's name as given (a path, or `-` for standard input).
    public var source: String
    /// The page within the input (its place in the file, 1-based) when only that page failed.
    public var page: Int?
    public var detail: String
    public var advice: String

    public init(_ kind: Kind, source: String, page: Int? = nil, detail: String, advice: String) {
        self.kind = kind
        self.source = source
        self.page = page
        self.detail = detail
        self.advice = advice
    }

    public var description: String { "\(source)\(page.map { " (page \($0) of the file)" } ?? ""): \(detail); \(advice)" }

    /// A page over the size limit.
    static func tooLarge(_ source: String, bytes: Int, limit: Int) -> BanmianError {
        BanmianError(
            .tooLarge, source: source, detail: "is \(bytes / 1_048_576) MiB, more than the \(limit / 1_048_576) MiB a page of text can be",
            advice: "split it into one file per page (or pages separated by form feeds)")
    }

    /// A file whose pages hold nothing to read.
    public static func noText(_ source: String) -> BanmianError {
        BanmianError(
            .empty, source: source, detail: "holds no text (only white space and invisible characters such as soft hyphens or zero-width spaces)",
            advice: "pass a page's extracted text")
    }
}
