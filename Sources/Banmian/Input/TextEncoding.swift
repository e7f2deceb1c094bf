/// The text encodings Banmian reads.
public enum TextEncoding: String, Sendable, Codable, CaseIterable {
    case utf8 = "utf-8"
    case utf16LE = "utf-16le"
    case utf16BE = "utf-16be"
    case gb18030
    case big5

    /// Parses a user's spelling: `utf8`, `UTF-8`, `gbk`, `gb2312`, `GB18030`, `big5`, `utf-16le`…
    public init?(userName: String) {
        let key = userName.lowercased().replacingOccurrences(of: "-", with: "").replacingOccurrences(of: "_", with: "")
        switch key {
        case "utf8": self = .utf8
        case "utf16", "utf16le": self = .utf16LE
        case "utf16be": self = .utf16BE
        case "gb18030", "gbk", "gb2312", "cp936", "euccn": self = .gb18030
        case "big5", "big5hkscs", "cp950": self = .big5
        default: return nil
        }
    }

    /// The name iconv knows the encoding by.
    var iconvName: String {
        switch self {
        case .utf8: "UTF-8"
        case .utf16LE: "UTF-16LE"
        case .utf16BE: "UTF-16BE"
        case .gb18030: "GB18030"
        case .big5: "BIG5-HKSCS"
        }
    }
}
