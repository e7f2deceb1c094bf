import Banmian
import Foundation

/// The contract fields of a page (DESIGN.md's page JSON), as canonical JSON text, so that a hand-written
/// expectation and the engine's output compare field by field in a readable diff.
enum ExpectedPage {
    static let articleKeys = ["id", "kicker", "headline", "subtitle", "bylines", "dateline", "sections", "continuedOn", "continuedFrom", "captions"]

    /// Canonical text of a page object (a dictionary decoded from JSON).
    static func canonical(_ page: [String: Any]) throws -> String {
        let articles = (page["articles"] as? [[String: Any]] ?? []).map { article in
            var kept: [String: Any] = [:]
            for key in articleKeys { kept[key] = article[key] ?? NSNull() }
            if kept["captions"] is NSNull { kept["captions"] = [String]() }
            return kept
        }
        let unassigned = (page["unassigned"] as? [[String: Any]] ?? []).map { ["role": $0["role"] ?? NSNull(), "text": $0["text"] ?? NSNull()] }
        let subset: [String: Any] = ["number": page["number"] ?? NSNull(), "articles": articles, "unassigned": unassigned]
        let data = try JSONSerialization.data(withJSONObject: subset, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
        return String(decoding: data, as: UTF8.self)
    }

    static func canonical(expectedFile data: Data) throws -> String {
        let object = try JSONSerialization.jsonObject(with: data)
        let page = (object as? [String: Any]).flatMap { ($0["pages"] as? [[String: Any]])?.first ?? $0 } ?? [:]
        return try canonical(page)
    }

    static func canonical(_ result: PageResult) throws -> String {
        let data = try PageDocument(results: [result]).encoded()
        let object = try JSONSerialization.jsonObject(with: data) as? [String: Any]
        return try canonical((object?["pages"] as? [[String: Any]])?.first ?? [:])
    }
}
