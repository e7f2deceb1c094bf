import Banmian
import BanmianLibrary
import BanmianPDF
import Foundation

extension Pipeline {
    /// Rebuilds the pages of a picture file (a scan: PNG, JPEG, TIFF…) read by `recognizer`, as ALTO pages are;
    /// `firstNumber` (`--page`) numbers the first page and the others count on from it.
    public func extract(picture path: String, recognizer: Recognizer, firstNumber: Int?) throws(BanmianError) -> [PageResult] {
        let resolution = PageImage.resolution(of: path)
        let pages = try recognizer.recognize(image: path, source: path, pixelsPerInch: resolution.pixelsPerInch)
        return pages.enumerated().map { offset, page in
            var result = extract(page, source: path, several: pages.count > 1, number: firstNumber.flatMap { PageReference.number($0, countedOnBy: offset) })
            result.diagnostics.append(Self.recognizedNote(result.source, recognizer: recognizer, resolution: resolution))
            return result
        }
    }

    /// Rebuilds the pages of a PDF as `extract(_:firstNumber:)`, each page without a text layer read by
    /// `recognizer` from its picture (the pages of a scan, or a scanned page among typeset ones). A page OCR could
    /// not read keeps its warning, with the reason. Pages are read on every core.
    public func extract(_ document: PDFDocument, firstNumber: Int?, recognizer: Recognizer) -> [PageResult] {
        var results = extract(document, firstNumber: firstNumber)
        let scanned = results.indices.filter { index in results[index].diagnostics.contains { $0.code == .noTextLayer } }
        guard !scanned.isEmpty else { return results }
        let several = document.pages.count > 1
        let read = ConcurrentResults<Result<PageResult, BanmianError>>(count: scanned.count)
        DispatchQueue.concurrentPerform(iterations: scanned.count) { slot in
            let index = scanned[slot]
            let number = firstNumber.flatMap { PageReference.number($0, countedOnBy: index) }
            do throws(BanmianError) {
                let page = try recognizer.recognize(pdf: document.path, page: document.pages[index].index)
                var result = extract(page, source: document.path, several: several, number: number)
                result.diagnostics.append(
                    Self.recognizedNote(result.source, recognizer: recognizer, resolution: PageImage.Resolution(pixelsPerInch: Double(recognizer.resolution), stated: true)))
                read.set(slot, .success(result))
            } catch {
                read.set(slot, .failure(error))
            }
        }
        for (slot, index) in scanned.enumerated() {
            switch read.values[slot] {
            case .success(var result):
                if index == 0 { result.diagnostics.insert(contentsOf: document.problems, at: 0) }
                results[index] = result
            case .failure(let error):
                results[index].diagnostics.append(Diagnostic(code: .pageUnreadable, severity: .warning, message: "\(results[index].source): OCR failed: \(error.description)"))
            case nil: break
            }
        }
        return results
    }

    /// Says that a page's text is Tesseract's reading, in which languages and at what resolution.
    static func recognizedNote(_ source: String, recognizer: Recognizer, resolution: PageImage.Resolution) -> Diagnostic {
        let dpi = "\(Int(resolution.pixelsPerInch.rounded())) dpi" + (resolution.stated ? "" : " (taken: the picture does not say)")
        return Diagnostic(
            code: .recognized, severity: .info,
            message: "\(source): text read by OCR (Tesseract, \(recognizer.languages), \(dpi)); check names and numbers against the page")
    }
}

/// Results set from several threads, each in its own slot.
public final class ConcurrentResults<Value>: @unchecked Sendable {
    private let lock = NSLock()
    private var slots: [Value?]

    public init(count: Int) { slots = Array(repeating: nil, count: count) }

    public func set(_ index: Int, _ value: Value) {
        lock.lock()
        slots[index] = value
        lock.unlock()
    }

    public var values: [Value?] {
        lock.lock()
        defer { lock.unlock() }
        return slots
    }
}
