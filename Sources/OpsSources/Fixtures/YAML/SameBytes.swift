import Foundation

extension UnsafeBufferPointer where Element == UInt8 {
    /// True when `other` holds exactly these bytes: how the readers' stores tell a text or a
    /// line kept by its hash from another with the same hash.
    func hasSameBytes(as other: UnsafeBufferPointer<UInt8>) -> Bool {
        count == other.count && (isEmpty || memcmp(baseAddress!, other.baseAddress!, count) == 0)
    }
}
