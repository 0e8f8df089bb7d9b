import Testing
@testable import TerminalUI

@Suite struct DiffTests {
    @Test func identicalBuffersHaveNoChanges() {
        var first = Buffer(width: 20, height: 5)
        first.put("status OK", x: 1, y: 1, style: Style(role: .statusOK))
        var second = Buffer(width: 20, height: 5)
        second.put("status OK", x: 1, y: 1, style: Style(role: .statusOK))
        #expect(diff(from: first, to: second).isEmpty)
        #expect(diff(from: first, to: first).isEmpty)
    }

    @Test func oneChangedCellIsOneChange() {
        let first = Buffer.fromLines(["abc", "def"])
        var second = first
        second.put("X", x: 1, y: 1, style: .plain)
        #expect(diff(from: first, to: second) == [CellChange(x: 1, y: 1, cell: Cell("X"))])
        var restyled = first
        restyled.setStyle(Rect(x: 2, y: 0, width: 1, height: 1), style: Style(role: .error))
        #expect(diff(from: first, to: restyled).map { [$0.x, $0.y] } == [[2, 0]])
    }

    @Test func noPreviousFrameOrAnotherSizeSendsEveryCell() {
        let current = Buffer.fromLines(["abc", "def"])
        #expect(diff(from: nil, to: current).count == 6)
        #expect(diff(from: Buffer(width: 3, height: 3), to: current).count == 6)
        let last = diff(from: nil, to: current).last
        #expect(last == CellChange(x: 2, y: 1, cell: Cell("f")))
    }

    // Speed is measured by `opsdeck-bench render`, not asserted here (docs/performance.md).
    @Test func largeEqualFramesWithWideTextHaveNoChanges() {
        var first = Buffer(width: 200, height: 60)
        for row in 0..<60 { first.put(String(repeating: "status-line 日本 ", count: 12), x: 0, y: row, style: .plain) }
        var second = Buffer(width: 200, height: 60)
        for row in 0..<60 { second.put(String(repeating: "status-line 日本 ", count: 12), x: 0, y: row, style: .plain) }
        #expect(diff(from: first, to: second).isEmpty)
        second.put("X", x: 199, y: 59, style: .plain)
        var reused = [CellChange(x: 0, y: 0, cell: .blank)]
        diff(from: first, to: second, into: &reused)
        #expect(reused == [CellChange(x: 199, y: 59, cell: Cell("X"))])
    }
}

@Suite struct GapBridgingTests {
    static func bridged(_ previous: Buffer, _ current: Buffer) -> [CellChange] {
        var result: [CellChange] = []
        diff(from: previous, to: current, into: &result, bridgingGaps: true)
        return result
    }

    @Test func aShortGapInTheSameStyleIsSentAsText() {
        let previous = Buffer.fromLines(["data ?s old"])
        let current = Buffer.fromLines(["data 0s new"])
        // "0" and "new" changed; the "s " between them is sent too, so the row reads as one run.
        #expect(Self.bridged(previous, current).map(\.x) == [5, 6, 7, 8, 9, 10])
        #expect(diff(from: previous, to: current).map(\.x) == [5, 8, 9, 10])
    }

    @Test func longGapsWideCellsAndRowEndsAreNotBridged() {
        // Row 0: a gap of four; row 1: a wide character in the gap; rows 2-3: the change at the
        // end of row 2 and the one at the start of row 3 are on different rows.
        let previous = Buffer.fromLines(["a    b", "c日 d", "e  f", "g"])
        let current = Buffer.fromLines(["x    y", "z日 w", "e  v", "q"])
        #expect(Self.bridged(previous, current) == diff(from: previous, to: current))
    }

    @Test func aGapInAnotherStyleIsNotBridged() {
        var previous = Buffer.fromLines(["a b c"])
        var current = Buffer.fromLines(["x b y"])
        // The unchanged " b " is drawn in another style than the "x" before it.
        let gap = Rect(x: 1, y: 0, width: 3, height: 1)
        previous.setStyle(gap, style: Style(role: .statusCrit))
        current.setStyle(gap, style: Style(role: .statusCrit))
        #expect(diff(from: previous, to: current).map(\.x) == [0, 4])
        #expect(Self.bridged(previous, current).map(\.x) == [0, 4])
        // In the same style it is.
        #expect(Self.bridged(Buffer.fromLines(["a b c"]), Buffer.fromLines(["x b y"])).map(\.x) == [0, 1, 2, 3, 4])
    }
}

@Suite struct RendererTests {
    @Test func identicalFrameSendsNothingAndDoesNotFlush() {
        let backend = MemoryBackend(size: Size(width: 10, height: 3))
        let renderer = Renderer()
        var frame = Buffer(width: 10, height: 3)
        frame.put("hello", x: 0, y: 0, style: .plain)
        #expect(renderer.present(frame, to: backend) == 30)
        #expect(backend.flushCount == 1)
        var again = Buffer(width: 10, height: 3)
        again.put("hello", x: 0, y: 0, style: .plain)
        #expect(renderer.present(again, to: backend) == 0)
        #expect(backend.flushCount == 1)
        #expect(backend.applyCount == 1)
        again.put("J", x: 0, y: 0, style: .plain)
        #expect(renderer.present(again, to: backend) == 1)
        #expect(backend.flushCount == 2)
        #expect(backend.buffer.lines() == ["Jello", "", ""])
        #expect(backend.appliedChangeCount == 31)
    }

    @Test func invalidateSendsTheWholeNextFrame() {
        let backend = MemoryBackend(size: Size(width: 4, height: 2))
        let renderer = Renderer()
        let frame = Buffer.fromLines(["abcd", "efgh"])
        renderer.present(frame, to: backend)
        renderer.invalidate()
        backend.resize(to: Size(width: 4, height: 2))
        #expect(renderer.present(frame, to: backend) == 8)
        #expect(backend.buffer == frame)
    }
}
