import Foundation
import Testing
@testable import OpsModel

/// A reason whose sentence is written when read is the same reason as one written at once:
/// equal, hashed and coded alike, and its sentence written once.
@Suite struct ReasonTextTests {
    private static let eager = Reason(rule: "backup.rpo", status: .warn, message: "recovery point 08:10, 50m ago", data: ["rpo_seconds": "900"])

    private static func deferred(calls: (@Sendable () -> Void)? = nil) -> Reason {
        Reason(rule: "backup.rpo", status: .warn) {
            calls?()
            return ("recovery point 08:10, 50m ago", ["rpo_seconds": "900"])
        }
    }

    @Test func aDeferredReasonEqualsTheWrittenOne() {
        let deferred = Self.deferred()
        #expect(deferred == Self.eager)
        #expect(deferred.hashValue == Self.eager.hashValue)
        #expect(deferred.message == Self.eager.message)
        #expect(deferred.data == Self.eager.data)
        #expect(Reason(rule: "backup.rpo", status: .crit) { ("recovery point 08:10, 50m ago", ["rpo_seconds": "900"]) } != Self.eager)
        #expect(Reason(rule: "backup.rpo", status: .warn) { ("another sentence", ["rpo_seconds": "900"]) } != Self.eager)
    }

    @Test func aDeferredReasonIsCodedAsTheWrittenOne() throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        let deferred = try encoder.encode(Self.deferred())
        #expect(deferred == (try encoder.encode(Self.eager)))
        #expect(try JSONDecoder().decode(Reason.self, from: deferred) == Self.eager)
    }

    @Test func theSentenceIsWrittenOnceAndSharedByCopies() {
        final class Counter: @unchecked Sendable { var calls = 0 }
        let counter = Counter()
        let reason = Self.deferred { counter.calls += 1 }
        #expect(counter.calls == 0, "nothing is written until read")
        let copy = reason
        _ = reason.message
        _ = copy.data
        _ = copy.message
        #expect(counter.calls == 1)
    }

    @Test func changingTheSentenceOfACopyLeavesTheOriginal() {
        let reason = Self.deferred()
        var changed = reason
        changed.message = "rewritten"
        #expect(changed.message == "rewritten")
        #expect(changed.data == ["rpo_seconds": "900"])
        #expect(reason.message == "recovery point 08:10, 50m ago")
    }
}
