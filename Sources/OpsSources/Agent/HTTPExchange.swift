import Foundation

/// A finished HTTP exchange.
public struct HTTPFetchResponse: Sendable {
    public var status: Int
    /// Header values by lower-cased name.
    public var headers: [String: String]
    public var body: Data
    /// From sending the request to the last byte.
    public var elapsed: Duration

    /// A response as received.
    public init(status: Int, headers: [String: String], body: Data, elapsed: Duration) {
        self.status = status
        self.headers = headers
        self.body = body
        self.elapsed = elapsed
    }
}

/// Why an HTTP exchange gave no response.
public enum HTTPFetchError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The whole exchange took longer than the deadline.
    case timedOut(Duration)
    /// The body grew past the limit (bytes); reading stopped there.
    case tooLarge(limit: Int)
    /// Connection refused, reset, DNS, TLS…
    case transport(String)

    public var description: String {
        switch self {
        case .timedOut(let limit): return "no complete answer within \(Self.seconds(limit))"
        case .tooLarge(let limit): return "response larger than the \(Self.bytes(limit)) limit"
        case .transport(let message): return message
        }
    }

    /// `3 s`, `1.5 s`.
    public static func seconds(_ duration: Duration) -> String {
        let value = Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
        if value == value.rounded() { return "\(Int(value)) s" }
        let tenths = Int((value * 10).rounded())
        return "\(tenths / 10).\(tenths % 10) s"
    }

    /// `16 MiB`, `2 KiB`, `300 B`.
    public static func bytes(_ count: Int) -> String {
        count >= 1 << 20 ? "\(count >> 20) MiB" : count >= 1 << 10 ? "\(count >> 10) KiB" : "\(count) B"
    }
}

/// Something that GETs a URL within a deadline and a body limit.
public protocol HTTPGetting: Sendable {
    /// GETs `url`; returns within `timeout` (plus scheduling slack) whatever the server does.
    func get(_ url: URL, headers: [String: String], timeout: Duration, sizeLimit: Int) async -> Result<HTTPFetchResponse, HTTPFetchError>
}

extension HTTPGetting {
    /// GETs `url` without extra headers.
    public func get(_ url: URL, timeout: Duration, sizeLimit: Int) async -> Result<HTTPFetchResponse, HTTPFetchError> {
        await get(url, headers: [:], timeout: timeout, sizeLimit: sizeLimit)
    }
}
