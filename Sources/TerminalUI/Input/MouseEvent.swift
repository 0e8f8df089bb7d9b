/// A mouse event in screen cells, when the user turned the mouse on (`--mouse`).
public struct MouseEvent: Hashable, Sendable {
    /// What the mouse did.
    public enum Kind: Hashable, Sendable {
        case click, doubleClick, wheelUp, wheelDown
    }

    public var kind: Kind
    public var x: Int
    public var y: Int

    public init(kind: Kind, x: Int, y: Int) {
        self.kind = kind
        self.x = x
        self.y = y
    }
}

/// One thing read from the terminal: a key or a mouse event.
public enum TerminalInput: Hashable, Sendable {
    case key(Key)
    case mouse(MouseEvent)
}
