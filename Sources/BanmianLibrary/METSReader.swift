import Banmian
import Foundation

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// An issue as a METS document gives it: its ALTO pages in the order of the physical structure, its title and
/// date from MODS, and the articles of its logical structure where it has them.
public struct METSIssue: Sendable, Equatable {
    /// The ALTO files, resolved against the METS file's folder, in page order.
    public var pages: [String]
    public var title: String?
    public var date: String?
    /// The `ARTICLE` divs of the logical structure, in document order: each the ALTO blocks it covers.
    public var articles: [METSArticle] = []
}

/// An article of a METS logical structure: the ALTO blocks it covers, in order, each with the role of the div it
/// is under (`HEADLINE`, `KICKER`, `SUBHEADLINE`, `AUTHOR`, `PARAGRAPH`, `CAPTION`…; `BODY` or `ARTICLE` for
/// plain text).
public struct METSArticle: Sendable, Equatable {
    public struct Part: Sendable, Equatable {
        /// The ALTO file (resolved as the pages are) and the `ID` of the block in it.
        public var file: String
        public var block: String
        public var role: String
        /// The div the part is under (a `PARAGRAPH` of several blocks is one paragraph).
        public var division: Int
    }

    public var id: String?
    public var parts: [Part]
}

/// Reads a METS document: the files of its file section (`FLocat` `xlink:href`, a plain name or a `file:` URL,
/// relative to the METS file), the `PAGE` divs of its physical `structMap` in `ORDER` (each pointing to its ALTO
/// file by `fptr FILEID`), MODS `title` and `dateIssued`, and the `ARTICLE` divs of its logical structure, linked
/// to the ALTO blocks either way archives write them: by `area`s (`FILEID`, `BEGIN`) under the article's divs, or
/// by `structLink` arcs from the article's divs to divs of the physical structure that hold the areas.
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
        var articles: [METSArticle] = []
        for article in reader.articles {
            var parts: [METSArticle.Part] = []
            for piece in article.pieces {
                // The piece's own areas, then those of the physical divs its arcs lead to.
                let areas = piece.areas + reader.arcs[piece.id ?? "", default: []].flatMap { reader.physicalAreas[$0] ?? [] }
                for area in areas {
                    guard let href = reader.files[area.file]?.href else { continue }
                    parts.append(METSArticle.Part(file: resolve(href, against: folder), block: area.block, role: piece.role, division: piece.index))
                }
            }
            if !parts.isEmpty { articles.append(METSArticle(id: article.id, parts: parts)) }
        }
        return METSIssue(pages: pages, title: reader.title, date: reader.date, articles: articles)
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
    /// An area: a block of an ALTO file.
    struct Area {
        var file: String
        var block: String
    }
    /// A div under an article (or the article's own div), with its areas and its role.
    struct Piece {
        var id: String?
        var role: String
        var index: Int
        var areas: [Area] = []
    }
    struct Article {
        var id: String?
        var pieces: [Piece] = []
    }
    var articles: [Article] = []
    /// The areas under each div of the physical structure with an ID (its own and its children's), and the
    /// structLink arcs from logical to physical divs.
    var physicalAreas: [String: [Area]] = [:]
    var arcs: [String: [String]] = [:]
    private var logical = false
    private var articleDepth: Int?
    /// The open divs of the logical structure under the article (depth, piece index), innermost last.
    private var openPieces: [(depth: Int, piece: Int)] = []
    /// The open divs of the physical structure with an ID.
    private var openPhysical: [(depth: Int, id: String)] = []
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
        case "structMap":
            physical = (attributes["TYPE"] ?? "").uppercased() == "PHYSICAL"
            logical = (attributes["TYPE"] ?? "").uppercased() == "LOGICAL"
        case "div" where physical:
            if (attributes["TYPE"] ?? "").lowercased() == "page" {
                pageDepth = depth
                pages.append(Page(order: attributes["ORDER"].flatMap(Double.init)))
            }
            if let id = attributes["ID"] { openPhysical.append((depth, id)) }
        case "div" where logical:
            let type = (attributes["TYPE"] ?? "").uppercased()
            if articleDepth == nil, type == "ARTICLE" {
                articleDepth = depth
                articles.append(Article(id: attributes["ID"]))
            }
            if articleDepth != nil {
                let count = articles[articles.count - 1].pieces.count
                articles[articles.count - 1].pieces.append(Piece(id: attributes["ID"], role: type, index: count))
                openPieces.append((depth, count))
            }
        case "smLink":
            if let from = attributes["xlink:from"] ?? attributes["from"], let to = attributes["xlink:to"] ?? attributes["to"] { arcs[from, default: []].append(to) }
        case "fptr" where physical && pageDepth != nil:
            if let id = attributes["FILEID"] { pages[pages.count - 1].files.append(id) }
        case "area" where physical:
            guard let id = attributes["FILEID"] else { break }
            if pageDepth != nil { pages[pages.count - 1].files.append(id) }
            if let block = attributes["BEGIN"] {
                for open in openPhysical { physicalAreas[open.id, default: []].append(Area(file: id, block: block)) }
            }
        case "area" where logical && articleDepth != nil:
            if let id = attributes["FILEID"], let block = attributes["BEGIN"], let open = openPieces.last {
                articles[articles.count - 1].pieces[open.piece].areas.append(Area(file: id, block: block))
            }
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
        case "structMap":
            physical = false
            logical = false
        case "div":
            if pageDepth == depth { pageDepth = nil }
            if openPhysical.last?.depth == depth { openPhysical.removeLast() }
            if openPieces.last?.depth == depth { openPieces.removeLast() }
            if articleDepth == depth { articleDepth = nil }
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
