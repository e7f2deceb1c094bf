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

    /// The page read by OCR from its damaged picture.
    func read(recognizer: Recognizer) throws(BanmianError) -> ALTOPage {
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
        guard let page = try recognizer.recognize(image: scan, source: "\(name) (scan at \(resolution) dpi)", pixelsPerInch: Double(resolution)).first else {
            throw BanmianError(.empty, source: pdf, detail: "gave Tesseract no page", advice: "check the corpus PDF")
        }
        return page
    }
}

/// The character error rate of an OCR reading against the page's text layer: each recognized line is laid on
/// the PDF line it stands on (its centre turned back by the scan's skew), the lines' texts compared by edit
/// distance; recognized text on no line counts as inserted, a line nothing was read on as deleted. White space is
/// left out and both sides are NFKC-folded (full-width digits are the same digits).
enum CharacterErrors {
    /// Errors and the characters of the truth, which add up over pages.
    static func count(recognized: ALTOPage, truth: PDFPage, angle: Double) -> (errors: Int, characters: Int) {
        let lines = PDFReader.textLines(truth)
        let truthBoxes = lines.map { $0.box }
        var onLine: [Int: [(x: Double, text: String)]] = [:]
        var inserted = 0
        let radians = -angle * Double.pi / 180
        let (turnedWidth, turnedHeight) = (recognized.size.width, recognized.size.height)
        for line in recognized.lines {
            guard let box = line.box else {
                inserted += Scorer.folded(line.text).count
                continue
            }
            // The centre on the unturned page: turned back about the picture's centre.
            let (dx, dy) = (box.x + box.width / 2 - turnedWidth / 2, box.y + box.height / 2 - turnedHeight / 2)
            let x = dx * cos(radians) - dy * sin(radians) + truth.width / 2
            let y = dx * sin(radians) + dy * cos(radians) + truth.height / 2
            let candidates = truthBoxes.indices.filter { index in
                guard let truthBox = truthBoxes[index] else { return false }
                return x >= truthBox.x - 2 && x <= truthBox.x + truthBox.width + 2 && y >= truthBox.y - 2 && y <= truthBox.y + truthBox.height + 2
            }
            let nearest = candidates.min { a, b in
                distance(truthBoxes[a], x, y) < distance(truthBoxes[b], x, y)
            }
            if let nearest {
                onLine[nearest, default: []].append((box.x, line.text))
            } else {
                inserted += Scorer.folded(line.text).count
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
