import GRDB

/// The archive's tables, built by migrations from the first version on: an archive made by an older Banmian is
/// brought up to date when opened, never rebuilt.
enum ArchiveSchema {
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1: papers, issues, pages, articles, stories, teasers, sources, full text") { db in
            try db.create(table: "paper") { t in
                t.primaryKey("name", .text)
            }
            try db.create(table: "issue") { t in
                t.primaryKey("id", .text)
                t.column("paper", .text).references("paper")
                t.column("date", .text)
                t.column("number", .text)
            }
            try db.create(index: "issue_on_date", on: "issue", columns: ["date"])
            try db.create(table: "page") { t in
                t.primaryKey("id", .text)
                t.column("issueId", .text).notNull().references("issue", onDelete: .cascade)
                t.column("key", .text).notNull()
                t.column("number", .integer)
                t.column("name", .text)
                t.column("width", .double)
                t.column("height", .double)
                t.column("source", .text).notNull()
                t.column("sourceHash", .text).notNull()
                t.column("position", .integer).notNull()
                t.column("unassigned", .text).notNull()
                t.column("diagnostics", .text).notNull()
            }
            try db.create(index: "page_on_issue", on: "page", columns: ["issueId"])
            try db.create(index: "page_on_source", on: "page", columns: ["source"])
            try db.create(table: "article") { t in
                t.autoIncrementedPrimaryKey("ref")
                t.column("id", .text).notNull().unique()
                t.column("pageId", .text).notNull().references("page", onDelete: .cascade)
                t.column("issueId", .text).notNull()
                t.column("position", .integer).notNull()
                t.column("paper", .text)
                t.column("date", .text)
                t.column("pageNumber", .integer)
                t.column("pageName", .text)
                t.column("kicker", .text)
                t.column("headline", .text)
                t.column("subtitle", .text)
                t.column("body", .text).notNull()
                t.column("json", .text).notNull()
            }
            try db.create(index: "article_on_page", on: "article", columns: ["pageId"])
            try db.create(index: "article_on_date", on: "article", columns: ["date"])
            // Where each article was printed, in rows small enough that thousands fit a page of the database: what
            // search filters and counts by, without reading the articles' text.
            try db.create(table: "article_place") { t in
                t.primaryKey("ref", .integer).references("article", onDelete: .cascade)
                t.column("paper", .text)
                t.column("date", .text)
                t.column("pageNumber", .integer)
                t.column("pageName", .text)
            }
            try db.create(table: "story") { t in
                t.primaryKey("id", .text)
                t.column("issueId", .text).notNull().references("issue", onDelete: .cascade)
                t.column("headline", .text)
                t.column("parts", .text).notNull()
            }
            try db.create(index: "story_on_issue", on: "story", columns: ["issueId"])
            try db.create(table: "teaser") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("pageId", .text).notNull().references("page", onDelete: .cascade)
                t.column("text", .text).notNull()
                t.column("page", .integer)
                t.column("target", .text)
            }
            try db.create(index: "teaser_on_page", on: "teaser", columns: ["pageId"])
            try db.create(table: "source") { t in
                t.primaryKey("path", .text)
                t.column("hash", .text).notNull()
                t.column("pages", .integer).notNull()
            }
            try db.create(index: "source_on_hash", on: "source", columns: ["hash"])
            // The searched fields, kept in step with `article` by triggers; read back from `article` itself.
            try db.create(virtualTable: "article_fts", using: FTS5()) { t in
                t.synchronize(withTable: "article")
                t.tokenizer = ArchiveTokenizer.tokenizerDescriptor()
                t.column("headline")
                t.column("kicker")
                t.column("subtitle")
                t.column("body")
            }
            // Fewer, larger merges of the index's segments while issues are stored one transaction each.
            try db.execute(sql: "INSERT INTO article_fts(article_fts, rank) VALUES('automerge', 16)")
        }
        return migrator
    }
}
