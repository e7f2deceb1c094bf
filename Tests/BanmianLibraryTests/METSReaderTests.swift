import Banmian
import BanmianLibrary
import Foundation
import Testing

/// METS as libraries write it: pages in the physical structure's ORDER, the ALTO file among each page's pointers
/// (images beside it skipped), paths relative to the METS file or `file:` URLs, title and date from MODS.
@Suite struct METSReaderTests {
    @Test func pagesInOrderWithTheirALTOFiles() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("banmian-mets-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("alto"), withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        for name in ["0001.xml", "0002.xml"] { try Data("<alto/>".utf8).write(to: folder.appendingPathComponent("alto/" + name)) }
        let mets = """
            <?xml version="1.0" encoding="UTF-8"?>
            <METS:mets xmlns:METS="http://www.loc.gov/METS/" xmlns:xlink="http://www.w3.org/1999/xlink" xmlns:MODS="http://www.loc.gov/mods/v3">
            <METS:dmdSec ID="d"><METS:mdWrap MDTYPE="MODS"><METS:xmlData><MODS:mods>
            <MODS:titleInfo><MODS:title>The Evening Star</MODS:title></MODS:titleInfo>
            <MODS:originInfo><MODS:dateIssued encoding="iso8601">1862-08-25</MODS:dateIssued></MODS:originInfo>
            </MODS:mods></METS:xmlData></METS:mdWrap></METS:dmdSec>
            <METS:fileSec>
            <METS:fileGrp USE="IMAGE"><METS:file ID="IMG1" MIMETYPE="image/tiff"><METS:FLocat LOCTYPE="URL" xlink:href="img/0001.tif"/></METS:file>
            <METS:file ID="IMG2" MIMETYPE="image/tiff"><METS:FLocat LOCTYPE="URL" xlink:href="img/0002.tif"/></METS:file></METS:fileGrp>
            <METS:fileGrp USE="FULLTEXT"><METS:file ID="ALTO1" MIMETYPE="text/xml"><METS:FLocat LOCTYPE="URL" xlink:href="file:alto/0001.xml"/></METS:file>
            <METS:file ID="ALTO2" MIMETYPE="text/xml"><METS:FLocat LOCTYPE="URL" xlink:href="\(folder.appendingPathComponent("alto/0002.xml").absoluteString)"/></METS:file></METS:fileGrp>
            </METS:fileSec>
            <METS:structMap TYPE="LOGICAL"><METS:div TYPE="ARTICLE"><METS:fptr><METS:area FILEID="ALTO2" BEGIN="B1" BETYPE="IDREF"/></METS:fptr></METS:div></METS:structMap>
            <METS:structMap TYPE="PHYSICAL"><METS:div TYPE="physSequence">
            <METS:div TYPE="page" ORDER="2"><METS:fptr FILEID="IMG2"/><METS:fptr FILEID="ALTO2"/></METS:div>
            <METS:div TYPE="page" ORDER="1"><METS:fptr FILEID="IMG1"/><METS:fptr FILEID="ALTO1"/></METS:div>
            </METS:div></METS:structMap>
            </METS:mets>
            """
        let path = folder.appendingPathComponent("issue.xml").path
        try Data(mets.utf8).write(to: path.url)
        let issue = try METSReader.read(path: path)
        #expect(issue.pages == ["alto/0001.xml", "alto/0002.xml"].map { folder.appendingPathComponent($0).standardizedFileURL.path })
        #expect(issue.title == "The Evening Star" && issue.date == "1862-08-25")
        #expect(issue.articles.map { $0.parts.map { "\($0.file) \($0.block) \($0.role)" } } == [["\(issue.pages[1]) B1 ARTICLE"]])

        try FileManager.default.removeItem(at: folder.appendingPathComponent("alto/0002.xml"))
        #expect(throws: BanmianError.self) { try METSReader.read(path: path) }
    }

    /// Articles linked the other way archives write them: `structLink` arcs from the article's divs to divs of the
    /// physical structure that hold the areas; then read as the library segmented the page.
    @Test func articlesByStructLinkArcs() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("banmian-mets-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let alto = """
            <alto><Description><MeasurementUnit>pixel</MeasurementUnit></Description><Layout><Page WIDTH="2400" HEIGHT="3000"><PrintSpace>
            <TextBlock ID="TB1"><TextLine HPOS="100" VPOS="100" WIDTH="1000" HEIGHT="80"><String CONTENT="Gold" HPOS="100" VPOS="100" WIDTH="300" HEIGHT="80"/><SP/><String CONTENT="found" HPOS="450" VPOS="100" WIDTH="400" HEIGHT="80"/></TextLine></TextBlock>
            <TextBlock ID="TB2"><TextLine HPOS="100" VPOS="250" WIDTH="1000" HEIGHT="40"><String CONTENT="Miners" HPOS="100" VPOS="250" WIDTH="300" HEIGHT="40"/><SP/><String CONTENT="struck" HPOS="420" VPOS="250" WIDTH="300" HEIGHT="40"/><SP/><String CONTENT="gold." HPOS="740" VPOS="250" WIDTH="200" HEIGHT="40"/></TextLine></TextBlock>
            <TextBlock ID="TB3"><TextLine HPOS="1300" VPOS="250" WIDTH="1000" HEIGHT="40"><String CONTENT="Ships" HPOS="1300" VPOS="250" WIDTH="300" HEIGHT="40"/><SP/><String CONTENT="sailed." HPOS="1620" VPOS="250" WIDTH="300" HEIGHT="40"/></TextLine></TextBlock>
            </PrintSpace></Page></Layout></alto>
            """
        try Data(alto.utf8).write(to: folder.appendingPathComponent("0001.xml"))
        let mets = """
            <mets xmlns="http://www.loc.gov/METS/" xmlns:xlink="http://www.w3.org/1999/xlink">
            <fileSec><fileGrp USE="ALTO"><file ID="A1" MIMETYPE="text/xml"><FLocat xlink:href="0001.xml"/></file></fileGrp></fileSec>
            <structMap TYPE="PHYSICAL"><div TYPE="page" ORDER="1"><fptr FILEID="A1"/>
            <div ID="P1_AREA1" TYPE="area"><fptr><area FILEID="A1" BEGIN="TB1"/></fptr></div>
            <div ID="P1_AREA2" TYPE="area"><fptr><area FILEID="A1" BEGIN="TB2"/></fptr></div></div></structMap>
            <structMap TYPE="LOGICAL"><div ID="ART1" TYPE="ARTICLE"><div ID="HEAD1" TYPE="HEADLINE"/><div ID="BODY1" TYPE="BODY"/></div></structMap>
            <structLink><smLink xlink:from="HEAD1" xlink:to="P1_AREA1"/><smLink xlink:from="BODY1" xlink:to="P1_AREA2"/></structLink>
            </mets>
            """
        let path = folder.appendingPathComponent("issue.mets.xml").path
        try Data(mets.utf8).write(to: path.url)
        let issue = try METSReader.read(path: path)
        #expect(issue.articles.count == 1)
        #expect(issue.articles.first?.parts.map { "\($0.role) \($0.block)" } == ["HEADLINE TB1", "BODY TB2"])

        let page = try #require(try ALTOReader.read(path: issue.pages[0]).first)
        let result = try #require(Pipeline().extract([(issue.pages[0], page, 1)], articles: issue.articles).first)
        #expect(result.articles.count == 1)
        #expect(result.articles.first?.paragraphs == ["Miners struck gold."])
        #expect(result.unassigned.map(\.text) == ["Ships sailed."], "the block in no article")
        #expect(result.diagnostics.contains { $0.code == .libraryArticles })
    }

    @Test func whatIsNotMETSIsNamed() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("banmian-\(UUID().uuidString).xml")
        try Data("<alto/>".utf8).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        do {
            _ = try METSReader.read(path: file.path)
            Issue.record("read")
        } catch {
            #expect("\(error)".contains("its root element is not mets"))
        }
    }
}

extension String {
    fileprivate var url: URL { URL(fileURLWithPath: self) }
}
