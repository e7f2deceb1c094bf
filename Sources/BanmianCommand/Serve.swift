import ArgumentParser
import BanmianArchive
import BanmianServer
import Foundation

/// `banmian serve`: the archive's reader (pages for people) and its JSON API over HTTP.
struct Serve: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Serve an archive to read in a browser (papers, issues, pages, articles, search) and as a JSON API.",
        discussion: """
            Read-only: an ingest may run into the same archive meanwhile. Pages for people: / (papers and latest issues), /papers/{paper} (calendar), /issues/{paper}-{date} (pages with thumbnails), /issues/{paper}-{date}/p{N} (the page picture with clickable article zones), /articles/{id} (the whole story), /search?q=. Page pictures are drawn from the PDFs ingest kept, on first request, and kept in the archive's pictures folder.

            API routes: /api/issues?paper=&from=&to=, /api/issues/{id}, /api/articles/{id}, /api/search?q=&from=&to=&paper=&page=&limit=&offset=&sort=, /openapi.json. Errors are JSON with status 400 (a bad parameter or query) or 404 (an unknown id or path).

            Examples:
              banmian serve --archive demo-archive          # then open http://127.0.0.1:8080/
              banmian serve --archive demo-archive --host 0.0.0.0 --port 8000
              curl 'http://127.0.0.1:8080/api/search?q=春节&limit=5'
            """
    )

    @OptionGroup var archive: ArchiveOptions

    @Option(help: "The address to listen on (127.0.0.1: this machine only).")
    var host = "127.0.0.1"

    @Option(help: "The port to listen on.")
    var port = 8080

    @Option(help: "Memory for answers kept to send again (pages, articles, searches), in MiB; 0 keeps none. Emptied whenever the archive changes.")
    var cacheMegabytes = 64

    func validate() throws {
        guard (1...65535).contains(port) else { throw ValidationError("--port takes 1 to 65535") }
        guard (0...65536).contains(cacheMegabytes) else { throw ValidationError("--cache-megabytes takes 0 to 65536") }
    }

    mutating func run() async throws {
        let store = try archive.open()
        let application = ReaderServer.application(
            reader: store, pictureCache: store.folder.appendingPathComponent("pictures"), cacheBytes: cacheMegabytes << 20, host: host, port: port)
        Console.write("banmian: serving \(archive.folder) at http://\(host):\(port)/ (the API: /api/issues, OpenAPI: /openapi.json); Ctrl-C stops\n")
        try await application.runService()
    }
}
