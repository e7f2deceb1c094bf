import Banmian
import BanmianTestHelpers
import Foundation
import Testing

@Suite struct DecodingTests {
    let text = "　　本报讯 记者从市里获悉，“项目”进展顺利。\n第二行"

    func decode(_ bytes: [UInt8], forced: TextEncoding? = nil) throws(BanmianError) -> TextDecoder.Decoded {
        try TextDecoder(forced: forced).decode(PageSource(name: "page.txt", data: Data(bytes)))
    }

    func converted(_ text: String, to encoding: String) throws -> [UInt8] {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/iconv")
        process.arguments = ["-f", "UTF-8", "-t", encoding]
        let input = Pipe()
        let output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        try process.run()
        input.fileHandleForWriting.write(Data(text.utf8))
        try input.fileHandleForWriting.close()
        let data = BuiltProducts.readAll(output.fileHandleForReading)
        process.waitUntilExit()
        return [UInt8](data)
    }

    @Test func utf8WithAndWithoutBOM() throws {
        #expect(try decode(Array(text.utf8)).text == text)
        let withBOM = try decode([0xEF, 0xBB, 0xBF] + Array(text.utf8))
        #expect(withBOM.text == text && withBOM.encoding == .utf8)
    }

    @Test func utf16WithBOM() throws {
        let units = Array(text.utf16)
        let little: [UInt8] = [0xFF, 0xFE] + units.flatMap { unit -> [UInt8] in [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
        let big: [UInt8] = [0xFE, 0xFF] + units.flatMap { unit -> [UInt8] in [UInt8(unit >> 8), UInt8(unit & 0xFF)] }
        #expect(try decode(little).text == text)
        #expect(try decode(big).encoding == .utf16BE)
    }

    @Test func gb18030IsDetected() throws {
        let decoded = try decode(try converted(text, to: "GB18030"))
        #expect(decoded.encoding == .gb18030)
        #expect(decoded.text == text)
    }

    @Test func big5IsDetected() throws {
        let traditional = "　　本報訊 記者從市政府獲悉，這項工程進展順利，預計年底完成。\n（下轉第二版）"
        let decoded = try decode(try converted(traditional, to: "BIG5"))
        #expect(decoded.encoding == .big5)
        #expect(decoded.text == traditional)
    }

    @Test func forcedEncodingWins() throws {
        let bytes = try converted(text, to: "GB18030")
        #expect(try decode(bytes, forced: .gb18030).text == text)
        #expect(throws: BanmianError.self) { try decode(Array(text.utf8) + [0xFF], forced: .utf8) }
    }

    @Test func emptyAndBlankInputAreErrors() {
        #expect { try decode([]) } throws: { ($0 as? BanmianError)?.kind == .empty }
        #expect { try decode(Array(" \n\u{3000}\n".utf8)) } throws: { ($0 as? BanmianError)?.kind == .empty }
    }

    @Test func binaryInputIsAnErrorThatNamesTheFile() {
        let png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D]
        #expect {
            try decode(png)
        } throws: { error in
            guard let error = error as? BanmianError else { return false }
            return error.kind == .binary && error.description.hasPrefix("page.txt:") && error.description.contains("pdftotext")
        }
    }

    @Test func undecodableBytesAreAnError() {
        // Lone continuation bytes and C1 controls: no encoding reads them as plausible Chinese.
        let bytes: [UInt8] = Array(repeating: [0x80, 0x81, 0xFF, 0x82], count: 40).flatMap { $0 }
        #expect { try decode(bytes) } throws: { ($0 as? BanmianError)?.kind == .undecodable }
    }

    @Test func encodingNamesAsUsersSpellThem() {
        #expect(TextEncoding(userName: "GBK") == .gb18030)
        #expect(TextEncoding(userName: "utf8") == .utf8)
        #expect(TextEncoding(userName: "Big5") == .big5)
        #expect(TextEncoding(userName: "latin9") == nil)
    }
}
