import ArgumentParser
import BanmianOCR

/// `--ocr` and `--lang`: page pictures and scanned PDF pages read with Tesseract.
struct OCROptions: ParsableArguments {
    @Flag(help: "Read page pictures (PNG, JPEG, TIFF…) and PDF pages without a text layer with Tesseract (tesseract-ocr), one page per core.")
    var ocr = false

    @Option(help: "Tesseract's languages for --ocr, joined by + (chi_sim, chi_tra, eng: tesseract --list-langs).")
    var lang: String = Recognizer.defaultLanguages

    /// The recognizer `--ocr` asks for, or nil.
    var recognizer: Recognizer? { ocr ? Recognizer(languages: lang) : nil }

    func validate() throws {
        guard Recognizer.isLanguageList(lang) else { throw ValidationError("--lang takes Tesseract's language names joined by +, e.g. chi_sim+eng") }
    }
}
