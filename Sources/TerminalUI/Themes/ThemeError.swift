/// Why a theme file was rejected, with where in the file.
public struct ThemeError: Error, CustomStringConvertible, Equatable, Sendable {
    /// The file the theme came from.
    public var path: String
    /// The 1-based line of the problem.
    public var line: Int
    /// What is wrong.
    public var message: String

    /// Creates an error.
    public init(path: String, line: Int, message: String) {
        self.path = path
        self.line = line
        self.message = message
    }

    /// `path:line: message`, the form editors and terminals recognise.
    public var description: String { "\(path):\(line): \(message)" }
}
