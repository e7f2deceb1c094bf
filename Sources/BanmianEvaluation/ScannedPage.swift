import Banmian
import BanmianLibrary
import BanmianOCR
import BanmianPDF
import Foundation

/// A corpus page as a scan: its PDF drawn at a resolution (every sheet, one under the other), then damaged as a
/// scanner and an archive's compression damage a page (ImageMagick): turned by up to a degree, grey noise, a
/// slight blur, JPEG at quality 70. The damage is the same every run (the angle comes from the page's name).
/// Tesseract reads it (`Recognizer`); the character error rate compares what it read with the PDF's text.
struct ScannedPage: Sendable {
    var name: String
    var pdf: String
    var resolution: Int

    /// The skew of the page: −1° … +1° in tenths, from its name.
    var angle: Double {
        var hash: UInt32 = 2_166_136_261
        for byte in name.utf8 { hash = (hash ^ UInt32(byte)) &* 16_777_619 }
        return Double(Int(hash % 21) - 10) / 10
    }

    /// The page read by OCR from its damaged picture. With `kept`, the picture (`NAME.300dpi.jpg`) and Tesseract's
    /// ALTO (`NAME.300dpi.LANGUAGES.alto.xml`, as Tesseract wrote it) are kept in that folder, and when they are
    /// there they are read instead (the text Tesseract's page analysis missed read again from the kept picture).
    func read(recognizer: Recognizer, keepingIn kept: URL? = nil) throws(BanmianError) -> ALTOPage {
        let keptPicture = kept?.appendingPathComponent("\(name).\(resolution)dpi.jpg")
        let keptALTO = kept?.appendingPathComponent("\(name).\(resolution)dpi.\(recognizer.languages).alto.xml")
        if let keptALTO, let keptPicture, let data = FileManager.default.contents(atPath: keptALTO.path) {
            guard let page = try recognizer.read(alto: data, picture: keptPicture.path, source: keptALTO.path, pixelsPerInch: Double(resolution)).first else {
                throw BanmianError(.empty, source: keptALTO.path, detail: "has no page", advice: "delete it to recognize the scan again")
            }
            return page
        }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("banmian-scan-\(UUID().uuidString)")
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        } catch {
            throw BanmianError(.unreadable, source: pdf, detail: "cannot be scanned (no temporary folder)", advice: "check TMPDIR")
        }
        defer { try? FileManager.default.removeItem(at: folder) }
        let sheets = folder.appendingPathComponent("sheet").path
        let drawn = try ExternalTool.pdftoppm.run(["-r", String(resolution), "-gray", "-png", pdf, sheets], source: pdf)
        let pictures = ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).filter { $0.hasPrefix("sheet") }.sorted()
        guard drawn.status == 0, !pictures.isEmpty else {
            throw BanmianError(.damaged, source: pdf, detail: "could not be drawn (\(drawn.errors.split(separator: "\n").first ?? "pdftoppm failed"))", advice: "check the corpus PDF")
        }
        let scan = folder.appendingPathComponent("scan.jpg").path
        let damage = [
            "-append", "-background", "white", "-rotate", String(angle), "-seed", "7", "-attenuate", "0.35", "+noise", "Gaussian", "-blur", "0x0.6",
            "-density", String(resolution), "-units", "PixelsPerInch", "-quality", "70", scan,
        ]
        let damaged = try ExternalTool.convert.run(pictures.map { folder.appendingPathComponent($0).path } + damage, source: pdf)
        guard damaged.status == 0, FileManager.default.fileExists(atPath: scan) else {
            throw BanmianError(.unreadable, source: pdf, detail: "could not be damaged (\(damaged.errors.split(separator: "\n").first ?? "convert failed"))", advice: "install imagemagick")
        }
        if let kept, let keptPicture {
            try? FileManager.default.createDirectory(at: kept, withIntermediateDirectories: true)
            try? FileManager.default.removeItem(at: keptPicture)
            try? FileManager.default.copyItem(atPath: scan, toPath: keptPicture.path)
        }
        let source = "\(name) (scan at \(resolution) dpi)"
        guard let page = try recognizer.recognize(image: scan, source: source, pixelsPerInch: Double(resolution), keepingALTOAt: keptALTO?.path).first else {
            throw BanmianError(.empty, source: pdf, detail: "gave Tesseract no page", advice: "check the corpus PDF")
        }
        return page
    }
}

/// The character error rate of an OCR reading against the page's text layer: each recognized word is laid on
/// the PDF line it stands on (its centre taken from the picture's centre: the reader has turned the skewed
/// words back about it), each line's text compared by edit distance with the words laid on it, left to right;
/// a recognized word on no line counts as inserted, a line nothing was read on as deleted. Words, not the
/// engine's lines, are laid: an engine's line may run on across a narrow gutter into the next column, which is
/// a fault of the layout, not of the characters. White space is left out and both sides are NFKC-folded
/// (full-width digits are the same digits).
enum CharacterErrors {
    /// Errors and the characters of the truth, which add up over pages.
    static func count(recognized: ALTOPage, truth: PDFPage) -> (errors: Int, characters: Int) {
        let lines = PDFReader.textLines(truth)
        var onLine: [Int: [(x: Double, text: String)]] = [:]
        var inserted = 0
        for word in recognized.recognizedWords {
            let box = word.box
            // The picture of a turned page is larger than the page, with the page in its middle.
            let x = box.x + box.width / 2 - recognized.size.width / 2 + truth.width / 2
            let y = box.y + box.height / 2 - recognized.size.height / 2 + truth.height / 2
            let nearest = lines.indices.filter { index in
                guard let line = lines[index].box else { return false }
                return x >= line.x - 2 && x <= line.maxX + 2 && y >= line.y - 2 && y <= line.maxY + 2
            }.min { distance(lines[$0].box, x, y) < distance(lines[$1].box, x, y) }
            if let nearest {
                onLine[nearest, default: []].append((box.x, word.text))
            } else {
                inserted += Scorer.folded(word.text).count
            }
        }
        var errors = inserted
        var characters = 0
        for (index, line) in lines.enumerated() {
            let truthText = Scorer.folded(line.text)
            characters += truthText.count
            let read = Scorer.folded((onLine[index] ?? []).sorted { $0.x < $1.x }.map(\.text).joined())
            errors += EditDistance.distance(truthText, read)
        }
        return (errors, characters)
    }

    private static func distance(_ box: BoundingBox?, _ x: Double, _ y: Double) -> Double {
        guard let box else { return .infinity }
        return abs(box.y + box.height / 2 - y) + abs(box.x + box.width / 2 - x) / 10
    }
}
