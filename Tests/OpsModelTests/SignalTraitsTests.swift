import Foundation
import Testing
@testable import OpsModel

/// Shared traits keep a signal a plain value: changes stay with the copy, equality and the wire
/// form are what they were when every signal held its own fields.
@Suite struct SignalTraitsTests {
    static let now = Date(timeIntervalSince1970: 1_795_770_000)

    static func signal(key: String = "pg.waiting_locks", environment: String = "prod-a") -> Signal {
        Signal(key: key, name: "Waiting locks", unit: "locks", environmentID: environment, componentID: "pg",
               thresholds: Thresholds(warn: 5, crit: 20, direction: .above), samples: [Sample(time: now, value: 3)],
               processes: [.orderCapture], runbookID: "pg-lock-contention", staleAfter: 180)
    }

    @Test func changingOneCopyLeavesTheOthersAlone() {
        let shared = SignalTraits(.init(name: "Waiting locks", unit: "locks", thresholds: Thresholds(warn: 5, crit: 20, direction: .above), processes: [], runbookID: nil, staleAfter: 180))
        let first = Signal(key: "k", environmentID: "a", componentID: "c", traits: shared, samples: [])
        var second = Signal(key: "k", environmentID: "b", componentID: "c", traits: shared, samples: [])
        second.name = "Locks waiting"
        second.thresholds.crit = 30
        #expect(first.name == "Waiting locks" && first.thresholds.crit == 20)
        #expect(second.name == "Locks waiting" && second.thresholds.crit == 30)
        #expect(first.traits === shared)
    }

    @Test func equalityIsByValueWhetherTraitsAreSharedOrNot() {
        #expect(Self.signal() == Self.signal())
        #expect(Self.signal().hashValue == Self.signal().hashValue)
        var other = Self.signal()
        other.staleAfter = 90
        #expect(other != Self.signal())
    }

    @Test func theWireFormIsFlatAndReadsBack() throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        let data = try encoder.encode(Self.signal())
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(Set(object.keys) == ["key", "name", "unit", "environmentID", "componentID", "thresholds", "samples", "processes", "runbookID", "staleAfter"])
        #expect(try JSONDecoder().decode(Signal.self, from: data) == Self.signal())
    }
}
