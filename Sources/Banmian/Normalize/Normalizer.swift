import Foundation

/// Repairs what extraction did to the characters of a page, and nothing else.
///
/// - Radical code points that CJK fonts emit in place of ideographs (`⼈⺠⽇`) become the ideographs
///   (`人民日`), choosing the simplified form in simplified text (`⼾` → `户`).
/// - CJK compatibility ideographs become their unified ideographs.
/// - The horizontal bar U+2015 becomes the em dash U+2014: CJK fonts map the dash of `——` to either (GB2312's
///   dash has been given both code points), and search and comparison must see one.
/// - Vertical presentation forms, which extractors give for punctuation printed in vertical text (`︵`, `︒`),
///   become the full-width forms a reader sees (`（`, `。`). The corner brackets `﹃﹄` and `﹁﹂` are the
///   quotation marks of vertical text: in simplified text, where GB/T 15834 sets `“”` and `‘’` so when the text
///   runs top to bottom (and fonts map those glyphs back to these code points), they become `“”` and `‘’`; in
///   traditional text, which quotes with corner brackets in any direction, `『』` and `「」`.
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

    /// The vertical presentation forms (U+FE10–FE19, U+FE30–FE48) and the forms they stand for.
    static let verticalForms: [UInt32: UInt32] = [
        0xFE10: 0xFF0C, 0xFE11: 0x3001, 0xFE12: 0x3002, 0xFE13: 0xFF1A, 0xFE14: 0xFF1B, 0xFE15: 0xFF01, 0xFE16: 0xFF1F,
        0xFE17: 0x3016, 0xFE18: 0x3017, 0xFE19: 0x2026, 0xFE30: 0x2025, 0xFE31: 0x2014, 0xFE32: 0x2013, 0xFE33: 0xFF3F,
        0xFE34: 0xFF3F, 0xFE35: 0xFF08, 0xFE36: 0xFF09, 0xFE37: 0xFF5B, 0xFE38: 0xFF5D, 0xFE39: 0x3014, 0xFE3A: 0x3015,
        0xFE3B: 0x3010, 0xFE3C: 0x3011, 0xFE3D: 0x300A, 0xFE3E: 0x300B, 0xFE3F: 0x3008, 0xFE40: 0x3009, 0xFE41: 0x300C,
        0xFE42: 0x300D, 0xFE43: 0x300E, 0xFE44: 0x300F, 0xFE47: 0xFF3B, 0xFE48: 0xFF3D,
    ]

    /// In simplified text, the vertical corner brackets and the quotation marks they print.
    static let simplifiedVerticalQuotes: [UInt32: UInt32] = [0xFE41: 0x2018, 0xFE42: 0x2019, 0xFE43: 0x201C, 0xFE44: 0x201D]

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
            case 0xFE41...0xFE44 where simplified:
                scalars.append(Self.simplifiedVerticalQuotes[scalar.value].flatMap(Unicode.Scalar.init) ?? scalar)
            case 0xFE10...0xFE19, 0xFE30...0xFE44, 0xFE47, 0xFE48:
                scalars.append(Self.verticalForms[scalar.value].flatMap(Unicode.Scalar.init) ?? scalar)
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
