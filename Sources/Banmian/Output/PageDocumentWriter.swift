import Foundation

/// Writes the page JSON of a run one page at a time: each page is encoded as soon as it is read and kept in a
/// temporary file until the run ends, so a run of thousands of pages never holds its JSON in memory. The bytes
/// are those of `PageDocument(results:errors:).encoded()` for the same pages and errors (keys sorted: the
/// errors, known only at the end, come first).
public final class PageDocumentWriter {
    private let spill: URL
    private let handle: FileHandle
    private var pages = 0
    /// The issues of the pages written, collected as they come.
    private var issues: IssueCollector
    private let encoder: JSONEncoder = {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return encoder
    }()

    /// Spills into `directory` (the system's temporary folder by default); `paper` and `date`, when given, are the
    /// issue's over what the pages print.
    public init(
        directory: URL = FileManager.default.temporaryDirectory, assembler: IssueAssembler = IssueAssembler(), paper: String? = nil, date: String? = nil
    ) throws {
        issues = IssueCollector(assembler: assembler, paper: paper, date: date)
        spill = directory.appendingPathComponent("banmian-pages-\(UUID().uuidString).json")
        guard FileManager.default.createFile(atPath: spill.path, contents: nil) else {
            throw CocoaError(.fileWriteNoPermission, userInfo: [NSFilePathErrorKey: spill.path])
        }
        handle = try FileHandle(forWritingTo: spill)
    }

    deinit {
        try? handle.close()
        try? FileManager.default.removeItem(at: spill)
    }

    /// Writes a page, its article ids made unique in the document (`IssueCollector.add`).
    public func append(_ result: PageResult) throws {
        let page = try nested(encoder.encode(PageJSON(issues.add(result, table: issues.assembler.table))))
        if pages > 0 { try handle.write(contentsOf: Data(",\n".utf8)) }
        try handle.write(contentsOf: page)
        pages += 1
    }

    /// Writes the whole document to `output`: the errors, the issues the pages form, then the pages spilled so far.
    public func finish(errors: [BanmianError], to output: FileHandle) throws {
        try handle.synchronize()
        var head = Data("{\n".utf8)
        if !errors.isEmpty {
            let entries = try errors.map { try nested(encoder.encode(PageDocument.InputError($0))) }
            head += Data("  \"errors\" : [\n".utf8) + entries.joined(separator: Data(",\n".utf8)) + Data("\n  ],\n".utf8)
        }
        if pages > 0 {
            let entries = try issues.finish().map { try nested(encoder.encode($0)) }
            head += Data("  \"issues\" : [\n".utf8) + entries.joined(separator: Data(",\n".utf8)) + Data("\n  ],\n".utf8)
        }
        head += Data("  \"pages\" : [\n".utf8)
        try output.write(contentsOf: head)
        let reader = try FileHandle(forReadingFrom: spill)
        defer { try? reader.close() }
        while let chunk = try reader.read(upToCount: 1_048_576), !chunk.isEmpty { try output.write(contentsOf: chunk) }
        try output.write(contentsOf: Data("\n  ]\n}".utf8))
    }

    /// A value's pretty-printed JSON as it stands inside the document's array: every line that is not empty
    /// indented by two levels.
    private func nested(_ json: Data) -> Data {
        var out = [UInt8]()
        out.reserveCapacity(json.count + json.count / 4)
        json.withUnsafeBytes { (bytes: UnsafeRawBufferPointer) in
            var atLineStart = true
            for byte in bytes {
                if atLineStart, byte != 0x0A { for _ in 0..<4 { out.append(0x20) } }
                out.append(byte)
                atLineStart = byte == 0x0A
            }
        }
        return Data(out)
    }
}
