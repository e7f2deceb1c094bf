import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A file of pages opened for reading, read a chunk at a time.
///
/// Only regular files are opened: a directory, a named pipe, a device or a socket is refused by name with what
/// it is, and opening never blocks (a named pipe with no writer would wait forever). Standard input is read as
/// it comes, whatever it is.
public final class InputFile: ByteSource, @unchecked Sendable {
    /// The name errors give: the path as given, or `-`.
    public let name: String
    /// The size in bytes of a regular file; nil for standard input.
    public let size: Int?
    private let descriptor: Int32
    private let closesDescriptor: Bool

    private init(name: String, descriptor: Int32, size: Int?, closesDescriptor: Bool) {
        self.name = name
        self.descriptor = descriptor
        self.size = size
        self.closesDescriptor = closesDescriptor
    }

    deinit {
        if closesDescriptor { _ = close(descriptor) }
    }

    /// Standard input, read until its end.
    public static var standardInput: InputFile { InputFile(name: "-", descriptor: STDIN_FILENO, size: nil, closesDescriptor: false) }

    /// Opens `path` if it is a regular file the user may read; otherwise throws an error that names it and
    /// says what it is instead.
    public static func open(_ path: String) throws(BanmianError) -> InputFile {
        // O_NONBLOCK: opening a named pipe must not wait for a writer; it is refused below.
        let descriptor = Glibc.open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard descriptor >= 0 else { throw openError(path, errno: errno) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else {
            let error = errno
            _ = close(descriptor)
            throw BanmianError(.unreadable, source: path, detail: "cannot be examined (\(String(cString: strerror(error))))", advice: "check the file")
        }
        if let what = kind(of: status.st_mode) {
            _ = close(descriptor)
            throw BanmianError(.notAFile, source: path, detail: "is \(what), not a file", advice: advice(for: status.st_mode))
        }
        // Back to blocking reads for the regular file.
        _ = fcntl(descriptor, F_SETFL, fcntl(descriptor, F_GETFL) & ~O_NONBLOCK)
        return InputFile(name: path, descriptor: descriptor, size: Int(status.st_size), closesDescriptor: true)
    }

    /// Up to `count` bytes, fewer only at the end; empty at the end.
    public func read(upTo count: Int) throws(BanmianError) -> Data {
        var data = Data(count: count)
        var filled = 0
        while filled < count {
            let got = data.withUnsafeMutableBytes { buffer -> Int in
                guard let base = buffer.baseAddress else { return 0 }
                return Glibc.read(descriptor, base + filled, count - filled)
            }
            if got == 0 { break }
            if got < 0 {
                let error = errno
                if error == EINTR { continue }
                if error == EAGAIN {  // standard input set non-blocking by another program: wait for it
                    var poller = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
                    _ = poll(&poller, 1, -1)
                    continue
                }
                throw BanmianError(
                    .unreadable, source: name, detail: "could not be read (\(String(cString: strerror(error))))",
                    advice: error == EISDIR ? "pass the page files inside the folder" : "check the file and the disk")
            }
            filled += got
        }
        data.count = filled
        return data
    }

    /// What a file that is not a regular file is, in words; nil for a regular file.
    static func kind(of mode: mode_t) -> String? {
        switch mode & S_IFMT {
        case S_IFREG: nil
        case S_IFDIR: "a directory"
        case S_IFIFO: "a named pipe (FIFO)"
        case S_IFCHR: "a character device"
        case S_IFBLK: "a block device"
        case S_IFSOCK: "a socket"
        default: "a special file"
        }
    }

    static func advice(for mode: mode_t) -> String {
        switch mode & S_IFMT {
        case S_IFDIR: "pass the page files inside it (e.g. folder/*.txt folder/*.pdf)"
        case S_IFIFO: "give a pipe's text on standard input instead (banmian extract < pipe), or save it to a file first"
        default: "pass a file of page text or a PDF"
        }
    }

    static func openError(_ path: String, errno error: Int32) -> BanmianError {
        switch error {
        case ENOENT: BanmianError(.unreadable, source: path, detail: "no such file", advice: "check the path")
        case EACCES, EPERM:
            BanmianError(.unreadable, source: path, detail: "may not be read (permission denied)", advice: "check the file's permissions (ls -l)")
        case ENOTDIR: BanmianError(.unreadable, source: path, detail: "no such file (a part of the path is not a folder)", advice: "check the path")
        case ELOOP: BanmianError(.unreadable, source: path, detail: "is a loop of symbolic links", advice: "check where the link points")
        case ENAMETOOLONG: BanmianError(.unreadable, source: path, detail: "is a path too long for the system", advice: "use a shorter path")
        case ENXIO: BanmianError(.notAFile, source: path, detail: "is a device or socket that cannot be opened, not a file", advice: "pass a file of page text or a PDF")
        default:
            BanmianError(.unreadable, source: path, detail: "cannot be opened (\(String(cString: strerror(error))))", advice: "check the path and the file")
        }
    }
}

/// Where page text comes from, a chunk at a time: a file, standard input, or bytes in memory.
public protocol ByteSource {
    /// Up to `count` bytes, fewer only at the end; empty at the end.
    func read(upTo count: Int) throws(BanmianError) -> Data
}

/// Bytes already in memory, read as a source.
public final class DataSource: ByteSource, @unchecked Sendable {
    private let data: Data
    private var offset: Int

    public init(_ data: Data) {
        self.data = data
        self.offset = data.startIndex
    }

    public func read(upTo count: Int) throws(BanmianError) -> Data {
        let end = min(data.endIndex, offset + count)
        defer { offset = end }
        return data[offset..<end]
    }
}
