import Banmian
import BanmianLibrary
import BanmianPDF
import Foundation

/// Reads the text of page pictures with Tesseract (Debian `tesseract-ocr` and its language data), run as a separate
/// program, one at a time per core and each on one thread (`OMP_THREAD_LIMIT=1`: Tesseract's own threads thrash
/// on a shared machine). Tesseract writes ALTO (each word's box and confidence, the rules it found), which
/// `ALTOReader` reads into lines with boxes for the same pipeline as a PDF's.
public struct Recognizer: Sendable {
    /// Tesseract's languages, joined by `+` (`chi_sim+eng`).
    public var languages: String
    /// Dots per inch a PDF page is drawn at for Tesseract.
    public var resolution: Int
    /// Seconds one page may take.
    public var timeout: Double
    /// Read the lines of large type and the ink the page analysis left unread a second time (`SecondReading`).
    public var secondReading: Bool

    public static let tesseract = ExternalTool(name: "tesseract", package: "tesseract-ocr")
    /// Tesseract's settings for a newspaper page: no table finding, which takes the aligned columns of a page for
    /// a table's rows and joins the lines of neighbouring columns into one (on the corpus scans, 7 of a page's 230
    /// lines ran across a gutter with it, none without).
    static let settings = ["textord_tabfind_find_tables=0"]
    public static let defaultLanguages = "chi_sim"

    public init(languages: String = defaultLanguages, resolution: Int = 300, timeout: Double = 600, secondReading: Bool = true) {
        self.languages = languages
        self.resolution = resolution
        self.timeout = timeout
        self.secondReading = secondReading
    }

    /// A language list Tesseract can be given: names of letters, digits and `_`, joined by `+`.
    public static func isLanguageList(_ text: String) -> Bool {
        let names = text.split(separator: "+", omittingEmptySubsequences: false)
        return !names.isEmpty && names.allSatisfy { name in !name.isEmpty && name.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_") } }
    }

    /// The pages of the picture at `path` (a multi-page TIFF gives several), in points at the picture's
    /// resolution (`pixelsPerInch`; `PageImage.resolution` reads it). `source` names the input in errors. With
    /// `keptALTO`, Tesseract's ALTO is also copied there.
    public func recognize(image path: String, source: String, pixelsPerInch: Double, keepingALTOAt keptALTO: String? = nil) throws(BanmianError) -> [ALTOPage] {
        let folder = try Self.temporaryFolder(for: source)
        defer { try? FileManager.default.removeItem(at: folder) }
        let base = folder.appendingPathComponent("page").path
        let data = try alto(of: path, into: base, options: Self.settings.flatMap { ["-c", $0] }, source: source)
        if let keptALTO {
            try? FileManager.default.removeItem(atPath: keptALTO)
            try? FileManager.default.copyItem(atPath: base + ".xml", toPath: keptALTO)
        }
        return try read(alto: data, picture: path, source: source, pixelsPerInch: pixelsPerInch)
    }

    /// The pages of Tesseract's ALTO `alto` of the picture at `picture`, read a second time where the first
    /// reading is weakest (`SecondReading`) unless `secondReading` is off.
    public func read(alto: Data, picture: String, source: String, pixelsPerInch: Double) throws(BanmianError) -> [ALTOPage] {
        let recovered = secondReading ? SecondReading.recovered(alto, picture: picture, pixelsPerInch: pixelsPerInch, recognizer: self, source: source) : alto
        return try ALTOReader.parse(recovered, source: source, pixelsPerInch: pixelsPerInch)
    }

    /// Tesseract's ALTO of a few lines cut out of a page and stacked: `pgm` (a binary PGM at `pixelsPerInch`),
    /// read as one column of text of several sizes (`--psm 4`).
    func recognizeBlock(_ pgm: Data, source: String, pixelsPerInch: Double) throws(BanmianError) -> Data {
        let folder = try Self.temporaryFolder(for: source)
        defer { try? FileManager.default.removeItem(at: folder) }
        let picture = folder.appendingPathComponent("block.pgm")
        guard (try? pgm.write(to: picture)) != nil else {
            throw BanmianError(.unreadable, source: source, detail: "cannot be read by OCR (no temporary file)", advice: "check TMPDIR")
        }
        let base = folder.appendingPathComponent("block").path
        return try alto(of: picture.path, into: base, options: ["--psm", "4", "--dpi", String(Int(pixelsPerInch.rounded()))], source: source)
    }

    /// Tesseract's ALTO of the picture at `path` (written to `base.xml`), in `languages` with `options`, in one of
    /// the slots (one Tesseract per core), on one thread.
    private func alto(of path: String, into base: String, options: [String], source: String) throws(BanmianError) -> Data {
        let outcome = try Self.slots.holding { () throws(BanmianError) in
            try Self.tesseract.run(
                [path, base, "-l", languages] + options + ["alto"], source: source, timeout: timeout, environment: ["OMP_THREAD_LIMIT": "1"])
        }
        guard outcome.status == 0, let data = FileManager.default.contents(atPath: base + ".xml") else {
            throw failure(outcome.errors, source: source)
        }
        return data
    }

    /// Page `page` of the PDF at `path` (one without a text layer), drawn at `resolution` with `pdftoppm` and read:
    /// its lines in points on the PDF's page, numbered `page`.
    public func recognize(pdf path: String, page: Int) throws(BanmianError) -> ALTOPage {
        let folder = try Self.temporaryFolder(for: path)
        defer { try? FileManager.default.removeItem(at: folder) }
        let picture = folder.appendingPathComponent("page").path
        let drawn = try ExternalTool.pdftoppm.run(
            ["-r", String(resolution), "-f", String(page), "-l", String(page), "-gray", "-singlefile", path, picture], source: path, timeout: timeout)
        guard drawn.status == 0, FileManager.default.fileExists(atPath: picture + ".pgm") else {
            throw BanmianError(
                .damaged, source: path, detail: "page \(page) could not be drawn for OCR (\(drawn.errors.split(separator: "\n").first ?? "pdftoppm failed"))",
                advice: "repair it (mutool clean in.pdf out.pdf) and try again")
        }
        guard var read = try recognize(image: picture + ".pgm", source: "\(path) page \(page)", pixelsPerInch: Double(resolution)).first else {
            throw BanmianError(.empty, source: path, detail: "page \(page) gave Tesseract no page", advice: "check the page's picture")
        }
        read.renumber(page)
        return read
    }

    /// Tesseract's complaint as an error: missing language data named with its Debian package.
    private func failure(_ errors: String, source: String) -> BanmianError {
        let said = errors.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        if let missing = said.first(where: { $0.contains("Failed loading language") || $0.contains("Error opening data file") }) {
            let packages = languages.split(separator: "+").map { "tesseract-ocr-\($0.lowercased().replacingOccurrences(of: "_", with: "-"))" }
            return BanmianError(
                .unreadable, source: source, detail: "could not be read by OCR: Tesseract has no data for a language of \(languages) (\(missing))",
                advice: "install the language data (apt-get install \(packages.joined(separator: " "))), or name installed ones with --lang (tesseract --list-langs)")
        }
        let reason = said.last { !$0.hasPrefix("Tesseract Open Source") && !$0.hasPrefix("Estimating resolution") } ?? "Tesseract failed"
        return BanmianError(.unreadable, source: source, detail: "could not be read by OCR (\(reason))", advice: "check that it is a page picture Tesseract reads (PNG, JPEG, TIFF)")
    }

    private static func temporaryFolder(for source: String) throws(BanmianError) -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("banmian-ocr-\(UUID().uuidString)")
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        } catch {
            throw BanmianError(.unreadable, source: source, detail: "cannot be read by OCR (no temporary folder: \(error.localizedDescription))", advice: "check TMPDIR")
        }
        return folder
    }

    /// One Tesseract per core, however many pages and files are read at once.
    static let slots = Slots(count: ProcessInfo.processInfo.activeProcessorCount)
}

/// At most `count` holders at once.
final class Slots: Sendable {
    private let semaphore: DispatchSemaphore

    init(count: Int) { semaphore = DispatchSemaphore(value: max(1, count)) }

    func holding<T>(_ work: () throws(BanmianError) -> T) throws(BanmianError) -> T {
        semaphore.wait()
        defer { semaphore.signal() }
        return try work()
    }
}

extension ALTOPage {
    /// The page as page `number`, its lines' and drawings' boxes too.
    mutating func renumber(_ number: Int) {
        index = number
        for line in lines.indices { lines[line].box?.page = number }
        drawings = drawings.onPage(number)
    }
}
