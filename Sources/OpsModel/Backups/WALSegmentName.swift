/// A PostgreSQL WAL segment file name (`TTTTTTTTXXXXXXXXYYYYYYYY`), ordered by timeline, then position.
public struct WALSegmentName: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// Timeline id (first eight hex digits).
    public var timeline: UInt32
    /// Log file number (middle eight hex digits).
    public var log: UInt32
    /// Segment number within the log file (last eight hex digits).
    public var segment: UInt32

    /// Parses a 24-hex-digit segment name; nil for anything else (partial files, history files, garbage).
    public init?(_ name: String) {
        let characters = Array(name.utf8)
        guard characters.count == 24 else { return nil }
        func field(_ start: Int) -> UInt32? {
            UInt32(String(decoding: characters[start..<start + 8], as: UTF8.self), radix: 16)
        }
        guard let timeline = field(0), let log = field(8), let segment = field(16) else { return nil }
        self.timeline = timeline
        self.log = log
        self.segment = segment
    }

    /// The canonical upper-case name.
    public var description: String {
        func hex(_ value: UInt32) -> String {
            let digits = String(value, radix: 16, uppercase: true)
            return String(repeating: "0", count: 8 - digits.count) + digits
        }
        return hex(timeline) + hex(log) + hex(segment)
    }

    /// Timeline first: a later timeline continues from a promotion, so its segments come after.
    public static func < (lhs: WALSegmentName, rhs: WALSegmentName) -> Bool {
        (lhs.timeline, lhs.log, lhs.segment) < (rhs.timeline, rhs.log, rhs.segment)
    }
}
