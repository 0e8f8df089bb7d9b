/// Makes untrusted text safe to put on the screen.
///
/// Text from logs, hosts and data files may carry terminal escape sequences that recolour the
/// screen, retitle the window, write the clipboard (OSC 52) or move the cursor; and bidi overrides
/// that make text read differently from what it is. All of that is removed, not rendered.
public enum TextSanitizer {
    /// Single-line text: sequences and controls removed; tabs, newlines and carriage returns become spaces.
    public static func clean(_ string: String) -> String {
        sanitize(string, keepNewlines: false)
    }

    /// Multi-line text: like `clean`, but `\n` is kept (and `\r\n` becomes `\n`, a lone `\r` is removed).
    public static func cleanMultiline(_ string: String) -> String {
        sanitize(string, keepNewlines: true)
    }

    private enum State {
        case text
        case escape                 // after ESC
        case escapeIntermediate     // ESC followed by 0x20–0x2F bytes, waiting for the final byte
        case controlSequence        // CSI parameters and intermediates, waiting for the final byte
        case controlString          // OSC, DCS, SOS, PM, APC body, waiting for ST (or BEL)
        case controlStringEscape    // ESC seen inside a control string: ST if followed by `\`
    }

    private static func sanitize(_ string: String, keepNewlines: Bool) -> String {
        if isCertainlyClean(string) { return string }
        var output = String.UnicodeScalarView()
        var state = State.text
        var previousWasCarriageReturn = false
        for scalar in string.unicodeScalars {
            let value = scalar.value
            switch state {
            case .text:
                break
            case .escape:
                switch value {
                case 0x5B: state = .controlSequence; continue          // [
                case 0x5D, 0x50, 0x58, 0x5E, 0x5F: state = .controlString; continue  // ] P X ^ _
                case 0x20...0x2F: state = .escapeIntermediate; continue
                case 0x30...0x7E: state = .text; continue              // two-character sequence
                default: state = .text                                 // stray ESC: drop it alone
                }
            case .escapeIntermediate:
                switch value {
                case 0x20...0x2F: continue
                case 0x30...0x7E: state = .text; continue
                default: state = .text
                }
            case .controlSequence:
                switch value {
                case 0x20...0x3F: continue
                case 0x40...0x7E: state = .text; continue
                default: state = .text       // malformed: the sequence ends, the scalar is judged alone
                }
            case .controlString:
                switch value {
                case 0x07, 0x9C: state = .text
                case 0x1B: state = .controlStringEscape
                default: break
                }
                continue
            case .controlStringEscape:
                state = value == 0x5C ? .text : .controlString
                continue
            }
            let wasCarriageReturn = previousWasCarriageReturn
            previousWasCarriageReturn = value == 0x0D
            switch value {
            case 0x1B: state = .escape
            case 0x9B: state = .controlSequence
            case 0x9D, 0x90, 0x98, 0x9E, 0x9F: state = .controlString
            case 0x09: output.append(" ")
            case 0x0A:
                if keepNewlines { output.append("\n") } else if !wasCarriageReturn { output.append(" ") }
            case 0x0D:
                if !keepNewlines { output.append(" ") }
            case 0x00...0x1F, 0x7F...0x9F, 0x202A...0x202E, 0x2066...0x2069:
                break
            default:
                output.append(scalar)
            }
        }
        return String(output)
    }

    /// A byte scan that clears text without decoding it: every scalar that needs attention is
    /// below 0x20, is DEL, is a C1 control (C2 80–C2 9F) or a bidi control (E2 80 AA–AE,
    /// E2 81 A6–A9). Only a string with one of those sequences is walked by scalar; border and
    /// status glyphs (E2 94, E2 9C …) and `·` (C2 B7) no longer send every line there.
    private static func isCertainlyClean(_ string: String) -> Bool {
        var utf8 = string.utf8.makeIterator()
        while let byte = utf8.next() {
            if byte >= 0x20 && byte < 0x7F { continue }
            if byte < 0x20 || byte == 0x7F { return false }
            if byte == 0xC2 {
                guard let next = utf8.next() else { return false }
                if next < 0xA0 { return false }
            } else if byte == 0xE2 {
                guard let second = utf8.next(), let third = utf8.next() else { return false }
                if second == 0x80, (0xAA...0xAE).contains(third) { return false }
                if second == 0x81, (0xA6...0xA9).contains(third) { return false }
            }
        }
        return true
    }
}
