import Foundation
import TerminalUI

/// The last Health detail built and what it was built from. Copies of `AppState` share it; a
/// frame that asks with the same inputs gets the same detail, any other input builds a new one.
final class HealthDetailMemo: @unchecked Sendable {
    /// Everything a detail is made of.
    struct Key: Equatable {
        var environmentID: String
        var width: Int
        /// Bumped by every new snapshot and overview; a tick (a new `now`) derives a new overview.
        /// The changed values come only with a new snapshot, so they are covered by it.
        var dataGeneration: Int
        var filter: String
        var glyphs: GlyphSet
        var zone: String
    }

    private let lock = NSLock()
    private var last: (key: Key, detail: HealthDetail?)?

    /// The detail remembered for `key`, or the one `build` makes (then remembered).
    func value(for key: Key, build: () -> HealthDetail?) -> HealthDetail? {
        if let last = lock.withLock({ last }), last.key == key { return last.detail }
        let detail = build()
        lock.withLock { last = (key, detail) }
        return detail
    }
}
