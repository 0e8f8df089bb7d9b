/// Removes terminal escape sequences and control bytes from a byte stream, keeping printed text.
///
/// Markers such as `data 0s old` are searched in this text: colour changes (SGR) may sit between
/// any two characters of what a program prints, cursor moves between words.
struct EscapeStripper {
    private enum State { case text, escape, controlSequence, operatingSystemCommand, operatingSystemEscape, charset }
    private var state = State.text

    /// Appends the printable bytes of `bytes` to `output`.
    mutating func feed(_ bytes: UnsafeBufferPointer<UInt8>, into output: inout [UInt8]) {
        for byte in bytes {
            switch state {
            case .text:
                if byte == 0x1B { state = .escape } else if byte >= 0x20 && byte != 0x7F { output.append(byte) }
            case .escape:
                switch byte {
                case UInt8(ascii: "["): state = .controlSequence
                case UInt8(ascii: "]"): state = .operatingSystemCommand
                case UInt8(ascii: "("), UInt8(ascii: ")"), UInt8(ascii: "*"), UInt8(ascii: "+"): state = .charset
                default: state = .text
                }
            case .controlSequence:
                if byte >= 0x40 && byte <= 0x7E { state = .text }
            case .operatingSystemCommand:
                if byte == 0x07 { state = .text } else if byte == 0x1B { state = .operatingSystemEscape }
            case .operatingSystemEscape:
                state = byte == UInt8(ascii: "\\") ? .text : .operatingSystemCommand
            case .charset:
                state = .text
            }
        }
    }
}
