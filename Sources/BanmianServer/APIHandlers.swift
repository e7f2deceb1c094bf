import Banmian
import BanmianArchive
import Foundation
import Hummingbird

/// The JSON API of DESIGN.md over an archive reader: parameters checked and bounded, answers encoded, errors as
/// `{"error": {"code", "message"}}` with 400 (a bad parameter or query) or 404 (an unknown id or path). No SQL
/// here: everything goes through `ArchiveReader`.
struct APIHandlers: Sendable {
    let reader: any ArchiveReader

    /// The most results a request may ask for.
    static let maximumLimit = 100
    /// The furthest into the results a request may page.
    static let maximumOffset = 10_000

    func issues(_ request: Request) throws -> Answer {
        let query = request.uri.queryParameters
        let limit = try Self.integer(query.get("limit"), name: "limit", default: 100, range: 1...1000)
        let issues = try reader.issues(
            paper: Self.text(query.get("paper")), from: try Self.date(query.get("from"), name: "from"), to: try Self.date(query.get("to"), name: "to"),
            limit: limit)
        return try Self.json(["issues": issues])
    }

    func issue(_ id: String) throws -> Answer {
        guard let issue = try reader.issue(id: id) else { throw APIError.notFound("no issue \(id)") }
        return try Self.json(issue)
    }

    func article(_ id: String) throws -> Answer {
        guard let json = try reader.articleJSON(id: id) else { throw APIError.notFound("no article \(id)") }
        return Answer(status: .ok, headers: [.contentType: "application/json; charset=utf-8"], body: ByteBuffer(bytes: json))
    }

    func search(_ request: Request) throws -> Answer {
        let parameters = request.uri.queryParameters
        guard let text = parameters.get("q"), !text.isEmpty else { throw APIError.badRequest("q: give the words to look for, e.g. ?q=码头") }
        let query: SearchQuery
        do {
            query = try SearchQuery(parsing: text)
        } catch {
            throw APIError.badRequest("q: \(error.description)")
        }
        var sort = SearchFilters.Sort.rank
        if let value = parameters.get("sort") {
            guard let parsed = SearchFilters.Sort(rawValue: value) else { throw APIError.badRequest("sort: rank or date (got '\(value)')") }
            sort = parsed
        }
        let filters = SearchFilters(
            from: try Self.date(parameters.get("from"), name: "from"), to: try Self.date(parameters.get("to"), name: "to"),
            paper: Self.text(parameters.get("paper")), page: Self.text(parameters.get("page")),
            limit: try Self.integer(parameters.get("limit"), name: "limit", default: 20, range: 1...Self.maximumLimit),
            offset: try Self.integer(parameters.get("offset"), name: "offset", default: 0, range: 0...Self.maximumOffset), sort: sort)
        return try Self.json(try reader.search(query, filters: filters))
    }

    // MARK: Parameters

    static func text(_ value: String?) -> String? {
        guard let value, !value.isEmpty else { return nil }
        return value
    }

    static func integer(_ value: String?, name: String, default fallback: Int, range: ClosedRange<Int>) throws -> Int {
        guard let value, !value.isEmpty else { return fallback }
        guard let number = Int(value), range.contains(number) else {
            throw APIError.badRequest("\(name): a whole number from \(range.lowerBound) to \(range.upperBound) (got '\(value.prefix(40))')")
        }
        return number
    }

    /// A date as `YYYY-MM-DD`.
    static func date(_ value: String?, name: String) throws -> String? {
        guard let value, !value.isEmpty else { return nil }
        guard SearchFilters.isDate(value) else { throw APIError.badRequest("\(name): a date as YYYY-MM-DD, e.g. 1998-01-02 (got '\(value.prefix(40))')") }
        return value
    }

    // MARK: Answers

    static func json<T: Encodable>(_ value: T, status: HTTPResponse.Status = .ok) throws -> Answer {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return Answer(status: status, headers: [.contentType: "application/json; charset=utf-8"], body: ByteBuffer(bytes: try encoder.encode(value)))
    }
}

/// An API error: its status, a stable code and a message for people.
struct APIError: Error {
    var status: HTTPResponse.Status
    var code: String
    var message: String

    static func badRequest(_ message: String) -> APIError { APIError(status: .badRequest, code: "badRequest", message: message) }
    static func notFound(_ message: String) -> APIError { APIError(status: .notFound, code: "notFound", message: message) }

    var answer: Answer {
        let body = ["error": ["code": code, "message": message]]
        return (try? APIHandlers.json(body, status: status)) ?? Answer(status: status, headers: [:], body: ByteBuffer())
    }

    var response: Response { answer.response }
}
