import Foundation
import OpsModel
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The incident journal on disk: one append-only JSON-lines file, `journal.jsonl`, in the
/// journal directory.
///
/// Durability contract of `append`: when it returns, the entry's bytes and the file's size are
/// on stable storage (`fsync`), and for a newly created file so is its directory entry. Only
/// then may the caller tell the user the entry is saved. A crash during an append leaves at most
/// one torn last line, which `read` reports and skips; the next append starts on a fresh line,
/// so the torn line never damages the entry after it.
public struct JournalFile: Sendable {
    /// The journal directory.
    public let directory: URL

    /// The file name inside the directory.
    public static let fileName = "journal.jsonl"

    /// A journal in `directory` (created on first append).
    public init(directory: URL) {
        self.directory = directory
    }

    /// The journal file's path.
    public var url: URL { directory.appendingPathComponent(Self.fileName) }

    /// Appends one entry and returns only once it is on disk.
    public func append(_ entry: JournalEntry) throws {
        try append([entry])
    }

    /// Appends entries as one write (all lines, then one `fsync`), returning once they are on disk.
    public func append(_ entries: [JournalEntry]) throws {
        guard !entries.isEmpty else { return }
        try ensureDirectory()
        let path = url.path
        let existed = FileManager.default.fileExists(atPath: path)
        // O_APPEND: every write lands at the current end, even with other writers;
        // O_RDWR so the last byte can be read back under the lock.
        let descriptor = open(path, O_RDWR | O_APPEND | O_CREAT | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else { throw systemError("cannot open \(path)") }
        defer { close(descriptor) }
        // Two opsdeck processes (console and CLI) may append at once; the lock keeps lines whole.
        guard flock(descriptor, LOCK_EX) == 0 else { throw systemError("cannot lock \(path)") }
        defer { _ = flock(descriptor, LOCK_UN) }

        var text = entries.map(JournalCodec.encode).joined(separator: "\n") + "\n"
        if try !endsWithNewline(descriptor) { text = "\n" + text }
        try writeAll(Array(text.utf8), to: descriptor, path: path)
        guard fsync(descriptor) == 0 else { throw systemError("cannot flush \(path) to disk (fsync)") }
        if !existed { try syncDirectory() }
    }

    /// Reads and replays the whole journal; a missing file is an empty journal.
    public func read() throws -> JournalReplay {
        let path = url.path
        guard FileManager.default.fileExists(atPath: path) else { return .empty }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw JournalFileError("cannot read \(path)")
        }
        return JournalReplay(contents: data)
    }

    /// Reads the journal for the console at start-up: never throws, an unreadable file becomes a problem.
    public func readForConsole() -> JournalReplay {
        do {
            return try read()
        } catch {
            return JournalReplay(incidents: [], problems: [JournalProblem(line: 0, message: "\(error)", isTornTail: false)], entryCount: 0)
        }
    }

    // MARK: Private

    private func ensureDirectory() throws {
        do {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        } catch {
            throw JournalFileError("cannot create the journal directory \(directory.path): \(error.localizedDescription)")
        }
    }

    /// Whether the file is empty or ends in a newline; false means a torn last line from a crash.
    private func endsWithNewline(_ descriptor: Int32) throws -> Bool {
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { throw systemError("cannot stat \(url.path)") }
        guard status.st_size > 0 else { return true }
        var byte: UInt8 = 0
        let count = pread(descriptor, &byte, 1, off_t(status.st_size - 1))
        guard count == 1 else { throw systemError("cannot read the end of \(url.path)") }
        return byte == UInt8(ascii: "\n")
    }

    private func writeAll(_ bytes: [UInt8], to descriptor: Int32, path: String) throws {
        var offset = 0
        while offset < bytes.count {
            let written = bytes[offset...].withUnsafeBytes { buffer in
                write(descriptor, buffer.baseAddress, buffer.count)
            }
            if written < 0 {
                if errno == EINTR { continue }
                throw systemError("cannot write to \(path)")
            }
            offset += written
        }
    }

    /// A new file's name is only durable once its directory is flushed too.
    private func syncDirectory() throws {
        let descriptor = open(directory.path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else { throw systemError("cannot open \(directory.path)") }
        defer { close(descriptor) }
        guard fsync(descriptor) == 0 else { throw systemError("cannot flush \(directory.path) to disk (fsync)") }
    }

    private func systemError(_ what: String) -> JournalFileError {
        JournalFileError("\(what): \(String(cString: strerror(errno)))")
    }
}
