import Console
import Foundation
import OpsModel
import OpsSources
import TerminalUI

/// Bytes sent to the terminal when one signal's latest value changes.
enum ChangeBenchmark {
    /// A signal whose last sample is visible in a view, and the changed value.
    struct Edit {
        var signalIndex: Int
        var newValue: Double
        var changedCells: Int
        var estimatedBytes: Int
    }

    static func run(_ context: BenchContext) throws {
        print("change: one signal value changes (120x40)")
        let demo = try context.demo()
        let snapshot = BenchStates.snapshot(demo)
        // Values are on screen in the Health view's signal table: Health, open the worst
        // environment, one page down (as the Health snapshot tests do).
        let screens: [(name: String, keys: [Key], typed: String)] = [
            ("Health signals", [.character("2"), .enter, .pageDown], "2\r\u{1B}[6~"),
        ]
        for screen in screens {
            guard let edit = findVisibleEdit(snapshot, keys: screen.keys) else {
                context.report.note("no signal of the demo estate shows its value in \(screen.name) at 120x40")
                continue
            }
            let signal = snapshot.estate.signals[edit.signalIndex]
            context.report.add("one value changes (estimate)", "demo \(screen.name): \(signal.environmentID)/\(signal.componentID) \(signal.key)",
                               "\(edit.estimatedBytes) B", detail: "\(edit.changedCells) cells changed; model: cursor move + SGR per run + UTF-8",
                               target: Format.target(Double(edit.estimatedBytes), atMost: 99, "< 100 B"))
            try measureThroughTerminal(context, demo: demo, snapshot: snapshot, edit: edit, screen: screen.name, typed: screen.typed)
        }
    }

    /// The first signal (in estate order) whose changed last sample changes the view's frame.
    static func findVisibleEdit(_ snapshot: SourceSnapshot, keys: [Key]) -> Edit? {
        var state = BenchStates.make(snapshot, columns: 120, rows: 40)
        for key in keys { _ = Update.apply(.keyPressed(key), to: &state) }
        let before = ShellView.render(state)
        for index in snapshot.estate.signals.indices {
            guard let last = snapshot.estate.signals[index].samples.last else { continue }
            let newValue = changedValue(last.value)
            var changed = snapshot
            changed.estate.signals[index].samples[changed.estate.signals[index].samples.count - 1].value = newValue
            var next = state
            _ = Update.apply(.snapshotLoaded(changed), to: &next)
            let after = ShellView.render(next)
            let changes = diff(from: before, to: after)
            if !changes.isEmpty {
                return Edit(signalIndex: index, newValue: newValue, changedCells: changes.count,
                            estimatedBytes: TerminalBytesEstimate.bytes(of: changes, in: after))
            }
        }
        return nil
    }

    /// A value near the old one: the displayed number changes, the verdict does not.
    static func changedValue(_ value: Double) -> Double {
        guard value != 0 else { return 0 }
        let scale = value.magnitude >= 10 ? 1.0 : 100.0
        let changed = (value * 1.04 * scale).rounded() / scale
        return changed == value ? value + 1 / scale : changed
    }

    /// Runs opsdeck on a copy of the demo estate, reloads with one value edited, counts the bytes.
    ///
    /// `r` reloads the fixtures (a reload that answers within 250 ms never shows "reloading…"). A
    /// reload with nothing changed must write nothing; the next, after the edit, only the change.
    static func measureThroughTerminal(_ context: BenchContext, demo: BenchEstate, snapshot: SourceSnapshot, edit: Edit, screen: String, typed: String) throws {
        let copy = FileManager.default.temporaryDirectory.appendingPathComponent("opsdeck-bench-change-\(getpid())")
        try? FileManager.default.removeItem(at: copy)
        try FileManager.default.copyItem(at: demo.directory, to: copy)
        defer { try? FileManager.default.removeItem(at: copy) }
        let estate = BenchEstate(name: "demo copy", directory: copy, isDemo: false, environments: demo.environments, signals: demo.signals)
        let session = try context.startOpsdeck(estate)
        defer { session.stop() }
        guard session.waitFor(BenchContext.opsdeckMarker, timeoutMilliseconds: 10_000) != nil else {
            context.report.note("opsdeck never showed its first frame on the copied demo estate")
            return
        }
        _ = session.drain(forMilliseconds: 100)
        for key in typed.split(separator: "\r", omittingEmptySubsequences: false).enumerated().flatMap({ $0.offset == 0 ? [String($0.element)] : ["\r", String($0.element)] }) where !key.isEmpty {
            _ = session.waitForQuiet(after: session.send(key), quietMilliseconds: 50, timeoutMilliseconds: 2_000)
        }
        _ = session.waitForQuiet(after: session.send("r"), quietMilliseconds: 100, timeoutMilliseconds: 2_000)
        let unchanged = session.waitForQuiet(after: session.send("r"), quietMilliseconds: 150, timeoutMilliseconds: 300)?.bytes ?? 0

        let signal = snapshot.estate.signals[edit.signalIndex]
        try editLastSample(in: copy.appendingPathComponent("20-signals.yaml"), signal: signal, to: edit.newValue)
        let burst = session.waitForQuiet(after: session.send("r"), quietMilliseconds: 150, timeoutMilliseconds: 2_000)
        let bytes = burst?.bytes ?? 0
        context.report.add("one value changes (pty)", "demo \(screen): \(signal.environmentID)/\(signal.componentID) \(signal.key)",
                           "\(bytes) B", detail: "reload with nothing changed: \(unchanged) B",
                           target: Format.target(Double(bytes), atMost: 99, "< 100 B"))
    }

    /// Rewrites the last number of the signal's `samples:` list in the fixture file.
    static func editLastSample(in file: URL, signal: Signal, to value: Double) throws {
        var lines = try String(contentsOf: file, encoding: .utf8).components(separatedBy: "\n")
        let prefix = "{env: \(signal.environmentID), component: \(signal.componentID), key: \(signal.key),"
        guard let index = lines.firstIndex(where: { $0.contains(prefix) }),
              let close = lines[index].range(of: "]", options: .backwards),
              let comma = lines[index].range(of: ", ", options: .backwards, range: lines[index].startIndex..<close.lowerBound) else {
            throw BenchError.failed("cannot find the series of \(signal.environmentID)/\(signal.key) in \(file.path)")
        }
        let text = value == value.rounded() ? String(Int(value)) : String(value)
        lines[index].replaceSubrange(comma.upperBound..<close.lowerBound, with: text)
        try lines.joined(separator: "\n").write(to: file, atomically: true, encoding: .utf8)
    }
}
