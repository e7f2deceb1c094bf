import Banmian
import Foundation
import GRDB

/// The files the archive keeps beside its database so that the reader can draw any page even after the files it
/// was read from have moved: PDFs (`originals/HASH.pdf`) and page pictures read by OCR (`originals/HASH.picture`,
/// a scan in the format it came in, told by its content as ImageMagick tells it).
extension SQLiteArchive {
    var originals: URL { folder.appendingPathComponent("originals", isDirectory: true) }

    /// Where the copy of the file with this content hash is kept, as a PDF or as a picture; nil for a hash that
    /// is not one (it names a file).
    func original(hash: String, picture: Bool) -> URL? {
        guard !hash.isEmpty, hash.allSatisfy(\.isHexDigit) else { return nil }
        return originals.appendingPathComponent(hash + (picture ? ".picture" : ".pdf"))
    }

    /// Keeps a copy of the PDF or page picture at `path` (other files are not drawn by the reader: nothing is
    /// kept of them).
    public func keepOriginal(of path: String, hash: String) throws {
        let kind = InputKind.of(path: path)
        guard kind == .pdf || kind == .image, let kept = original(hash: hash, picture: kind == .image) else { return }
        if FileManager.default.fileExists(atPath: kept.path) { return }
        try FileManager.default.createDirectory(at: originals, withIntermediateDirectories: true)
        // Copied under a passing name, then renamed: a run killed mid-copy leaves no half file under the real one.
        let partial = originals.appendingPathComponent(".\(hash)-\(UUID().uuidString).partial")
        defer { try? FileManager.default.removeItem(at: partial) }
        try FileManager.default.copyItem(at: URL(fileURLWithPath: path), to: partial)
        if rename(partial.path, kept.path) != 0, !FileManager.default.fileExists(atPath: kept.path) {
            throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: kept.path])
        }
    }

    public func picture(ofPage id: String) throws -> ArchiveView.PictureSource? {
        guard let page = try pool.read({ db in try PageRecord.fetchOne(db, key: id) }) else { return nil }
        return pictureSource(of: page)
    }

    /// The kept file of `page` and the page's place in it: `file.pdf#3` is its third page (`scan.tif#3` its
    /// third frame), `file.pdf` a one-page file.
    func pictureSource(of page: PageRecord) -> ArchiveView.PictureSource? {
        var index = 1
        if let mark = page.source.lastIndex(of: "#"), let number = Int(page.source[page.source.index(after: mark)...]), number > 0 {
            index = number
        }
        for picture in [false, true] {
            if let kept = original(hash: page.sourceHash, picture: picture), FileManager.default.fileExists(atPath: kept.path) {
                return ArchiveView.PictureSource(file: kept, page: index, hash: page.sourceHash, isPicture: picture)
            }
        }
        return nil
    }
}

extension SQLiteArchive {
    /// The database file's and its write-ahead log's sizes and times: every commit writes the log (and a checkpoint
    /// the file), so the mark moves with every stored issue.
    public func changeMark() -> String {
        ["archive.sqlite", "archive.sqlite-wal"].map { name in
            var info = stat()
            guard stat(folder.appendingPathComponent(name).path, &info) == 0 else { return "-" }
            return "\(info.st_size):\(info.st_mtim.tv_sec).\(info.st_mtim.tv_nsec)"
        }.joined(separator: "/")
    }

    /// The database file's identity (device and inode): an archive made anew in the same folder is another file.
    func databaseFile() -> UInt64 {
        var info = stat()
        guard stat(folder.appendingPathComponent("archive.sqlite").path, &info) == 0 else { return 0 }
        return UInt64(truncatingIfNeeded: info.st_ino) &* 31 &+ UInt64(truncatingIfNeeded: info.st_dev)
    }
}
