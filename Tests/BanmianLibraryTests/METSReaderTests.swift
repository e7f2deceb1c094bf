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

        try FileManager.default.removeItem(at: folder.appendingPathComponent("alto/0002.xml"))
        #expect(throws: BanmianError.self) { try METSReader.read(path: path) }
    }

    @Test func whatIsNotMETSIsNamed() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("banmian-\(UUID().uuidString).xml")
        try Data("<alto/>".utf8).write(to: file)
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
