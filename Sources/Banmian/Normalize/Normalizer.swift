import Foundation

/// Repairs what extraction did to the characters of a page, and nothing else.
///
/// - Radical code points that CJK fonts emit in place of ideographs (`⼈⺠⽇`) become the ideographs
///   (`人民日`), choosing the simplified form in simplified text (`⼾` → `户`).
/// - CJK compatibility ideographs become their unified ideographs.
/// - The horizontal bar U+2015 becomes the em dash U+2014: CJK fonts map the dash of `——` to either (GB2312's
///   dash has been given both code points), and search and comparison must see one.
/// - CRLF and CR line ends become LF; form feeds (page breaks) become blank lines; byte order marks,
///   zero-width spaces and soft hyphens are removed; no-break spaces become spaces.
///
/// Full-width punctuation and the ideographic space stay as printed: no blanket NFKC.
public struct Normalizer: Sendable {
    /// Where `EquivalentUnifiedIdeograph.txt` names a traditional form, the form simplified text uses.
    static let simplifiedPreference: [UInt32: UInt32] = [
        0x6236: 0x6237,  // 戶 → 户
        0x9EC3: 0x9EC4,  // 黃 → 黄
    ]

    public init() {}

    public func normalize(_ text: String) -> String {
        let simplified = !ScriptStatistics.isTraditional(text)
        var scalars = String.UnicodeScalarView()
        scalars.reserveCapacity(text.unicodeScalars.count)
        var previousWasCR = false
        for scalar in text.unicodeScalars {
            defer { previousWasCR = scalar == "\r" }
            switch scalar.value {
            case 0x0D: scalars.append("\n")
            case 0x0A where previousWasCR: continue
            case 0x0C: scalars.append("\n"); scalars.append("\n")
            case 0xFEFF, 0x200B, 0x00AD: continue
            case 0x00A0: scalars.append(" ")
            case 0x2015: scalars.append("\u{2014}")
            case 0x2E80...0x2FDF:
                scalars.append(Self.ideograph(forRadical: scalar, simplified: simplified))
            case 0xF900...0xFAFF, 0x2F800...0x2FA1F:
                scalars.append(contentsOf: String(scalar).decomposedStringWithCanonicalMapping.unicodeScalars)
            default: scalars.append(scalar)
            }
        }
        return String(scalars)
    }

    static func ideograph(forRadical scalar: Unicode.Scalar, simplified: Bool) -> Unicode.Scalar {
        guard var value = equivalentUnifiedIdeograph[scalar.value] else { return scalar }
        if simplified, let preferred = simplifiedPreference[value] { value = preferred }
        return Unicode.Scalar(value) ?? scalar
    }
}
