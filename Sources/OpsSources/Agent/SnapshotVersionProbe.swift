import Foundation

/// Reads only `apiVersion`, so a body of another version is named as such instead of failing as bad data.
struct SnapshotVersionProbe: Decodable {
    var apiVersion: String?
}
