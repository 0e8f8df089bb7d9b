import Dispatch

/// `map` over a large array on every core, results in order: the verdicts of a large estate
/// (hundreds of thousands of signals, thousands of environments) are independent of each other.
enum ParallelMap {
    /// Below this many elements one thread is quicker than handing out work.
    static let minimumCount = 2_048

    /// `elements.map(transform)`, the work shared by `parts` threads when there is enough of it.
    /// `transform` must only read shared state.
    static func map<Element, Result>(_ elements: [Element], parts: Int = 8, _ transform: (Element) -> Result) -> [Result] {
        guard elements.count >= minimumCount, parts > 1 else { return elements.map(transform) }
        return withoutActuallyEscaping(transform) { transform in
            [Result](unsafeUninitializedCapacity: elements.count) { buffer, initializedCount in
                let work = SharedWork(elements: elements, output: buffer.baseAddress!, transform: transform)
                let count = elements.count
                let size = (count + parts - 1) / parts
                DispatchQueue.concurrentPerform(iterations: parts) { part in
                    let range = min(count, part * size)..<min(count, (part + 1) * size)
                    for index in range { (work.output + index).initialize(to: work.transform(work.elements[index])) }
                }
                initializedCount = elements.count
            }
        }
    }
}

/// What every part reads, and where each writes its own range of results.
private struct SharedWork<Element, Result>: @unchecked Sendable {
    let elements: [Element]
    let output: UnsafeMutablePointer<Result>
    let transform: (Element) -> Result
}
