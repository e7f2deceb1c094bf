import Banmian
import BanmianArchive
import BanmianTestHelpers
import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

@testable import BanmianServer

/// The JSON API over an archive of the corpus issues: every route of the OpenAPI document answered in its shape,
/// bad parameters 400, unknown ids and paths 404, nothing from a page taken as markup.
@Suite struct ServerTests {
    static let archive = Result { try TestArchive.filled() }
    static let pictureCache = FileManager.default.temporaryDirectory.appendingPathComponent("banmian-pictures-\(UUID().uuidString)")

    func withServer(_ test: @escaping @Sendable (any TestClientProtocol) async throws -> Void) async throws {
        let application = Application(router: ReaderServer.router(reader: try Self.archive.get(), pictureCache: Self.pictureCache))
        try await application.test(.router, test)
    }

    static func object(_ buffer: ByteBuffer) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(buffer.readableBytesView)) as? [String: Any])
    }

    @Test func issuesAreListedNewestFirstWithTheirPages() async throws {
        try await withServer { client in
            try await client.execute(uri: "/api/issues", method: .get) { response in
                #expect(response.status == .ok)
                #expect(response.headers[.contentType]?.hasPrefix("application/json") == true)
                let issues = try #require(try Self.object(response.body)["issues"] as? [[String: Any]])
                #expect(issues.count == 6)
                let dates = issues.compactMap { $0["date"] as? String }
                #expect(dates == dates.sorted(by: >))
                #expect((issues.first?["pages"] as? [[String: Any]])?.first?.keys.sorted() == ["name", "number"])
            }
            try await client.execute(uri: "/api/issues?paper=%E4%BA%91%E5%B2%AD%E9%83%BD%E5%B8%82%E6%8A%A5&from=1998-01-01&to=1998-01-31", method: .get) { response in
                let issues = try #require(try Self.object(response.body)["issues"] as? [[String: Any]])
                #expect(issues.map { $0["id"] as? String } == ["云岭都市报-1998-01-02"])
            }
        }
    }

    @Test func anIssueHasItsPagesZonesStoriesAndTeasers() async throws {
        try await withServer { client in
            try await client.execute(uri: "/api/issues/%E4%BA%91%E5%B2%AD%E9%83%BD%E5%B8%82%E6%8A%A5-1998-01-02", method: .get) { response in
                #expect(response.status == .ok)
                let issue = try Self.object(response.body)
                #expect(issue["paper"] as? String == "云岭都市报" && issue["number"] is String)
                let pages = try #require(issue["pages"] as? [[String: Any]])
                #expect(pages.count == 4 && pages.allSatisfy { ($0["articles"] as? [[String: Any]])?.isEmpty == false })
                #expect(pages.first.map { Set($0.keys) } == ["id", "number", "name", "width", "height", "image", "articles"])
                #expect((issue["stories"] as? [[String: Any]])?.isEmpty == false)
                #expect((issue["teasers"] as? [[String: Any]])?.isEmpty == false)
            }
        }
    }

    @Test func anArticleComesWithItsIssueAndStory() async throws {
        let issue = try #require(try Self.archive.get().issue(id: "云岭都市报-1998-01-02"))
        let story = try #require(issue.stories.first)
        let part = try #require(story.parts.last)
        let encoded = part.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed) ?? part
        try await withServer { client in
            try await client.execute(uri: "/api/articles/\(encoded)", method: .get) { response in
                #expect(response.status == .ok)
                let article = try Self.object(response.body)
                #expect(article["id"] as? String == part)
                #expect(article["issue"] as? String == "云岭都市报-1998-01-02" && article["date"] as? String == "1998-01-02")
                #expect(article["story"] as? [String] == story.parts)
                #expect(article["sections"] is [[String: Any]] && article.keys.contains("kicker") && article.keys.contains("continuedFrom"))
            }
        }
    }

    @Test func searchAnswersWithResultsTotalAndFacets() async throws {
        try await withServer { client in
            try await client.execute(uri: "/api/search?q=%E6%98%A5%E8%8A%82&limit=3&sort=date", method: .get) { response in
                #expect(response.status == .ok)
                let results = try Self.object(response.body)
                let total = try #require(results["total"] as? Int)
                let hits = try #require(results["results"] as? [[String: Any]])
                #expect(total > 3 && hits.count == 3)
                #expect(hits.allSatisfy { ($0["snippet"] as? String)?.contains("<mark>春节</mark>") == true })
                #expect(Set(hits[0].keys).isSuperset(of: ["article", "issue", "paper", "date", "page", "headline", "snippet"]))
                let facets = try #require(results["facets"] as? [String: [String: Int]])
                #expect(facets["paper"]?.values.reduce(0, +) == total && facets.keys.sorted() == ["month", "page", "paper"])
            }
        }
    }

    /// Bad parameters: 400 with a JSON error that says what was wrong.
    @Test(arguments: [
        "/api/search", "/api/search?q=", "/api/search?q=-%E7%A0%81%E5%A4%B4", "/api/search?q=%2A%3A", "/api/search?q=a&limit=0",
        "/api/search?q=a&limit=101", "/api/search?q=a&offset=-1", "/api/search?q=a&offset=x", "/api/search?q=a&from=1998-1-2",
        "/api/search?q=a&to=yesterday", "/api/search?q=a&sort=best", "/api/issues?from=1998-13-01", "/api/issues?limit=99999",
        "/api/search?q=a&from=%EF%BC%91%EF%BC%99%EF%BC%99%EF%BC%98-01-02",
    ])
    func badParametersAre400(_ uri: String) async throws {
        try await withServer { client in
            try await client.execute(uri: uri, method: .get) { response in
                #expect(response.status == .badRequest, "\(uri)")
                let error = try Self.object(response.body)["error"] as? [String: String]
                #expect(error?["code"] == "badRequest" && error?["message"]?.isEmpty == false)
            }
        }
    }

    /// Unknown ids, unknown routes and paths that try to leave their place: 404 with a JSON error.
    @Test(arguments: [
        "/api/issues/no-such-issue", "/api/articles/no-such-article", "/api/articles/..%2F..%2Fetc%2Fpasswd", "/api/articles/%2Fetc%2Fpasswd",
        "/api/issues/..", "/api/articles/%00", "/api/nothing", "/api/issues/x/y",
    ])
    func unknownIdsAndPathsAre404(_ uri: String) async throws {
        try await withServer { client in
            try await client.execute(uri: uri, method: .get) { response in
                #expect(response.status == .notFound, "\(uri)")
                if response.headers[.contentType]?.hasPrefix("application/json") == true {
                    let error = try Self.object(response.body)["error"] as? [String: String]
                    #expect(error?["code"] == "notFound")
                }
            }
        }
    }

    /// Every route the OpenAPI document lists answers, and every schema it names exists.
    @Test func theOpenAPIDocumentListsTheRoutesServed() async throws {
        let document = try #require(try JSONSerialization.jsonObject(with: Data(OpenAPIDocument.json.utf8)) as? [String: Any])
        let paths = try #require(document["paths"] as? [String: Any])
        #expect(Set(paths.keys) == ["/api/issues", "/api/issues/{id}", "/api/articles/{id}", "/api/search", "/openapi.json"])
        let schemas = try #require((document["components"] as? [String: Any])?["schemas"] as? [String: Any])
        for reference in OpenAPIDocument.json.components(separatedBy: "\"$ref\": \"#/components/schemas/").dropFirst() {
            #expect(schemas[String(reference.prefix { $0 != "\"" })] != nil)
        }
        let issue = "云岭都市报-1998-01-02"
        let article = try #require(try Self.archive.get().issue(id: issue)?.pages.first?.articles.first?.id)
        let examples = [
            "/api/issues": "/api/issues", "/api/issues/{id}": "/api/issues/\(issue)", "/api/articles/{id}": "/api/articles/\(article)",
            "/api/search": "/api/search?q=春节", "/openapi.json": "/openapi.json",
        ]
        // Each route's answer, and a bad request's, checked against the schema the document gives it.
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("banmian-openapi-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let requests = paths.keys.sorted().map { ($0, examples[$0] ?? "", "200") } + [("/api/search", "/api/search?q=&limit=0", "400"), ("/api/articles/{id}", "/api/articles/none", "404")]
        try await withServer { client in
            for (index, (path, example, status)) in requests.enumerated() {
                let uri = example.addingPercentEncoding(withAllowedCharacters: .urlQueryAllowed) ?? ""
                try await client.execute(uri: uri, method: .get) { response in
                    #expect(String(response.status.code) == status, "\(example)")
                    try Data(response.body.readableBytesView).write(to: folder.appendingPathComponent("\(index).json"))
                }
                try Data("\(path) \(status)".utf8).write(to: folder.appendingPathComponent("\(index).route"))
            }
        }
        let script = """
            import json, sys, os, jsonschema
            doc = json.loads(sys.stdin.read()); folder = sys.argv[1]; failures = 0; checked = 0
            for name in sorted(f for f in os.listdir(folder) if f.endswith(".route")):
                checked += 1
                path, status = open(os.path.join(folder, name)).read().split(" ")
                body = json.load(open(os.path.join(folder, name.replace(".route", ".json"))))
                schema = doc["paths"][path]["get"]["responses"][status]["content"]["application/json"]["schema"]
                validator = jsonschema.Draft202012Validator(dict(schema, components=doc["components"]))
                for error in list(validator.iter_errors(body))[:5]:
                    failures += 1; print(path, status, list(error.path), error.message[:200])
            print("checked", checked)
            sys.exit(1 if failures else 0)
            """
        let input = folder.appendingPathComponent("openapi.json")
        try Data(OpenAPIDocument.json.utf8).write(to: input)
        let run = try BuiltProducts.run(URL(fileURLWithPath: "/bin/sh"), ["-c", "python3 -c \"$0\" \"$1\" < \"$2\"", script, folder.path, input.path])
        #expect(run.status == 0, "responses against /openapi.json (python jsonschema, from scripts/setup.sh): \(run.stdout)\(run.stderr)")
        #expect(run.stdout.contains("checked \(requests.count)"))
    }
}
