import BanmianArchive
import Foundation
import Hummingbird

/// `banmian serve`: the archive for people (the reader's pages: papers, calendar, issues, pages with their article
/// zones, articles with their stories, search) and for programs (the JSON API of DESIGN.md, its OpenAPI document at
/// `/openapi.json`), read-only, beside any ingest running into the same archive.
public enum ReaderServer {
    /// The routes over `reader`; page pictures drawn on first request are kept in `pictureCache`, and answers in
    /// memory up to `cacheBytes` (0: none). Ids in paths are percent-decoded once; nothing in a path names a file.
    public static func router(reader: any ArchiveReader, pictureCache: URL, cacheBytes: Int = 64 << 20) -> Router<BasicRequestContext> {
        let router = Router()
        let cache = ResponseCache(limit: cacheBytes, mark: { reader.changeMark() })
        let api = APIHandlers(reader: reader)
        router.get("/api/issues") { request, _ in await respond(request, cache) { try api.issues(request) } }
        router.get("/api/issues/{id}") { request, context in
            let id = Result { try identifier(context) }
            return await respond(request, cache) { try api.issue(try id.get()) }
        }
        router.get("/api/articles/{id}") { request, context in
            let id = Result { try identifier(context) }
            return await respond(request, cache) { try api.article(try id.get()) }
        }
        router.get("/api/search") { request, _ in await respond(request, cache) { try api.search(request) } }
        router.get("/openapi.json") { _, _ in
            Response(status: .ok, headers: [.contentType: "application/json; charset=utf-8"], body: .init(byteBuffer: ByteBuffer(string: OpenAPIDocument.json)))
        }
        router.get("/api/**") { request, _ in APIError.notFound("no such route: \(request.uri.path)").response }

        let pages = ReaderPages(reader: reader)
        router.get("/") { request, _ in await respond(request, cache, page(pages) { try pages.home() }) }
        router.get("/papers/{id}") { request, context in
            let id = Result { try identifier(context) }
            return await respond(request, cache, page(pages) { try pages.paper(try id.get(), request: request) })
        }
        router.get("/issues/{id}") { request, context in
            let id = Result { try identifier(context) }
            return await respond(request, cache, page(pages) { try pages.issue(try id.get()) })
        }
        router.get("/issues/{id}/{page}") { request, context in
            let ids = Result { (try identifier(context), try identifier(context, "page")) }
            return await respond(request, cache, page(pages) { try pages.page(issue: try ids.get().0, key: try ids.get().1, request: request) })
        }
        router.get("/articles/{id}") { request, context in
            let id = Result { try identifier(context) }
            return await respond(request, cache, page(pages) { try pages.article(try id.get(), request: request) })
        }
        router.get("/search") { request, _ in await respond(request, cache, page(pages) { try pages.search(request) }) }
        let pictures = PagePictures(cache: pictureCache)
        for (path, size) in [("/pictures/{id}", PagePictures.Size.page), ("/thumbnails/{id}", .thumbnail)] {
            router.get(RouterPath(path)) { _, context in
                let id = Result { try identifier(context) }
                return await picture { try pictures.answer(for: try id.get(), size: size, reader: reader) }
            }
        }
        router.get("/static/reader.css") { request, _ in StaticFile.css.response(to: request) }
        router.get("/static/reader.js") { request, _ in StaticFile.script.response(to: request) }
        router.get("/**") { _, _ in pages.errorPage(.notFound("没有这个网页。")).response }
        return router
    }

    /// A server on `host`:`port` over `reader`; `run()` until the process is stopped.
    public static func application(reader: any ArchiveReader, pictureCache: URL, cacheBytes: Int, host: String, port: Int) -> some ApplicationProtocol {
        Application(
            router: router(reader: reader, pictureCache: pictureCache, cacheBytes: cacheBytes), configuration: .init(address: .hostname(host, port: port), serverName: "banmian"))
    }

    /// The answer to `request`: from the cache when it was given since the archive last changed, else made by `work`
    /// (once for all the requests for the same address meanwhile) off the server's event loops, by as many requests
    /// at once as there are cores (more would only share them; the rest wait their turn in order), and kept. An
    /// unexpected error is a 500 that names nothing of the archive's insides, and is not kept.
    static func respond(_ request: Request, _ cache: ResponseCache, _ work: @escaping @Sendable () throws -> Answer) async -> Response {
        let key = request.uri.description
        if let kept = cache.answer(for: key) { return kept.response }
        return await cache.answer(for: key) {
            await withCheckedContinuation { continuation in
                databaseWork.addOperation { continuation.resume(returning: answer(work)) }
            }
        }.response
    }

    /// A reader's page, or its error page for people.
    static func page(_ pages: ReaderPages, _ work: @escaping @Sendable () throws -> Answer) -> @Sendable () throws -> Answer {
        {
            do {
                return try work()
            } catch let error as ReaderError {
                return pages.errorPage(error)
            } catch let error as APIError {
                return pages.errorPage(ReaderError(status: error.status, heading: error.status == .notFound ? "找不到" : "请求有误", message: error.message))
            } catch {
                try? FileHandle.standardError.write(contentsOf: Data("banmian serve: error: \(error)\n".utf8))
                return pages.errorPage(ReaderError(status: .internalServerError, heading: "出错了", message: "档案暂时无法回答；服务器的日志写明了原因。"))
            }
        }
    }

    /// A page picture: drawn by another program on its first request, on a queue of its own so that drawing never
    /// holds up the archive's reads.
    static func picture(_ work: @escaping @Sendable () throws -> Answer) async -> Response {
        await withCheckedContinuation { continuation in
            pictureWork.addOperation { continuation.resume(returning: answer(work).response) }
        }
    }

    private static let pictureWork: OperationQueue = {
        let queue = OperationQueue()
        queue.name = "banmian page pictures"
        queue.maxConcurrentOperationCount = ProcessInfo.processInfo.activeProcessorCount
        return queue
    }()

    private static let databaseWork: OperationQueue = {
        let queue = OperationQueue()
        queue.name = "banmian archive reads"
        queue.maxConcurrentOperationCount = ProcessInfo.processInfo.activeProcessorCount
        queue.qualityOfService = .userInitiated
        return queue
    }()

    private static func answer(_ work: () throws -> Answer) -> Answer {
        do {
            return try work()
        } catch let error as APIError {
            return error.answer
        } catch {
            // The whole error (a database error names its SQL) goes to the server's log, not to the client.
            try? FileHandle.standardError.write(contentsOf: Data("banmian serve: error: \(error)\n".utf8))
            return APIError(status: .internalServerError, code: "internal", message: "the archive could not answer; the server's log says why").answer
        }
    }

    /// The `{id}` of the path, percent-decoded; a path that tries to leave its place (`/`, `..`, a NUL) is unknown.
    static func identifier(_ context: BasicRequestContext, _ name: String = "id") throws -> String {
        guard let raw = context.parameters.get(name) else { throw APIError.notFound("no \(name) in the path") }
        let id = raw.removingPercentEncoding ?? raw
        guard !id.isEmpty, !id.contains("/"), !id.contains("\\"), !id.contains(".."), !id.contains("\u{0}") else {
            throw APIError.notFound("no such id")
        }
        return id
    }
}
