import Foundation
import GRDB
import GRDBSQLite
import Synchronization

/// Where every article was printed — paper, date, page — held in memory for search, one small record per
/// article indexed by its row number: a search reads the full-text index once, with each match's rank, and
/// filters, counts the facets and keeps the best matches here, instead of looking every match up in
/// `article_place` twice (once to count, once to rank), with each article's length for the rank
/// (`ArchiveRank`). Read on from the database whenever the archive has changed since (`SQLiteArchive.changeMark`),
/// so a reader serving while an ingest runs stays exact.
final class ArticlePlaces: Sendable {
    /// An article's place: indexes into the table's names, and its date's rank among the archive's dates (which
    /// compare as the ISO strings do).
    struct Place: Equatable {
        var paper: Int32 = -1
        var date: Int32 = -1
        var pageNumber: Int32 = Place.noNumber
        var pageName: Int32 = -1
        static let noNumber = Int32.min
    }

    struct Table: Sendable {
        var mark = ""
        /// The database file's identity (`SQLiteArchive.databaseFile`) when read: a table is extended only from
        /// the same file.
        var file: UInt64 = 0
        var places: [Place] = []
        var present: [Bool] = []
        var papers: [String] = []
        /// Sorted: a date's index orders as the date does.
        var dates: [String] = []
        var pageNames: [String] = []
        /// Each article's length in tokens (all its searched fields, as the full-text index counts them), -1
        /// where unknown: what ranking reads instead of the index's own row sizes (`ArchiveRank`).
        var lengths: [Int32] = []

        func place(_ ref: Int64) -> Place? {
            guard ref >= 0, ref < Int64(places.count), present[Int(ref)] else { return nil }
            return places[Int(ref)]
        }

        /// The index of the first date at or after `date` (for `from`), or with `after` of the first date after it
        /// (for `to`): a binary search of the sorted dates.
        func dateIndex(_ date: String, after: Bool) -> Int32 {
            var low = 0
            var high = dates.count
            while low < high {
                let middle = (low + high) / 2
                if after ? dates[middle] <= date : dates[middle] < date { low = middle + 1 } else { high = middle }
            }
            return Int32(low)
        }
    }

    private let table = Mutex(Table(mark: "-"))

    /// The table as of the database `db` reads, read again when `mark` differs from the one it was read at: only
    /// the rows added since when the database is the same file (articles' row numbers only grow, and a row's
    /// place and length never change; a deleted article no longer matches, so its place is never asked for).
    func current(_ db: Database, mark: String, file: UInt64) throws -> Table {
        let held = table.withLock { $0 }
        if held.mark == mark { return held }
        let fresh = try Self.read(db, mark: mark, file: file, extending: held.file == file && held.mark != "-" ? held : nil)
        table.withLock { $0 = fresh }
        return fresh
    }

    /// Reads `article_place` in one pass — whole, or with `extending` only the rows added since that table was
    /// read — names and dates numbered as they come, the dates renumbered in their order at the end (a million
    /// articles hold a few thousand dates); then each article's length from the full-text index's `docsize` rows.
    /// Stepped by hand (`SQLiteRows`): a million rows in about 0.2 s.
    static func read(_ db: Database, mark: String, file: UInt64 = 0, extending previous: Table? = nil) throws -> Table {
        var result = previous ?? Table()
        result.mark = mark
        result.file = file
        let start = result.places.count
        var papers = Names(result.papers)
        var dates = Names(result.dates)
        var pageNames = Names(result.pageNames)
        let count = max(start, try Int.fetchOne(db, sql: "SELECT COALESCE(MAX(ref), -1) + 1 FROM article_place") ?? 0)
        result.places += Array(repeating: Place(), count: count - start)
        result.present += Array(repeating: false, count: count - start)
        result.lengths += Array(repeating: -1, count: count - start)
        _ = try SQLiteRows.forEach(db, sql: "SELECT ref, paper, date, pageNumber, pageName FROM article_place WHERE ref >= \(start)") { row in
            let ref = sqlite3_column_int64(row, 0)
            guard ref >= 0, ref < Int64(count) else { return true }
            var place = Place()
            place.paper = papers.index(row, 1)
            place.date = dates.index(row, 2)
            if sqlite3_column_type(row, 3) != SQLITE_NULL, let number = Int32(exactly: sqlite3_column_int64(row, 3)) { place.pageNumber = number }
            place.pageName = pageNames.index(row, 4)
            result.places[Int(ref)] = place
            result.present[Int(ref)] = true
            return true
        }
        result.papers = papers.list
        result.pageNames = pageNames.list
        _ = try SQLiteRows.forEach(db, sql: "SELECT id, sz FROM article_fts_docsize WHERE id >= \(start)") { row in
            let ref = sqlite3_column_int64(row, 0)
            if ref >= 0, ref < Int64(count) { result.lengths[Int(ref)] = Self.tokenCount(SQLiteRows.bytes(row, 1)) }
            return true
        }
        // Dates by their order, so that a range of dates is a range of indexes (the dates read before are in
        // order already; new ones, if any, are put in theirs).
        if dates.list.count > result.dates.count || previous == nil {
            result.dates = dates.list.sorted()
            let rank = Dictionary(uniqueKeysWithValues: result.dates.enumerated().map { ($1, Int32($0)) })
            let renumbered = dates.list.map { rank[$0] ?? -1 }
            for offset in result.places.indices where result.places[offset].date >= 0 {
                result.places[offset].date = renumbered[Int(result.places[offset].date)]
            }
        }
        return result
    }

    /// The names (or dates) of a column numbered as they come. Rows come in the order articles were stored, a
    /// page's articles together, so most rows repeat the name of the row before: compared as bytes, not looked
    /// up.
    private struct Names {
        private(set) var list: [String]
        private var indexes: [String: Int32]
        private var last: [UInt8] = []
        private var lastIndex: Int32 = -1

        /// Numbering on from `list`.
        init(_ list: [String]) {
            self.list = list
            indexes = Dictionary(list.enumerated().map { ($1, Int32($0)) }, uniquingKeysWith: { first, _ in first })
        }

        /// The number of the text in `column` of the statement's row; -1 when NULL.
        mutating func index(_ row: OpaquePointer, _ column: Int32) -> Int32 {
            guard sqlite3_column_type(row, column) != SQLITE_NULL else { return -1 }
            let bytes = SQLiteRows.bytes(row, column)
            if lastIndex >= 0, bytes.elementsEqual(last) { return lastIndex }
            let text = String(decoding: bytes, as: UTF8.self)
            let index: Int32
            if let known = indexes[text] {
                index = known
            } else {
                index = Int32(list.count)
                indexes[text] = index
                list.append(text)
            }
            last = Array(bytes)
            lastIndex = index
            return index
        }
    }

    /// The tokens of a row of the full-text index's `docsize` table: the sum of its columns' sizes, each an
    /// SQLite varint (seven bits a byte, most significant first, the high bit set on all but the last). -1 when
    /// the record is cut short.
    static func tokenCount(_ record: UnsafeRawBufferPointer) -> Int32 {
        var total: Int64 = 0
        var value: Int64 = 0
        var bytes = 0
        for byte in record {
            bytes += 1
            if bytes == 9 {
                value = (value << 8) | Int64(byte)
            } else {
                value = (value << 7) | Int64(byte & 0x7F)
                if byte & 0x80 != 0 { continue }
            }
            total += value
            value = 0
            bytes = 0
        }
        guard bytes == 0, let count = Int32(exactly: total) else { return -1 }
        return count
    }
}
