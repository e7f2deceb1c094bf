/// What mutool said on standard error while reading a PDF, sorted by what it tells about the file: its
/// unrelated notices dropped, its repeats counted, so that the real reason can be named.
struct MutoolMessages: Sendable, Equatable {
    /// One message and how many times it came.
    struct Message: Sendable, Equatable {
        var text: String
        var isError: Bool
        var count: Int
    }

    /// mutool rebuilt a broken cross-reference table (`trying to repair broken xref`).
    private(set) var repaired = false
    /// The file asks for a password.
    private(set) var encrypted = false
    /// Pages it could not find or load (`cannot find page 3 in page tree`, `cycle in page tree`).
    private(set) var pageTree: [Message] = []
    /// Notes on fonts that leave the text readable (`non-embedded font using identity encoding`).
    private(set) var fonts: [Message] = []
    /// Everything else: broken objects, streams and content (`invalid character in hex string`, zlib errors).
    private(set) var damage: [Message] = []
    /// The last error: mutool's verdict when it gave up.
    private(set) var lastError: String?

    /// Notices that say nothing about the file.
    static let unrelated = ["ICC support is not available", "cannot draw '", "dropping unclosed document writer"]
    static let repairs = ["repair broken xref", "repairing PDF document"]
    static let passwords = ["password", "encrypt"]
    static let pageTreeProblems = ["page tree", "cannot load page", "cannot find page", "cannot count pages"]
    static let fontNotes = ["non-embedded font", "unknown cid collection", "substitute font", "ignoring font", "using fallback", "ttf: "]

    init(_ output: String) {
        var last: (list: WritableKeyPath<MutoolMessages, [Message]>, index: Int)?
        for line in output.split(whereSeparator: \.isNewline) {
            let text = line.trimmingCharacters(in: .whitespaces)
            if let repeats = Self.repeatCount(text) {
                if let last { self[keyPath: last.list][last.index].count += repeats }
                continue
            }
            let isError = text.hasPrefix("error:")
            guard isError || text.hasPrefix("warning:") else { continue }
            let message = String(text.drop { $0 != ":" }.dropFirst()).trimmingCharacters(in: .whitespaces)
            if Self.unrelated.contains(where: { message.hasPrefix($0) }) {
                last = nil
                continue
            }
            if Self.passwords.contains(where: { message.localizedCaseInsensitiveContains($0) }) { encrypted = true }
            if isError { lastError = message }
            if Self.repairs.contains(where: { message.contains($0) }) {
                repaired = true
                last = nil
                continue
            }
            let list: WritableKeyPath<MutoolMessages, [Message]> =
                Self.pageTreeProblems.contains(where: { message.contains($0) }) ? \.pageTree
                : Self.fontNotes.contains(where: { message.contains($0) }) ? \.fonts : \.damage
            if let index = self[keyPath: list].firstIndex(where: { $0.text == message }) {
                self[keyPath: list][index].count += 1
                last = (list, index)
            } else {
                self[keyPath: list].append(Message(text: message, isError: isError, count: 1))
                last = (list, self[keyPath: list].count - 1)
            }
        }
    }

    /// `... repeated 7 times...`: how many more of the message before.
    static func repeatCount(_ line: String) -> Int? {
        guard line.contains("... repeated "), let number = line.split(separator: " ").compactMap({ Int($0) }).first else { return nil }
        return number
    }

    /// Whether mutool found anything wrong with the file itself.
    var foundDamage: Bool { repaired || !pageTree.isEmpty || !damage.isEmpty }

    /// The most telling message, for an error: a page-tree problem, then mutool's last error, then any message;
    /// explained where mutool's words need it.
    var reason: String? {
        guard let message = pageTree.first?.text ?? lastError ?? damage.first?.text else {
            return repaired ? "its cross-reference table is broken" : nil
        }
        return Self.explanations.first { message.contains($0.key) }.map { "\(message): \($0.value)" } ?? message
    }

    static let explanations = [
        "no objects found": "there are no PDF objects behind its %PDF header, so it is cut off or not a PDF at all",
        "cycle in page tree": "its list of pages points back to itself",
    ]

    /// The problems in words, for a warning: `mutool repaired its broken cross-reference table; 25 problems in
    /// its content (invalid character in hex string ×8, …)`.
    var summary: String {
        var parts: [String] = []
        if repaired { parts.append("mutool repaired its broken cross-reference table") }
        if !pageTree.isEmpty { parts.append("its page tree is broken (\(Self.listed(pageTree)))") }
        if !damage.isEmpty {
            let total = damage.reduce(0) { $0 + $1.count }
            parts.append("\(total) problem\(total == 1 ? "" : "s") in its objects or content (\(Self.listed(damage)))")
        }
        return parts.joined(separator: "; ")
    }

    static func listed(_ messages: [Message]) -> String {
        let shown = messages.prefix(3).map { $0.count > 1 ? "\($0.text) ×\($0.count)" : $0.text }
        return shown.joined(separator: ", ") + (messages.count > 3 ? ", …" : "")
    }
}
