import Console
import Foundation
import OpsModel
import OpsSources
import TerminalUI

/// ShellView.render plus the diff against the previous frame, the work the runtime does per frame.
enum RenderBenchmark {
    static func run(_ context: BenchContext) throws {
        print("render: ShellView.render + diff of one frame, in process")
        let demo = BenchStates.snapshot(try context.demo())
        let repeats = context.repeats(300, quick: 60)
        for (columns, rows) in [(80, 24), (120, 40), (200, 60)] {
            for view in [ViewID.environments, .health, .calendar, .backups] {
                measure(context, estate: "demo", snapshot: demo, columns: columns, rows: rows, view: view, repeats: repeats)
            }
        }
    }

    /// Times render and diff separately; the frame compared against is the same screen drawn
    /// before, as on a redraw where little changed.
    static func measure(_ context: BenchContext, estate: String, snapshot: SourceSnapshot, columns: Int, rows: Int, view: ViewID, repeats: Int) {
        var state = BenchStates.make(snapshot, columns: columns, rows: rows)
        state.activeView = view
        var previous = ShellView.render(state)
        var render = Samples()
        var compare = Samples()
        for _ in 0..<repeats {
            let start = MonotonicClock.nanoseconds()
            let frame = ShellView.render(state)
            let rendered = MonotonicClock.nanoseconds()
            let changes = diff(from: previous, to: frame)
            let compared = MonotonicClock.nanoseconds()
            precondition(changes.isEmpty, "an unchanged state drew a different frame")
            render.add(Double(rendered - start) / 1000)
            compare.add(Double(compared - rendered) / 1000)
            previous = frame
        }
        let total = Samples(zip(render.values, compare.values).map { $0 + $1 })
        context.report.add("render+diff", "\(estate) \(columns)x\(rows) \(view.title)", Format.us(total.median),
                           detail: "render \(Format.us(render.median)), diff \(Format.us(compare.median)), p90 \(Format.us(total.p90)), n=\(repeats)")
    }
}
