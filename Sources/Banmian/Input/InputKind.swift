import Foundation

/// What a file holds, told by its first bytes, not by its name: a PDF (`%PDF-`), an XML document whose root is
/// `alto` (an ALTO page) or `mets` (a METS issue), or text.
public enum InputKind: Sendable, Equatable {
    case pdf, alto, mets, text

    /// How many bytes `of(_:)` wants to see.
    public static let sniffBytes = 4096

    /// The kind of a file that starts with `head`. XML is recognized through a byte-order mark, white space, the
    /// XML declaration, comments and a DOCTYPE, and its root element's name with or without a prefix (`alto:alto`).
    public static func of(_ head: Data) -> InputKind {
        var bytes = head[...]
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
        if bytes.starts(with: Array("%PDF-".utf8)) { return .pdf }
        let text = String(decoding: bytes, as: UTF8.self)
        var rest = Substring(text)
        while true {
            rest = rest.drop { $0.isWhitespace }
            if rest.hasPrefix("<?") || rest.hasPrefix("<!--") || rest.hasPrefix("<!") {
                let end = rest.hasPrefix("<!--") ? "-->" : ">"
                guard let close = rest.range(of: end) else { return .text }
                rest = rest[close.upperBound...]
                continue
            }
            break
        }
        guard rest.hasPrefix("<") else { return .text }
        let name = rest.dropFirst().prefix { !$0.isWhitespace && $0 != ">" && $0 != "/" }
        switch (name.split(separator: ":").last.map(String.init) ?? "").lowercased() {
        case "alto": return .alto
        case "mets": return .mets
        default: return .text
        }
    }

    /// The kind of the file at `path`, from its first bytes (a file that cannot be opened is text here: reading
    /// it as text names the reason).
    public static func of(path: String) -> InputKind {
        guard let file = try? InputFile.open(path), let head = try? file.read(upTo: sniffBytes) else { return .text }
        return of(head)
    }
}
