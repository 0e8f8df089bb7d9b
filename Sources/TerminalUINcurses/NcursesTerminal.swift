import CNcurses
import Foundation
import TerminalUI

/// Why the full-screen console cannot start on this terminal.
public struct TerminalUnavailable: Error, CustomStringConvertible {
    public var description: String
}

/// The ncurses screen: the only type that calls curses. Use it from one thread only.
public final class NcursesTerminal: TerminalBackend {
    private var screen: OpaquePointer?
    private var window: UnsafeMutablePointer<WINDOW>?
    private var palette: NcursesPalette
    /// Per role: the attributes and the colour pair (setcchar takes the pair separately).
    private var roleLooks: [Role: (attributes: attr_t, pair: Int16)] = [:]
    /// Looks of a role's text on another role's background (`Style.background`).
    private var overlayLooks: [Role: [Role: (attributes: attr_t, pair: Int16)]] = [:]
    private var active = false
    /// The number of colours the terminal reports (0 when it has none).
    public private(set) var colorCount = 0
    /// Whether the locale's character set is UTF-8 (otherwise draw ASCII glyphs).
    public let isUTF8: Bool
    /// Bytes the last `flush` wrote are not observable through curses; count flushes instead.
    public private(set) var flushCount = 0
    /// Draws frames when the terminal's entry allows (nearly always); nil leaves drawing to curses.
    private var writer: ScreenWriter?
    /// Set by calls that may leave curses holding output (the mouse mode), so the
    /// next frame lets curses send it first; an update with nothing to send still compares the
    /// screen, which was a sixth of a key press.
    private var cursesHasOutput = false

    /// A terminal for the locale `prepareLocale` read; call `start()` to enter full-screen mode.
    public init(palette: NcursesPalette, isUTF8: Bool) {
        self.isUTF8 = isUTF8
        self.palette = palette
    }

    /// Sets the character set from the environment, as curses needs it, and says whether it is
    /// UTF-8. Call it once, before other threads start: setting the locale is not safe beside them.
    public static func prepareLocale() -> Bool {
        // The character set is all curses and the screen need: every other category was a
        // file read at each start (11 of them), and numbers and times are formatted by opsdeck.
        setlocale(LC_CTYPE, "")
        let codeset = String(cString: opsdeck_codeset()).uppercased()
        return codeset == "UTF-8" || codeset == "UTF8"
    }

    /// Checks what `newterm` would fail on, so the user gets one line instead of a broken screen.
    public static func checkUsable(environment: [String: String]) -> TerminalUnavailable? {
        if isatty(STDOUT_FILENO) == 0 || isatty(STDIN_FILENO) == 0 {
            return TerminalUnavailable(description: "standard input and output must be a terminal")
        }
        guard let term = environment["TERM"], !term.isEmpty else {
            return TerminalUnavailable(description: "TERM is not set")
        }
        if term == "dumb" {
            return TerminalUnavailable(description: "TERM=dumb cannot address the cursor")
        }
        var error: Int32 = 0
        if setupterm(term, STDOUT_FILENO, &error) != OK {
            return TerminalUnavailable(description: "unknown terminal type TERM=\(term)")
        }
        let cursorAddress = tigetstr("cup")
        let invalid = UnsafeMutablePointer<CChar>(bitPattern: -1)
        if cursorAddress == nil || cursorAddress == invalid {
            return TerminalUnavailable(description: "TERM=\(term) cannot address the cursor")
        }
        return nil
    }

    /// Enters full-screen mode (alternate screen, no echo, keypad on, hidden cursor).
    ///
    /// `cursesDraws` leaves every frame to curses' own screen update (`OPSDECK_CURSES_OUTPUT=1`),
    /// the way opsdeck drew before `ScreenWriter`; otherwise curses only sets the terminal up,
    /// reads input, clears after a resize and restores the terminal on exit.
    public func start(cursesDraws: Bool = false) throws {
        guard let screen = newterm(nil, opsdeck_stdout(), opsdeck_stdin()) else {
            throw TerminalUnavailable(description: "curses could not start on this terminal")
        }
        self.screen = screen
        _ = set_term(screen)
        window = opsdeck_stdscr()
        active = true
        _ = cbreak()
        _ = noecho()
        _ = nonl()
        _ = keypad(window, true)
        _ = nodelay(window, true)
        _ = set_escdelay(25)
        // Home and End as tmux and screen send them, which some terminfo entries do not list.
        for (sequence, code) in [("\u{1b}[1~", KEY_HOME), ("\u{1b}[4~", KEY_END), ("\u{1b}[7~", KEY_HOME), ("\u{1b}[8~", KEY_END)] {
            _ = define_key(sequence, code)
        }
        _ = curs_set(0)
        if has_colors() {
            _ = start_color()
            _ = use_default_colors()
            colorCount = Int(opsdeck_colors())
        }
        if !cursesDraws, let sequences = TerminfoSequences.load(isUTF8: isUTF8) {
            writer = ScreenWriter(sequences: sequences) { [unowned self] style in self.terminalLook(style) }
        }
        installPalette(palette)
        _ = wclear(window)
        // With the writer, curses' one frame is this empty screen: it enters the alternate
        // screen and clears it now, and believes the cursor home, where every frame leaves it.
        if writer != nil { _ = wrefresh(window) }
    }

    /// Switches colours live (`:theme`); the caller then redraws everything.
    public func installPalette(_ palette: NcursesPalette) {
        self.palette = palette
        roleLooks.removeAll()
        overlayLooks.removeAll()
        // The writer makes each look from the palette when it first meets it; colour pairs are
        // only for curses' own drawing.
        if writer != nil {
            writer!.forgetLooks()
            return
        }
        let colorOn = palette.usesColor && colorCount > 0
        var pairNumber: Int16 = 1
        // One colour pair per look while pairs last; past that (8-colour terminals have 64) a
        // look falls back to its attributes without colour.
        func look(_ colors: NcursesRoleColors) -> (attributes: attr_t, pair: Int16) {
            guard colorOn, Int(pairNumber) < Int(opsdeck_color_pairs()) else { return (Self.curses(colors.monochrome), 0) }
            let foreground = colors.foreground < colorCount ? Int16(colors.foreground) : -1
            let background = colors.background < colorCount ? Int16(colors.background) : -1
            _ = init_pair(pairNumber, foreground, background)
            defer { pairNumber += 1 }
            return (Self.curses(colors.attributes), pairNumber)
        }
        for role in Role.allCases {
            roleLooks[role] = look(palette.roles[role] ?? NcursesRoleColors(foreground: -1, background: -1, attributes: [], monochrome: []))
        }
        for (role, backgrounds) in palette.overlays.sorted(by: { $0.key.rawValue < $1.key.rawValue }) {
            for (background, colors) in backgrounds.sorted(by: { $0.key.rawValue < $1.key.rawValue }) {
                overlayLooks[role, default: [:]][background] = look(colors)
            }
        }
    }

    private static func curses(_ attributes: TextAttributes) -> attr_t {
        var result = opsdeck_a_normal()
        if attributes.contains(.bold) { result |= opsdeck_a_bold() }
        if attributes.contains(.dim) { result |= opsdeck_a_dim() }
        if attributes.contains(.reverse) { result |= opsdeck_a_reverse() }
        if attributes.contains(.underline) { result |= opsdeck_a_underline() }
        if attributes.contains(.italic) { result |= opsdeck_a_italic() }
        return result
    }

    /// The screen size curses reports now.
    public var size: Size {
        guard active else { return .zero }
        return Size(width: Int(opsdeck_cols()), height: Int(opsdeck_lines()))
    }

    public func apply(_ changes: [CellChange]) {
        guard active, let window else { return }
        if writer != nil {
            writer!.write(changes, size: size)
            return
        }
        // Neighbouring cells mostly share a style: the role's look and the attribute bits are
        // worked out again only when the style changes (a full frame is thousands of cells).
        var lastStyle: Style?
        var attributes: attr_t = 0
        var pair: Int16 = 0
        // Clusters of several code points, NUL-terminated; at most CCHARW_MAX (5) are drawn.
        var text: [wchar_t] = []
        for change in changes where !change.cell.isContinuation {
            let cell = change.cell
            if cell.style != lastStyle {
                let look = cell.style.background.flatMap { overlayLooks[cell.style.role]?[$0] ?? roleLooks[$0] } ?? roleLooks[cell.style.role] ?? (0, 0)
                attributes = look.attributes | Self.curses(cell.style.attributes)
                pair = look.pair
                lastStyle = cell.style
            }
            if cell.text.isSingleScalar {
                _ = opsdeck_put_scalar(window, Int32(change.y), Int32(change.x), wchar_t(bitPattern: cell.text.head), attributes, pair)
                continue
            }
            text.removeAll(keepingCapacity: true)
            cell.text.forEachScalar { if text.count < 5 { text.append(wchar_t(bitPattern: $0)) } }
            text.append(0)
            _ = opsdeck_put_cell(window, Int32(change.y), Int32(change.x), text, attributes, pair)
        }
    }

    public func flush() {
        guard active, let window else { return }
        flushCount += 1
        guard writer != nil else {
            _ = wnoutrefresh(window)
            _ = doupdate()
            return
        }
        // Anything curses still holds (a mouse mode switched on) goes out before the frame.
        if cursesHasOutput {
            _ = doupdate()
            cursesHasOutput = false
        }
        writer!.takePendingOutput(writeAll)
    }

    /// Writes every byte to the terminal, through interrupted and partial writes; a terminal
    /// that is gone (EIO after a hang-up) drops the frame instead of spinning.
    private func writeAll(_ buffer: UnsafeBufferPointer<UInt8>) {
        guard let base = buffer.baseAddress else { return }
        var offset = 0
        while offset < buffer.count {
            let written = write(STDOUT_FILENO, base + offset, buffer.count - offset)
            if written > 0 {
                offset += written
            } else if written < 0, errno == EINTR {
                continue
            } else if written < 0, errno == EAGAIN {
                var descriptor = pollfd(fd: STDOUT_FILENO, events: Int16(POLLOUT), revents: 0)
                _ = poll(&descriptor, 1, 100)
            } else {
                return
            }
        }
    }

    /// How the terminal draws a style: attributes, then colours, chosen as the curses path chooses
    /// them (except that colours never run out, where curses falls back to attributes alone).
    private func terminalLook(_ style: Style) -> TerminalLook {
        let colors = style.background.flatMap { palette.overlays[style.role]?[$0] ?? palette.roles[$0] } ?? palette.roles[style.role]
        let colorOn = palette.usesColor && colorCount > 0
        var attributes = style.attributes
        if let colors { attributes.formUnion(colorOn ? colors.attributes : colors.monochrome) }
        var attributeBytes: [UInt8] = []
        let capabilities: [(TextAttributes, String)] = [(.bold, "bold"), (.dim, "dim"), (.reverse, "rev"), (.underline, "smul"), (.italic, "sitm")]
        for (attribute, name) in capabilities where attributes.contains(attribute) {
            attributeBytes += TerminfoSequences.attribute(name)
        }
        var foreground: [UInt8] = []
        var background: [UInt8] = []
        if colorOn, let colors {
            if colors.foreground >= 0, colors.foreground < colorCount { foreground = TerminfoSequences.colour("setaf", colors.foreground) }
            if colors.background >= 0, colors.background < colorCount { background = TerminfoSequences.colour("setab", colors.background) }
        }
        return TerminalLook(attributes: attributes, attributeBytes: attributeBytes, foreground: foreground, background: background)
    }

    /// Makes curses agree with the terminal's real size; true when it had to change.
    ///
    /// A SIGWINCH that arrives while the program is busy can leave curses with a stale size until
    /// the next key; asking the kernel on every wake-up closes that gap.
    public func synchronizeSize() -> Bool {
        guard active else { return false }
        var size = winsize()
        guard ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_row > 0, size.ws_col > 0 else { return false }
        guard Int(size.ws_row) != Int(opsdeck_lines()) || Int(size.ws_col) != Int(opsdeck_cols()) else { return false }
        _ = resizeterm(Int32(size.ws_row), Int32(size.ws_col))
        return true
    }

    /// After a resize: clear so the next full frame repaints a clean screen.
    public func clearForRedraw() {
        guard active, let window else { return }
        _ = wclear(window)
        // Cleared now, before the writer's full frame, not at curses' next refresh after it.
        if writer != nil { _ = wrefresh(window) }
    }

    /// Turns on clicks and the wheel (`--mouse`); off by default so the terminal's own text selection works.
    public func enableMouse() {
        guard active else { return }
        _ = mousemask(opsdeck_mouse_clicks(), nil)
        _ = mouseinterval(0)
        cursesHasOutput = true
    }

    /// Reads every key and mouse event waiting now, without blocking.
    public func readInput() -> [TerminalInput] {
        guard active, let window else { return [] }
        var inputs: [TerminalInput] = []
        var character: wint_t = 0
        while inputs.count <= 256 {
            let result = wget_wch(window, &character)
            if result == ERR { break }
            if result == opsdeck_key_code_yes() {
                if Int32(character) == opsdeck_key_mouse() {
                    if let event = Self.readMouse() { inputs.append(.mouse(event)) }
                } else if let key = Self.decodeFunctionKey(Int32(character)) {
                    inputs.append(.key(key))
                }
            } else if let key = Self.decodeCharacter(UInt32(character)) {
                inputs.append(.key(key))
            }
        }
        return inputs
    }

    private static func readMouse() -> MouseEvent? {
        var event = MEVENT()
        guard getmouse(&event) == OK else { return nil }
        let kind: MouseEvent.Kind
        if opsdeck_mouse_is_wheel_up(event.bstate) != 0 {
            kind = .wheelUp
        } else if opsdeck_mouse_is_wheel_down(event.bstate) != 0 {
            kind = .wheelDown
        } else if opsdeck_mouse_is_double_click(event.bstate) != 0 {
            kind = .doubleClick
        } else if opsdeck_mouse_is_click(event.bstate) != 0 {
            kind = .click
        } else {
            return nil
        }
        return MouseEvent(kind: kind, x: Int(event.x), y: Int(event.y))
    }

    static func decodeCharacter(_ code: UInt32) -> Key? {
        switch code {
        case 9: return .tab
        case 10, 13: return .enter
        case 27: return .escape
        case 8, 127: return .backspace
        case 1...26:
            return .control(Character(UnicodeScalar(code + 96)!))
        default:
            guard let scalar = UnicodeScalar(code), code >= 32 else { return nil }
            return .character(Character(scalar))
        }
    }

    static func decodeFunctionKey(_ code: Int32) -> Key? {
        switch code {
        case KEY_UP: return .up
        case KEY_DOWN: return .down
        case KEY_LEFT: return .left
        case KEY_RIGHT: return .right
        case KEY_PPAGE: return .pageUp
        case KEY_NPAGE: return .pageDown
        case KEY_HOME: return .home
        case KEY_END: return .end
        case KEY_ENTER: return .enter
        case KEY_BTAB: return .backTab
        case KEY_BACKSPACE: return .backspace
        case KEY_DC: return .delete
        case opsdeck_key_resize(): return .resize
        case KEY_F0 + 1 ... KEY_F0 + 12: return .function(Int(code - KEY_F0))
        default: return nil
        }
    }

    /// Leaves full-screen mode and restores the terminal; safe to call more than once.
    public func stop() {
        guard active else { return }
        active = false
        _ = curs_set(1)
        _ = endwin()
        if let screen { delscreen(screen) }
        screen = nil
        window = nil
        fflush(opsdeck_stdout())
    }

    deinit { stop() }
}
