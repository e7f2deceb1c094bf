import BanmianArchive
import BanmianPDF
import Foundation
import Hummingbird

/// Page pictures and thumbnails, drawn by `pdftoppm` from the PDFs the archive kept (by ImageMagick from the
/// scans it kept), on a page's first request, then kept in `cache` under the file's content hash (a page read again from a changed file gets a new picture).
/// When the cache cannot be written the picture is drawn for the request alone.
struct PagePictures: Sendable {
    enum Size: String, Sendable {
        case page, thumbnail

        /// Pixels across: sharp enough to read a headline on a large screen, and a thumbnail a list can hold.
        var width: Int { self == .page ? 1400 : 240 }
    }

    let cache: URL

    func png(of source: ArchiveView.PictureSource, size: Size) throws -> Data {
        let kept = cache.appendingPathComponent("\(source.hash)-\(source.page)-\(size.rawValue).png")
        if let data = try? Data(contentsOf: kept) { return data }
        let writable = (try? FileManager.default.createDirectory(at: cache, withIntermediateDirectories: true)) != nil
        let folder = writable ? cache : FileManager.default.temporaryDirectory
        // Drawn under a passing name, then renamed: two requests drawing the same page at once both answer, and no
        // reader ever sees half a file.
        let partial = folder.appendingPathComponent(".\(UUID().uuidString).png")
        defer { try? FileManager.default.removeItem(at: partial) }
        if source.isPicture {
            try PageRenderer.picture(image: source.file.path, frame: source.page, width: size.width, to: partial.path)
        } else {
            try PageRenderer.picture(pdf: source.file.path, page: source.page, width: size.width, to: partial.path)
        }
        let data = try Data(contentsOf: partial)
        if writable { _ = rename(partial.path, kept.path) }
        return data
    }
}

extension PagePictures {
    /// The picture of the page `id` as a response: 404 when there is no such page or the archive kept no PDF or
    /// scan of it.
    func answer(for id: String, size: Size, reader: any ArchiveReader) throws -> Answer {
        guard let source = try reader.picture(ofPage: id) else { throw APIError.notFound("no picture of page \(id)") }
        let data = try png(of: source, size: size)
        return Answer(
            status: .ok,
            headers: [.contentType: "image/png", .cacheControl: "public, max-age=86400", .eTag: "\"\(source.hash.prefix(16))-\(source.page)-\(size.rawValue)\""],
            body: ByteBuffer(bytes: data))
    }
}

/// The reader's style sheet and script, served from memory with a validator, so that browsers ask once.
struct StaticFile: Sendable {
    let body: ByteBuffer
    let type: String
    let tag: String

    init(_ text: String, type: String) {
        body = ByteBuffer(string: text)
        self.type = type
        var hash: UInt64 = 14_695_981_039_346_656_037
        for byte in text.utf8 { hash = (hash ^ UInt64(byte)) &* 1_099_511_628_211 }
        tag = "\"\(String(hash, radix: 16))\""
    }

    static let css = StaticFile(ReaderTemplates.style, type: "text/css; charset=utf-8")
    static let script = StaticFile(ReaderTemplates.script, type: "text/javascript; charset=utf-8")

    func response(to request: Request) -> Response {
        if request.headers[.ifNoneMatch] == tag { return Response(status: .notModified, headers: [.eTag: tag]) }
        return Response(status: .ok, headers: [.contentType: type, .eTag: tag, .cacheControl: "public, max-age=3600"], body: .init(byteBuffer: body))
    }
}
