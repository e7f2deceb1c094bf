import Banmian
import Crypto
import Foundation

/// A file's content hash (SHA-256, hex): the same bytes under any name are the same file to the archive.
public enum ContentHash {
    /// Reads the file in pieces, so a large PDF is never held whole. Only regular files are read (`InputFile`
    /// refuses folders, pipes and devices by name), so hashing never waits on a pipe.
    public static func of(file path: String) throws(BanmianError) -> String {
        let file = try InputFile.open(path)
        var hasher = SHA256()
        while case let chunk = try file.read(upTo: 1 << 20), !chunk.isEmpty {
            hasher.update(data: chunk)
        }
        return hex(hasher.finalize())
    }

    private static func hex(_ digest: SHA256.Digest) -> String { digest.map { String(format: "%02x", $0) }.joined() }
}
