/// How a terminal is told to draw one style: the attribute strings that follow a reset, and the
/// foreground and background strings (empty: the terminal's default colour).
///
/// Kept in parts so that `ScreenWriter` can switch between looks that differ only in colour by
/// sending the colour alone, not a reset and everything again.
public struct TerminalLook: Equatable {
    /// Which attributes are on.
    public var attributes: TextAttributes
    /// The strings that turn them on, after a reset.
    public var attributeBytes: [UInt8]
    /// Sets the text colour; empty for the default.
    public var foreground: [UInt8]
    /// Sets the background colour; empty for the default.
    public var background: [UInt8]

    /// Creates a look.
    public init(attributes: TextAttributes, attributeBytes: [UInt8], foreground: [UInt8], background: [UInt8]) {
        self.attributes = attributes
        self.attributeBytes = attributeBytes
        self.foreground = foreground
        self.background = background
    }

    /// The bytes that turn `previous` into this look; nil when only a reset can (an attribute
    /// or a colour has to go back to the default).
    func bytes(after previous: TerminalLook) -> [UInt8]? {
        guard previous.attributes == attributes,
              previous.foreground.isEmpty || !foreground.isEmpty,
              previous.background.isEmpty || !background.isEmpty else { return nil }
        var bytes: [UInt8] = []
        if previous.foreground != foreground { bytes += foreground }
        if previous.background != background { bytes += background }
        return bytes
    }

    /// The bytes that set this look from a reset terminal.
    var fromReset: [UInt8] { attributeBytes + foreground + background }
}
