import Testing
@testable import Console

/// `permute(to:)` puts elements in a given order by swaps; it must equal mapping the order.
@Suite struct ArrayPermuteTests {
    @Test func everyOrderOfFiveAndRandomLongOnes() {
        var generator = SystemRandomNumberGenerator()
        var orders: [[Int]] = [[], [0], [1, 0], [2, 0, 1], [0, 1, 2, 3, 4], [4, 3, 2, 1, 0]]
        for count in [7, 100, 1_000] { orders.append(Array(0..<count).shuffled(using: &generator)) }
        for order in orders {
            let original = order.indices.map { "item \($0)" }
            var permuted = original
            permuted.permute(to: order)
            #expect(permuted == order.map { original[$0] }, "order \(order.prefix(10))")
        }
    }
}
