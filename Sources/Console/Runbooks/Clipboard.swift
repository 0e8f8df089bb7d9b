import Foundation

/// Copying text to the terminal's clipboard.
public enum Clipboard {
    /// Terminals cap OSC 52 payloads (xterm and tmux around 100 KB of base64); larger text is refused.
    public static let maximumBytes = 74_994

    /// The OSC 52 escape sequence that asks the terminal to put `text` on the clipboard:
    /// `ESC ] 52 ; c ; <base64> BEL`. Base64 means nothing in the text can act as a control
    /// sequence. Nil when the text is too large to send.
    public static func osc52(_ text: String) -> String? {
        let bytes = Data(text.utf8)
        guard bytes.count <= maximumBytes else { return nil }
        return "\u{1B}]52;c;\(bytes.base64EncodedString())\u{07}"
    }
}
