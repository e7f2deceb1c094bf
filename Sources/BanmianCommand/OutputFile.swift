import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// A file a command writes (`--output`): a regular file appears whole when the command ends (written beside it
/// under a temporary name, then renamed over it); a device, pipe or socket (`/dev/null`, `/dev/stdout`, a FIFO)
/// is written directly and never replaced.
final class OutputFile {
    let handle: FileHandle
    /// The file being written and the name it takes at the end; nil when writing in place.
    private let partial: (written: URL, final: URL)?

    init(path: String) throws {
        var status = stat()
        if stat(path, &status) == 0, status.st_mode & S_IFMT != S_IFREG {
            guard status.st_mode & S_IFMT != S_IFDIR, let handle = FileHandle(forWritingAtPath: path) else {
                throw CocoaError(.fileWriteNoPermission, userInfo: [NSFilePathErrorKey: path])
            }
            self.handle = handle
            partial = nil
            return
        }
        let final = URL(fileURLWithPath: path)
        let written = final.deletingLastPathComponent().appendingPathComponent(".\(final.lastPathComponent).banmian-\(UUID().uuidString)")
        guard FileManager.default.createFile(atPath: written.path, contents: nil) else {
            throw CocoaError(.fileWriteNoPermission, userInfo: [NSFilePathErrorKey: path])
        }
        handle = try FileHandle(forWritingTo: written)
        partial = (written, final)
    }

    deinit {
        if let partial { try? FileManager.default.removeItem(at: partial.written) }
    }

    /// Closes the file and, for a regular file, gives it its name.
    func finish() throws {
        try handle.close()
        if let partial {
            guard rename(partial.written.path, partial.final.path) == 0 else {
                throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: partial.final.path])
            }
        }
    }
}
