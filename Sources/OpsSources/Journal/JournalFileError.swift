/// Why the journal could not be written or read; the message names the file and the system error.
public struct JournalFileError: Error, Sendable, CustomStringConvertible {
    /// What failed, in words.
    public var description: String

    /// Creates an error.
    public init(_ description: String) {
        self.description = description
    }
}
