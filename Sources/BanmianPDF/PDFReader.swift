import Banmian
import Foundation

/// A PDF's pages as its text layer has them, with what went wrong in reading a file that could still be read.
public struct PDFDocument: Sendable {
    public var path: String
    public var pages: [PDFPage]
    /// Damage mutool repaired or read around, pages missing, characters that are not text: warnings that the
    /// first page read carries, so that no damaged file is read in silence.
    public var problems: [Diagnostic]
}

/// Reads the text layer of a PDF by running `mutool convert -F stext` (mupdf-tools, a separate program:
/// nothing of MuPDF is linked) and turns each page into the engine's lines, with boxes and type sizes. Text
/// outside a page's media box is read too (`mediabox-clip=no`): a damaged or missing box must not hide text.
public enum PDFReader {
    /// The pages of `path` (all, or `pages` 1-based), or an error that says what is wrong and what to do.
    /// The problems of a damaged file that could be read are dropped: `readDocument` keeps them.
    public static func read(path: String, pages: ClosedRange<Int>? = nil) throws(BanmianError) -> [PDFPage] {
        try readDocument(path: path, pages: pages).pages
    }

    /// Reads `path` (all pages, or `pages` 1-based) as far as it can be read.
    ///
    /// Throws when nothing can be read, naming the real reason: not a PDF, encrypted, broken (with mutool's own
    /// message: a page tree in a cycle, no objects behind the header), pages asked for that it does not have,
    /// or a scan without a text layer. A file read in part carries its problems: repaired by mutool, pages its
    /// page tree declares but that could not be read, pages asked for beyond its end, characters that are no text.
    public static func readDocument(path: String, pages: ClosedRange<Int>? = nil, settings: Settings = Settings()) throws(BanmianError) -> PDFDocument {
        // Pages are counted from 1.
        let requested = pages.flatMap { $0.upperBound >= 1 ? max(1, $0.lowerBound)...$0.upperBound : nil }
        if let pages, requested == nil {
            throw BanmianError(.noSuchPage, source: path, detail: "has no page \(pages.upperBound): pages are counted from 1", advice: "ask for pages from 1 on")
        }
        // A regular file only: a directory or a named pipe that ends in .pdf is refused here, never handed to mutool.
        let file = try InputFile.open(path)
        let head = try file.read(upTo: 1024)
        guard String(decoding: head, as: UTF8.self).contains("%PDF-") else {
            throw BanmianError(.notPDF, source: path, detail: "is not a PDF (no %PDF header)", advice: "pass a PDF, or page text as .txt")
        }
        // mutool writes the XML (about a hundred times the text: every character with its box) to a file that
        // is read as a stream.
        let xml = FileManager.default.temporaryDirectory.appendingPathComponent("banmian-\(UUID().uuidString).stext")
        defer { try? FileManager.default.removeItem(at: xml) }
        var arguments = ["convert", "-F", "stext", "-O", "mediabox-clip=no", "-o", xml.path, path]
        if let requested { arguments.append("\(requested.lowerBound)-\(requested.upperBound)") }
        let timeout = settings.timeout + settings.timeoutPerMegabyte * Double(file.size ?? 0) / 1_048_576
        let outcome = try ExternalTool.mutool.run(arguments, source: path, timeout: timeout)
        let messages = MutoolMessages(outcome.errors)
        if messages.encrypted {
            throw BanmianError(.encrypted, source: path, detail: "is encrypted", advice: "decrypt it first with its password: mutool clean -p PASSWORD in.pdf out.pdf")
        }
        // The drawings (and which fonts draw each page) first: pages whose body font names no weight are drawn in grey,
        // so that the text layer is read with its characters' weight. A file whose text layer has no page is not
        // traced (a broken file is not read a second time).
        let traced = settings.drawings && StextParser.hasPage(xml) ? readDrawings(path, pages: requested, timeout: timeout, settings: settings) : .none
        let pictures = FileManager.default.temporaryDirectory.appendingPathComponent("banmian-ink-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: pictures) }
        let ink = settings.inkWeights ? drawInk(path, fonts: traced.fonts, first: requested?.lowerBound ?? 1, into: pictures, timeout: timeout, settings: settings) : [:]
        var parsed = StextParser.parse(contentsOf: xml, settings: settings, ink: ink)
        var replaced = 0
        if !parsed.complete, let clean = StextParser.sanitized(xml) {
            defer { try? FileManager.default.removeItem(at: clean.url) }
            parsed = StextParser.parse(contentsOf: clean.url, settings: settings, ink: ink)
            replaced = clean.replaced
        }
        // Drawings go with the text only when both readings gave the same pages.
        if !parsed.pages.isEmpty, traced.drawings.count == parsed.pages.count {
            for index in parsed.pages.indices { parsed.pages[index].drawings = traced.drawings[index].onPage(parsed.pages[index].index) }
        }
        var count: Int?
        if let requested {
            // mutool numbers the pages it wrote from 1, and clamps a range to the document (pages 5-9 of two
            // give page 2): their numbers in the file come from where the range starts in the document.
            count = declaredPageCount(path, settings: settings)
            let first = count.map { $0 > 0 && requested.lowerBound > $0 ? $0 : requested.lowerBound } ?? requested.lowerBound
            parsed.pages = parsed.pages.enumerated().map { offset, page in page.numbered(first + offset) }
        }
        return try document(
            path, parsed: parsed, replaced: replaced, messages: messages, status: outcome.status, requested: requested, declaredCount: count,
            settings: settings)
    }

    /// The rules, frames, tints and pictures of each page read, from `mutool draw -F trace` (a second reading
    /// of the file: stext has no drawings). A file whose drawings cannot be read gives none; its text stands.
    static func readDrawings(_ path: String, pages: ClosedRange<Int>?, timeout: Double, settings: Settings) -> TraceParser.Traced {
        let trace = FileManager.default.temporaryDirectory.appendingPathComponent("banmian-\(UUID().uuidString).trace")
        defer { try? FileManager.default.removeItem(at: trace) }
        var arguments = ["draw", "-q", "-F", "trace", "-o", trace.path, path]
        if let pages { arguments.append("\(pages.lowerBound)-\(pages.upperBound)") }
        guard (try? ExternalTool.mutool.run(arguments, source: path, timeout: timeout)) != nil else { return .none }
        return TraceParser.read(contentsOf: trace, settings: settings)
    }

    /// Draws in grey (binary PGM, `PDFSettings.inkResolution`) the pages whose most glyphs are drawn by a font
    /// that names no weight (a Type 3 font mutool calls `Unnamed-T3`), into `folder`: their pictures by the page's
    /// place among the pages read (0 the first, document page `first`). A page that cannot be drawn gets none, and
    /// is read as before.
    static func drawInk(_ path: String, fonts: [[String: Int]], first: Int, into folder: URL, timeout: Double, settings: Settings) -> [Int: URL] {
        let places = pagesWithoutWeights(fonts)
        guard !places.isEmpty, (try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)) != nil else { return [:] }
        // (A page of a hundred inches is drawn smaller: `inkMaximumSide` pixels at most each way.)
        let side = String(settings.inkMaximumSide)
        let arguments = ["draw", "-q", "-r", String(settings.inkResolution), "-w", side, "-h", side, "-c", "gray",
            "-o", folder.appendingPathComponent("page-%d.pgm").path, path, places.map { String(first + $0) }.joined(separator: ",")]
        guard (try? ExternalTool.mutool.run(arguments, source: path, timeout: timeout)) != nil else { return [:] }
        var pictures: [Int: URL] = [:]
        for place in places {
            let picture = folder.appendingPathComponent("page-\(first + place).pgm")
            if FileManager.default.fileExists(atPath: picture.path) { pictures[place] = picture }
        }
        return pictures
    }

    /// The places of the pages (0 the first) whose most glyphs are drawn by a font that names no weight.
    static func pagesWithoutWeights(_ fonts: [[String: Int]]) -> [Int] {
        fonts.indices.filter { place in
            fonts[place].max { ($0.value, $0.key) < ($1.value, $1.key) }.map { TypeFace.withoutSubsetTag($0.key).hasPrefix(namelessType3) } ?? false
        }
    }

    /// The name mutool gives a Type 3 font that has none.
    static let namelessType3 = "Unnamed-T3"

    /// Timeouts for mutool: a file built to stall a reader is stopped, never waited on forever.
    /// How mutool is run and its output read (`PDFSettings`, with every other number, in `Settings/` of the core).
    public typealias Settings = PDFSettings

    /// What mutool read, judged against what it said and what was asked.
    static func document(
        _ path: String, parsed: StextParser.Parsed, replaced: Int, messages: MutoolMessages, status: Int32, requested: ClosedRange<Int>?,
        declaredCount: Int?, settings: Settings
    ) throws(BanmianError) -> PDFDocument {
        // Keep the pages asked for (mutool gives the last page for a range beyond the end).
        let read = parsed.pages.filter { requested?.contains($0.index) ?? true }
        let askedBeyond = requested.map { read.count < $0.count } ?? false
        let declared = declaredCount ?? (messages.foundDamage || askedBeyond || !parsed.complete ? declaredPageCount(path, settings: settings) : nil)
        let known = declared ?? parsed.pages.map(\.index).max()

        guard !read.isEmpty else {
            if let requested, !parsed.pages.isEmpty || (known.map { $0 > 0 && $0 < requested.lowerBound } ?? false) {
                throw BanmianError(
                    .noSuchPage, source: path, detail: "has \(known.map { "\($0) page\($0 == 1 ? "" : "s")" } ?? "fewer pages"); \(pagesText(requested)) \(requested.count == 1 ? "is" : "are") not in it",
                    advice: "ask for pages it has (--pages 1-\(known ?? 1)), or leave --pages out to read them all")
            }
            if messages.foundDamage || status != 0 || !parsed.complete {
                throw BanmianError(
                    .damaged, source: path, detail: "is a broken PDF: nothing of it could be read (\(messages.reason ?? "mutool could not read it"))",
                    advice: "repair it (mutool clean in.pdf out.pdf) or export it again from its source")
            }
            throw BanmianError(.damaged, source: path, detail: "has no pages", advice: "export it again from its source")
        }
        if read.allSatisfy({ $0.lines.isEmpty }) {
            if !messages.damage.isEmpty || !messages.pageTree.isEmpty {
                throw BanmianError(
                    .damaged, source: path, detail: "is a broken PDF: no text of it could be read (\(messages.reason ?? "its content is damaged"))",
                    advice: "repair it (mutool clean in.pdf out.pdf) or export it again from its source")
            }
            if !settings.scans {
                throw BanmianError(
                    .imageOnly, source: path,
                    detail: "has no text layer (a scan)" + (messages.repaired ? "; mutool also repaired its broken cross-reference table" : ""),
                    advice: "run it again with --ocr (Tesseract reads the page pictures), or give a PDF with a text layer")
            }
        }

        var problems: [Diagnostic] = []
        var damage: [String] = []
        if messages.foundDamage { damage.append(messages.summary) }
        if requested == nil, let declared, declared > read.count {
            damage.append("its page tree declares \(declared) pages, of which \(read.count) could be read")
        }
        if !parsed.complete, let last = read.last?.index {
            damage.append("mutool's reading broke off in page \(last): what follows is missing")
        }
        if !damage.isEmpty {
            problems.append(
                Diagnostic(
                    code: .damagedPDF, severity: .warning,
                    message: "\(path): a damaged PDF, read as far as it could be: \(damage.joined(separator: "; ")). Text may be missing: check the articles against the printed page, or repair it (mutool clean in.pdf out.pdf)"))
        }
        if let requested, askedBeyond {
            let last = known ?? read.map(\.index).max() ?? requested.lowerBound
            if last < requested.upperBound {
                let beyond = max(requested.lowerBound, last + 1)...requested.upperBound
                problems.append(
                    Diagnostic(
                        code: .noSuchPage, severity: .warning,
                        message: "\(path): has \(last) page\(last == 1 ? "" : "s"); \(pagesText(beyond)) asked for \(beyond.count == 1 ? "is" : "are") not in it"))
            }
            // Pages asked for that the document has but that could not be read: counted, never listed one by one
            // (a page tree may claim a billion).
            let inside = min(requested.upperBound, last) - requested.lowerBound + 1
            if inside > read.count {
                problems.append(
                    Diagnostic(
                        code: .damagedPDF, severity: .warning,
                        message: "\(path): \(inside - read.count) of the \(inside) pages asked for that it has could not be read: a damaged PDF, text is missing; repair it (mutool clean in.pdf out.pdf)"))
            }
        }
        let unreadable = read.reduce(0) { total, page in total + page.lines.reduce(0) { $0 + $1.text.unicodeScalars.filter { $0 == "\u{FFFD}" }.count } }
        if unreadable > 0 {
            let controls = replaced > 0 ? " (\(replaced) of them control characters or broken code points its fonts map glyphs to)" : ""
            problems.append(
                Diagnostic(
                    code: .unreadableCharacters, severity: .warning,
                    message: "\(path): \(unreadable) character\(unreadable == 1 ? "" : "s") of its text layer could not be read as text\(controls); they are shown as \u{FFFD}, and the words they were part of will not be found"))
        }
        if !messages.fonts.isEmpty {
            problems.append(
                Diagnostic(code: .pdfFontNotes, severity: .info, message: "\(path): mutool noted about its fonts: \(MutoolMessages.listed(messages.fonts))"))
        }
        return PDFDocument(path: path, pages: read, problems: problems)
    }

    /// `page 5`, `pages 5–9`.
    static func pagesText(_ range: ClosedRange<Int>) -> String {
        range.count == 1 ? "page \(range.lowerBound)" : "pages \(range.lowerBound)–\(range.upperBound)"
    }

    /// The number of pages the document's page tree declares (`/Count`), or nil when mutool cannot say.
    static func declaredPageCount(_ path: String, settings: Settings) -> Int? {
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("banmian-count-\(UUID().uuidString).txt")
        defer { try? FileManager.default.removeItem(at: output) }
        guard (try? ExternalTool.mutool.run(["show", "-o", output.path, path, "trailer/Root/Pages/Count"], source: path, timeout: settings.timeout)) != nil,
            let text = try? String(contentsOf: output, encoding: .utf8)
        else { return nil }
        return text.split(whereSeparator: \.isWhitespace).compactMap { Int($0) }.first
    }

    /// The engine's lines for one page, in the text layer's order (the pipeline puts them in reading order from
    /// their boxes). A line that starts with spaces is indented; each keeps its box and type size.
    ///
    /// Type sizes are kept only where they mean something: an OCR text layer under a scan sets each word in
    /// the size of its box, so its sizes vary without end and tell no headline; there the text rules decide.
    public static func textLines(_ page: PDFPage, settings: Settings = Settings()) -> [TextLine] {
        let sized = hasTypeSizes(page, settings: settings)
        // An ornamental rule set in a font's private-use glyphs is a drawing, not text.
        return page.lines.filter { !TextLine.isOrnament($0.text) }.enumerated().map { offset, line in
            var text = TextLine(
                number: offset + 1, text: line.text, indent: line.leadingSpace, width: TextLine.displayWidth(of: line.text), box: line.box)
            text.fontSize = sized ? line.fontSize : nil
            text.face = sized ? line.face : nil
            text.runIn = sized ? line.runIn : nil
            text.endsInGap = line.endsInGap
            return text
        }
    }

    /// A page set in type sets most of its text in one body size, however many sizes its headlines, kickers,
    /// captions and advertisements use; an OCR layer sizes each word by its box, so no size holds many of its
    /// characters (`PDFSettings.areTypeSizes`).
    static func hasTypeSizes(_ page: PDFPage, settings: Settings = Settings()) -> Bool {
        settings.areTypeSizes(page.lines.map { ($0.fontSize, $0.text.count) })
    }
}
