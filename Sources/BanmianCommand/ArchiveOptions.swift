import ArgumentParser
import Banmian
import BanmianArchive
import Foundation

/// `--archive DIR`, shared by the commands that use the archive.
struct ArchiveOptions: ParsableArguments {
    @Option(name: .customLong("archive"), help: "The archive folder (created by ingest when missing).", completion: .directory)
    var folder: String = "banmian-archive"

    /// Opens the archive; only `ingest` creates one.
    func open(create: Bool = false) throws -> SQLiteArchive { try Self.open(folder, create: create) }

    static func open(_ folder: String, create: Bool = false) throws -> SQLiteArchive {
        do {
            return try SQLiteArchive(folder: folder, create: create)
        } catch {
            Console.error(error.description)
            throw ExitCode(2)
        }
    }
}
