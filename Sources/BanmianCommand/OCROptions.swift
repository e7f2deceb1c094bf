import ArgumentParser
import BanmianOCR

/// `--ocr` and `--lang`: page pictures and scanned PDF pages read with Tesseract.
struct OCROptions: ParsableArguments {
    @Flag(help: "Read page pictures (PNG, JPEG, TIFF…) and PDF pages without a text layer with Tesseract (tesseract-ocr), one page per core.")
    var ocr = false

    @Option(help: "Tesseract's languages for --ocr, joined by + (chi_sim, chi_tra, eng: tesseract --list-langs).")
    var lang: String = Recognizer.defaultLanguages

    @Flag(
        inversion: .prefixedNo,
        help: "Read a scan's lines of large type and the ink Tesseract's page analysis left unread a second time (one more Tesseract run a page, about a sixth more time; headlines read better).")
    var secondReading = true

    /// The recognizer `--ocr` asks for, or nil.
    var recognizer: Recognizer? { ocr ? Recognizer(languages: lang, secondReading: secondReading) : nil }

    func validate() throws {
        guard Recognizer.isLanguageList(lang) else { throw ValidationError("--lang takes Tesseract's language names joined by +, e.g. chi_sim+eng") }
    }
}
