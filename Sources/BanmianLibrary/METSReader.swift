import Banmian
import Foundation

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// An issue as a METS document gives it: its ALTO pages in the order of the physical structure, and its title and
/// date from MODS.
public struct METSIssue: Sendable, Equatable {
    /// The ALTO files, resolved against the METS file's folder, in page order.
    public var pages: [String]
    public var title: String?
    public var date: String?
}

/// Reads a METS document: the files of its file section (`FLocat` `xlink:href`, a plain name or a `file:` URL,
/// relative to the METS file), the `PAGE` divs of its physical `structMap` in `ORDER` (each pointing to its ALTO
/// file by `fptr FILEID`), and MODS `title` and `dateIssued`. The articles of its logical structure are not read:
/// Banmian rebuilds them from the pages.
public enum METSReader {
    public static func read(path: String) throws(BanmianError) -> METSIssue {
        let file = try InputFile.open(path)
        let data = try file.read(upTo: 64 << 20)
        let reader = Reader()
        let parser = XMLParser(data: data)
        parser.delegate = reader
        parser.shouldResolveExternalEntities = false
        guard parser.parse(), reader.sawRoot else {
            let reason = reader.sawRoot ? (parser.parserError.map { "\($0.localizedDescription) at line \(parser.lineNumber)" } ?? "not well-formed XML") : "its root element is not mets"
            throw BanmianError(.undecodable, source: path, detail: "is not a readable METS document (\(reason))", advice: "give the issue's METS file as the library delivered it")
        }
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent()
        // Pages in their ORDER (document order where none is given), each the ALTO file among its pointers.
        let ordered = reader.pages.enumerated().sorted { ($0.element.order ?? Double($0.offset), $0.offset) < ($1.element.order ?? Double($1.offset), $1.offset) }
        var pages: [String] = []
        for (_, page) in ordered {
            let candidates = page.files.compactMap { reader.files[$0] }
            guard let alto = candidates.first(where: reader.isText) else { continue }
            pages.append(resolve(alto.href, against: folder))
        }
        guard !pages.isEmpty else {
            throw BanmianError(.empty, source: path, detail: "is a METS document whose physical structure points to no ALTO file", advice: "give a METS file with a PAGE div for each page")
        }
        for page in pages where !FileManager.default.fileExists(atPath: page) {
            throw BanmianError(
                .unreadable, source: path, detail: "names the ALTO file \(page), which is not there",
                advice: "keep the ALTO files where the METS file says (relative to it), or correct its FLocat")
        }
        return METSIssue(pages: pages, title: reader.title, date: reader.date)
    }

    /// An `xlink:href`: a `file:` URL or a path, absolute or relative to the METS file's folder.
    static func resolve(_ href: String, against folder: URL) -> String {
        var path = href
        if href.hasPrefix("file:") {
            // `file:///abs/p.xml`, `file:/abs/p.xml`, or `file:rel/p.xml` (relative to the METS file).
            path = String(href.dropFirst(5))
            if path.hasPrefix("//") { path = String(path.dropFirst(2).drop { $0 != "/" }) }
        }
        path = path.removingPercentEncoding ?? path
        return path.hasPrefix("/") ? path : folder.appendingPathComponent(path).standardizedFileURL.path
    }
}

struct METSFile: Equatable {
    var href: String
    var mime: String?
    var group: String?
}

/// The SAX reader behind `METSReader`.
private final class Reader: NSObject, XMLParserDelegate {
    struct Page {
        var order: Double?
        var files: [String] = []
    }

    var sawRoot = false
    var files: [String: METSFile] = [:]
    var pages: [Page] = []
    var title: String?
    var date: String?
    private var group: String?
    private var file: (id: String, mime: String?)?
    private var physical = false
    private var pageDepth: Int?
    private var depth = 0
    private var text = ""
    private var capturing: String?

    /// An ALTO file rather than an image: by its MIME type, its group or its name.
    func isText(_ file: METSFile) -> Bool {
        let mime = file.mime?.lowercased() ?? ""
        let group = file.group?.lowercased() ?? ""
        return mime.contains("xml") || group.contains("alto") || group.contains("text") || group.contains("ocr") || file.href.lowercased().hasSuffix(".xml")
    }

    private static func local(_ name: String) -> String { name.split(separator: ":").last.map(String.init) ?? name }

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]) {
        depth += 1
        switch Self.local(name) {
        case "mets": sawRoot = true
        case "fileGrp": group = attributes["USE"] ?? attributes["ID"]
        case "file": file = attributes["ID"].map { ($0, attributes["MIMETYPE"]) }
        case "FLocat":
            if let file, let href = attributes["xlink:href"] ?? attributes["href"] {
                files[file.id] = METSFile(href: href, mime: file.mime, group: group)
            }
        case "structMap": physical = (attributes["TYPE"] ?? "").uppercased() == "PHYSICAL"
        case "div" where physical:
            if (attributes["TYPE"] ?? "").lowercased() == "page" {
                pageDepth = depth
                pages.append(Page(order: attributes["ORDER"].flatMap(Double.init)))
            }
        case "fptr" where physical && pageDepth != nil:
            if let id = attributes["FILEID"] { pages[pages.count - 1].files.append(id) }
        case "area" where physical && pageDepth != nil:
            if let id = attributes["FILEID"] { pages[pages.count - 1].files.append(id) }
        case "title" where title == nil, "dateIssued" where date == nil:
            capturing = Self.local(name)
            text = ""
        default: break
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if capturing != nil { text += string }
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        defer { depth -= 1 }
        switch Self.local(name) {
        case "file": file = nil
        case "fileGrp": group = nil
        case "structMap": physical = false
        case "div" where pageDepth == depth: pageDepth = nil
        case "title" where capturing == "title":
            title = text.trimmingCharacters(in: .whitespacesAndNewlines)
            capturing = nil
        case "dateIssued" where capturing == "dateIssued":
            date = text.trimmingCharacters(in: .whitespacesAndNewlines)
            capturing = nil
        default: break
        }
    }
}
