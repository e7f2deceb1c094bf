/// Input Banmian cannot use: says what is wrong, with which input, and what to do about it.
public struct BanmianError: Error, Sendable, Equatable, CustomStringConvertible {
    /// What kind of problem it is; stable across releases, for scripts.
    public enum Kind: String, Sendable, Codable {
        case unreadable, empty, binary, undecodable, tooLarge
        /// PDF input: not a PDF, password-protected, too damaged to read, or a scan without a text layer.
        case notPDF, encrypted, damaged, imageOnly
    }

    public var kind: Kind
    /// The input's name as given (a path, or `-` for standard input).
    public var source: String
    public var detail: String
    public var advice: String

    public init(_ kind: Kind, source: String, detail: String, advice: String) {
        self.kind = kind
        self.source = source
        self.detail = detail
        self.advice = advice
    }

    public var description: String { "\(source): \(detail); \(advice)" }

    /// An input over the size limit.
    static func tooLarge(_ source: String, bytes: Int, limit: Int) -> BanmianError {
        BanmianError(
            .tooLarge, source: source, detail: "is \(bytes / 1_048_576) MiB, more than the \(limit / 1_048_576) MiB a file of page text can be",
            advice: "split it into one file per page (or per issue, pages separated by form feeds)")
    }
}
