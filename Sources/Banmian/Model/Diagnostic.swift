/// Something a reader of the output should know about a page that was still processed.
public struct Diagnostic: Sendable, Codable, Equatable, Hashable {
    public enum Severity: String, Sendable, Codable { case info, warning }

    /// A stable machine-readable code, e.g. `shreddedColumns`.
    public var code: String
    public var severity: Severity
    public var message: String
    /// The input lines concerned, when there are any.
    public var span: SourceSpan?

    public init(code: String, severity: Severity, message: String, span: SourceSpan? = nil) {
        self.code = code
        self.severity = severity
        self.message = message
        self.span = span
    }
}
