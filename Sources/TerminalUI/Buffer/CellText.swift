import Synchronization

/// The grapheme cluster of one cell, stored without a heap string.
///
/// Up to four scalars are kept inline: the first in `head`, the next three in 21-bit slots of
/// `tail` (zero = none; a NUL never continues a cluster, controls always stand alone). Longer
/// clusters (emoji families) are interned once in a process-wide table and `head` holds
/// `firstInterned` plus their index. The type is plain data: buffers of cells are copied,
/// compared and freed without retaining or releasing anything, and backends read scalars
/// without going through `Character` (whose `asciiValue` alone cost ~260 instructions a cell).
public struct CellText: Hashable, Sendable {
    /// The first scalar's value, or `firstInterned` + the index of an interned cluster.
    public let head: UInt32
    /// Scalars two to four, 21 bits each from the low end; zero where there is none.
    let tail: UInt64

    private init(head: UInt32, tail: UInt64) {
        self.head = head
        self.tail = tail
    }

    /// Values of `head` from here on name interned clusters (all scalars are below).
    static let firstInterned: UInt32 = 0x11_0000
    private static let slotBits: UInt64 = 21
    private static let slotMask: UInt64 = (1 << 21) - 1
    private static let interned = Mutex(InternTable())

    /// A space.
    public static let space = CellText(ascii: 0x20)

    /// One ASCII character (`byte` below 0x80).
    public init(ascii byte: UInt8) {
        self.init(head: UInt32(byte), tail: 0)
    }

    /// One scalar.
    public init(scalar: Unicode.Scalar) {
        self.init(head: scalar.value, tail: 0)
    }

    /// Any grapheme cluster.
    public init(_ character: Character) {
        var head: UInt32?
        var tail: UInt64 = 0
        var count = 0
        for scalar in character.unicodeScalars {
            if head == nil {
                head = scalar.value
            } else if count < 4 {
                tail |= UInt64(scalar.value) << (Self.slotBits * UInt64(count - 1))
            }
            count += 1
        }
        if count > 4 {
            self.init(head: Self.firstInterned + Self.intern(String(character)), tail: 0)
        } else {
            self.init(head: head ?? 0x20, tail: tail)
        }
    }

    /// True when the cluster is one scalar.
    public var isSingleScalar: Bool { head < Self.firstInterned && tail == 0 }

    /// True when the cluster is one ASCII character.
    public var isASCII: Bool { head < 0x80 && tail == 0 }

    /// The cluster as a `Character`.
    public var character: Character {
        if head >= Self.firstInterned { return Character(Self.internedString(head - Self.firstInterned)) }
        var text = String.UnicodeScalarView()
        forEachScalar { text.append(Unicode.Scalar($0)!) }
        return Character(String(text))
    }

    /// Calls `body` with each scalar value in order.
    @inline(__always)
    public func forEachScalar(_ body: (UInt32) -> Void) {
        if head >= Self.firstInterned {
            for scalar in Self.internedString(head - Self.firstInterned).unicodeScalars { body(scalar.value) }
            return
        }
        body(head)
        var rest = tail
        while rest != 0 {
            body(UInt32(rest & Self.slotMask))
            rest >>= Self.slotBits
        }
    }

    /// Appends the cluster to `string`.
    public func append(to string: inout String) {
        if isASCII {
            string.unicodeScalars.append(Unicode.Scalar(UInt8(head)))
        } else {
            string.append(character)
        }
    }

    private static func intern(_ cluster: String) -> UInt32 {
        interned.withLock { table in
            if let index = table.indices[cluster] { return index }
            let index = UInt32(table.clusters.count)
            table.clusters.append(cluster)
            table.indices[cluster] = index
            return index
        }
    }

    private static func internedString(_ index: UInt32) -> String {
        interned.withLock { $0.clusters[Int(index)] }
    }

    /// Clusters of more than four scalars, each stored once for the life of the process (they
    /// are rare: emoji families and tag sequences).
    private struct InternTable {
        var clusters: [String] = []
        var indices: [String: UInt32] = [:]
    }
}
