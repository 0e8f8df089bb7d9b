import Testing
@testable import OpsModel

/// `ParallelMap.map` gives what `map` gives, in order, for any length and any number of parts.
@Suite struct ParallelMapTests {
    @Test(arguments: [0, 1, 2_047, 2_048, 2_049, 5_000, 10_007])
    func equalsMap(count: Int) {
        let numbers = Array(0..<count)
        for parts in [1, 2, 3, 8, 13] {
            let mapped = ParallelMap.map(numbers, parts: parts) { "n\($0 * 3)" }
            #expect(mapped == numbers.map { "n\($0 * 3)" }, "count \(count), parts \(parts)")
        }
    }

    /// The parts are neighbours covering `0..<count` once, in order, their sizes as said.
    @Test(arguments: [0, 1, 7, 8, 9, 5_000])
    func partsCoverEveryIndexOnceInOrder(count: Int) {
        for parts in [1, 2, 3, 8, 13] {
            let ranges = (0..<parts).map { ParallelMap.range($0, count: count, parts: parts) }
            #expect(ranges.flatMap { Array($0) } == Array(0..<count), "count \(count), parts \(parts)")
            #expect(ParallelMap.partSizes(count: count, parts: parts) == ranges.map(\.count))
        }
    }
}
