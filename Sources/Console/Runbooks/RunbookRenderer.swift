import OpsModel
import TerminalUI

/// A runbook laid out as styled lines at one width, with where each command ended up.
struct RenderedRunbook: Sendable, Equatable {
    /// The display lines (already wrapped; code lines are longer than the width and get clipped when drawn).
    var lines: [StyledLine]
    /// For each code block (by index), the range of lines it occupies.
    var codeBlockLines: [Range<Int>]
    /// For each code block, its text with placeholders filled: what copying puts on the clipboard.
    var codeBlockText: [String]
}

/// Lays out a parsed runbook: headings, wrapped paragraphs with hanging indents, bullets,
/// numbered steps (with a check box when an incident is active), code blocks behind a left bar
/// (clipped, never wrapped, so a command is never silently split), emphasis and links.
struct RunbookRenderer {
    var width: Int
    var glyphs: GlyphSet
    var context: PlaceholderContext
    /// The runbook's id, to look up ticked steps.
    var runbookID: String
    /// The active incident: numbered steps get check boxes from it.
    var incident: JournalIncident?
    /// The code block drawn as focused (the one a copy would take).
    var focusedCodeBlock: Int?

    private typealias Line = (line: StyledLine, codeBlock: Int?)

    /// Renders a document.
    func render(_ document: MarkdownDocument) -> RenderedRunbook {
        var counters = Counters()
        let lines = render(document.blocks, width: max(8, width), topLevel: true, counters: &counters)
        var ranges: [Range<Int>] = Array(repeating: 0..<0, count: counters.codeBlocks.count)
        for (index, entry) in lines.enumerated() {
            guard let block = entry.codeBlock else { continue }
            ranges[block] = ranges[block].isEmpty ? index..<(index + 1) : ranges[block].lowerBound..<(index + 1)
        }
        return RenderedRunbook(lines: lines.map(\.line), codeBlockLines: ranges, codeBlockText: counters.codeBlocks)
    }

    /// Running numbers shared across the whole document: steps and code blocks are numbered in reading order.
    private struct Counters {
        var step = 0
        var codeBlocks: [String] = []
    }

    private func render(_ blocks: [MarkdownBlock], width: Int, topLevel: Bool, counters: inout Counters) -> [Line] {
        var output: [Line] = []
        for (index, block) in blocks.enumerated() {
            // Top-level blocks are spaced by a blank line; inside list items they sit tight.
            if index > 0 && (topLevel || isHeading(block)) { output.append(("", nil)) }
            output += render(block, width: width, topLevel: topLevel, counters: &counters)
        }
        return output
    }

    private func isHeading(_ block: MarkdownBlock) -> Bool {
        if case .heading = block { return true }
        return false
    }

    private func render(_ block: MarkdownBlock, width: Int, topLevel: Bool, counters: inout Counters) -> [Line] {
        switch block {
        case .heading(let level, let inlines):
            let style: Style
            switch level {
            case 1: style = Style(role: .title, attributes: [.bold, .underline])
            case 2: style = Style(role: .title, attributes: .bold)
            default: style = Style(role: .emphasis, attributes: .bold)
            }
            return wrap(spans(inlines, base: style), width: width)
        case .paragraph(let inlines):
            return wrap(spans(inlines, base: .plain), width: width)
        case .code(_, let text):
            let index = counters.codeBlocks.count
            counters.codeBlocks.append(PlaceholderFiller.fill(text, context: context, ascii: glyphs == .ascii))
            let focused = focusedCodeBlock == index
            let focusMark = glyphs.nowMarker == glyphs.vertical ? glyphs.pointer : glyphs.nowMarker
            let bar = Span(focused ? focusMark + " " : glyphs.vertical + " ", style: Style(role: focused ? .selection : .border, attributes: focused ? .bold : []))
            return text.split(separator: "\n", omittingEmptySubsequences: false).map { codeLine in
                (StyledLine([bar] + filled(String(codeLine), base: Style(role: .code))), index)
            }
        case .list(let list):
            return renderList(list, width: width, topLevel: topLevel, counters: &counters)
        case .quote(let inner):
            let body = render(inner, width: width - 2, topLevel: false, counters: &counters)
            return body.map { (StyledLine([Span(glyphs.vertical + " ", role: .textDim)] + $0.line.spans), $0.codeBlock) }
        case .rule:
            return [(StyledLine(String(repeating: glyphs.horizontal, count: max(1, min(width, 60))), style: Style(role: .border)), nil)]
        }
    }

    private func renderList(_ list: MarkdownList, width: Int, topLevel: Bool, counters: inout Counters) -> [Line] {
        var output: [Line] = []
        let isSteps = topLevel && list.isOrdered
        let lastNumber = (list.start ?? 1) + list.items.count - 1
        let numberWidth = String(lastNumber).count
        for (offset, item) in list.items.enumerated() {
            var marker: [Span]
            if let start = list.start {
                let number = String(start + offset)
                marker = [Span(String(repeating: " ", count: numberWidth - number.count) + number + ". ", style: Style(role: .accent, attributes: .bold))]
                if isSteps {
                    counters.step += 1
                    if let incident {
                        let done = incident.isDone(runbookID: runbookID, step: counters.step)
                        marker.insert(Span((done ? glyphs.checkboxChecked : glyphs.checkboxUnchecked) + " ", style: Style(role: done ? .statusOK : .textDim, attributes: done ? .bold : [])), at: 0)
                    }
                }
            } else {
                marker = [Span(glyphs.bullet + " ", role: .accent)]
            }
            let markerWidth = marker.reduce(0) { $0 + $1.width }
            let body = render(item.blocks, width: max(4, width - markerWidth), topLevel: false, counters: &counters)
            let indent = Span(String(repeating: " ", count: markerWidth))
            if body.isEmpty { output.append((StyledLine(marker), nil)) }
            for (index, entry) in body.enumerated() {
                output.append((StyledLine((index == 0 ? marker : [indent]) + entry.line.spans), entry.codeBlock))
            }
        }
        return output
    }

    private func wrap(_ spans: [Span], width: Int) -> [Line] {
        StyledLine(spans).wrapped(toWidth: max(1, width)).map { ($0, nil) }
    }

    /// Inline Markdown as spans, placeholders filled.
    private func spans(_ inlines: [MarkdownInline], base: Style) -> [Span] {
        inlines.flatMap { inline -> [Span] in
            switch inline {
            case .text(let text):
                return filled(text, base: base)
            case .emphasis(let children):
                let style = base.role == .text ? Style(role: .emphasis, attributes: base.attributes.union(.italic)) : base.adding(.italic)
                return spans(children, base: style)
            case .strong(let children):
                return spans(children, base: base.adding(.bold))
            case .code(let text):
                return filled(text, base: Style(role: .code, attributes: base.attributes))
            case .link(let text, let destination):
                let label = spans(text, base: Style(role: .link, attributes: base.attributes.union(.underline)))
                let filledDestination = PlaceholderFiller.fill(destination, context: context, ascii: glyphs == .ascii)
                // The address is shown too: at 03:00 over SSH nobody can click, they copy.
                guard filledDestination != text.plainText else { return label }
                return label + [Span(" <", role: .textDim)] + filled(destination, base: Style(role: .textDim)) + [Span(">", role: .textDim)]
            }
        }
    }

    /// Text with placeholders: filled values in the accent colour, missing ones as a reversed warning marker.
    private func filled(_ text: String, base: Style) -> [Span] {
        PlaceholderFiller.segments(text, context: context).map { segment in
            switch segment {
            case .text(let text): return Span(text, style: base)
            case .value(_, let value): return Span(value, style: Style(role: base.role == .code ? .accent : base.role == .text ? .accent : base.role, attributes: base.attributes))
            case .missing(let key): return Span(PlaceholderFiller.missingMarker(key, ascii: glyphs == .ascii), style: Style(role: .statusWarn, attributes: [.bold, .reverse]))
            }
        }
    }
}
