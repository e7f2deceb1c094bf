import BanmianArchive

/// The reader's addresses: readable, stable, one place that spells them. An issue is `/issues/{paper}-{date}`, a
/// page `/issues/{paper}-{date}/{page}` (`p3`), an article `/articles/{id}`; a search's words ride along as `q`.
enum ReaderURL {
    static func paper(_ name: String, year: String? = nil) -> String {
        "/papers/" + ArchiveView.pathSegment(name) + (year.map { "?year=" + $0 } ?? "")
    }

    static func issue(_ id: String) -> String { "/issues/" + ArchiveView.pathSegment(id) }

    static func page(issue: String, key: String, query: String? = nil, article: String? = nil) -> String {
        Self.issue(issue) + "/" + ArchiveView.pathSegment(key) + parameters([("q", query), ("article", article)])
    }

    static func article(_ id: String, query: String? = nil) -> String {
        "/articles/" + ArchiveView.pathSegment(id) + parameters([("q", query)])
    }

    static func thumbnail(page id: String) -> String { "/thumbnails/" + ArchiveView.pathSegment(id) }

    static func search(_ parameters: [(String, String?)]) -> String { "/search" + Self.parameters(parameters) }

    /// `?a=1&b=2` of the parameters that have a value, each percent-encoded; empty when none has.
    static func parameters(_ pairs: [(String, String?)]) -> String {
        let given = pairs.compactMap { name, value in value.flatMap { $0.isEmpty ? nil : name + "=" + component($0) } }
        return given.isEmpty ? "" : "?" + given.joined(separator: "&")
    }

    /// A query parameter's value: everything but unreserved characters percent-encoded (`&`, `=`, `+`, `#` too).
    static func component(_ text: String) -> String {
        var out = ""
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
                UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "~"):
                out.append(Character(Unicode.Scalar(byte)))
            default:
                out += "%" + String(byte, radix: 16, uppercase: true).leftPadded(to: 2)
            }
        }
        return out
    }
}

extension String {
    fileprivate func leftPadded(to length: Int) -> String { count >= length ? self : String(repeating: "0", count: length - count) + self }
}
