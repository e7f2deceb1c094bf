import Foundation
import GRDB
import Synchronization

/// Where every article was printed — paper, date, page — held in memory for search, one small record per
/// article indexed by its row number: a search reads the full-text index once, with each match's rank, and
/// filters, counts the facets and keeps the best matches here, instead of looking every match up in
/// `article_place` twice (once to count, once to rank). Read again from the database whenever the archive
/// has changed since (`SQLiteArchive.changeMark`), so a reader serving while an ingest runs stays exact.
final class ArticlePlaces: Sendable {
    /// An article's place: indexes into the table's names, and its date's rank among the archive's dates (which
    /// compare as the ISO strings do).
    struct Place {
        var paper: Int32 = -1
        var date: Int32 = -1
        var pageNumber: Int32 = Place.noNumber
        var pageName: Int32 = -1
        static let noNumber = Int32.min
    }

    struct Table: Sendable {
        var mark = ""
        var places: [Place] = []
        var present: [Bool] = []
        var papers: [String] = []
        /// Sorted: a date's index orders as the date does.
        var dates: [String] = []
        var pageNames: [String] = []

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

    /// The table as of the database `db` reads, read again when `mark` differs from the one it was read at.
    func current(_ db: Database, mark: String) throws -> Table {
        if let table = table.withLock({ $0.mark == mark ? $0 : nil }) { return table }
        let fresh = try Self.read(db, mark: mark)
        table.withLock { $0 = fresh }
        return fresh
    }

    /// Reads `article_place` whole.
    static func read(_ db: Database, mark: String) throws -> Table {
        var result = Table(mark: mark)
        var paperIndex: [String: Int32] = [:]
        var nameIndex: [String: Int32] = [:]
        var dateSet = Set<String>()
        var rows: [(ref: Int64, paper: String?, date: String?, number: Int?, name: String?)] = []
        let cursor = try Row.fetchCursor(db, sql: "SELECT ref, paper, date, pageNumber, pageName FROM article_place")
        while let row = try cursor.next() {
            let entry = (ref: row[0] as Int64, paper: row[1] as String?, date: row[2] as String?, number: row[3] as Int?, name: row[4] as String?)
            if let date = entry.date { dateSet.insert(date) }
            rows.append(entry)
        }
        result.dates = dateSet.sorted()
        let dateIndex = Dictionary(uniqueKeysWithValues: result.dates.enumerated().map { ($1, Int32($0)) })
        let size = Int((rows.map(\.ref).max() ?? -1) + 1)
        result.places = Array(repeating: Place(), count: max(0, size))
        result.present = Array(repeating: false, count: max(0, size))
        for row in rows where row.ref >= 0 {
            var place = Place()
            if let paper = row.paper {
                if paperIndex[paper] == nil {
                    paperIndex[paper] = Int32(result.papers.count)
                    result.papers.append(paper)
                }
                place.paper = paperIndex[paper] ?? -1
            }
            if let date = row.date { place.date = dateIndex[date] ?? -1 }
            if let number = row.number, let narrow = Int32(exactly: number) { place.pageNumber = narrow }
            if let name = row.name {
                if nameIndex[name] == nil {
                    nameIndex[name] = Int32(result.pageNames.count)
                    result.pageNames.append(name)
                }
                place.pageName = nameIndex[name] ?? -1
            }
            result.places[Int(row.ref)] = place
            result.present[Int(row.ref)] = true
        }
        return result
    }
}
