import Foundation

/// Appends text to a file through a large buffer, so writing tens of megabytes stays fast.
final class TextSink {
    private let handle: FileHandle
    private var buffer: [UInt8] = []
    private let flushThreshold = 1 << 20
    /// Bytes written so far, buffered or not.
    private(set) var byteCount = 0

    /// Creates (or truncates) the file at `url`.
    init(url: URL) throws {
        _ = FileManager.default.createFile(atPath: url.path, contents: nil)
        handle = try FileHandle(forWritingTo: url)
        buffer.reserveCapacity(flushThreshold + 4096)
    }

    /// Appends text.
    func write(_ text: String) {
        buffer.append(contentsOf: text.utf8)
        byteCount += text.utf8.count
        if buffer.count >= flushThreshold { flush() }
    }

    /// Appends a line of text and a newline.
    func line(_ text: String) {
        write(text)
        write("\n")
    }

    /// Writes everything buffered and closes the file.
    func close() throws {
        flush()
        try handle.close()
    }

    private func flush() {
        guard !buffer.isEmpty else { return }
        handle.write(Data(buffer))
        buffer.removeAll(keepingCapacity: true)
    }
}
