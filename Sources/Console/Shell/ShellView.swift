import Foundation
import OpsModel
import TerminalUI

/// The console's frame: tabs, breadcrumbs, the active view, key hints or input line, status bar, overlays.
public enum ShellView {
    /// The smallest screen the console draws on; below it a one-line message is shown.
    public static let minimumSize = Size(width: 40, height: 12)

    /// Renders the whole screen for a state; in ASCII mode every character is made 7-bit.
    public static func render(_ state: AppState, keymap: Keymap = .standard) -> Buffer {
        let buffer = renderFrame(state, keymap: keymap)
        return state.glyphs == .ascii ? buffer.transliteratedToASCII() : buffer
    }

    private static func renderFrame(_ state: AppState, keymap: Keymap) -> Buffer {
        var buffer = Buffer(size: state.size)
        let size = state.size
        guard size.width >= minimumSize.width, size.height >= minimumSize.height else {
            let message = "opsdeck needs at least \(minimumSize.width)x\(minimumSize.height) (now \(size.width)x\(size.height))"
            let short = "need \(minimumSize.width)x\(minimumSize.height)"
            _ = buffer.put(DisplayWidth.of(message) <= size.width ? message : short, x: 0, y: 0, maxWidth: size.width, style: Style(role: .statusWarn))
            return buffer
        }
        renderHeader(state, buffer: &buffer)
        renderBreadcrumbs(state, buffer: &buffer)
        let content = EnvironmentsLayout.contentRect(for: size)
        switch state.activeView {
        case .environments:
            if let detailID = state.environments.detailID {
                EnvironmentDetailView.render(state, environmentID: detailID, in: content, buffer: &buffer)
            } else {
                EnvironmentsView.render(state, in: content, buffer: &buffer)
            }
        case .health: HealthView.render(state, in: content, buffer: &buffer)
        case .calendar: CalendarView.render(state, in: content, buffer: &buffer)
        case .runbooks: RunbooksView.render(state, in: content, buffer: &buffer)
        case .backups: BackupsView.render(state, in: content, buffer: &buffer)
        }
        renderFooter(state, keymap: keymap, buffer: &buffer)
        if state.mode == .help {
            HelpOverlay.render(state, keymap: keymap, buffer: &buffer)
        } else if state.mode == .sources {
            SourcesOverlay.render(state, buffer: &buffer)
        }
        return buffer
    }

    static let title = " opsdeck "

    /// Where the tabs are drawn (also where clicks on them land).
    static func tabsRect(_ state: AppState) -> Rect {
        Rect(x: title.count + 1, y: 0, width: max(0, state.size.width - title.count - 1), height: 1)
    }

    static func tabs(_ state: AppState) -> Tabs {
        Tabs(titles: ViewID.allCases.map(\.title), activeIndex: state.activeView.rawValue - 1)
    }

    private static func renderHeader(_ state: AppState, buffer: inout Buffer) {
        _ = buffer.put(title, x: 0, y: 0, style: Style(role: .tabActive, attributes: .bold))
        tabs(state).render(in: tabsRect(state), buffer: &buffer)
    }

    /// The crumbs from index `first` on, after a space, with `separator` between them. A loop,
    /// not `joined`: that one is generic (not made for `[String]` in this module), and its first
    /// call looked up its sequence's witnesses by name at run time (~0.3 M instructions on the
    /// way to the first frame; callgrind).
    private static func path(_ crumbs: [String], from first: Int, separator: String) -> String {
        var path = ""
        for index in first..<crumbs.count {
            path += index == first ? " " : " \(separator) "
            path += crumbs[index]
        }
        return path
    }

    private static func renderBreadcrumbs(_ state: AppState, buffer: inout Buffer) {
        let width = state.size.width
        let separator = state.glyphs.pointer
        let crumbs = ["Estate", state.activeView.title] + ViewChrome.breadcrumbs(state)
        let path = Self.path(crumbs, from: 0, separator: separator)
        let shortPath = Self.path(crumbs, from: max(0, crumbs.count - 2), separator: separator)
        var filter = ""
        if !state.activeFilter.isEmpty && state.mode != .filter {
            filter = "  filter: \(state.activeFilter)"
        }
        let hidden = ViewChrome.hiddenColumns(state)
        let notes = hidden > 0
            ? ["  (\(hidden) column\(hidden == 1 ? "" : "s") hidden: widen or Enter)", "  (\(hidden) col\(hidden == 1 ? "" : "s") hidden)", "  (+\(hidden) cols)"]
            : [""]
        let lastCrumb = " " + (crumbs.last ?? "")
        let summary = statusSummary(state, compact: false)
        let compact = statusSummary(state, compact: true)
        // The full counts when the path and what is hidden still fit beside them; else the compact form.
        let wanted = DisplayWidth.of(path + filter + (notes.last ?? ""))
        let chosen = summary.width + 1 + wanted <= width ? summary : (compact.width <= width / 2 ? compact : StyledLine([]))
        if chosen.width > 0 {
            _ = buffer.put(chosen, x: width - chosen.width, y: 1)
        }
        let leftWidth = max(0, width - chosen.width - 1)
        // The longest wording that fits: what is hidden matters more than the full path, so the
        // view and its last step with a plain note come before the whole path with a terse one;
        // the last step alone only when nothing else fits.
        let candidates = notes.flatMap { note in [path, shortPath].map { $0 + filter + note } } + notes.map { lastCrumb + filter + $0 }
        let left = candidates.first { DisplayWidth.of($0) <= leftWidth } ?? candidates.last!
        _ = buffer.put(truncate(left, toWidth: leftWidth, ellipsis: state.glyphs.ellipsis), x: 0, y: 1, style: Style(role: .textDim))
    }

    /// `✖ 3 crit  ▲ 4 warn …`, or `✖3 crit ▲4 warn …` when compact: the word stays in both, as
    /// everywhere a status is shown (a glyph alone says little on an ASCII or colourless terminal).
    private static func statusSummary(_ state: AppState, compact: Bool) -> StyledLine {
        guard state.overview != nil else { return StyledLine([]) }
        var spans: [Span] = []
        for status in [Status.crit, .warn, .unknown, .ok] {
            guard let count = state.overallCounts[status] else { continue }
            let text = compact ? "\(StatusText.glyph(status, state.glyphs))\(count) \(status.rawValue) " : "\(StatusText.glyph(status, state.glyphs)) \(count) \(status.rawValue)  "
            spans.append(Span(text, style: StatusText.style(status)))
        }
        return StyledLine(spans)
    }

    private static func renderFooter(_ state: AppState, keymap: Keymap, buffer: inout Buffer) {
        let width = state.size.width
        let hintsRow = Rect(x: 0, y: state.size.height - 2, width: width, height: 1)
        switch state.mode {
        case .filter:
            InputLine(prompt: "/", text: state.activeFilter, cursor: state.activeFilter.count).render(in: hintsRow, buffer: &buffer)
        case .command(let text):
            InputLine(prompt: ":", text: text, cursor: text.count).render(in: hintsRow, buffer: &buffer)
        case .note(let text):
            InputLine(prompt: "note (Enter saves, Esc cancels): ", text: text, cursor: text.count).render(in: hintsRow, buffer: &buffer)
        case .step(let text):
            InputLine(prompt: "tick step number (Enter toggles, Esc cancels): ", text: text, cursor: text.count).render(in: hintsRow, buffer: &buffer)
        case .normal, .help, .sources:
            KeyHints(hints(state, keymap: keymap)).render(in: hintsRow, buffer: &buffer)
        }
        let right = statusRight(state)
        StatusBar(left: statusLeft(state, width: width - StyledLine(right).width - 1), right: right, glyphs: state.glyphs)
            .render(in: Rect(x: 0, y: state.size.height - 1, width: width, height: 1), buffer: &buffer)
    }

    private static func hints(_ state: AppState, keymap: Keymap) -> [KeyHint] {
        func hint(_ action: Action, _ label: String) -> KeyHint {
            KeyHint(key: keymap.keys(for: action).first?.description ?? "?", label: label)
        }
        var hints = [hint(.quit, "quit"), hint(.help, "help")]
        hints += ViewChrome.hints(state, keymap: keymap)
        hints += [hint(.commandLine, "command"), KeyHint(key: "1-5", label: "views"), hint(.refresh, "refresh")]
        return hints
    }

    /// The left side, for `width` cells (what the right side leaves). The data's age and the
    /// news of source errors always show; the name of what was opened gets the room they leave,
    /// its end kept when it is long (a fixture path's last part names the estate): at 80 columns
    /// a long path pushed the age of every value on screen off the bar.
    private static func statusLeft(_ state: AppState, width: Int) -> [Span] {
        var spans: [Span] = []
        var sourceName: String?
        if let snapshot = state.snapshot {
            let age = state.dataAge.map { DurationText.short($0) } ?? "?"
            let errors = snapshot.issues.filter { $0.severity == .error }.count
            sourceName = snapshot.sourceName
            spans.append(Span(" data \(age) old", role: .statusBar))
            let warnings = snapshot.issues.count - errors
            if errors > 0 { spans.append(Span(" · \(errors) source error\(errors == 1 ? "" : "s") (:sources)", role: .statusBarAccent, attributes: .bold)) }
            if warnings > 0 { spans.append(Span(" · \(warnings) warning\(warnings == 1 ? "" : "s")", role: .statusBar)) }
        } else {
            spans.append(Span(" loading…", role: .statusBar))
        }
        if state.pendingJournalWrites > 0 {
            spans.append(Span(" · saving…", role: .statusBarAccent, attributes: .bold))
        }
        if let notice = state.notice {
            spans.append(Span(" · \(notice)", role: .statusBarAccent))
        }
        if let sourceName, let shown = fittedSourceName(sourceName, width: width - StyledLine(spans).width) {
            spans.insert(Span(shown, role: .statusBar), at: 0)
        }
        return spans
    }

    /// `" name ·"` in at most `width` cells: whole, or its kind (the first word) and the end of
    /// the rest after "…"; nil when too little is left to tell anything by.
    static func fittedSourceName(_ name: String, width: Int) -> String? {
        let whole = " \(name) ·"
        if DisplayWidth.of(whole) <= width { return whole }
        let minimumEnd = 8
        if let space = name.firstIndex(of: " ") {
            let kind = String(name[..<space])
            let room = width - DisplayWidth.of(" \(kind) … ·")
            if room >= minimumEnd { return " \(kind) …\(keepingEnd(String(name[name.index(after: space)...]), width: room)) ·" }
        }
        let room = width - DisplayWidth.of(" … ·")
        return room >= minimumEnd ? " …\(keepingEnd(name, width: room)) ·" : nil
    }

    /// The end of `text` that fits in `width` cells.
    private static func keepingEnd(_ text: String, width: Int) -> String {
        var kept: [Character] = []
        var used = 0
        for character in text.reversed() {
            let characterWidth = DisplayWidth.of(character)
            if used + characterWidth > width { break }
            kept.append(character)
            used += characterWidth
        }
        return String(kept.reversed())
    }

    private static func statusRight(_ state: AppState) -> [Span] {
        var spans: [Span] = []
        if state.readOnly { spans.append(Span(" READ-ONLY ", role: .badge, attributes: .reverse)) }
        let clock = TimeText.minute(state.now, zone: state.viewerZone) + (state.clockIsFixed ? " (fixed)" : "")
        spans.append(Span(" \(clock) ", role: .statusBar))
        return spans
    }
}
