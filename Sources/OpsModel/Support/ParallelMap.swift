import Dispatch

/// Work shared out over every core, results in order: the verdicts of a large estate (hundreds
/// of thousands of signals, thousands of environments) and the items of a long fixture list are
/// independent of each other. Inlinable, so callers in other modules get it specialised.
public enum ParallelMap {
    /// Below this many elements one thread is quicker than handing out work.
    public static let minimumCount = 2_048

    /// `elements.map(transform)`, the work shared by `parts` threads when there is enough of it.
    /// `transform` must only read shared state.
    @inlinable
    public static func map<Element, Result>(_ elements: [Element], parts: Int = 8, _ transform: (Element) -> Result) -> [Result] {
        guard elements.count >= minimumCount, parts > 1 else { return elements.map(transform) }
        // Read in place: through the array each element was copied for `transform` (every
        // reference it holds retained and released, from every core at once).
        return elements.withUnsafeBufferPointer { buffer in
            map(count: buffer.count, parts: parts) { transform(buffer[$0]) }
        }
    }

    /// `(0..<count).map(transform)`, shared out as `map` shares it. For elements read in place
    /// by index (`buffer[index].field`): handed to a closure whole, each element was copied
    /// (a signal's four texts and two objects retained and released, 400,000 times at once).
    @inlinable
    public static func map<Result>(count: Int, parts: Int = 8, _ transform: (Int) -> Result) -> [Result] {
        guard count >= minimumCount, parts > 1 else { return (0..<count).map(transform) }
        return gather(capacities: partSizes(count: count, parts: parts)) { part, emit in
            for index in range(part, count: count, parts: parts) { emit(transform(index)) }
        }
    }

    /// Part `part` of `0..<count` cut into `parts` runs of neighbours, as even as can be (the
    /// last ones may be empty). One range, not an array of them: the standard library's own
    /// code for a `[Range<Int>]` looked its type up by name the first time (~280,000
    /// instructions on the way to the demo's first frame; callgrind).
    @inlinable
    public static func range(_ part: Int, count: Int, parts: Int) -> Range<Int> {
        let size = (count + parts - 1) / max(parts, 1)
        return min(count, part * size)..<min(count, (part + 1) * size)
    }

    /// The sizes of the `parts` ranges `range` gives.
    @inlinable
    public static func partSizes(count: Int, parts: Int) -> [Int] {
        (0..<parts).map { range($0, count: count, parts: parts).count }
    }

    /// Runs `produce` for every part at once; part `i` emits at most `capacities[i]` results.
    /// Each part writes its results straight into its own range of one buffer and the ranges
    /// are then moved together, so the results are in part order and never copied from one
    /// array to another (that held a 42 MB signal array twice at the end of a large load).
    /// `parallel` false runs the parts one after another on this thread (work too small to share).
    /// `emit` takes its result: moved into place, not copied (and the caller's copy released).
    @inlinable
    public static func gather<Result>(capacities: [Int], parallel: Bool = true, _ produce: (_ part: Int, _ emit: (consuming Result) -> Void) -> Void) -> [Result] {
        guard parallel else {
            var results: [Result] = []
            results.reserveCapacity(capacities.reduce(0, +))
            for part in capacities.indices { produce(part) { results.append($0) } }
            return results
        }
        var total = 0
        let offsets = capacities.map { capacity in
            defer { total += capacity }
            return total
        }
        let count = total
        return withoutActuallyEscaping(produce) { produce in
            [Result](unsafeUninitializedCapacity: count) { buffer, initializedCount in
                guard let base = buffer.baseAddress else { return }
                let shared = GatheredParts(base: base, parts: capacities.count, produce: produce)
                defer { shared.written.deallocate() }
                DispatchQueue.concurrentPerform(iterations: capacities.count) { part in
                    let start = shared.base + offsets[part]
                    let limit = capacities[part]
                    var written = 0
                    shared.produce(part) { (result: consuming Result) in
                        precondition(written < limit, "a part gave more results than it said it would")
                        (start + written).initialize(to: result)
                        written += 1
                    }
                    shared.written[part] = written
                }
                var end = 0
                for part in capacities.indices {
                    let written = shared.written[part]
                    if offsets[part] != end { (base + end).moveInitialize(from: base + offsets[part], count: written) }
                    end += written
                }
                initializedCount = end
            }
        }
    }
}

/// The result buffer, each part's count of results and the work: every part writes only its own
/// range and its own count, and all are read after the parts end.
@usableFromInline
struct GatheredParts<Result>: @unchecked Sendable {
    @usableFromInline let base: UnsafeMutablePointer<Result>
    @usableFromInline let written: UnsafeMutableBufferPointer<Int>
    @usableFromInline let produce: (_ part: Int, _ emit: (consuming Result) -> Void) -> Void

    @inlinable
    init(base: UnsafeMutablePointer<Result>, parts: Int, produce: @escaping (_ part: Int, _ emit: (consuming Result) -> Void) -> Void) {
        self.base = base
        written = .allocate(capacity: parts)
        written.initialize(repeating: 0)
        self.produce = produce
    }
}
