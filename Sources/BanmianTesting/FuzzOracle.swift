import Banmian
import BanmianPDF
import Foundation

/// What a fuzz input must never do, checked: every input gives pages or an error that names it and its reason;
/// no letter of a page that was read goes missing; a damaged PDF read in part says so.
public enum FuzzOracle {
    /// Something an input did that it must not.
    public struct Finding: Sendable, Equatable, CustomStringConvertible {
        public enum Kind: String, Sendable, Codable, CaseIterable {
            /// The process died (found by the fuzzer's supervisor).
            case crash
            /// No answer within the time limit (found by the supervisor).
            case hang
            /// Letters of a page that was read are in no article and no unassigned entry.
            case lostText
            /// A damaged PDF read with much of its text missing and no warning.
            case silentLoss
            /// Neither a page nor an error: the input vanished.
            case nothing
            /// An error that does not name the input, or gives no reason.
            case badError
        }

        public var kind: Kind
        public var detail: String

        public init(_ kind: Kind, _ detail: String) {
            self.kind = kind
            self.detail = detail
        }

        public var description: String { "\(kind.rawValue): \(detail)" }
    }

    /// What an input gave: its pages, its errors, and what was wrong.
    public struct Outcome: Sendable {
        public var pages: [PageResult] = []
        public var errors: [BanmianError] = []
        public var findings: [Finding] = []
    }

    /// Reads `data` as a file of page text named `name`, as `banmian extract` does (page by page), and checks it.
    public static func checkText(_ data: Data, name: String = "fuzz.txt", pipeline: Pipeline = Pipeline()) -> Outcome {
        var outcome = Outcome()
        var splitter = pipeline.pages(of: DataSource(data), named: name)
        while true {
            let page: PageText
            do throws(BanmianError) {
                guard let next = try splitter.next() else { break }
                page = next
            } catch {
                outcome.errors.append(error)
                break
            }
            do throws(BanmianError) {
                guard let result = try pipeline.extract(page) else { continue }
                outcome.pages.append(result)
                let text = try pipeline.normalizedText(of: page)
                let missing = TextAccounting.missingLetters(from: text, in: [result])
                if !missing.isEmpty {
                    let letters = missing.sorted { $0.key.value < $1.key.value }.prefix(20).map { "\(String($0.key))×\($0.value)" }.joined(separator: " ")
                    outcome.findings.append(Finding(.lostText, "page \(page.position): \(missing.values.reduce(0, +)) letters in no article or entry: \(letters)"))
                }
            } catch {
                outcome.errors.append(error)
            }
        }
        if outcome.pages.isEmpty && outcome.errors.isEmpty {
            outcome.errors.append(BanmianError.noText(name))  // what `extract` reports for a file that gave nothing
        }
        outcome.findings += errorFindings(outcome.errors, name: name)
        return outcome
    }

    /// Reads the PDF at `path` as `banmian extract` does and checks it against `originalLetters`, the letters
    /// the undamaged file gives (nil when unknown): reading under nine tenths of them needs a warning.
    public static func checkPDF(
        path: String, pages: ClosedRange<Int>? = nil, originalLetters: Int?, pipeline: Pipeline = Pipeline(), settings: PDFReader.Settings = .init()
    ) -> Outcome {
        var outcome = Outcome()
        do throws(BanmianError) {
            let document = try PDFReader.readDocument(path: path, pages: pages, settings: settings)
            outcome.pages = pipeline.extract(document, firstNumber: nil)
        } catch {
            outcome.errors.append(error)
        }
        outcome.findings += errorFindings(outcome.errors, name: path)
        // Letters of a range of pages are not those of the whole file: the loss check is for whole files.
        if let originalLetters, pages == nil, !outcome.pages.isEmpty {
            let letters = TextAccounting.heldLetters(of: outcome.pages).values.reduce(0, +)
            let warned = outcome.pages.contains { $0.diagnostics.contains { $0.severity == .warning } }
            if letters * 10 < originalLetters * 9, !warned {
                outcome.findings.append(Finding(.silentLoss, "\(letters) of \(originalLetters) letters read, and no warning"))
            }
        }
        return outcome
    }

    /// The letters a PDF gives when read whole and healthy.
    public static func letters(ofPDF path: String) -> Int? {
        guard let document = try? PDFReader.readDocument(path: path) else { return nil }
        return TextAccounting.heldLetters(of: Pipeline().extract(document, firstNumber: nil)).values.reduce(0, +)
    }

    static func errorFindings(_ errors: [BanmianError], name: String) -> [Finding] {
        errors.compactMap { error in
            if !error.description.hasPrefix(name) { return Finding(.badError, "an error that does not name the input: \(error)") }
            if error.detail.trimmingCharacters(in: .whitespaces).isEmpty || error.advice.isEmpty {
                return Finding(.badError, "an error without a reason or advice: \(error)")
            }
            return nil
        }
    }
}
