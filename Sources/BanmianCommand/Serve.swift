import ArgumentParser
import BanmianArchive
import BanmianServer
import Foundation

/// `banmian serve`: the archive's JSON API over HTTP.
struct Serve: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Serve an archive's issues, articles and search as a JSON API (OpenAPI document at /openapi.json).",
        discussion: """
            Read-only: an ingest may run into the same archive meanwhile. Routes: /api/issues?paper=&from=&to=, /api/issues/{id}, /api/articles/{id}, /api/search?q=&from=&to=&paper=&page=&limit=&offset=&sort=, /openapi.json. Errors are JSON with status 400 (a bad parameter or query) or 404 (an unknown id or path).

            Examples:
              banmian serve --archive demo-archive
              banmian serve --archive demo-archive --host 0.0.0.0 --port 8000
              curl 'http://127.0.0.1:8080/api/search?q=春节&limit=5'
            """
    )

    @OptionGroup var archive: ArchiveOptions

    @Option(help: "The address to listen on (127.0.0.1: this machine only).")
    var host = "127.0.0.1"

    @Option(help: "The port to listen on.")
    var port = 8080

    func validate() throws {
        guard (1...65535).contains(port) else { throw ValidationError("--port takes 1 to 65535") }
    }

    mutating func run() async throws {
        let store = try archive.open()
        let application = ReaderServer.application(reader: store, host: host, port: port)
        Console.write("banmian: serving \(archive.folder) at http://\(host):\(port)/api/issues (OpenAPI: /openapi.json); Ctrl-C stops\n")
        try await application.runService()
    }
}
