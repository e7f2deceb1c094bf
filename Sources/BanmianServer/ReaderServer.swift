import BanmianArchive
import Foundation
import Hummingbird

/// `banmian serve`: the archive for programs (the JSON API of DESIGN.md, its OpenAPI document at `/openapi.json`),
/// read-only, beside any ingest running into the same archive.
public enum ReaderServer {
    /// The routes over `reader`. Ids in paths are percent-decoded once; nothing in a path names a file.
    public static func router(reader: any ArchiveReader) -> Router<BasicRequestContext> {
        let router = Router()
        let api = APIHandlers(reader: reader)
        router.get("/api/issues") { request, _ in await respond { try api.issues(request) } }
        router.get("/api/issues/{id}") { _, context in
            let id = Result { try identifier(context) }
            return await respond { try api.issue(try id.get()) }
        }
        router.get("/api/articles/{id}") { _, context in
            let id = Result { try identifier(context) }
            return await respond { try api.article(try id.get()) }
        }
        router.get("/api/search") { request, _ in await respond { try api.search(request) } }
        router.get("/openapi.json") { _, _ in
            Response(status: .ok, headers: [.contentType: "application/json; charset=utf-8"], body: .init(byteBuffer: ByteBuffer(string: OpenAPIDocument.json)))
        }
        router.get("/api/**") { request, _ in APIError.notFound("no such route: \(request.uri.path)").response }
        return router
    }

    /// A server on `host`:`port` over `reader`; `run()` until the process is stopped.
    public static func application(reader: any ArchiveReader, host: String, port: Int) -> some ApplicationProtocol {
        Application(router: router(reader: reader), configuration: .init(address: .hostname(host, port: port), serverName: "banmian"))
    }

    /// The answer, or the error as JSON (an unexpected one as a 500 that names nothing of the archive's insides).
    /// The archive is read off the server's event loops, by as many requests at once as there are cores (more would
    /// only share them; the rest wait their turn in order).
    static func respond(_ work: @escaping @Sendable () throws -> Response) async -> Response {
        await withCheckedContinuation { continuation in
            databaseWork.addOperation { continuation.resume(returning: answer(work)) }
        }
    }

    private static let databaseWork: OperationQueue = {
        let queue = OperationQueue()
        queue.name = "banmian archive reads"
        queue.maxConcurrentOperationCount = ProcessInfo.processInfo.activeProcessorCount
        queue.qualityOfService = .userInitiated
        return queue
    }()

    private static func answer(_ work: () throws -> Response) -> Response {
        do {
            return try work()
        } catch let error as APIError {
            return error.response
        } catch {
            // The whole error (a database error names its SQL) goes to the server's log, not to the client.
            try? FileHandle.standardError.write(contentsOf: Data("banmian serve: error: \(error)\n".utf8))
            return APIError(status: .internalServerError, code: "internal", message: "the archive could not answer; the server's log says why").response
        }
    }

    /// The `{id}` of the path, percent-decoded; a path that tries to leave its place (`/`, `..`, a NUL) is unknown.
    static func identifier(_ context: BasicRequestContext) throws -> String {
        guard let raw = context.parameters.get("id") else { throw APIError.notFound("no id in the path") }
        let id = raw.removingPercentEncoding ?? raw
        guard !id.isEmpty, !id.contains("/"), !id.contains("\\"), !id.contains(".."), !id.contains("\u{0}") else {
            throw APIError.notFound("no such id")
        }
        return id
    }
}
