import BanmianTestHelpers
import Foundation
import Testing

@testable import Banmian

#if canImport(Glibc)
    import Glibc
#endif

/// Inputs opened by what they are, and files of pages read page by page.
@Suite struct InputTests {
    func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("banmian-input-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    func refusal(_ path: String) -> BanmianError? {
        do throws(BanmianError) {
            _ = try InputFile.open(path)
            return nil
        } catch {
            return error
        }
    }

    /// A directory (named like a PDF), a named pipe with no writer, devices: refused by name with what they
    /// are, and opening never blocks.
    @Test func onlyRegularFilesAreOpened() throws {
        let folder = try temporaryFolder()
        let directory = folder.appendingPathComponent("issue.pdf")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let pipe = folder.appendingPathComponent("page.txt")
        #expect(mkfifo(pipe.path, 0o600) == 0)
        #expect(refusal(directory.path)?.kind == .notAFile)
        #expect(refusal(directory.path)?.description.hasPrefix("\(directory.path): is a directory, not a file") == true)
        #expect(refusal(pipe.path)?.description.hasPrefix("\(pipe.path): is a named pipe (FIFO), not a file") == true)
        #expect(refusal("/dev/null")?.description.hasPrefix("/dev/null: is a character device, not a file") == true)
        #expect(refusal("/dev/zero")?.kind == .notAFile)
        #expect(refusal(folder.appendingPathComponent("missing.txt").path)?.description.contains("no such file") == true)
        #expect(refusal(folder.appendingPathComponent("missing/page.txt").path)?.kind == .unreadable)
        let file = folder.appendingPathComponent("page.txt.real")
        try Data("本报讯 测试。".utf8).write(to: file)
        #expect(refusal(file.path) == nil)
        try? FileManager.default.removeItem(at: folder)
    }

    func pages(_ data: Data, chunkSize: Int = 1_048_576, forced: TextEncoding? = nil) throws -> [PageText] {
        var splitter = PageSplitter(source: DataSource(data), name: "f.txt", maximumPageBytes: 1_048_576, forced: forced, chunkSize: chunkSize)
        var pages: [PageText] = []
        while let page = try splitter.next() { pages.append(page) }
        return pages
    }

    /// Pages split at form feeds, lines counted as the pipeline counts them (CR, LF, CRLF one line each), the
    /// same whatever the size of the chunks read, also where a CRLF or a character falls across two chunks.
    @Test func pagesAreSplitAtFormFeedsWhateverTheChunks() throws {
        let text = "第一页\r\n第二行\r\n\u{0C}第二页\n第二行\r第三行\u{0C}\u{0C}　　第四页"
        let data = Data(text.utf8)
        let whole = try pages(data)
        #expect(whole.map(\.position) == [1, 2, 3, 4])
        #expect(whole.map(\.firstLine) == [1, 3, 5, 5])
        #expect(whole.map { String(decoding: $0.data, as: UTF8.self) } == ["第一页\r\n第二行\r\n", "第二页\n第二行\r第三行", "", "　　第四页"])
        #expect(whole.allSatisfy { !$0.isOnlyPage })
        for chunk in [16, 17, 19, 23] {
            let small = try pages(data, chunkSize: chunk)
            #expect(small.map(\.data) == whole.map(\.data), "chunks of \(chunk) bytes")
            #expect(small.map(\.firstLine) == whole.map(\.firstLine), "chunks of \(chunk) bytes")
        }
    }

    /// A file with one page of text (blank pages around it) is numbered like a one-page file.
    @Test func oneNonBlankPageIsTheOnlyPage() throws {
        let split = try pages(Data("\u{0C} \n\u{0C}本报讯 测试。\u{0C}\n".utf8))
        #expect(split.count == 4)
        #expect(split.allSatisfy { $0.isOnlyPage })
        let pipeline = Pipeline()
        let results = try split.compactMap { try pipeline.extract($0) }
        #expect(results.count == 1)
    }

    /// Tens of thousands of blank pages before the text (the long fuzz run's slowest input: 64 KB of form feeds
    /// took 35 s, each page read ahead taken from the front of an array): every page comes, in order, and the
    /// page of text after them is the file's only one.
    @Test func manyBlankPagesReadAheadComeInOrder() throws {
        let data = Data((String(repeating: "\u{0C}", count: 60_000) + "本报讯 测试。").utf8)
        let split = try pages(data)
        #expect(split.count == 60_001)
        #expect(split.enumerated().allSatisfy { $0.element.position == $0.offset + 1 })
        #expect(split.last.map { String(decoding: $0.data, as: UTF8.self) } == "本报讯 测试。")
        #expect(split.allSatisfy { $0.isOnlyPage })
    }

    /// UTF-16 with a byte order mark: split at the form feed's code unit, not at a 0x0C byte inside a character.
    @Test func utf16PagesSplitOnCodeUnits() throws {
        // U+4E0C has a 0x0C byte in UTF-16LE: not a page break.
        let text = "丌第一页\u{0C}第二页"
        var data = Data([0xFF, 0xFE])
        for unit in text.utf16 { data.append(contentsOf: [UInt8(unit & 0xFF), UInt8(unit >> 8)]) }
        let split = try pages(data, chunkSize: 17)
        #expect(split.count == 2)
        #expect(split.map(\.byteOrderMarked) == [.utf16LE, .utf16LE])
        let pipeline = Pipeline()
        let results = try split.compactMap { try pipeline.extract($0) }
        #expect(results.map { $0.blocks.map(\.text).joined() } == ["丌第一页", "第二页"])
        #expect(results.map(\.encoding) == [.utf16LE, .utf16LE])
    }

    /// Empty, binary and invisible-only files are refused as wholes; a page that is not text among pages that
    /// are is refused alone, with its place.
    @Test func badFilesAndBadPages() throws {
        #expect(throws: BanmianError.self) { try pages(Data()) }
        #expect(throws: BanmianError.self) { try pages(Data([0x25, 0x50, 0x44, 0x46, 0x00, 0x01, 0x02, 0x0C, 0xFF])) }
        #expect {
            try Pipeline().extractPages(PageSource(name: "marks.txt", data: Data("\u{AD}\u{0C}\u{AD}\u{200B}".utf8)))
        } throws: { error in
            (error as? BanmianError)?.kind == .empty && "\(error)".contains("invisible characters")
        }
        // The file's start is text (a binary start refuses the whole file); its second page is not.
        let mixed = Data(("本报讯 " + String(repeating: "第一页的文字。", count: 500) + "\u{0C}").utf8) + Data([0x41, 0x00, 0x42]) + Data("\u{0C}本报讯 第三页。".utf8)
        let split = try pages(mixed)
        let pipeline = Pipeline()
        #expect(try pipeline.extract(split[0]) != nil)
        #expect {
            try pipeline.extract(split[1])
        } throws: { error in
            (error as? BanmianError)?.kind == .binary && (error as? BanmianError)?.page == 2
        }
        #expect(try pipeline.extract(split[2]) != nil)
    }

    /// A GB18030 file: its pages are read in the encoding its start reads in.
    @Test func pagesOfALegacyFileShareItsEncoding() throws {
        let first = try Fixtures.data("heldout", "gbk-encoded-county-paper.txt")
        let data = first + Data([0x0C]) + first
        let results = try Pipeline().extractPages(PageSource(name: "gbk.txt", data: data))
        #expect(results.map(\.encoding) == [.gb18030, .gb18030])
        #expect(results[0].articles.count == results[1].articles.count)
    }
}

/// The page JSON written a page at a time is the same bytes as the document encoded whole.
@Suite struct PageDocumentWriterTests {
    func streamed(_ results: [PageResult], errors: [BanmianError]) throws -> Data {
        let writer = try PageDocumentWriter()
        for result in results { try writer.append(result) }
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("banmian-doc-\(UUID().uuidString).json")
        _ = FileManager.default.createFile(atPath: url.path, contents: nil)
        defer { try? FileManager.default.removeItem(at: url) }
        let handle = try FileHandle(forWritingTo: url)
        try writer.finish(errors: errors, to: handle)
        try handle.close()
        return try Data(contentsOf: url)
    }

    @Test func streamedDocumentIsTheWholeDocument() throws {
        let sample = try Fixtures.extract("pages", "sample-page-1")
        let english = try Fixtures.extract("pages", "english-page")
        let error = BanmianError(.binary, source: "scan.txt", page: 3, detail: "is a binary file", advice: "pass text")
        for (results, errors) in [([sample, english], [error]), ([sample], []), ([], [error]), ([], [])] as [([PageResult], [BanmianError])] {
            let whole = try PageDocument(results: results, errors: errors).encoded()
            #expect(try streamed(results, errors: errors) == whole, "\(results.count) pages, \(errors.count) errors")
        }
    }
}
