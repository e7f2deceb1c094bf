import GRDB
import GRDBSQLite

/// Statements stepped with SQLite's own API, for reads of up to millions of rows (every article's place, every
/// match of a common word), where making GRDB's rows costs more than the reading.
enum SQLiteRows {
    /// Prepares `sql`, lets `bind` bind its parameters, and calls `body` with the statement at each row until
    /// `body` returns false (false then, else true). The statement is reset and its bindings cleared before
    /// this returns.
    static func forEach(
        _ db: Database, sql: String, bind: (OpaquePointer) -> Void = { _ in }, _ body: (OpaquePointer) throws -> Bool
    ) throws -> Bool {
        let statement = try db.makeStatement(sql: sql)
        let handle = statement.sqliteStatement
        defer {
            sqlite3_reset(handle)
            sqlite3_clear_bindings(handle)
        }
        bind(handle)
        while true {
            let code = sqlite3_step(handle)
            if code == SQLITE_DONE { return true }
            guard code == SQLITE_ROW else { throw DatabaseError(resultCode: ResultCode(rawValue: code), message: db.lastErrorMessage, sql: sql) }
            if try !body(handle) { return false }
        }
    }

    /// The bytes of a text or blob column of the current row (empty when NULL), valid until the next step.
    static func bytes(_ statement: OpaquePointer, _ column: Int32) -> UnsafeRawBufferPointer {
        guard let start = sqlite3_column_blob(statement, column) else { return UnsafeRawBufferPointer(start: nil, count: 0) }
        return UnsafeRawBufferPointer(start: start, count: Int(sqlite3_column_bytes(statement, column)))
    }

    /// A transient text binding (SQLite copies it).
    static func bind(_ text: String, to statement: OpaquePointer, at index: Int32) {
        sqlite3_bind_text(statement, index, text, -1, unsafeBitCast(-1, to: sqlite3_destructor_type.self))
    }
}
