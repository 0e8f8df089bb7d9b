import Dispatch
import Synchronization
import Testing
@testable import OpsModel

/// `Deferred` works its value out once, whoever reads first and however many read at once.
@Suite struct DeferredTests {
    @Test func worksTheValueOutOnceForManyReadersAtOnce() {
        let calls = Atomic<Int>(0)
        let deferred = Deferred<[Int]> {
            calls.add(1, ordering: .relaxed)
            return Array(0..<1_000)
        }
        #expect(!deferred.isReady)
        let sums = Mutex<[Int]>([])
        DispatchQueue.concurrentPerform(iterations: 64) { _ in
            let sum = deferred.value.reduce(0, +)
            sums.withLock { $0.append(sum) }
        }
        #expect(calls.load(ordering: .relaxed) == 1)
        #expect(sums.withLock { $0 } == Array(repeating: 499_500, count: 64))
        #expect(deferred.isReady)
    }

    @Test func prepareWorksTheValueOutBeforeAnyRead() {
        let calls = Atomic<Int>(0)
        let deferred = Deferred<String> {
            calls.add(1, ordering: .relaxed)
            return "made"
        }
        #expect(calls.load(ordering: .relaxed) == 0, "nothing is worked out until asked")
        deferred.prepare()
        #expect(deferred.isReady)
        #expect(deferred.value == "made")
        #expect(calls.load(ordering: .relaxed) == 1)
    }

    @Test func mapOfAReadyValueIsWorkedOutAtOnce() {
        let mapped = Deferred(20).map { $0 + 1 }
        #expect(mapped.isReady)
        #expect(mapped.value == 21)
    }

    @Test func mapOfAPendingValueWaitsForTheFirstRead() {
        let calls = Atomic<Int>(0)
        let source = Deferred<Int> {
            calls.add(1, ordering: .relaxed)
            return 20
        }
        let mapped = source.map { $0 * 2 }
        #expect(!mapped.isReady)
        #expect(calls.load(ordering: .relaxed) == 0)
        #expect(mapped.value == 40)
        #expect(source.isReady, "the source is worked out by the mapped value's read, and kept")
        #expect(source.value == 20)
        #expect(calls.load(ordering: .relaxed) == 1)
    }
}
