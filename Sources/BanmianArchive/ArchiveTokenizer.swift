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
        // A query asks for what finds its words; a document, prefix or auxiliary text is indexed whole.
        let mode: SearchTokenizer.Mode = tokenization.contains(.query) ? .query : .document
        var code = SQLITE_OK
        pText.withMemoryRebound(to: UInt8.self, capacity: Int(nText)) { bytes in
            SearchTokenizer.forEachToken(in: UnsafeBufferPointer(start: bytes, count: Int(nText)), mode: mode) { token, range, colocated in
                token.withMemoryRebound(to: CChar.self) { chars in
                    code = tokenCallback(
                        context, colocated ? FTS5_TOKEN_COLOCATED : 0, chars.baseAddress, CInt(chars.count), CInt(range.lowerBound), CInt(range.upperBound))
                }
                return code == SQLITE_OK
            }
        }
        return code
    }
}
