import Foundation

/// Messages for people on standard error. A closed or full standard error loses the message, never the run.
enum Console {
    static func error(_ message: String) { write("banmian: error: \(message)\n") }

    static func warning(_ message: String) { write("banmian: warning: \(message)\n") }

    static func write(_ text: String) { try? FileHandle.standardError.write(contentsOf: Data(text.utf8)) }
}
