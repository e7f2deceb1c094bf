import Foundation
import GRDB

/// The PDFs the archive keeps beside its database (`originals/HASH.pdf`), so that the reader can draw any page
/// even after the files it was read from have moved.
extension SQLiteArchive {
    var originals: URL { folder.appendingPathComponent("originals", isDirectory: true) }

    /// The kept copy of the file with this content hash; nil for a hash that is not one (it names a file).
    func original(hash: String) -> URL? {
        guard !hash.isEmpty, hash.allSatisfy(\.isHexDigit) else { return nil }
        return originals.appendingPathComponent(hash + ".pdf")
    }

    public func keepOriginal(of path: String, hash: String) throws {
        guard let kept = original(hash: hash) else { return }
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

    /// The kept PDF of `page` and the page's place in it: `file.pdf#3` is its third page, `file.pdf` a one-page file.
    func pictureSource(of page: PageRecord) -> ArchiveView.PictureSource? {
        guard let pdf = original(hash: page.sourceHash), FileManager.default.fileExists(atPath: pdf.path) else { return nil }
        var index = 1
        if let mark = page.source.lastIndex(of: "#"), let number = Int(page.source[page.source.index(after: mark)...]), number > 0 {
            index = number
        }
        return ArchiveView.PictureSource(pdf: pdf, page: index, hash: page.sourceHash)
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
}
