import Foundation
import OpsSources

/// The parts of a request the agent looks at.
public struct AgentRequest: Sendable {
    public var method: String
    /// The path without the query string.
    public var path: String
    public var authorization: String?
    public var ifNoneMatch: String?

    /// Creates a request.
    public init(method: String, path: String, authorization: String? = nil, ifNoneMatch: String? = nil) {
        self.method = method
        self.path = path.split(separator: "?", maxSplits: 1, omittingEmptySubsequences: false).first.map(String.init) ?? path
        self.authorization = authorization
        self.ifNoneMatch = ifNoneMatch
    }
}

/// A response before it meets the wire.
public struct AgentResponse: Sendable {
    public var status: Int
    public var headers: [(String, String)]
    public var body: [UInt8]

    /// Creates a response.
    public init(status: Int, headers: [(String, String)] = [], body: [UInt8] = []) {
        self.status = status
        self.headers = headers
        self.body = body
    }

    /// A small JSON error body, `{"error":"…"}`.
    static func error(_ status: Int, _ message: String, headers: [(String, String)] = []) -> AgentResponse {
        AgentResponse(status: status, headers: [("Content-Type", AgentWire.contentType)] + headers, body: Array("{\"error\":\(AgentLog.quoted(message))}\n".utf8))
    }
}

/// Decides every response: the whole HTTP surface of the agent, free of sockets so it can be tested directly.
public struct AgentRouter: Sendable {
    private let publisher: SnapshotPublisher
    private let token: BearerToken

    /// A router serving `publisher`'s snapshot to holders of `token`.
    public init(publisher: SnapshotPublisher, token: BearerToken) {
        self.publisher = publisher
        self.token = token
    }

    /// The response to a request.
    public func respond(to request: AgentRequest) -> AgentResponse {
        guard request.method == "GET" || request.method == "HEAD" else {
            return .error(405, "only GET and HEAD are served", headers: [("Allow", "GET, HEAD")])
        }
        switch request.path {
        case AgentWire.healthPath:
            // Unauthenticated on purpose: probes carry no token, and the answer reveals nothing.
            let ready = publisher.published != nil
            return AgentResponse(status: ready ? 200 : 503, headers: [("Content-Type", "text/plain; charset=utf-8")], body: Array((ready ? "ok\n" : "starting\n").utf8))
        case AgentWire.snapshotPath:
            guard token.accepts(authorization: request.authorization) else {
                return .error(401, "a valid bearer token is required", headers: [("WWW-Authenticate", "Bearer realm=\"opsdeck-agent\"")])
            }
            guard let published = publisher.published else {
                return .error(503, "the first snapshot is still being collected", headers: [("Retry-After", "1")])
            }
            let common = [("ETag", published.entityTag), ("Cache-Control", "no-cache")]
            if let header = request.ifNoneMatch, EntityTag.matches(ifNoneMatch: header, tag: published.entityTag) {
                return AgentResponse(status: 304, headers: common)
            }
            return AgentResponse(status: 200, headers: [("Content-Type", AgentWire.contentType)] + common, body: published.body)
        default:
            return .error(404, "no such path; try \(AgentWire.snapshotPath) or \(AgentWire.healthPath)")
        }
    }
}
