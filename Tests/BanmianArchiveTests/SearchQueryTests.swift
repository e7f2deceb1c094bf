import Testing

@testable import BanmianArchive

/// What a reader types, parsed by Banmian and rebuilt for FTS5.
@Suite struct SearchQueryTests {
    typealias Term = SearchQuery.Term

    @Test func wordsPhrasesOrAndExclusions() throws {
        let query = try SearchQuery(parsing: #"码头 "春节 团拜会" harbor OR port -广播 cafe*"#)
        #expect(query.groups == [[Term("码头")], [Term("春节 团拜会")], [Term("harbor"), Term("port")], [Term("cafe", prefix: true)]])
        #expect(query.excluded == [Term("广播")])
        #expect(query.fts5Expression == #"("码头") AND ("春节 团拜会") AND ("harbor" OR "port") AND ("cafe" *) NOT "广播""#)
    }

    @Test func whatFtsWouldReadAsSyntaxIsText() throws {
        // Quotes are doubled inside the quoted string; NEAR, column filters and parentheses are only words.
        #expect(try SearchQuery(parsing: #"a"b"#).fts5Expression == #"("a""b")"#)
        #expect(try SearchQuery(parsing: #"NEAR(码头 工人) headline:春节"#).fts5Expression == #"("NEAR(码头") AND ("工人)") AND ("headline:春节")"#)
        #expect(try SearchQuery(parsing: "x\"y \"").groups == [[Term("x\"y")]])
        #expect(try SearchQuery(parsing: "'; DROP TABLE article; --").groups.count == 3)
    }

    @Test func anUnclosedQuoteRunsToTheEnd() throws {
        #expect(try SearchQuery(parsing: #"码头 "春节 团拜"#).groups == [[Term("码头")], [Term("春节 团拜")]])
    }

    @Test func prefixesAreForLatinWords() throws {
        #expect(try SearchQuery(parsing: "码头*").groups == [[Term("码头")]])
        #expect(throws: SearchQuery.ParseError.empty) { try SearchQuery(parsing: "***") }
        #expect(try SearchQuery(parsing: "port**").groups == [[Term("port", prefix: true)]])
    }

    @Test func nothingToLookForIsAClearError() {
        #expect(throws: SearchQuery.ParseError.empty) { try SearchQuery(parsing: "") }
        #expect(throws: SearchQuery.ParseError.empty) { try SearchQuery(parsing: "  * : () OR ，。") }
        #expect(throws: SearchQuery.ParseError.onlyExclusions) { try SearchQuery(parsing: "-码头 -工人") }
        #expect(SearchQuery.ParseError.onlyExclusions.description.contains("码头 -工人"))
    }

    @Test func orJoinsTheTermsBesideIt() throws {
        #expect(try SearchQuery(parsing: "OR a OR b c OR").groups == [[Term("a"), Term("b")], [Term("c")]])
    }

    /// One date check for the command and the API: YYYY-MM-DD in ASCII digits only.
    @Test func datesAreYearMonthDayInDigits() {
        #expect(SearchFilters.isDate("1998-01-02") && SearchFilters.isDate("2024-12-31"))
        for bad in ["1998-1-2", "1998-13-01", "1998-01-32", "+199-01-02", "１９９８-01-02", "1998/01/02", "", "1998-01-02-"] {
            #expect(!SearchFilters.isDate(bad), "\(bad)")
        }
    }
}
