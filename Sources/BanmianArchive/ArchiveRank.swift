import Foundation
import GRDB
import GRDBSQLite

/// `banmian_rank(article_fts, lengths, weights…)`: FTS5's own `bm25` with the same weights, the same formula and
/// the same arithmetic, so that it gives the very same numbers (k1 1.2, b 0.75, the IDF of each phrase from the
/// rows it matches, the mean row length from the table's totals), but each row's length in tokens read from
/// `lengths` — the archive's lengths held in memory by `ArticlePlaces` — instead of the full-text table's
/// `docsize` rows. FTS5 looks that row up once per match, which is most of a common word's search (a character in
/// 900,000 of a million articles: 660 ms ranked by `bm25`, about 200 ms by this). A row `lengths` does not know is
/// measured as `bm25` measures it.
///
/// `banmian_rank_unscaled`, for a query of one phrase: the same without the phrase's IDF (1), which bm25 finds by
/// reading the phrase's matches once more before the first row; the search counts them as it reads them and
/// scales the best rows at the end (`scaled`), to the same numbers. `banmian_rows(article_fts)`: the table's rows,
/// as bm25 counts them.
enum ArchiveRank {
    static let name = "banmian_rank"
    static let unscaledName = "banmian_rank_unscaled"
    static let rowsName = "banmian_rows"

    /// How `forEachMatch` ranks the matches.
    enum Ranking {
        /// Not at all: 0 (a search sorted by date).
        case none
        /// bm25's numbers.
        case bm25
        /// bm25's numbers without the IDF of the query's one phrase: `scaled` makes them bm25's.
        case unscaled
    }

    /// The pointer type `lengths` is bound as (`sqlite3_bind_pointer`): nothing else can pass for it.
    static let pointerType: StaticString = "banmian_lengths"
    static var pointerTypeName: UnsafePointer<CChar> { UnsafeRawPointer(pointerType.utf8Start).assumingMemoryBound(to: CChar.self) }

    /// The row lengths a search passes to the function: `count` lengths from `base`, indexed by row, -1 where
    /// unknown.
    struct Lengths {
        var base: UnsafePointer<Int32>?
        var count: Int
    }

    /// Calls `body` with each row `expression` matches (with `rows`, only those among them) and its rank as
    /// `ranking` says (with `weights`, the lengths read from `lengths`), until `body` returns false; false then,
    /// else true. The statement is stepped by hand (`SQLiteRows`).
    static func forEachMatch(
        _ db: Database, expression: String, rows: Range<Int64>? = nil, ranking: Ranking, lengths: [Int32], weights: [Double],
        _ body: (Int64, Double) -> Bool
    ) throws -> Bool {
        let ranked = ranking != .none
        let function = ranking == .unscaled ? unscaledName : name
        let rank = ranked ? "\(function)(article_fts, ?2, \(weights.map { String($0) }.joined(separator: ", ")))" : "0.0"
        let sql = "SELECT rowid, \(rank) FROM article_fts WHERE article_fts MATCH ?1" + (rows == nil ? "" : " AND rowid >= ?3 AND rowid < ?4")
        return try lengths.withUnsafeBufferPointer { lengths in
            var view = Lengths(base: lengths.baseAddress, count: lengths.count)
            return try withUnsafeMutablePointer(to: &view) { pointer in
                try SQLiteRows.forEach(db, sql: sql) { statement in
                    SQLiteRows.bind(expression, to: statement, at: 1)
                    if ranked { sqlite3_bind_pointer(statement, 2, pointer, pointerTypeName, nil) }
                    if let rows {
                        sqlite3_bind_int64(statement, 3, rows.lowerBound)
                        sqlite3_bind_int64(statement, 4, rows.upperBound)
                    }
                } _: { statement in
                    body(sqlite3_column_int64(statement, 0), sqlite3_column_double(statement, 1))
                }
            }
        }
    }

    /// The rows of the full-text table as bm25 counts them, read through a match of `expression` (nil when it
    /// matches nothing).
    static func rowCount(_ db: Database, expression: String) throws -> Int64? {
        try Int64.fetchOne(db, sql: "SELECT \(rowsName)(article_fts) FROM article_fts WHERE article_fts MATCH ? LIMIT 1", arguments: [expression])
    }

    /// bm25's number from `banmian_rank_unscaled`'s, for a query of one phrase that `hits` of the table's `rows`
    /// match: its IDF and bm25's last two steps, as bm25 takes them.
    static func scaled(_ unscaled: Double, rows: Int64, hits: Int64) -> Double {
        -1.0 * (0.0 + idf(rows: rows, hits: hits) * -unscaled)
    }

    /// IDF = log((N - hits + 0.5) / (hits + 0.5)), at least 1e-6: bm25's.
    private static func idf(rows: Int64, hits: Int64) -> Double {
        let value = log((Double(rows) - Double(hits) + 0.5) / (Double(hits) + 0.5))
        return value <= 0.0 ? 1e-6 : value
    }

    /// Registers the functions on a connection (every connection of the archive, as the tokenizer is). The
    /// unscaled rank is the same function, told apart by its user data.
    static func register(on db: Database) {
        let api = FTS5.api(db)
        let writable = UnsafeMutablePointer(mutating: api)
        _ = api.pointee.xCreateFunction(writable, name, nil, rank, nil)
        _ = api.pointee.xCreateFunction(writable, unscaledName, UnsafeMutableRawPointer(bitPattern: 1), rank, nil)
        _ = api.pointee.xCreateFunction(writable, rowsName, nil, countRows, nil)
    }

    private static let countRows: fts5_extension_function = { api, fts, context, _, _ in
        var rows: Int64 = 0
        guard let api, let fts, api.pointee.xRowCount(fts, &rows) == SQLITE_OK else {
            sqlite3_result_error(context, "banmian_rows: the table's rows cannot be counted", -1)
            return
        }
        sqlite3_result_int64(context, rows)
    }

    /// What a query's rows share, computed at its first row as `bm25` does: the mean row length and each
    /// phrase's IDF.
    private final class QueryData {
        let meanLength: Double
        let idf: [Double]
        /// The field weights, by column (the function's arguments after the lengths: the same for every row).
        let weights: [Double]
        /// The lengths the statement was given.
        let lengths: Lengths

        init(meanLength: Double, idf: [Double], weights: [Double], lengths: Lengths) {
            self.meanLength = meanLength
            self.idf = idf
            self.weights = weights
            self.lengths = lengths
        }
    }

    private static let rank: fts5_extension_function = { api, fts, context, count, values in
        guard let api, let fts, let values, count >= 1 else {
            sqlite3_result_error(context, "banmian_rank: no lengths", -1)
            return
        }
        guard
            let kept = queryData(
                api, fts, weights: (1..<Int(count)).map { sqlite3_value_double(values[$0]) },
                lengths: sqlite3_value_pointer(values[0], pointerTypeName)?.assumingMemoryBound(to: Lengths.self).pointee ?? Lengths(base: nil, count: 0))
        else {
            sqlite3_result_error(context, "banmian_rank: the query's statistics cannot be read", -1)
            return
        }
        Unmanaged<QueryData>.fromOpaque(kept)._withUnsafeGuaranteedRef { data in score(data, api, fts, context, values) }
    }

    private static func score(
        _ data: QueryData, _ api: UnsafePointer<Fts5ExtensionApi>, _ fts: OpaquePointer, _ context: OpaquePointer?,
        _ values: UnsafeMutablePointer<OpaquePointer?>
    ) {
        let k1 = 1.2
        let b = 0.75
        let idf = data.idf
        let weights = data.weights
        withUnsafeTemporaryAllocation(of: Double.self, capacity: max(1, idf.count)) { frequency in
            frequency.initialize(repeating: 0)
            // Each phrase's instances in the row, weighted by their column: bm25 reads the same instances through
            // xInst, all phrases merged by position, which keeps each phrase's own in the order read here — the
            // same sums.
            for phrase in idf.indices {
                var iterator = Fts5PhraseIter()
                var column: Int32 = -1
                var offset: Int32 = 0
                let code = api.pointee.xPhraseFirst(fts, Int32(phrase), &iterator, &column, &offset)
                guard code == SQLITE_OK else {
                    sqlite3_result_error_code(context, code)
                    return
                }
                while column >= 0 {
                    frequency[phrase] += Int(column) < weights.count ? weights[Int(column)] : 1.0
                    api.pointee.xPhraseNext(fts, &iterator, &column, &offset)
                }
            }
            var code = SQLITE_OK
            var length = Int32(-1)
            let row = api.pointee.xRowid(fts)
            if let base = data.lengths.base, row >= 0, row < Int64(data.lengths.count) { length = base[Int(row)] }
            if length < 0 {
                code = api.pointee.xColumnSize(fts, -1, &length)
                guard code == SQLITE_OK else {
                    sqlite3_result_error_code(context, code)
                    return
                }
            }
            // bm25's arithmetic, term for term.
            let D = Double(length)
            var score = 0.0
            for index in idf.indices {
                score += idf[index] * ((frequency[index] * (k1 + 1.0)) / (frequency[index] + k1 * (1 - b + b * D / data.meanLength)))
            }
            sqlite3_result_double(context, -1.0 * score)
        }
    }

    /// The query's statistics (a `QueryData`), kept with the query (FTS5's auxiliary data) after its first row.
    private static func queryData(
        _ api: UnsafePointer<Fts5ExtensionApi>, _ fts: OpaquePointer, weights: @autoclosure () -> [Double], lengths: @autoclosure () -> Lengths
    ) -> UnsafeMutableRawPointer? {
        if let kept = api.pointee.xGetAuxdata(fts, 0) { return kept }
        var rows: Int64 = 0
        var tokens: Int64 = 0
        guard api.pointee.xRowCount(fts, &rows) == SQLITE_OK, api.pointee.xColumnTotalSize(fts, -1, &tokens) == SQLITE_OK else { return nil }
        var idf: [Double] = []
        if api.pointee.xUserData(fts) != nil {
            // Unscaled: one phrase, its IDF left to the search.
            guard api.pointee.xPhraseCount(fts) == 1 else { return nil }
            idf = [1.0]
        } else {
            for phrase in 0..<api.pointee.xPhraseCount(fts) {
                var hits: Int64 = 0
                guard api.pointee.xQueryPhrase(fts, phrase, &hits, countRow) == SQLITE_OK else { return nil }
                idf.append(Self.idf(rows: rows, hits: hits))
            }
        }
        let data = QueryData(meanLength: Double(tokens) / Double(rows), idf: idf, weights: weights(), lengths: lengths())
        let pointer = Unmanaged.passRetained(data).toOpaque()
        guard api.pointee.xSetAuxdata(fts, pointer, releaseQueryData) == SQLITE_OK else { return nil }
        return pointer
    }

    private static let countRow: @convention(c) (UnsafePointer<Fts5ExtensionApi>?, OpaquePointer?, UnsafeMutableRawPointer?) -> Int32 = { _, _, hits in
        hits?.assumingMemoryBound(to: Int64.self).pointee += 1
        return SQLITE_OK
    }

    private static let releaseQueryData: @convention(c) (UnsafeMutableRawPointer?) -> Void = { pointer in
        if let pointer { Unmanaged<QueryData>.fromOpaque(pointer).release() }
    }
}
