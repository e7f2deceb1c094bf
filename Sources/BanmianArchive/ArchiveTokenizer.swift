import Banmian
import GRDB
import GRDBSQLite

/// The FTS5 tokenizer of the archive (`tokenize='banmian'`): `SearchTokenizer`'s character pairs and words, so
/// that any run of Chinese characters is found where it occurs, one character too. Every connection registers it
/// (`SQLiteArchive` does in its configuration) before the full-text table is read or written.
final class ArchiveTokenizer: FTS5CustomTokenizer {
    static let name = "banmian"

    init(db: Database, arguments: [String]) throws {}

    func tokenize(
        context: UnsafeMutableRawPointer?, tokenization: FTS5Tokenization, pText: UnsafePointer<CChar>?, nText: CInt,
        tokenCallback: @escaping FTS5TokenCallback
    ) -> CInt {
        guard let pText, nText > 0 else { return SQLITE_OK }
        let text = pText.withMemoryRebound(to: UInt8.self, capacity: Int(nText)) { bytes in
            String(decoding: UnsafeBufferPointer(start: bytes, count: Int(nText)), as: UTF8.self)
        }
        // A query asks for what finds its words; a document, prefix or auxiliary text is indexed whole.
        let mode: SearchTokenizer.Mode = tokenization.contains(.query) ? .query : .document
        for token in SearchTokenizer.tokens(in: text, mode: mode) {
            // Offsets past the input (bytes that were not UTF-8, read as replacement characters) are clamped.
            let start = CInt(min(token.utf8Range.lowerBound, Int(nText)))
            let end = CInt(min(token.utf8Range.upperBound, Int(nText)))
            let code = token.text.utf8CString.withUnsafeBufferPointer { buffer in
                tokenCallback(context, token.colocated ? FTS5_TOKEN_COLOCATED : 0, buffer.baseAddress, CInt(buffer.count - 1), start, end)
            }
            if code != SQLITE_OK { return code }
        }
        return SQLITE_OK
    }
}
