import Banmian
import BanmianLibrary
import BanmianPDF
import BanmianTestHelpers
import Foundation
import Testing

/// ALTO pages read into lines with boxes, type sizes and faces, in points: the same path as a PDF page.
@Suite struct ALTOReaderTests {
    static let real = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("shared/samples/real")

    @Test func theRealPageFromItsALTOGivesAsManyArticlesWithHeadlinesAsFromItsPDF() throws {
        let alto = Self.real.appendingPathComponent("evening-star-1862-08-25-p7.alto.xml")
        let pdf = Self.real.appendingPathComponent("evening-star-1862-08-25-p7.pdf")
        guard FileManager.default.fileExists(atPath: alto.path) else {
            Issue.record("\(alto.path) is missing: the shared folder must sit beside the repository (../shared)")
            return
        }
        let page = try #require(try ALTOReader.read(path: alto.path).first)

        let fromALTO = Pipeline().extract(page, source: alto.lastPathComponent)
        let fromPDF = Pipeline().extract(try #require(try PDFReader.read(path: pdf.path).first), source: PageSource(name: pdf.lastPathComponent, data: Data()))
        // A headline as printed: two words or more, opening on a capital or a figure (not `the`, `She`, `, and`:
        // body words an OCR layer's sizes set apart).
        let headed = { (result: PageResult) in
            result.articles.compactMap(\.headline).filter { headline in
                headline.split(separator: " ").count >= 2 && (headline.first.map { $0.isUppercase || $0.isNumber } ?? false)
            }.count
        }
        #expect(headed(fromALTO) >= headed(fromPDF))

        // Headings and the datelined text under them, as printed (and as the OCR spelled them).
        let printed = [
            ("LATER FROM NEW ORLEANS.", "New Obi.ba.i?, Aug."), ("LATER FROM EUROPE.", "Cape Rac*, Auji. 23"),
            ("Defeat ?f a Federal Regiment by Mergan's", "Looisvillk, Aug. 23"), ("Riot is the New Yerk Empire Brigade.", "New Yoke, Aug. 24"),
        ]
        for (headline, opening) in printed {
            let article = fromALTO.articles.first { $0.headline == headline }
            #expect(article?.sections.first?.paragraphs.first?.text.hasPrefix(opening) == true, "\(headline) over \(opening)")
        }
    }
}

/// ALTO written as libraries write it, in each unit and version: what each line becomes.
@Suite struct ALTOLinesTests {
    /// An ALTO 4 page in tenths of a millimetre, Chinese: a bold 24-point headline over 10-point body lines.
    static let chinese = """
        <?xml version="1.0" encoding="UTF-8"?>
        <alto xmlns="http://www.loc.gov/standards/alto/ns-v4#">
        <Description><MeasurementUnit>mm10</MeasurementUnit></Description>
        <Styles>
        <TextStyle ID="H" FONTFAMILY="FZHei" FONTSIZE="24" FONTSTYLE="bold"/>
        <TextStyle ID="B" FONTFAMILY="FZShuSong" FONTSIZE="10"/>
        </Styles>
        <Layout><Page ID="P1" WIDTH="2970" HEIGHT="4200" PHYSICAL_IMG_NR="1">
        <PrintSpace>
        <TextBlock ID="TB1"><TextLine ID="L1" STYLEREFS="H" HPOS="100" VPOS="200" WIDTH="1200" HEIGHT="90">
        <String CONTENT="春节" HPOS="100" VPOS="200" WIDTH="200" HEIGHT="90"/><String CONTENT="团拜会举行" HPOS="300" VPOS="200" WIDTH="500" HEIGHT="90"/>
        </TextLine></TextBlock>
        <TextBlock ID="TB2"><TextLine ID="L2" STYLEREFS="B" HPOS="100" VPOS="400" WIDTH="800" HEIGHT="40">
        <String CONTENT="本报北京" HPOS="100" VPOS="400" WIDTH="160" HEIGHT="40"/><String CONTENT="1月5日电" HPOS="260" VPOS="400" WIDTH="160" HEIGHT="40"/><SP/><String CONTENT="Xinhua" HPOS="440" VPOS="400" WIDTH="100" HEIGHT="40"/><SP/><String CONTENT="news" HPOS="560" VPOS="400" WIDTH="100" HEIGHT="40"/>
        </TextLine>
        <TextLine ID="L3" STYLEREFS="B" HPOS="100" VPOS="450" WIDTH="800" HEIGHT="40">
        <String CONTENT="inter" HPOS="100" VPOS="450" WIDTH="160" HEIGHT="40"/><HYP CONTENT="-"/>
        </TextLine></TextBlock>
        </PrintSpace></Page></Layout></alto>
        """

    @Test func aChinesePageInTenthsOfAMillimetre() throws {
        let page = try #require(try ALTOReader.parse(Data(Self.chinese.utf8), source: "p1.alto.xml").first)
        #expect(abs(page.size.width - 841.89) < 0.1 && abs(page.size.height - 1190.55) < 0.1, "A3 in points")
        #expect(page.lines.map(\.text) == ["春节团拜会举行", "本报北京1月5日电 Xinhua news", "inter-"])
        let headline = page.lines[0]
        #expect(headline.fontSize == 24 && headline.face == TypeFace(font: "FZHei-Bold", color: 0))
        #expect(page.lines[1].fontSize == 10 && page.lines[1].face?.font == "FZShuSong")
        let box = try #require(headline.box)
        #expect(abs(box.x - 28.35) < 0.01 && abs(box.y - 56.69) < 0.01 && abs(box.width - 340.16) < 0.01)
        #expect(!page.isRecognized && page.doubtfulWords.isEmpty)
        // Set in type: sizes and faces reach the pipeline, and the headline heads the article.
        let result = Pipeline().extract(page, source: "p1.alto.xml")
        #expect(result.size == page.size)
        #expect(result.articles.first?.headline == "春节团拜会举行")
    }

    /// ALTO 2 in pixels (300 dpi), OCR'd: lines without boxes take their words'; words under the confidence
    /// threshold are reported and kept; a String's own STYLE is read.
    @Test func anOCRPageInPixels() throws {
        let alto = """
            <alto xmlns="http://schema.ccs-gmbh.com/ALTO"><Description><MeasurementUnit>pixel</MeasurementUnit></Description>
            <Layout><Page ID="P1" WIDTH="3000" HEIGHT="4500"><PrintSpace><TextBlock>
            <TextLine><String CONTENT="The" HPOS="300" VPOS="600" WIDTH="90" HEIGHT="30" WC="0.98"/><SP/><String CONTENT="Evening" HPOS="400" VPOS="590" WIDTH="200" HEIGHT="40" WC="0.31" STYLE="bold"/></TextLine>
            </TextBlock></PrintSpace></Page>
            <Page ID="P2" WIDTH="3000" HEIGHT="4500"><PrintSpace/></Page></Layout></alto>
            """
        let pages = try ALTOReader.parse(Data(alto.utf8), source: "scan.xml")
        #expect(pages.count == 2 && pages[1].lines.isEmpty && pages[1].index == 2)
        let page = pages[0]
        #expect(page.size == PageSize(width: 720, height: 1080))
        #expect(page.lines.map(\.text) == ["The Evening"])
        let box = try #require(page.lines.first?.box)
        #expect(box.x == 72 && box.y == 141.6 && box.width == 72 && abs(box.height - 9.6) < 0.001)
        #expect(page.isRecognized && page.doubtfulWords == [ALTOPage.DoubtfulWord(line: 1, word: "Evening", confidence: 0.31)])
        let result = Pipeline().extract(page, source: "scan.xml")
        #expect(result.diagnostics.contains { $0.code == .doubtfulWords && $0.message.contains("Evening (line 1, 0.31)") })
        let placed = result.articles.flatMap { [$0.headline ?? ""] + $0.sections.flatMap { $0.paragraphs.map(\.text) } } + result.unassigned.map(\.text)
        #expect(placed.joined().contains("Evening"), "kept")
    }

    @Test(arguments: [
        ("<html><body>not alto</body></html>", "its root element is not alto"), ("<alto><Layout><Page", "not a readable ALTO file"),
        ("<alto><Layout/></alto>", "without a Page"), ("", "not a readable ALTO file"),
    ])
    func whatIsNotALTOIsNamed(_ text: String, _ reason: String) {
        #expect(throws: BanmianError.self) { try ALTOReader.parse(Data(text.utf8), source: "bad.xml") }
        do {
            _ = try ALTOReader.parse(Data(text.utf8), source: "bad.xml")
        } catch {
            #expect("\(error)".contains("bad.xml") && "\(error)".contains(reason), "\(error)")
        }
    }
}

/// Banmian's own ALTO: valid against ALTO 4.4, and read back into the articles the PDF gave.
@Suite struct ALTOWriterTests {
    static let corpus = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Benchmarks/Corpus/pages")
    static let schema = ALTOReaderTests.real.deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("schemas/alto-4-4.xsd")

    /// Every PDF page of the corpus read without its drawings (rules and frames, which ALTO does not carry yet),
    /// written as ALTO, checked against the ALTO 4.4 schema and read back: the same lines, boxes, sizes, faces and
    /// indents give the same articles, Chinese and English.
    @Test func everyCorpusPDFPageWrittenAsALTOIsValidAndReadsBackTheSame() throws {
        let names = try FileManager.default.contentsOfDirectory(atPath: Self.corpus.path).filter { $0.hasSuffix(".pdf") }.sorted()
        #expect(names.count > 50)
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("banmian-alto-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        var differing: [String] = []
        for name in names {
            let pdf = Self.corpus.appendingPathComponent(name)
            let page = try #require(try PDFReader.readDocument(path: pdf.path, settings: PDFReader.Settings(drawings: false)).pages.first)
            let original = Pipeline().extract(page, source: PageSource(name: name, data: Data()))
            let file = folder.appendingPathComponent(name + ".alto.xml")
            try Data(ALTOWriter.document(for: original).utf8).write(to: file)
            let reread = Pipeline().extract(try #require(try ALTOReader.read(path: file.path).first), source: name)
            let summary = { (result: PageResult) in result.articles.map { [$0.headline ?? "-"] + $0.sections.flatMap { $0.paragraphs.map(\.text) } } }
            if summary(reread) != summary(original) || reread.unassigned.map(\.text) != original.unassigned.map(\.text) { differing.append(name) }
        }
        #expect(differing.isEmpty, "read back otherwise: \(differing)")
        let lint = Process()
        lint.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        lint.arguments = ["xmllint", "--noout", "--nonet", "--schema", Self.schema.path] + names.map { folder.appendingPathComponent($0 + ".alto.xml").path }
        let errors = Pipe()
        lint.standardError = errors
        try lint.run()
        let message = String(decoding: BuiltProducts.readAll(errors.fileHandleForReading), as: UTF8.self)
        lint.waitUntilExit()
        #expect(lint.terminationStatus == 0, "xmllint (libxml2-utils, from scripts/setup.sh): \(message.prefix(2000))")
        #expect(message.components(separatedBy: " validates").count - 1 == names.count)
    }
}
