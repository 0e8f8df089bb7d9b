import Foundation
import OpsModel
import Testing
import TerminalUI
@testable import Console

@Suite("Runbooks rendering")
struct RunbooksRenderTests {
    static func render(_ markdown: String, width: Int, context: PlaceholderContext = .empty, incident: JournalIncident? = nil, focused: Int? = nil, glyphs: GlyphSet = .unicode) -> RenderedRunbook {
        RunbookRenderer(width: width, glyphs: glyphs, context: context, runbookID: "rb", incident: incident, focusedCodeBlock: focused)
            .render(MarkdownDocument(parsing: markdown))
    }

    @Test func paragraphsWrapByDisplayWidthWithHangingIndentInLists() {
        let rendered = Self.render("Lorem ipsum dolor sit amet consectetur.\n\n- first item that wraps onto a second line\n10. ten", width: 20)
        #expect(rendered.lines.map(\.plainText) == [
            "Lorem ipsum dolor", "sit amet", "consectetur.", "",
            "• first item that", "  wraps onto a", "  second line", "",
            "10. ten",
        ])
        #expect(rendered.lines.allSatisfy { $0.width <= 20 })
    }

    @Test func cjkTextWrapsAtTwoColumnsPerCharacter() {
        let rendered = Self.render("数据库复制延迟过高请检查从库状态", width: 10)
        #expect(rendered.lines.map(\.plainText) == ["数据库复制", "延迟过高请", "检查从库状", "态"])
        #expect(rendered.lines.allSatisfy { DisplayWidth.of($0.plainText) <= 10 })
    }

    @Test func codeBlocksAreBarredNotWrappedAndFilled() {
        let context = PlaceholderContext(values: ["env.namespace": "nk-de"])
        let rendered = Self.render("Text\n\n```sh\nkubectl -n {{env.namespace}} get pods --all-the-flags-in-the-world\n  indented {{env.cluster}}\n```", width: 20, context: context)
        #expect(rendered.lines[2].plainText == "│ kubectl -n nk-de get pods --all-the-flags-in-the-world")
        #expect(rendered.lines[3].plainText == "│   indented ⟨missing: env.cluster⟩")
        #expect(rendered.codeBlockLines == [2..<4])
        #expect(rendered.codeBlockText == ["kubectl -n nk-de get pods --all-the-flags-in-the-world\n  indented ⟨missing: env.cluster⟩"])
        let missing = rendered.lines[3].spans.first { $0.text.hasPrefix("⟨missing") }
        #expect(missing?.style == Style(role: .statusWarn, attributes: [.bold, .reverse]))
    }

    @Test func focusedCodeBlockHasAHeavyBar() {
        let rendered = Self.render("```\na\n```\n\n```\nb\n```", width: 20, focused: 1)
        #expect(rendered.lines.map(\.plainText) == ["│ a", "", "┃ b"])
        #expect(rendered.lines[2].spans[0].style.role == .selection)
    }

    @Test func stepsGetCheckBoxesOnlyWithAnActiveIncident() {
        let markdown = "1. Look\n2. Fix\n   - detail\n\n## Next\n\n1. Verify"
        #expect(Self.render(markdown, width: 30).lines.map(\.plainText) == ["1. Look", "2. Fix", "   • detail", "", "Next", "", "1. Verify"])
        let replay = JournalReplay(entries: [
            JournalEntry(incidentID: "I", at: Date(timeIntervalSince1970: 0), author: "a", event: .opened(environmentID: "e", title: "", runbookIDs: ["rb"])),
            JournalEntry(incidentID: "I", at: Date(timeIntervalSince1970: 1), author: "a", event: .step(runbookID: "rb", number: 2, title: "Fix", done: true)),
            JournalEntry(incidentID: "I", at: Date(timeIntervalSince1970: 2), author: "a", event: .step(runbookID: "rb", number: 3, title: "Verify", done: true)),
        ])
        let lines = Self.render(markdown, width: 30, incident: replay.incident("I")).lines.map(\.plainText)
        // Step 3 is the first item of the second list: steps are counted through the document.
        #expect(lines == ["[ ] 1. Look", "[✓] 2. Fix", "       • detail", "", "Next", "", "[✓] 1. Verify"])
        let ascii = Self.render(markdown, width: 30, incident: replay.incident("I"), glyphs: .ascii).lines.map(\.plainText)
        #expect(ascii[1] == "[x] 2. Fix")
    }

    @Test func emphasisStrongCodeAndLinksAreStyled() {
        let line = Self.render("*a* **b** `c` [d](https://e.example/{{env.id}})", width: 80, context: PlaceholderContext(values: ["env.id": "prod"])).lines[0]
        #expect(line.plainText == "a b c d <https://e.example/prod>")
        let styles = Dictionary(line.spans.map { ($0.text.trimmingCharacters(in: .whitespaces), $0.style) }, uniquingKeysWith: { first, _ in first })
        #expect(styles["a"] == Style(role: .emphasis, attributes: .italic))
        #expect(styles["b"] == Style(role: .text, attributes: .bold))
        #expect(styles["c"]?.role == .code)
        #expect(styles["d"] == Style(role: .link, attributes: .underline))
    }

    @Test func osc52CarriesTheTextAsBase64() {
        #expect(Clipboard.osc52("kubectl get pods") == "\u{1B}]52;c;a3ViZWN0bCBnZXQgcG9kcw==\u{07}")
        // Escape sequences inside the copied text cannot reach the terminal: they are encoded.
        let hostile = Clipboard.osc52("\u{1B}]0;owned\u{07}")!
        #expect(hostile.dropFirst().dropLast().allSatisfy { $0 != "\u{1B}" && $0 != "\u{07}" })
        #expect(Clipboard.osc52(String(repeating: "x", count: Clipboard.maximumBytes + 1)) == nil)
    }

    @Test func hardBreakKeepsEverySpace() {
        #expect(RunbookReaderView.hardBreak("a  b   c", width: 3) == ["a  ", "b  ", " c"])
        #expect(RunbookReaderView.hardBreak("数据库", width: 4) == ["数据", "库"])
    }
}

@Suite("Runbooks view")
struct RunbooksViewTests {
    @Test func keysSelectOpenScrollFocusAndGoBack() {
        var state = DemoState.make()
        _ = DemoState.press([.character("4")], &state)
        #expect(state.activeView == .runbooks)
        _ = DemoState.press([.down, .down], &state)
        #expect(state.runbooks.selectedID == "pg-lock-contention")
        _ = DemoState.press([.enter], &state)
        #expect(state.runbooks.openID == "pg-lock-contention")
        _ = DemoState.press([.character("j"), .character("j")], &state)
        #expect(state.runbooks.readerScroll == 2)
        _ = DemoState.press([.character(">"), .character(">")], &state)
        #expect(state.runbooks.focusedCodeBlock == 1)
        _ = DemoState.press([.character("<")], &state)
        #expect(state.runbooks.focusedCodeBlock == 0)
        _ = DemoState.press([.character("G")], &state)
        let bottom = state.runbooks.readerScroll
        _ = DemoState.press([.character("j")], &state)
        #expect(state.runbooks.readerScroll == bottom)
        _ = DemoState.press([.escape], &state)
        #expect(state.runbooks.openID == nil)
        #expect(state.runbooks.focusedCodeBlock == nil)
        // The environments' sort order is not changed by > in this view.
        #expect(state.environments.sortColumn == DemoState.make().environments.sortColumn)
    }

    @Test func filteringRanksAsYouType() {
        var state = DemoState.make()
        _ = DemoState.press([.character("4"), .character("/")], &state)
        DemoState.type("wal", &state)
        #expect(state.runbooks.filter == "wal")
        #expect(state.runbooks.selectedID == "wal-archiving-failure")
        _ = DemoState.press([.enter, .enter], &state)
        #expect(state.runbooks.openID == "wal-archiving-failure")
        _ = DemoState.press([.escape, .escape], &state)
        #expect(state.runbooks.filter.isEmpty)
    }

    @Test func openingFromASignalFillsForThatEnvironmentAndComponent() {
        var state = DemoState.make()
        RunbooksUpdate.open(runbookID: "pg-replication-lag", environmentID: "prod-de-nordkauf", state: &state)
        let reader = RunbooksUpdate.reader(state)!
        let text = reader.lines.map(\.plainText).joined(separator: "\n")
        #expect(text.contains("Filled for prod-de-nordkauf (nk-de on k8s-fra-shared)"))
        #expect(text.contains("-n nk-de exec -it pg-replica-1-0"))
        #expect(!text.contains("⟨missing"))
    }

    @Test func staleRunbookCarriesAWarning() {
        var state = DemoState.make()
        RunbooksUpdate.open(runbookID: "restore-pitr", environmentID: "prod-eu-core", state: &state)
        let text = RunbooksUpdate.reader(state)!.lines.map(\.plainText).joined(separator: "\n")
        #expect(text.contains("▲ not reviewed for 212 days (limit 180)"))
    }

    @Test func journalShowsCheckBoxesNotesAndOpenIncidents() {
        var state = DemoState.make()
        let at = DemoState.blackFriday.addingTimeInterval(-600)
        RunbooksUpdate.journalLoaded(JournalReplay(entries: [
            JournalEntry(incidentID: "INC-2419", at: at, author: "erik", event: .opened(environmentID: "prod-de-nordkauf", title: "Stock", runbookIDs: ["pg-lock-contention"])),
            JournalEntry(incidentID: "INC-2419", at: at.addingTimeInterval(60), author: "erik", event: .step(runbookID: "pg-lock-contention", number: 1, title: "Open", done: true)),
            JournalEntry(incidentID: "INC-2419", at: at.addingTimeInterval(120), author: "ana", event: .note("Blocker is the stock_sync cron")),
        ], problems: [JournalProblem(line: 4, message: "torn", isTornTail: true)]), state: &state)
        RunbooksUpdate.open(runbookID: "pg-lock-contention", environmentID: "prod-de-nordkauf", state: &state)
        let text = RunbooksUpdate.reader(state)!.lines.map(\.plainText).joined(separator: "\n")
        #expect(text.contains("Journal INC-2419 open · 1/11 steps ticked · 1 note"))
        #expect(text.contains("[✓] 1. Open a psql session"))
        #expect(text.contains("[ ] 2. See who waits"))
        #expect(text.contains("08:52 ana  Blocker is the stock_sync cron"))
        let screen = ShellView.render(state).lines().joined(separator: "\n")
        #expect(screen.contains("OPEN INCIDENTS · journal"))
        #expect(screen.contains("INC-2419 prod-de-nordkauf"))
        #expect(screen.contains("1 step done · 1 note · last 8m ago"))
        #expect(screen.contains("journal: 1 line skipped (torn last line)"))
    }
}
